/**
 * HTTP adapters shared by the API handlers: errors are values with a code and both
 * languages, mapped to a status in one place; bodies are JSON or form-encoded.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { z } from 'zod';
import { type FieldIssue, fieldIssues } from '#core/records/types';

export const FAILURES = {
  unauthorized: { status: 401, zh: '缺少有效的身份凭证', en: 'A valid credential is required' },
  forbidden: { status: 403, zh: '无权在此范围内操作', en: 'This credential may not act here' },
  notFound: { status: 404, zh: '没有这个接口', en: 'No such route' },
  idempotencyKeyMissing: {
    status: 400,
    zh: '缺少 Idempotency-Key 请求头',
    en: 'The Idempotency-Key header is required',
  },
  idempotencyConflict: {
    status: 409,
    zh: '同一个 Idempotency-Key 已用于不同的请求内容',
    en: 'This Idempotency-Key was already used with a different body',
  },
  invalidBody: { status: 400, zh: '提交内容有误', en: 'The submitted data is invalid' },
  alreadySuperseded: {
    status: 409,
    zh: '该记录已被更正，请更正最新的记录',
    en: 'That record was already superseded; correct the latest one',
  },
  unsupportedMediaType: {
    status: 415,
    zh: '请以 JSON 或表单格式提交',
    en: 'Send application/json or application/x-www-form-urlencoded',
  },
  refused: { status: 409, zh: '该记录与已有记录冲突', en: 'This record conflicts with an earlier one' },
  tooLarge: { status: 413, zh: '提交内容过大', en: 'The request body is too large' },
  noSuchSelection: { status: 404, zh: '没有这项评选，或其期间尚未开始', en: 'No such selection, or its period is not due yet' },
  stepRefused: { status: 409, zh: '评选现在不能进行这一步', en: 'The selection cannot take this step now' },
  changedMeanwhile: { status: 409, zh: '评选已被他人更新，请刷新后重试', en: 'The selection changed meanwhile; read it again and retry' },
  internal: { status: 500, zh: '服务器内部错误，请稍后重试', en: 'Internal error; please retry later' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type FailureCode = keyof typeof FAILURES;

export interface Failure {
  readonly code: FailureCode;
  readonly issues?: readonly FieldIssue[];
  /** Overrides the default English message with something more specific. */
  readonly detail?: { readonly zh: string; readonly en: string };
  /** A machine-readable reason beside the code (a refused selection step's). */
  readonly reason?: string;
}

export function json(status: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify(body),
  };
}

export function failure({ code, issues = [], detail, reason }: Failure): APIGatewayProxyStructuredResultV2 {
  const known = FAILURES[code];
  return json(known.status, {
    error: {
      code,
      ...(reason ? { reason } : {}),
      message_zh: detail?.zh ?? known.zh,
      message_en: detail?.en ?? known.en,
      issues,
    },
  });
}

export const header = (event: APIGatewayProxyEventV2, name: string): string | undefined =>
  event.headers?.[name.toLowerCase()];

/** Records are small; API Gateway would take 10 MB, so refuse far less before parsing. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export type Parsed<T> = { readonly ok: true; readonly value: T; readonly raw: unknown } | { readonly ok: false; readonly failure: Failure };

/** Reads a JSON or form-encoded body and validates it; field paths come back joined by dots. */
export function parseBody<T>(event: APIGatewayProxyEventV2, schema: z.ZodType<T>): Parsed<T> {
  const text = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
  if (Buffer.byteLength(text, 'utf8') > BODY_LIMIT_BYTES) return { ok: false, failure: { code: 'tooLarge' } };
  const type = (header(event, 'content-type') ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  let raw: unknown;
  if (type === 'application/json') {
    try {
      raw = text ? JSON.parse(text) : undefined;
    } catch {
      return { ok: false, failure: { code: 'invalidBody', issues: [{ path: '', message: 'body is not valid JSON' }] } };
    }
  } else if (type === 'application/x-www-form-urlencoded') {
    raw = Object.fromEntries(new URLSearchParams(text));
  } else {
    return { ok: false, failure: { code: 'unsupportedMediaType' } };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data, raw };
  return {
    ok: false,
    failure: {
      code: 'invalidBody',
      issues: fieldIssues(result.error),
    },
  };
}

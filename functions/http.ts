/**
 * The one way into an API handler. `httpHandler` looks the route up, reads the caller,
 * validates the path parameters against their id formats, authorizes, parses the body,
 * maps every failure to one error shape in both languages, and logs each request with its
 * request id; a handler is then the paragraph that is particular to it.
 *
 * Errors are values with a code, mapped to a status here:
 * `{ error: { code, message_zh, message_en, issues: [{ path, message_zh, message_en }] } }`.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import { type Principal, authorize } from '#core/access';
import { apiIssue } from '#core/api/messages';
import { type FunctionName, ROUTES, type RouteDefinition, routeKey } from '#core/api/routes';
import { centerId, honorId, officerId, period, windowId } from '#core/records/common';
import { IMPORT_KINDS } from '#core/spreadsheets/imports';
import { type FieldIssue, fieldIssues } from '#core/records/types';
import { StoreUnavailable } from '#store/port';
import { principalOf } from './principal.ts';

export const FAILURES = {
  unauthorized: { status: 401, zh: '缺少有效的身份凭证', en: 'A valid credential is required' },
  forbidden: { status: 403, zh: '无权在此范围内操作', en: 'This credential may not act here' },
  notFound: { status: 404, zh: '没有这个接口', en: 'No such route' },
  invalidPath: { status: 400, zh: '地址中的编号格式有误', en: 'An id in the address is malformed' },
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
  periodClosed: { status: 409, zh: '该月已结账，请通过更正提交', en: 'That month is closed; submit a correction instead' },
  tooLarge: { status: 413, zh: '提交内容过大', en: 'The request body is too large' },
  tooManyRequests: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  noSuchSelection: { status: 404, zh: '没有这项评选，或其期间尚未开始', en: 'No such selection, or its period is not due yet' },
  stepRefused: { status: 409, zh: '评选现在不能进行这一步', en: 'The selection cannot take this step now' },
  changedMeanwhile: { status: 409, zh: '评选已被他人更新，请刷新后重试', en: 'The selection changed meanwhile; read it again and retry' },
  unavailable: { status: 503, zh: '数据库暂时不可用，请稍后重试', en: 'The database is unavailable; please retry shortly' },
  internal: { status: 500, zh: '服务器内部错误，请稍后重试', en: 'Internal error; please retry later' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type FailureCode = keyof typeof FAILURES;

export interface Failure {
  readonly code: FailureCode;
  readonly issues?: readonly FieldIssue[];
  /** Overrides the default message with something more specific. */
  readonly detail?: { readonly zh: string; readonly en: string };
  /** A machine-readable reason beside the code (a refused selection step's). */
  readonly reason?: string;
  /** Facts the caller acts on: the close date of a month, the correction route. */
  readonly facts?: Readonly<Record<string, unknown>>;
  /** Seconds to wait before retrying (503, 429): sent as `Retry-After`. */
  readonly retryAfter?: number;
}

export type Result = APIGatewayProxyStructuredResultV2;

export function json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Result {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

/** The body of a failure, in the one shape every part of the API answers with. */
export function failureBody({ code, issues = [], detail, reason, facts }: Failure) {
  const known = FAILURES[code];
  return {
    error: {
      code,
      ...(reason ? { reason } : {}),
      message_zh: detail?.zh ?? known.zh,
      message_en: detail?.en ?? known.en,
      issues: issues.map(apiIssue),
      ...facts,
    },
  };
}

export function failure(f: Failure): Result {
  return json(FAILURES[f.code].status, failureBody(f), f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : {});
}

export const header = (event: APIGatewayProxyEventV2, name: string): string | undefined =>
  event.headers?.[name.toLowerCase()];

/** Records are small; API Gateway would take 10 MB, so refuse far less before parsing. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export type Parsed<T> = { readonly ok: true; readonly value: T; readonly raw: unknown } | { readonly ok: false; readonly failure: Failure };

/** The body as sent: JSON or form-encoded, before any schema. */
export function rawBody(event: APIGatewayProxyEventV2): Parsed<unknown> {
  const text = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
  if (Buffer.byteLength(text, 'utf8') > BODY_LIMIT_BYTES) return { ok: false, failure: { code: 'tooLarge' } };
  const type = (header(event, 'content-type') ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    const raw = Object.fromEntries(new URLSearchParams(text));
    return { ok: true, value: raw, raw };
  }
  if (type !== 'application/json') return { ok: false, failure: { code: 'unsupportedMediaType' } };
  try {
    const raw: unknown = text ? JSON.parse(text) : undefined;
    return { ok: true, value: raw, raw };
  } catch {
    return { ok: false, failure: { code: 'invalidBody', issues: [{ path: '', message: 'the body is not valid JSON / 请求内容不是有效的JSON' }] } };
  }
}

/** Reads a JSON or form-encoded body and validates it; field paths come back joined by dots. */
export function parseBody<T>(event: APIGatewayProxyEventV2, schema: z.ZodType<T>): Parsed<T> {
  const raw = rawBody(event);
  if (!raw.ok) return raw;
  return validate(schema, raw.raw);
}

export function validate<T>(schema: z.ZodType<T>, raw: unknown): Parsed<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data, raw };
  return { ok: false, failure: { code: 'invalidBody', issues: fieldIssues(result.error) } };
}

/**
 * Path parameters and the id format each must have. Checked before anything is read, so
 * a `#` or a space never reaches a key; a selection that cannot exist is a 404.
 */
const PATH_PARAMETERS: Readonly<Record<string, { readonly schema: z.ZodType; readonly code: FailureCode }>> = {
  center: { schema: centerId, code: 'invalidPath' },
  window: { schema: windowId, code: 'invalidPath' },
  officer: { schema: officerId, code: 'invalidPath' },
  honor: { schema: honorId, code: 'noSuchSelection' },
  period: { schema: period, code: 'noSuchSelection' },
  year: { schema: z.string().regex(/^\d{4}$/, 'a year such as 2026 / 年份，如 2026'), code: 'invalidPath' },
  kind: { schema: z.enum(IMPORT_KINDS, { error: `one of ${IMPORT_KINDS.join(', ')} / 导入类型须为 ${IMPORT_KINDS.join('、')}` }), code: 'invalidPath' },
  file: { schema: z.string().regex(/^[a-z-]+\.xlsx$/, 'a sheet such as window-scores.xlsx / 导出表，如 window-scores.xlsx'), code: 'notFound' },
};

function checkPath(params: Readonly<Record<string, string>>): Failure | undefined {
  for (const [name, value] of Object.entries(params)) {
    const known = PATH_PARAMETERS[name];
    if (!known) return { code: 'invalidPath' };
    // Only the exact form is accepted: the schemas trim, and a trimmed id is another id.
    const parsed = known.schema.safeParse(value);
    if (!parsed.success || parsed.data !== value) {
      const issues = parsed.success
        ? [{ path: '', message: 'no spaces around an id / 编号前后不能有空格' }]
        : fieldIssues(parsed.error);
      return { code: known.code, issues: issues.map((i) => ({ ...i, path: `path.${name}` })) };
    }
  }
  return undefined;
}

const AWS_UNAVAILABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'TransactionInProgressException',
  // Write conflicts that outlasted the store's retries: the same request may succeed shortly.
  'TransactionCanceledException',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

/** Whether an error means "the database cannot answer now": the store's own or the SDK's. */
export function isUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof StoreUnavailable) return true;
    const { name, code, $fault, errors } = e as { name?: string; code?: string; $fault?: string; errors?: unknown[] };
    if ((name && AWS_UNAVAILABLE.has(name)) || (code && NETWORK_CODES.has(code)) || $fault === 'server') return true;
    if (Array.isArray(errors) && errors.some(isUnavailable)) return true; // AggregateError of a failed connect
  }
  return false;
}

/** Seconds a caller waits before retrying when the database is unavailable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export const logger = new Logger({ serviceName: 'honor-board' });

/** What a handler gets: the route, the authorized caller, the validated path and body. */
export interface Request<Body = unknown> {
  readonly event: APIGatewayProxyEventV2WithJWTAuthorizer;
  readonly route: RouteDefinition;
  readonly principal: Principal;
  readonly centerId: string;
  readonly params: Readonly<Record<string, string>>;
  readonly body: Body;
  /** The body as sent (for the idempotency hash and corrections). */
  readonly raw: unknown;
  readonly requestId: string;
  readonly now: Date;
}

export interface HandlerOptions {
  /** The schema a route's body is parsed with; none for reads and for bodies the handler parses itself. */
  readonly bodyOf?: (route: RouteDefinition) => z.ZodType | undefined;
  /**
   * The body is a file (a spreadsheet), not JSON or a form: it comes to the handler as its
   * bytes (base64 from API Gateway decoded), up to `FILE_LIMIT_BYTES`.
   */
  readonly fileBody?: boolean;
}

/** An uploaded sheet: a few thousand rows, far below API Gateway's 10 MB. */
export const FILE_LIMIT_BYTES = 5 * 1024 * 1024;

/** The body as bytes, for a route whose body is a file. */
export function fileBody(event: APIGatewayProxyEventV2): Parsed<Buffer> {
  const bytes = event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  if (bytes.length > FILE_LIMIT_BYTES) return { ok: false, failure: { code: 'tooLarge' } };
  return { ok: true, value: bytes, raw: bytes };
}

/** Anyone may object or complain; the source address stands in for a credential. */
export const publicCaller = (event: APIGatewayProxyEventV2WithJWTAuthorizer): Principal => ({
  subject: `ip:${event.requestContext.http.sourceIp}`,
  role: 'public',
  credential: `ip:${event.requestContext.http.sourceIp}`,
});

export function httpHandler(
  fn: FunctionName,
  handle: (request: Request<any>) => Promise<Result>,
  options: HandlerOptions = {},
): (event: APIGatewayProxyEventV2WithJWTAuthorizer) => Promise<Result> {
  const routes = new Map(ROUTES.filter((r) => r.fn === fn).map((r) => [routeKey(r), r]));
  return async (event) => {
    const started = performance.now();
    const requestId = event.requestContext.requestId;
    let result: Result;
    try {
      result = await serve(event, routes, handle, options, requestId);
    } catch (error) {
      if (isUnavailable(error)) {
        logger.warn('database unavailable', { requestId, routeKey: event.routeKey, error: error as Error });
        result = failure({ code: 'unavailable', retryAfter: UNAVAILABLE_RETRY_AFTER_SECONDS });
      } else {
        logger.error('handler failed', { requestId, routeKey: event.routeKey, error: error as Error });
        result = failure({ code: 'internal' });
      }
    }
    logger.info('request', { requestId, routeKey: event.routeKey, status: result.statusCode, ms: Math.round(performance.now() - started) });
    return result;
  };
}

async function serve(
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  routes: ReadonlyMap<string, RouteDefinition>,
  handle: (request: Request<any>) => Promise<Result>,
  options: HandlerOptions,
  requestId: string,
): Promise<Result> {
  const route = routes.get(event.routeKey);
  if (!route) return failure({ code: 'notFound' });
  const principal = route.roles.includes('public') ? publicCaller(event) : principalOf(event);
  if (!principal) return failure({ code: 'unauthorized' });
  const params = (event.pathParameters ?? {}) as Record<string, string>;
  // The center first (a forged one must not reach authorization as a key), then who may act
  // here, then the other ids: a caller outside its role hears 403 whatever the path holds.
  const { center, ...others } = params;
  const centerFailure = center === undefined ? undefined : checkPath({ center });
  if (centerFailure) return failure(centerFailure);
  const centerId = center ?? '';
  if (center !== undefined && !authorize(principal, route.roles, { centerId, ...(params.window ? { windowId: params.window } : {}), ...(params.officer ? { officerId: params.officer } : {}) }).allowed) {
    return failure({ code: 'forbidden' });
  }
  const pathFailure = checkPath(others);
  if (pathFailure) return failure(pathFailure);
  let body: unknown;
  let raw: unknown;
  const schema = options.bodyOf?.(route);
  if (options.fileBody && route.method !== 'GET') {
    const parsed = fileBody(event);
    if (!parsed.ok) return failure(parsed.failure);
    ({ value: body, raw } = parsed);
  } else if (schema && route.method !== 'GET') {
    const parsed = parseBody(event, schema);
    if (!parsed.ok) return failure(parsed.failure);
    ({ value: body, raw } = parsed);
  } else if (route.method !== 'GET') {
    const parsed = rawBody(event);
    if (!parsed.ok) return failure(parsed.failure);
    raw = parsed.raw;
  }
  // The request's own time, as API Gateway stamped it: every check of one request sees one instant.
  const now = new Date(event.requestContext.timeEpoch ?? Date.now());
  return handle({ event, route, principal, centerId, params, body, raw, requestId, now });
}

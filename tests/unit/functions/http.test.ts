import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { BODY_LIMIT_BYTES, failure, isUnavailable, parseBody } from '#functions/http';
import { StoreUnavailable } from '#store/port';

const schema = z.strictObject({ month: z.string(), accepted: z.coerce.number().int() });
const event = (body: string, type?: string) =>
  ({ body, isBase64Encoded: false, headers: type ? { 'content-type': type } : {} }) as unknown as APIGatewayProxyEventV2;

describe('parseBody', () => {
  it('reads JSON and form-encoded bodies alike', () => {
    expect(parseBody(event('{"month":"2026-10","accepted":3}', 'application/json; charset=utf-8'), schema)).toMatchObject({ ok: true });
    expect(parseBody(event('month=2026-10&accepted=3', 'application/x-www-form-urlencoded'), schema)).toMatchObject({
      ok: true,
      value: { month: '2026-10', accepted: 3 },
    });
  });

  it('names each unknown field at its own path', () => {
    const parsed = parseBody(event('{"month":"2026-10","accepted":3,"colour":"red","size":1}'), schema);
    expect(parsed).toMatchObject({ ok: false, failure: { code: 'invalidBody' } });
    if (!parsed.ok) expect(parsed.failure.issues?.map((i) => i.path)).toEqual(['colour', 'size']);
  });

  it('refuses broken JSON, other media types and oversized bodies before validating', () => {
    expect(parseBody(event('{"month":'), schema)).toMatchObject({ ok: false, failure: { code: 'invalidBody', issues: [{ path: '' }] } });
    expect(parseBody(event('<xml/>', 'text/xml'), schema)).toMatchObject({ ok: false, failure: { code: 'unsupportedMediaType' } });
    expect(parseBody(event('x'.repeat(BODY_LIMIT_BYTES + 1)), schema)).toMatchObject({ ok: false, failure: { code: 'tooLarge' } });
  });
});

describe('failure', () => {
  it('answers in both languages with the status of its code', () => {
    const response = failure({ code: 'forbidden' });
    expect(response.statusCode).toBe(403);
    expect(JSON.parse(response.body!)).toEqual({
      error: { code: 'forbidden', message_zh: '无权在此范围内操作', message_en: 'This credential may not act here', issues: [] },
    });
  });
});

describe('isUnavailable', () => {
  it('knows the store’s own failure, throttling, server faults and a refused connection, however wrapped', () => {
    expect(isUnavailable(new StoreUnavailable('down'))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('oops'), { $fault: 'server' }))).toBe(true);
    expect(isUnavailable(new Error('wrapped', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }))).toBe(true);
  });

  it('leaves a caller’s mistake or a bug a 500', () => {
    expect(isUnavailable(Object.assign(new Error('bad key'), { name: 'ValidationException', $fault: 'client' }))).toBe(false);
    expect(isUnavailable(new TypeError('undefined is not a function'))).toBe(false);
  });

  it('answers 503 with Retry-After in the one shape', () => {
    const response = failure({ code: 'unavailable', retryAfter: 5 });
    expect(response.statusCode).toBe(503);
    expect(response.headers).toMatchObject({ 'retry-after': '5' });
    expect(JSON.parse(response.body!).error).toMatchObject({ code: 'unavailable', message_zh: expect.stringContaining('数据库') });
  });
});

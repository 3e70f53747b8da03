/**
 * Record intake (记录提交): every intake route of the HTTP API. The body is checked against
 * the moment and the calendar, the month's closing, the center's roster and the record
 * type's own rules, then appended once (record, index, audit line, aggregates, guards and
 * idempotency item in one transaction). A correction (更正) is a new record that
 * supersedes an earlier one; it is how a closed month's facts change.
 */
import { contentHash } from '#core/canonical';
import { correctionEnvelope, correctionOf } from '#core/records/correction';
import { RECORD_TYPES } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { defaultStore } from '#store/client';
import { derivedRecordId } from '#store/keys';
import { type StoredRecord, appendRecord, getRecord } from '#store/records';
import { centerSettings } from './center-settings.ts';
import { type Request, type Result, failure, header, httpHandler, json, validate } from './http.ts';
import { GUARD_FAILURES } from './intake-checks.ts';
import { prepareAppend } from './intake-pipeline.ts';

const store = defaultStore();
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

export const handler = httpHandler(
  'submit-record',
  async (request: Request<Record<string, unknown>>) => {
    const key = header(request.event, 'idempotency-key');
    if (!key || !IDEMPOTENCY_KEY.test(key)) return failure({ code: 'idempotencyKeyMissing' });
    if (request.route.record) return append(request, key, request.route.record, request.body);
    const old = await getRecord(store, request.centerId, String(request.body.supersedes));
    if (!old) return failure({ code: 'invalidBody', issues: [{ path: 'supersedes', message: 'no such record / 没有该记录' }] });
    if (old.supersededBy) return failure({ code: 'alreadySuperseded' });
    const type = correctionOf(RECORD_TYPES[old.record.type as keyof typeof RECORD_TYPES] as RecordType<any>);
    const correction = validate(type.body, request.raw);
    if (!correction.ok) return failure(correction.failure);
    return append(request, key, type, correction.value as unknown as Record<string, unknown>, old.record);
  },
  { bodyOf: (route) => route.record?.body ?? correctionEnvelope },
);

async function append(
  request: Request,
  key: string,
  type: RecordType<any>,
  body: Record<string, unknown>,
  superseding?: StoredRecord,
): Promise<Result> {
  const { principal, centerId, now, route } = request;
  const settings = await centerSettings(store, centerId, now);
  const prepared = await prepareAppend({
    store,
    principal,
    centerId,
    now,
    roles: route.roles,
    type,
    body,
    // The same caller and key always name the same record: a retry finds it.
    recordId: derivedRecordId(centerId, principal.subject, key),
    settings,
    requestHash: contentHash([request.event.routeKey, centerId, request.raw]),
    audit: { role: principal.role, routeKey: request.event.routeKey, requestId: request.requestId },
    ...(superseding ? { superseding } : {}),
  });
  if (!prepared.ok) return failure(prepared.failure);
  const { response, windowId } = prepared;
  const outcome = await appendRecord(store, prepared.append);
  switch (outcome.kind) {
    case 'created':
      return json(201, response.body);
    case 'replayed':
      return json(outcome.response.status, outcome.response.body);
    case 'conflict':
      return failure({ code: 'idempotencyConflict' });
    case 'already-superseded':
      return failure({ code: 'alreadySuperseded' });
    case 'refused':
      return failure(GUARD_FAILURES[outcome.guard]?.(centerId) ?? { code: 'refused' });
    case 'unknown-window':
      return failure({ code: 'invalidBody', issues: [{ path: 'windowId', message: `no window ${windowId} in center ${centerId} / 本中心没有窗口${windowId}` }] });
  }
}

/**
 * Record intake (记录提交): every intake route of the HTTP API. The body is checked against
 * the moment and the calendar, the month's closing, the center's roster and the record
 * type's own rules, then appended once (record, index, audit line, aggregates, guards and
 * idempotency item in one transaction). A correction (更正) is a new record that
 * supersedes an earlier one; it is how a closed month's facts change.
 */
import { authorize } from '#core/access';
import { CENTER_LEVEL_WINDOW } from '#core/aggregates';
import { contentHash } from '#core/canonical';
import { correctionEnvelope, correctionOf } from '#core/records/correction';
import { RECORD_TYPES } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { defaultStore } from '#store/client';
import { derivedRecordId } from '#store/keys';
import { type Append, type StoredRecord, appendRecord, getRecord } from '#store/records';
import { centerSettings } from './center-settings.ts';
import { type Failure, type Request, type Result, failure, header, httpHandler, json, validate } from './http.ts';
import { GUARD_FAILURES, INTAKE_CHECKS, checkRecordDate, checkSubjects } from './intake-checks.ts';

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
  const issues = type.checkAt?.(body, now, settings.calendar) ?? [];
  if (issues.length > 0) return failure({ code: 'invalidBody', issues });
  const windowId = type.windowOf(body) ?? CENTER_LEVEL_WINDOW;
  const target = windowId === CENTER_LEVEL_WINDOW ? { centerId } : { centerId, windowId };
  if (!authorize(principal, route.roles, target).allowed) return failure({ code: 'forbidden' });

  // The same caller and key always name the same record: a retry finds it.
  const id = derivedRecordId(centerId, principal.subject, key);
  // A correction replaces the body; the record's own checks apply to the replacement.
  const fact = superseding ? (body.record as Record<string, unknown>) : body;
  const context = { store, principal, centerId, recordId: id, now, ...settings };
  const refusal: Failure | undefined =
    checkRecordDate(type, body, context, { correcting: superseding !== undefined }) ?? (await checkSubjects(type, body, context));
  if (refusal) return failure(refusal);
  const check = INTAKE_CHECKS[type.type];
  const checked = check && !superseding ? await check(fact, context) : { issues: [], guards: [] };
  if ('failure' in checked) return failure(checked.failure);
  if (checked.issues.length > 0) return failure({ code: 'invalidBody', issues: checked.issues });

  const month = type.monthOf(body);
  const response = { status: 201, body: { id, type: type.type, centerId, windowId, month } };
  const record: StoredRecord = {
    id,
    centerId,
    windowId,
    month,
    type: type.type,
    at: type.at(body),
    submittedBy: principal.subject,
    submittedAt: now.toISOString(),
    credential: principal.credential,
    body: fact,
    ...(superseding ? { supersedes: superseding.id, reason: String(body.reason) } : {}),
  };
  const interval = settings.rulebook.electronicEvaluation?.consecutiveIntervalSeconds;
  const appended: Append = {
    record,
    claim: { requestHash: contentHash([request.event.routeKey, centerId, request.raw]), response },
    audit: { role: principal.role, routeKey: request.event.routeKey, requestId: request.requestId },
    guards: checked.guards,
    calendar: settings.calendar,
    ...(interval !== undefined ? { consecutiveIntervalSeconds: interval } : {}),
    ...(superseding ? { superseding } : {}),
  };
  const outcome = await appendRecord(store, appended);
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

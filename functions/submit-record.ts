/**
 * Record intake (记录提交): every intake route of the HTTP API. Parse, authorize, check,
 * append once (record, index, audit line, aggregates, guards and idempotency item in one
 * transaction), answer. A correction (更正) is a new record that supersedes an earlier one.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type Principal, authorize } from '#core/access';
import { CENTER_LEVEL_WINDOW } from '#core/aggregates';
import { contentHash } from '#core/canonical';
import { correctionEnvelope, correctionOf } from '#core/records/correction';
import { RECORD_TYPES } from '#core/records/registry';
import { type RecordType, fieldIssues } from '#core/records/types';
import { defaultStore } from '#store/client';
import { derivedRecordId } from '#store/keys';
import { type Append, type StoredRecord, appendRecord, getRecord } from '#store/records';
import { centerSettings } from './center-settings.ts';
import { type Failure, failure, header, json, parseBody } from './http.ts';
import { GUARD_FAILURES, INTAKE_CHECKS } from './intake-checks.ts';
import { principalOf } from './principal.ts';
import { ROUTES, type RouteDefinition, routeKey } from './routes.ts';

const store = defaultStore();
const intakeRoutes = new Map<string, RouteDefinition>(ROUTES.filter((r) => r.fn === 'submit-record').map((r) => [routeKey(r), r]));
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

type Outcome = APIGatewayProxyStructuredResultV2;

/** Anyone may object or complain; the source address stands in for a credential. */
const publicCaller = (event: APIGatewayProxyEventV2WithJWTAuthorizer): Principal => ({
  subject: 'public',
  role: 'public',
  credential: `ip:${event.requestContext.http.sourceIp}`,
});

export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<Outcome> {
  const route = intakeRoutes.get(event.routeKey);
  if (!route) return failure({ code: 'notFound' });
  const principal = route.roles.includes('public') ? publicCaller(event) : principalOf(event);
  if (!principal) return failure({ code: 'unauthorized' });
  const centerId = event.pathParameters?.center ?? '';
  if (!authorize(principal, route.roles, { centerId }).allowed) return failure({ code: 'forbidden' });
  const key = header(event, 'idempotency-key');
  if (!key || !IDEMPOTENCY_KEY.test(key)) return failure({ code: 'idempotencyKeyMissing' });
  const submission = { event, route, principal, centerId, key };

  if (route.record) {
    const parsed = parseBody(event, route.record.body);
    if (!parsed.ok) return failure(parsed.failure);
    return append({ ...submission, type: route.record, body: parsed.value, raw: parsed.raw });
  }
  const envelope = parseBody(event, correctionEnvelope);
  if (!envelope.ok) return failure(envelope.failure);
  const old = await getRecord(store, centerId, envelope.value.supersedes);
  if (!old) return failure({ code: 'invalidBody', issues: [{ path: 'supersedes', message: 'no such record / 没有该记录' }] });
  if (old.supersededBy) return failure({ code: 'alreadySuperseded' });
  const type = correctionOf(RECORD_TYPES[old.record.type as keyof typeof RECORD_TYPES] as RecordType<any>);
  const correction = type.body.safeParse(envelope.raw);
  if (!correction.success) return failure({ code: 'invalidBody', issues: fieldIssues(correction.error) });
  const body = correction.data as unknown as Record<string, unknown>;
  return append({ ...submission, type, body, raw: envelope.raw, superseding: old.record });
}

interface Submission {
  readonly event: APIGatewayProxyEventV2WithJWTAuthorizer;
  readonly route: RouteDefinition;
  readonly principal: Principal;
  readonly centerId: string;
  readonly key: string;
  readonly type: RecordType<any>;
  readonly body: Record<string, unknown>;
  readonly raw: unknown;
  readonly superseding?: StoredRecord;
}

async function append(s: Submission): Promise<Outcome> {
  const now = new Date();
  const { calendar, rulebook } = await centerSettings(store, s.centerId, now);
  const issues = s.type.checkAt?.(s.body, now, calendar) ?? [];
  if (issues.length > 0) return failure({ code: 'invalidBody', issues });
  const windowId = s.type.windowOf(s.body) ?? CENTER_LEVEL_WINDOW;
  const target = windowId === CENTER_LEVEL_WINDOW ? { centerId: s.centerId } : { centerId: s.centerId, windowId };
  if (!authorize(s.principal, s.route.roles, target).allowed) return failure({ code: 'forbidden' });

  // The same caller and key always name the same record: a retry finds it.
  const id = derivedRecordId(s.centerId, s.principal.subject, s.key);
  // A correction replaces the body; the record's own checks apply to the replacement.
  const body = s.superseding ? (s.body.record as Record<string, unknown>) : s.body;
  const check = INTAKE_CHECKS[s.type.type];
  const context = { store, principal: s.principal, centerId: s.centerId, recordId: id, now, calendar, rulebook };
  const checked = check && !s.superseding ? await check(body, context) : { issues: [], guards: [] };
  if (checked.issues.length > 0) return failure({ code: 'invalidBody', issues: checked.issues });

  const month = s.type.monthOf(s.body);
  const response = { status: 201, body: { id, type: s.type.type, centerId: s.centerId, windowId, month } };
  const record: StoredRecord = {
    id,
    centerId: s.centerId,
    windowId,
    month,
    type: s.type.type,
    at: s.type.at(s.body),
    submittedBy: s.principal.subject,
    submittedAt: now.toISOString(),
    credential: s.principal.credential,
    body,
    ...(s.superseding ? { supersedes: s.superseding.id, reason: String(s.body.reason) } : {}),
  };
  const interval = rulebook.electronicEvaluation?.consecutiveIntervalSeconds;
  const appended: Append = {
    record,
    claim: { requestHash: contentHash([s.event.routeKey, s.centerId, s.raw]), response },
    audit: { role: s.principal.role, routeKey: s.event.routeKey, ...(s.event.requestContext.requestId ? { requestId: s.event.requestContext.requestId } : {}) },
    guards: checked.guards,
    calendar,
    ...(interval !== undefined ? { consecutiveIntervalSeconds: interval } : {}),
    ...(s.superseding ? { superseding: s.superseding } : {}),
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
      return failure(GUARD_FAILURES[outcome.guard] ?? ({ code: 'refused' } satisfies Failure));
    case 'unknown-window':
      return failure({
        code: 'invalidBody',
        issues: [{ path: 'windowId', message: `no window ${windowId} in center ${s.centerId} / 本中心没有该窗口` }],
      });
  }
}

/**
 * Record intake (记录提交): every intake route of the HTTP API. Parse, authorize, append
 * once (record, index, audit line, aggregates and idempotency item in one transaction),
 * answer. A correction (更正) is a new record that supersedes an earlier one.
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type Principal, authorize } from '#core/access';
import { CENTER_LEVEL_WINDOW, aggregateDeltas } from '#core/aggregates';
import { createCalendar } from '#core/calendar';
import { contentHash } from '#core/canonical';
import type { RecordType } from '#core/records/types';
import { defaultStore } from '#store/client';
import { type Append, type StoredRecord, appendRecord, getRecord } from '#store/records';
import { correctionBody } from './correction.ts';
import { type Failure, failure, header, json, parseBody } from './http.ts';
import { principalOf } from './principal.ts';
import { ROUTES, type RouteDefinition, routeKey } from './routes.ts';

const store = defaultStore();
// The official calendar; per-center overrides come with the center's settings.
const calendar = createCalendar();
const intakeRoutes = new Map<string, RouteDefinition>(ROUTES.filter((r) => r.method === 'POST').map((r) => [routeKey(r), r]));
const recordTypes = new Map(ROUTES.flatMap((r) => ('record' in r ? [[r.record.type, r.record] as const] : [])));
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

type Outcome = APIGatewayProxyStructuredResultV2;

export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<Outcome> {
  const route = intakeRoutes.get(event.routeKey);
  if (!route) return failure({ code: 'notFound' });
  const principal = principalOf(event);
  if (!principal) return failure({ code: 'unauthorized' });
  const centerId = event.pathParameters?.center ?? '';
  if (!authorize(principal, route.roles, { centerId }).allowed) return failure({ code: 'forbidden' });
  const key = header(event, 'idempotency-key');
  if (!key || !IDEMPOTENCY_KEY.test(key)) return failure({ code: 'idempotencyKeyMissing' });

  if (route.record) {
    const parsed = parseBody(event, route.record.body);
    if (!parsed.ok) return failure(parsed.failure);
    return append({ event, route, principal, centerId, key, type: route.record, body: parsed.value, raw: parsed.raw });
  }
  const parsed = parseBody(event, correctionBody);
  if (!parsed.ok) return failure(parsed.failure);
  const old = await getRecord(store, centerId, parsed.value.supersedes);
  if (!old) return failure({ code: 'invalidBody', issues: [{ path: 'supersedes', message: 'no such record / 没有该记录' }] });
  if (old.supersededBy) return failure({ code: 'alreadySuperseded' });
  const type = recordTypes.get(old.record.type);
  if (!type) return failure({ code: 'invalidBody', issues: [{ path: 'supersedes', message: 'this record cannot be corrected / 该记录不可更正' }] });
  const replacement = type.body.safeParse(parsed.value.record);
  if (!replacement.success) {
    return failure({
      code: 'invalidBody',
      issues: replacement.error.issues.map((i) => ({ path: ['record', ...i.path.map(String)].join('.'), message: i.message })),
    });
  }
  return append({
    event,
    route,
    principal,
    centerId,
    key,
    type,
    body: replacement.data,
    raw: parsed.raw,
    superseding: { record: old.record, reason: parsed.value.reason },
  });
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
  readonly superseding?: { readonly record: StoredRecord; readonly reason: string };
}

async function append(s: Submission): Promise<Outcome> {
  const now = new Date();
  const issues = s.type.checkAt?.(s.body, now, calendar) ?? [];
  if (issues.length > 0) return failure({ code: 'invalidBody', issues });
  const windowId = s.type.windowOf(s.body) ?? CENTER_LEVEL_WINDOW;
  if (!authorize(s.principal, s.route.roles, { centerId: s.centerId, windowId }).allowed) return failure({ code: 'forbidden' });

  const id = randomUUID();
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
    body: s.body,
    ...(s.superseding ? { supersedes: s.superseding.record.id, reason: s.superseding.reason } : {}),
  };
  const submission: Append = {
    record,
    claim: { subject: s.principal.subject, key: s.key, requestHash: contentHash([s.event.routeKey, s.centerId, s.raw]), response },
    deltas: aggregateDeltas(record),
    audit: { role: s.principal.role, routeKey: s.event.routeKey },
    ...(s.superseding ? { superseding: { record: s.superseding.record, deltas: aggregateDeltas(s.superseding.record) } } : {}),
  };
  const outcome = await appendRecord(store, submission, now);
  const failures: Record<Exclude<typeof outcome.kind, 'created' | 'replayed'>, Failure> = {
    conflict: { code: 'idempotencyConflict' },
    'already-superseded': { code: 'alreadySuperseded' },
    'unknown-window': {
      code: 'invalidBody',
      issues: [{ path: 'windowId', message: `no window ${windowId} in center ${s.centerId} / 本中心没有该窗口` }],
    },
  };
  if (outcome.kind === 'created') return json(201, response.body);
  if (outcome.kind === 'replayed') return json(outcome.response.status, outcome.response.body);
  return failure(failures[outcome.kind]);
}

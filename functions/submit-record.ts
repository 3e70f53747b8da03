/**
 * Record intake (记录提交): every intake route of the HTTP API. Parse, authorize, append
 * once (record + aggregates + idempotency item in one transaction), answer.
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { authorize } from '#core/access';
import { aggregateDeltas } from '#core/aggregates';
import { contentHash } from '#core/canonical';
import { defaultStore } from '#store/client';
import { appendRecord } from '#store/records';
import { failure, header, json, parseBody } from './http.ts';
import { principalOf } from './principal.ts';
import { ROUTES, routeKey } from './routes.ts';

const store = defaultStore();
const intakeRoutes = new Map(ROUTES.filter((r) => r.record).map((r) => [routeKey(r), r]));
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> {
  const route = intakeRoutes.get(event.routeKey);
  if (!route) return failure({ code: 'notFound' });
  const principal = principalOf(event);
  if (!principal) return failure({ code: 'unauthorized' });
  const centerId = event.pathParameters?.center ?? '';
  if (!authorize(principal, route.roles, { centerId }).allowed) return failure({ code: 'forbidden' });

  const key = header(event, 'idempotency-key');
  if (!key || !IDEMPOTENCY_KEY.test(key)) return failure({ code: 'idempotencyKeyMissing' });
  const parsed = parseBody(event, route.record.body);
  if (!parsed.ok) return failure(parsed.failure);
  const body = parsed.value;
  const now = new Date();
  const issues = route.record.checkAt?.(body, now) ?? [];
  if (issues.length > 0) return failure({ code: 'invalidBody', issues });
  const windowId = route.record.windowOf(body);
  if (!authorize(principal, route.roles, { centerId, windowId }).allowed) return failure({ code: 'forbidden' });

  const id = randomUUID();
  const month = route.record.monthOf(body);
  const response = { status: 201, body: { id, type: route.record.type, centerId, windowId, month } };
  const record = {
    id,
    centerId,
    windowId,
    month,
    type: route.record.type,
    at: route.record.at(body),
    submittedBy: principal.subject,
    submittedAt: now.toISOString(),
    credential: principal.credential,
    body,
  };
  const claim = { subject: principal.subject, key, requestHash: contentHash([event.routeKey, centerId, parsed.raw]), response };
  const outcome = await appendRecord(store, record, claim, aggregateDeltas(record), now);
  switch (outcome.kind) {
    case 'created':
      return json(201, response.body);
    case 'replayed':
      return json(outcome.response.status, outcome.response.body);
    case 'conflict':
      return failure({ code: 'idempotencyConflict' });
    case 'unknown-window':
      return failure({
        code: 'invalidBody',
        issues: [{ path: 'windowId', message: `no window ${windowId} in center ${centerId} / 本中心没有该窗口` }],
      });
  }
}

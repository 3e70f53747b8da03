/**
 * Reads (查询): a window's records of a month, the audit trail of a day, and the API
 * contract. A window reads its own records only; a device reads nothing.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import { authorize } from '#core/access';
import { month } from '#core/records/common';
import { defaultStore } from '#store/client';
import { listAuditForDay, listWindowMonthRecords } from '#store/records';
import { failure, json } from './http.ts';
import { openApiDocument } from './openapi.ts';
import { principalOf } from './principal.ts';
import { ROUTES, type RouteDefinition, routeKey } from './routes.ts';

const store = defaultStore();
const readRoutes = new Map<string, RouteDefinition>(ROUTES.filter((r) => r.fn === 'read-records').map((r) => [routeKey(r), r]));
const contract = JSON.stringify(openApiDocument());

const recordsQuery = z.strictObject({ month, type: z.string().regex(/^[a-z-]+$/).optional() });
const auditQuery = z.strictObject({ date: z.iso.date() });

export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> {
  const route = readRoutes.get(event.routeKey);
  if (!route) return failure({ code: 'notFound' });
  if (route.operationId === 'getOpenApi') {
    return { statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: contract };
  }
  const principal = principalOf(event);
  if (!principal) return failure({ code: 'unauthorized' });
  const centerId = event.pathParameters?.center ?? '';
  const windowId = event.pathParameters?.window;
  if (!authorize(principal, route.roles, { centerId, ...(windowId ? { windowId } : {}) }).allowed) {
    return failure({ code: 'forbidden' });
  }
  const query = route.operationId === 'listAudit' ? auditQuery : recordsQuery;
  const parsed = query.safeParse(event.queryStringParameters ?? {});
  if (!parsed.success) {
    return failure({ code: 'invalidBody', issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  }
  if ('date' in parsed.data) return json(200, { date: parsed.data.date, lines: await listAuditForDay(store, centerId, parsed.data.date) });
  const { month: period, type } = parsed.data as z.infer<typeof recordsQuery>;
  return json(200, { windowId, month: period, records: await listWindowMonthRecords(store, centerId, windowId!, period, type) });
}

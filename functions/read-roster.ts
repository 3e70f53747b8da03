/**
 * The roster for pickers (名册): the center's officers (by window and role), its windows,
 * and the finding codes of the rulebook in force (with the fixed rules' ledger lines in
 * words) — so a form offers names, not ids, and a ledger reads in words.
 * Any staff member of the center reads them; names are not secret inside the center.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import { authorize } from '#core/access';
import { RULE_LINE_NAMES } from '#core/ledger-names';
import { windowId as windowIdSchema } from '#core/records/common';
import { fieldIssues } from '#core/records/types';
import { listOfficers, listWindows } from '#store/center';
import { defaultStore } from '#store/client';
import { centerSettings } from './center-settings.ts';
import { failure, json } from './http.ts';
import { principalOf } from './principal.ts';
import { ROUTES, type RouteDefinition, routeKey } from './routes.ts';

const store = defaultStore();
const rosterRoutes = new Map<string, RouteDefinition>(ROUTES.filter((r) => r.fn === 'read-roster').map((r) => [routeKey(r), r]));

const QUERIES = {
  listOfficers: z.strictObject({ window: windowIdSchema.optional(), role: z.enum(['head', 'staff']).optional() }),
  listWindows: z.strictObject({}),
  listFindingCodes: z.strictObject({}),
} as const;

export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> {
  const route = rosterRoutes.get(event.routeKey);
  if (!route) return failure({ code: 'notFound' });
  const principal = principalOf(event);
  if (!principal) return failure({ code: 'unauthorized' });
  const centerId = event.pathParameters?.center ?? '';
  if (!authorize(principal, route.roles, { centerId }).allowed) return failure({ code: 'forbidden' });
  const operation = route.operationId as keyof typeof QUERIES;
  const parsed = QUERIES[operation].safeParse(event.queryStringParameters ?? {});
  if (!parsed.success) return failure({ code: 'invalidBody', issues: fieldIssues(parsed.error) });

  switch (operation) {
    case 'listOfficers': {
      const { window, role } = parsed.data as z.infer<typeof QUERIES.listOfficers>;
      const [officers, windows] = await Promise.all([listOfficers(store, centerId), listWindows(store, centerId)]);
      const windowNames = new Map(windows.map((w) => [w.windowId, w.name]));
      return json(200, {
        officers: officers
          .filter((o) => (!window || o.windowId === window) && (!role || o.role === role))
          .map((o) => ({ ...o, windowName: windowNames.get(o.windowId) ?? o.windowId })),
      });
    }
    case 'listWindows':
      return json(200, { windows: await listWindows(store, centerId) });
    case 'listFindingCodes': {
      const { rulebook } = await centerSettings(store, centerId, new Date());
      return json(200, { rulebook: { id: rulebook.id, version: rulebook.version }, findingCodes: rulebook.findingCodes, ruleLines: RULE_LINE_NAMES });
    }
  }
}

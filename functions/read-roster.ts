/**
 * The roster for pickers (名册): the center's officers (by window and role), its windows,
 * and the finding codes of the rulebook in force (with the fixed rules' ledger lines in
 * words) — so a form offers names, not ids, and a ledger reads in words.
 * Any staff member of the center reads them; names are not secret inside the center.
 */
import { z } from 'zod';
import { RULE_LINE_NAMES } from '#core/ledger-names';
import { windowId as windowIdSchema } from '#core/records/common';
import { listOfficers, listWindows } from '#store/center';
import { defaultStore } from '#store/client';
import { centerSettings } from './center-settings.ts';
import { type Request, failure, httpHandler, json, validate } from './http.ts';

const store = defaultStore();

const QUERIES = {
  listOfficers: z.strictObject({ window: windowIdSchema.optional(), role: z.enum(['head', 'staff']).optional() }),
  listWindows: z.strictObject({}),
  listFindingCodes: z.strictObject({}),
} as const;

export const handler = httpHandler('read-roster', async ({ route, centerId, event, now }: Request) => {
  const operation = route.operationId as keyof typeof QUERIES;
  const parsed = validate(QUERIES[operation] as z.ZodType, event.queryStringParameters ?? {});
  if (!parsed.ok) return failure(parsed.failure);

  switch (operation) {
    case 'listOfficers': {
      const { window, role } = parsed.value as z.infer<typeof QUERIES.listOfficers>;
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
      const { rulebook } = await centerSettings(store, centerId, now);
      return json(200, { rulebook: { id: rulebook.id, version: rulebook.version }, findingCodes: rulebook.findingCodes, ruleLines: RULE_LINE_NAMES });
    }
  }
});

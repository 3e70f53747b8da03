/**
 * Administration (中心设置): the center's profile, its windows and officers (an officer
 * moved to another window keeps the history of its postings), a new rulebook version,
 * calendar overrides. Administrators only; every change leaves an audit line.
 */
import * as z from 'zod';
import { createCalendar } from '#core/calendar';
import { center, officer, serviceWindow, withPosting } from '#core/center';
import { dateOf } from '#core/records/common';
import { defineRulebook, rulebookContent } from '#core/rulebook/schema';
import { listOfficers } from '#store/center';
import { defaultStore } from '#store/client';
import { officerKey, windowKey } from '#store/keys';
import { type Setting, calendarSetting, centerSetting, putSetting, rulebookSetting } from '#store/settings';
import { forgetCenterSettings } from './center-settings.ts';
import { type Request, failure, httpHandler, json } from './http.ts';

const store = defaultStore();

const calendarOverrides = z.strictObject({ overrides: z.record(z.iso.date(), z.enum(['work', 'rest'])) }).superRefine((b, ctx) => {
  try {
    createCalendar(b.overrides);
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: ['overrides'], message: (error as Error).message });
  }
});

type Parse = (
  body: any,
  params: Readonly<Record<string, string>>,
  now: Date,
) => Promise<{ readonly setting: Setting; readonly id: string; readonly once?: boolean }>;

/** How each setting is read from its request, keyed by operation. */
const SETTINGS: Readonly<Record<string, { schema: z.ZodType; parse: Parse }>> = {
  putCenter: {
    schema: center.omit({ centerId: true }),
    parse: async (body, { center: centerId }) => ({ setting: centerSetting(centerId!, { centerId, ...body }), id: `center:${centerId}` }),
  },
  putWindow: {
    schema: serviceWindow.omit({ windowId: true }),
    parse: async (body, { center: centerId, window: windowId }) => ({
      setting: { sk: windowKey(centerId!, windowId!).sk, value: { windowId, ...body } },
      id: `window:${windowId}`,
    }),
  },
  putOfficer: {
    schema: officer.omit({ officerId: true, postings: true }),
    parse: async (body, { center: centerId, officer: officerId }, now) => {
      const previous = (await listOfficers(store, centerId!)).find((o) => o.officerId === officerId);
      const value = withPosting(previous, { officerId: officerId!, ...body }, dateOf(now));
      return { setting: { sk: officerKey(centerId!, officerId!).sk, value }, id: `officer:${officerId}` };
    },
  },
  putRulebook: {
    schema: rulebookContent,
    parse: async (body, _params, now) => {
      const rulebook = defineRulebook(body as z.input<typeof rulebookContent>);
      return { setting: rulebookSetting(rulebook, now.toISOString()), id: `rulebook:${rulebook.version}`, once: true };
    },
  },
  putCalendar: {
    schema: calendarOverrides,
    parse: async (body) => ({ setting: calendarSetting((body as z.infer<typeof calendarOverrides>).overrides), id: 'calendar' }),
  },
};

export const handler = httpHandler(
  'manage-center',
  async ({ route, principal, centerId, params, body, now, event, requestId }: Request) => {
    const outcome = await SETTINGS[route.operationId]!.parse(body, params, now);
    // The setting and its audit entry are one write.
    const audit = {
      at: now.toISOString(),
      who: principal.subject,
      role: principal.role,
      credential: principal.credential,
      routeKey: event.routeKey,
      requestId,
      action: 'configure',
      touched: outcome.id,
      detail: { operation: route.operationId, ...(params.window ? { windowId: params.window } : {}) },
    };
    if ((await putSetting(store, centerId, outcome.setting, audit, { once: outcome.once ?? false })) === 'exists') {
      return failure({ code: 'refused', detail: { zh: '该版本的评选规则已存在，请使用新版本号', en: 'That rulebook version exists; use a new version' } });
    }
    forgetCenterSettings(centerId);
    return json(200, { id: outcome.id, written: now.toISOString() });
  },
  { bodyOf: (route) => SETTINGS[route.operationId]?.schema },
);

/**
 * Administration (中心设置): the center's profile, its windows and officers, a new rulebook
 * version, calendar overrides. Administrators only; every change leaves an audit line.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import { authorize } from '#core/access';
import { createCalendar } from '#core/calendar';
import { center, officer, serviceWindow } from '#core/center';
import { defineRulebook, rulebookContent } from '#core/rulebook/schema';
import { defaultStore } from '#store/client';
import { officerKey, windowKey } from '#store/keys';
import { type Setting, calendarSetting, centerSetting, putSetting, rulebookSetting } from '#store/settings';
import { failure, json, parseBody } from './http.ts';
import { principalOf } from './principal.ts';
import { ROUTES, type RouteDefinition, routeKey } from './routes.ts';

const store = defaultStore();
const adminRoutes = new Map<string, RouteDefinition>(ROUTES.filter((r) => r.fn === 'manage-center').map((r) => [routeKey(r), r]));

const calendarOverrides = z.strictObject({ overrides: z.record(z.iso.date(), z.enum(['work', 'rest'])) }).superRefine((b, ctx) => {
  try {
    createCalendar(b.overrides);
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: ['overrides'], message: (error as Error).message });
  }
});

type Parse = (
  body: unknown,
  params: Readonly<Record<string, string>>,
  now: Date,
) => { readonly setting: Setting; readonly id: string; readonly once?: boolean };

/** How each setting is read from its request, keyed by operation. */
const SETTINGS: Readonly<Record<string, { schema: z.ZodType; parse: Parse }>> = {
  putCenter: {
    schema: center.omit({ centerId: true }),
    parse: (body, { center: centerId }) => ({ setting: centerSetting(centerId!, { centerId, ...(body as object) }), id: `center:${centerId}` }),
  },
  putWindow: {
    schema: serviceWindow.omit({ windowId: true }),
    parse: (body, { center: centerId, window: windowId }) => ({
      setting: { sk: windowKey(centerId!, windowId!).sk, value: { windowId, ...(body as object) } },
      id: `window:${windowId}`,
    }),
  },
  putOfficer: {
    schema: officer.omit({ officerId: true }),
    parse: (body, { center: centerId, officer: officerId }) => ({
      setting: { sk: officerKey(centerId!, officerId!).sk, value: { officerId, ...(body as object) } },
      id: `officer:${officerId}`,
    }),
  },
  putRulebook: {
    schema: rulebookContent,
    parse: (body, _params, now) => {
      const rulebook = defineRulebook(body as z.input<typeof rulebookContent>);
      return { setting: rulebookSetting(rulebook, now.toISOString()), id: `rulebook:${rulebook.version}`, once: true };
    },
  },
  putCalendar: {
    schema: calendarOverrides,
    parse: (body) => ({ setting: calendarSetting((body as z.infer<typeof calendarOverrides>).overrides), id: 'calendar' }),
  },
};

export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> {
  const route = adminRoutes.get(event.routeKey);
  if (!route) return failure({ code: 'notFound' });
  const principal = principalOf(event);
  if (!principal) return failure({ code: 'unauthorized' });
  const params = (event.pathParameters ?? {}) as Record<string, string>;
  const centerId = params.center ?? '';
  if (!authorize(principal, route.roles, { centerId }).allowed) return failure({ code: 'forbidden' });

  const { schema, parse } = SETTINGS[route.operationId]!;
  const parsed = parseBody(event, schema);
  if (!parsed.ok) return failure(parsed.failure);
  const now = new Date();
  const outcome = parse(parsed.value, params, now);
  const written = await putSetting(
    store,
    centerId,
    outcome.setting,
    {
      at: now.toISOString(),
      who: principal.subject,
      role: principal.role,
      credential: principal.credential,
      routeKey: event.routeKey,
      ...(event.requestContext.requestId ? { requestId: event.requestContext.requestId } : {}),
      action: 'configure',
      touched: outcome.id,
      detail: { operation: route.operationId, ...(params.window ? { windowId: params.window } : {}) },
    },
    { once: outcome.once ?? false },
  );
  if (written === 'exists') {
    return failure({ code: 'refused', detail: { zh: '该版本的评选规则已存在，请使用新版本号', en: 'That rulebook version exists; use a new version' } });
  }
  return json(200, { id: outcome.id, written: now.toISOString() });
}

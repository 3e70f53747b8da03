/**
 * Every role × every route × own or other window, generated from the route table
 * (DOMAIN.md §2): 401 without a credential (or with the other user pool's), 403 outside one's role or window, and nothing
 * written in either case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateOf } from '#core/records/common';
import { ROLES, type Role } from '#core/roles';
import { DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { ROUTES, type RouteDefinition } from '#functions/routes';
import { listAuditForDay } from '#store/records';
import type { LocalSystem } from '../../infra/local/system.ts';
import { generateDemoCenter } from '../../shared/demo/demo-center.ts';
import { EXAMPLES } from '../support/record-examples.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
const demo = generateDemoCenter();
const WINDOW_SCOPED: readonly Role[] = ['device', 'clerk', 'head'];
interface Caller {
  readonly role: Role;
  readonly windowId: string | undefined;
}
const callers: Caller[] = ROLES.filter((r) => r !== 'public').flatMap((role): Caller[] =>
  WINDOW_SCOPED.includes(role) ? [{ role, windowId: 'w01' }, { role, windowId: 'w02' }] : [{ role, windowId: undefined }],
);
const tokens = new Map<string, string>();
const label = (c: Caller) => `${c.role}${c.windowId ? `@${c.windowId}` : ''}`;

beforeAll(async () => {
  system = await startTestSystem();
  for (const caller of callers) {
    tokens.set(label(caller), await system.issuer.sign({ role: caller.role, subject: `${label(caller)}`, centerId: 'demo', ...(caller.windowId ? { windowId: caller.windowId } : {}) }));
  }
});
afterAll(() => system?.stop());

function requestFor(route: RouteDefinition): { path: string; body?: unknown } {
  const path = route.path.replace('{center}', 'demo').replace('{window}', 'w01').replace('{officer}', 'o001');
  if (route.record) return { path, body: EXAMPLES[route.record.type as keyof typeof EXAMPLES] };
  const bodies: Record<string, unknown> = {
    submitCorrection: { supersedes: 'no-such-record', reason: '数量录入错误', record: {} },
    putCenter: (({ centerId: _, ...rest }) => rest)(demo.center),
    putWindow: (({ windowId: _, ...rest }) => rest)(demo.windows[0]!),
    putOfficer: (({ officerId: _, ...rest }) => rest)(demo.officers[0]!),
    putRulebook: DEFAULT_RULEBOOK_CONTENT,
    putCalendar: { overrides: {} },
  };
  const query: Record<string, string> = { listWindowRecords: '?month=2026-10', listAudit: `?date=2026-10-09`, getComplaintReport: '?month=2026-10' };
  return { path: `${path}${query[route.operationId] ?? ''}`, body: bodies[route.operationId] };
}

async function call(route: RouteDefinition, token: string | undefined) {
  const { path, body } = requestFor(route);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${system.url}${path}`, { method: route.method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  await response.arrayBuffer();
  return response.status;
}

/** What §2 says the caller gets: refused (401/403) or let through to the checks. */
function expected(route: RouteDefinition, caller: Caller | undefined): 401 | 403 | 'through' {
  if (route.roles.includes('public')) return 'through';
  if (!caller) return 401;
  // Devices and people are two user pools, each route behind one pool's authorizer: the other pool's token is no credential there.
  if ((caller.role === 'device') !== route.roles.includes('device')) return 401;
  if (!route.roles.includes(caller.role)) return 403;
  const targetWindow = route.path.includes('{window}') ? 'w01' : route.record?.windowOf(route.record.body.parse(requestFor(route).body));
  if (WINDOW_SCOPED.includes(caller.role) && targetWindow !== undefined && caller.windowId !== targetWindow) return 403;
  return 'through';
}

describe('authorization matrix', () => {
  it('refuses outside each role and window scope, and writes nothing when it does', async () => {
    const today = dateOf(new Date());
    const auditBefore = (await listAuditForDay(system.store, 'demo', today)).length;
    let created = 0;
    const mismatches: string[] = [];
    for (const route of ROUTES) {
      for (const caller of [undefined, ...callers]) {
        const status = await call(route, caller ? tokens.get(label(caller)) : undefined);
        const want = expected(route, caller);
        if (status === 201 || (status === 200 && route.method === 'PUT')) created++;
        const ok = want === 'through' ? status !== 401 && status !== 403 && status < 500 : status === want;
        if (!ok) mismatches.push(`${route.method} ${route.path} as ${caller ? label(caller) : 'anonymous'}: got ${status}, want ${want}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Only what got through was written: one audit line per accepted write.
    expect((await listAuditForDay(system.store, 'demo', today)).length - auditBefore).toBe(created);
    expect(created).toBeGreaterThan(10);
  });
});

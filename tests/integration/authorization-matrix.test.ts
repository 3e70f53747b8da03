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
import { listAuditForDay } from '#store/audit';
import type { LocalSystem } from '../../infra/local/system.ts';
import { generateDemoCenter } from '../../shared/demo/demo-center.ts';
import { EXAMPLES } from '../support/record-examples.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
// The examples' day (2026-11-13) has passed and November is open.
const NOW = new Date('2026-11-16T10:00:00+08:00');
const demo = generateDemoCenter();
const WINDOW_SCOPED: readonly Role[] = ['device', 'clerk', 'head'];
interface Caller {
  readonly role: Role;
  readonly windowId: string | undefined;
  /** An officer's own account: the officer it is bound to (the routes name o001). */
  readonly officerId?: string;
}
const callers: Caller[] = ROLES.filter((r) => r !== 'public').flatMap((role): Caller[] =>
  WINDOW_SCOPED.includes(role)
    ? [{ role, windowId: 'w01' }, { role, windowId: 'w02' }]
    : role === 'officer'
      ? [{ role, windowId: undefined, officerId: 'o001' }, { role, windowId: undefined, officerId: 'o002' }]
      : [{ role, windowId: undefined }],
);
const tokens = new Map<string, string>();
const label = (c: Caller) => `${c.role}${c.windowId ? `@${c.windowId}` : ''}${c.officerId ? `@${c.officerId}` : ''}`;

beforeAll(async () => {
  system = await startTestSystem(['2026-10'], { now: () => NOW });
  for (const caller of callers) {
    tokens.set(
      label(caller),
      await system.issuer.sign({
        role: caller.role,
        subject: `${label(caller)}`,
        centerId: 'demo',
        ...(caller.windowId ? { windowId: caller.windowId } : {}),
        ...(caller.officerId ? { officerId: caller.officerId } : {}),
      }),
    );
  }
});
afterAll(() => system?.stop());

function requestFor(route: RouteDefinition): { path: string; body?: unknown } {
  const path = route.path.replace('{center}', 'demo').replace('{window}', 'w01').replace('{officer}', 'o001').replace('{year}', '2026');
  if (route.record) return { path, body: EXAMPLES[route.record.type as keyof typeof EXAMPLES] };
  const bodies: Record<string, unknown> = {
    submitCorrection: { supersedes: 'no-such-record', reason: '数量录入错误', record: {} },
    putCenter: (({ centerId: _, ...rest }) => rest)(demo.center),
    putWindow: (({ windowId: _, ...rest }) => rest)(demo.windows[0]!),
    putOfficer: (({ officerId: _, ...rest }) => rest)(demo.officers[0]!),
    putRulebook: DEFAULT_RULEBOOK_CONTENT,
    putCalendar: { overrides: {} },
  };
  const query: Record<string, string> = { listWindowRecords: '?month=2026-10', listAudit: `?date=2026-10-09`, getComplaintReport: '?month=2026-10', listOfficerGrades: '?month=2026-10' };
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
  // An officer's account reads its own officer only: o002's account is refused o001's routes.
  if (caller.role === 'officer' && route.path.includes('{officer}') && caller.officerId !== 'o001') return 403;
  // The example rates o002, w01's staff, as its window head: no other caller's kind fits.
  if (route.record?.type === 'yearly-rating' && !(caller.role === 'head' && caller.windowId === 'w01')) return 403;
  return 'through';
}

describe('authorization matrix', () => {
  it('refuses outside each role and window scope, and writes nothing when it does', async () => {
    const today = dateOf(NOW);
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

  it('refuses a record that names another window’s officer under one’s own window, for every caller the route admits', async () => {
    // The examples name o001 of w01; o015 is an officer of w02. Swapping the officer keeps
    // the body's window, so the record would count toward w02's officer under w01.
    const swap = (value: unknown): unknown =>
      value === 'o001' ? 'o015' : Array.isArray(value) ? value.map(swap) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)])) : value;
    const auditBefore = (await listAuditForDay(system.store, 'demo', dateOf(NOW))).length;
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of ROUTES) {
      const example = route.record ? (requestFor(route).body as Record<string, unknown>) : undefined;
      if (!route.record || !example) continue;
      const valid = route.record.body.safeParse(example);
      if (!valid.success) continue; // the public complaint form takes no channel; the supervisors' route covers complaints
      const parsed = valid.data;
      const names = route.record.officersOf?.(parsed) ?? [];
      if (!names.includes('o001') || route.record.windowOf(parsed) === undefined) continue;
      for (const caller of callers.filter((c) => route.roles.includes(c.role) && (!c.windowId || c.windowId === 'w01'))) {
        const response = await fetch(`${system.url}${requestFor(route).path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), authorization: `Bearer ${tokens.get(label(caller))}` },
          body: JSON.stringify(swap(example)),
        });
        await response.arrayBuffer();
        checked++;
        if (response.status !== 403) mismatches.push(`${route.operationId} as ${label(caller)}: got ${response.status}, want 403`);
      }
    }
    expect(mismatches).toEqual([]);
    // evaluations (device), attendance and cases (clerk, head), patrols, findings, complaints (supervisor).
    expect(checked).toBe(7);
    expect((await listAuditForDay(system.store, 'demo', dateOf(NOW))).length).toBe(auditBefore);
  });
});


/** Corrections by supersession, the audit trail, window reads and the API contract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { windowSubject } from '#core/aggregates';
import { dateOf } from '#core/records/common';
import { ROUTES } from '#functions/routes';
import { listAggregatesForMonth } from '#store/aggregates';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
const tokens: Record<string, string> = {};
// The requests' clock, set by each test: each works in a month of its own, still open.
let clock = new Date('2026-11-03T10:00:00+08:00');
/** The clock on the 2nd of the month after: the month is still open (it closes on the 5th working day). */
const openFor = (month: string): void => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  clock = new Date(`${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-02T10:00:00+08:00`);
};

beforeAll(async () => {
  system = await startTestSystem(['2026-10'], { now: () => clock });
  const sign = (role: 'device' | 'clerk' | 'supervisor', subject: string, windowId?: string) =>
    system.issuer.sign({ role, subject, centerId: 'demo', ...(windowId ? { windowId } : {}) });
  tokens.device = await sign('device', 'device-w03', 'w03');
  tokens.clerk = await sign('clerk', 'clerk-w03', 'w03');
  tokens.supervisor = await sign('supervisor', 'supervisor-1');
  tokens.supervisor2 = await sign('supervisor', 'supervisor-2');
});
afterAll(() => system?.stop());

async function call(method: string, path: string, token: string | undefined, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${system.url}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: response.status, body: (await response.json()) as any };
}

const w03 = async (month: string): Promise<Record<string, number>> =>
  (await listAggregatesForMonth(system.store, 'demo', month)).get(windowSubject('w03'))?.counters ?? {};
/** The rating counters of w03 in a month (the window item also counts by scale and level). */
const ratings = async (month: string) => {
  const { evaluations, satisfied } = await w03(month);
  return { evaluations, satisfied };
};

describe('corrections', () => {
  it('supersede a record and move the aggregate in the same transaction, once', async () => {
    openFor('2025-06');
    const rated = await call('POST', '/api/v1/centers/demo/evaluations', tokens.device, {
      windowId: 'w03',
      ratedAt: '2025-06-03T10:00:00+08:00',
      scale: 'two-level',
      rating: '不满意',
    });
    expect(rated.status).toBe(201);
    expect(await ratings('2025-06')).toEqual({ evaluations: 1, satisfied: 0 });

    const correction = {
      supersedes: rated.body.id,
      reason: '评价器按键故障，市民当场确认为满意',
      record: { windowId: 'w03', ratedAt: '2025-06-03T10:00:00+08:00', scale: 'two-level', rating: '满意' },
    };
    const corrected = await call('POST', '/api/v1/centers/demo/corrections', tokens.supervisor, correction);
    expect(corrected.status).toBe(201);
    // 不满意 → 满意: evaluations stay 1, satisfied 0 → 1
    expect(await ratings('2025-06')).toEqual({ evaluations: 1, satisfied: 1 });

    const again = await call('POST', '/api/v1/centers/demo/corrections', tokens.supervisor2, correction);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('alreadySuperseded');
    expect(await ratings('2025-06')).toEqual({ evaluations: 1, satisfied: 1 });

    const read = await call('GET', '/api/v1/centers/demo/windows/w03/records?month=2025-06', tokens.clerk);
    expect(read.status).toBe(200);
    const byId = new Map(read.body.records.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(rated.body.id)).toMatchObject({ supersededBy: corrected.body.id });
    expect(byId.get(corrected.body.id)).toMatchObject({ supersedes: rated.body.id, reason: correction.reason });
  });

  it('move a record to another month when its date was wrong', async () => {
    openFor('2025-05');
    const volume = await call('POST', '/api/v1/centers/demo/volumes', tokens.clerk, { windowId: 'w03', month: '2025-05', accepted: 40 });
    expect(volume.status).toBe(201);
    const corrected = await call('POST', '/api/v1/centers/demo/corrections', tokens.supervisor, {
      supersedes: volume.body.id,
      reason: '月份填错，应为四月',
      record: { windowId: 'w03', month: '2025-04', accepted: 40 },
    });
    expect(corrected.status).toBe(201);
    expect((await w03('2025-05')).volume).toBe(0);
    expect((await w03('2025-04')).volume).toBe(40);
  });

  it('are for supervisors only, need a reason, and validate the replacement', async () => {
    openFor('2025-03');
    const volume = await call('POST', '/api/v1/centers/demo/volumes', tokens.clerk, { windowId: 'w03', month: '2025-03', accepted: 12 });
    const base = { supersedes: volume.body.id, reason: '数量录入错误', record: { windowId: 'w03', month: '2025-03', accepted: 21 } };
    expect((await call('POST', '/api/v1/centers/demo/corrections', tokens.clerk, base)).status).toBe(403);
    const noReason = await call('POST', '/api/v1/centers/demo/corrections', tokens.supervisor, { ...base, reason: '错' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0].path).toBe('reason');
    const bad = await call('POST', '/api/v1/centers/demo/corrections', tokens.supervisor, { ...base, record: { windowId: 'w03', month: '2025-03', accepted: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('record.accepted');
    const missing = await call('POST', '/api/v1/centers/demo/corrections', tokens.supervisor, { ...base, supersedes: 'no-such-record' });
    expect(missing.status).toBe(400);
    expect((await w03('2025-03')).volume).toBe(12);
  });
});

describe('audit trail', () => {
  it('records who wrote what, when and with which credential; supervisors read it', async () => {
    openFor('2025-02');
    const posted = await call('POST', '/api/v1/centers/demo/volumes', tokens.clerk, { windowId: 'w03', month: '2025-02', accepted: 7 });
    const corrected = await call('POST', '/api/v1/centers/demo/corrections', tokens.supervisor, {
      supersedes: posted.body.id,
      reason: '数量录入错误，应为8件',
      record: { windowId: 'w03', month: '2025-02', accepted: 8 },
    });
    expect(corrected.status).toBe(201);
    const today = dateOf(clock);
    const audit = await call('GET', `/api/v1/centers/demo/audit?date=${today}`, tokens.supervisor);
    expect(audit.status).toBe(200);
    // The record item is its own audit line: who, role, credential, route, request.
    const line = audit.body.lines.find((l: { touched: string }) => l.touched === `record:${posted.body.id}`);
    expect(line).toMatchObject({
      who: 'clerk-w03',
      role: 'clerk',
      action: 'append',
      detail: { recordType: 'volume', windowId: 'w03' },
      routeKey: 'POST /api/v1/centers/{center}/volumes',
    });
    expect(line.credential).toMatch(/^[0-9a-f-]{36}$/); // the token's jti
    expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/); // the gateway's request id
    expect(audit.body.lines.some((l: { action: string }) => l.action === 'correct')).toBe(true);
    expect((await call('GET', `/api/v1/centers/demo/audit?date=${today}`, tokens.clerk)).status).toBe(403);
  });
});

describe('reads', () => {
  it('let a window read its own records only, and a device nothing', async () => {
    expect((await call('GET', '/api/v1/centers/demo/windows/w03/records?month=2026-10', tokens.clerk)).status).toBe(200);
    expect((await call('GET', '/api/v1/centers/demo/windows/w04/records?month=2026-10', tokens.clerk)).status).toBe(403);
    // A device's token is the device pool's, which the staff routes' authorizer does not accept (as in AWS).
    expect((await call('GET', '/api/v1/centers/demo/windows/w03/records?month=2026-10', tokens.device)).status).toBe(401);
    const badMonth = await call('GET', '/api/v1/centers/demo/windows/w03/records?month=2026-13', tokens.clerk);
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.error.issues[0].path).toBe('month');
  });

  it('serve an OpenAPI 3.1 contract naming every route', async () => {
    const { status, body } = await call('GET', '/api/v1/openapi.json', undefined);
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const route of ROUTES) expect(body.paths[route.path]?.[route.method.toLowerCase()]?.operationId).toBe(route.operationId);
    const evaluation = body.paths['/api/v1/centers/{center}/evaluations'].post;
    expect(evaluation.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['windowId', 'ratedAt', 'scale', 'rating']),
    );
    expect(evaluation.parameters.map((p: { name: string }) => p.name)).toEqual(['center', 'Idempotency-Key']);
  });
});

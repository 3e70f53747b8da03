/**
 * Seed 001 (c) end to end on a center created for the test: a county center on the
 * city-nomination preset, October 2026 of ratings and a verified complaint through the API,
 * the month scored, the past two years' officer grades and excellent windows as their
 * yearly assessment and final lists left them in the store; then the yearly nomination lists advanced and read through the API:
 * who meets the city's preconditions and, for each one who does not, which condition fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_001_CITY_NOMINATION } from '#core/rulebook/presets/seed-001-city-nomination';
import type { SelectionFlow } from '#core/selection/state-machine';
import { rulebookRef } from '#core/rulebook/ref';
import { putPeriodResults } from '#store/results';
import { saveSelection } from '#store/selections';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const CENTER = 'cn';
let clock = new Date('2026-10-20T10:00:00+08:00'); // October open
let system: LocalSystem;
beforeAll(async () => {
  system = await startTestSystem([], { now: () => clock });
}, 300_000);
afterAll(() => system?.stop());

type Role = Parameters<LocalSystem['issuer']['sign']>[0]['role'];
const sign = (role: Role, windowId?: string) => system.issuer.sign({ role, subject: `${role}-${windowId ?? '1'}`, centerId: CENTER, ...(windowId ? { windowId } : {}) });
async function call(method: string, path: string, role: Role, body?: unknown, windowId?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${system.url}/api/v1/centers/${CENTER}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await sign(role, windowId)}`,
      ...(body !== undefined ? { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() };
}
const post = async (segment: string, role: Role, body: Record<string, unknown>, windowId?: string): Promise<string> => {
  const res = await call('POST', `/${segment}`, role, body, windowId);
  expect(res.status, `${segment} ${JSON.stringify(res.body)}`).toBe(201);
  return String(res.body.id);
};
const rate = (windowId: string, officerId: string, minute: number, rating: '满意' | '不满意') =>
  post('evaluations', 'device', { windowId, officerId, ratedAt: `2026-10-${String(12 + (minute % 5)).padStart(2, '0')}T10:${String(minute).padStart(2, '0')}:00+08:00`, scale: 'two-level', rating }, windowId);

describe('the city-level nominations of a county center', () => {
  it('list who meets the preconditions and why each other one does not, for supervisors', async () => {
    const profile = { name: '某县政务服务中心', nameEn: 'A county service center', address: '县城', phone: '0000-5678' };
    expect((await call('PUT', '', 'admin', profile)).status).toBe(200);
    for (const windowId of ['w01', 'w02']) {
      expect((await call('PUT', `/windows/${windowId}`, 'admin', { name: `${windowId} 窗口`, department: '某局', departmentEn: 'A bureau' })).status).toBe(200);
    }
    const officers = [
      // o1: two years at w01 by 2026-12-31 (from 2024-12-01), 优秀 in 2024 and 2025, all ratings satisfied.
      { id: 'o1', windowId: 'w01', startDate: '2024-12-01' },
      // o2: at w01 since 2025-06-01: a year and a half.
      { id: 'o2', windowId: 'w01', startDate: '2025-06-01' },
      // o3: 优秀 once (2025); one rating of two satisfied (50%); a complaint about her verified in October.
      { id: 'o3', windowId: 'w02', startDate: '2020-01-01' },
    ];
    for (const o of officers) {
      expect((await call('PUT', `/officers/${o.id}`, 'admin', { name: `工作人员${o.id}`, windowId: o.windowId, role: 'staff', startDate: o.startDate })).status).toBe(200);
    }
    const { hash: _hash, ...rulebook } = SEED_001_CITY_NOMINATION;
    expect((await call('PUT', '/rulebook', 'admin', { ...rulebook, version: '1.0.1' })).status).toBe(200);

    // October's ratings, far apart (no consecutive flag): o1 3 of 3, o2 2 of 2, o3 1 of 2.
    await rate('w01', 'o1', 1, '满意');
    await rate('w01', 'o1', 7, '满意');
    await rate('w01', 'o1', 13, '满意');
    await rate('w01', 'o2', 19, '满意');
    await rate('w01', 'o2', 25, '满意');
    await rate('w02', 'o3', 31, '满意');
    await rate('w02', 'o3', 37, '不满意');
    const complaint = await post('complaints', 'supervisor', { receivedDate: '2026-10-14', channel: 'phone', windowId: 'w02', officerId: 'o3', summary: '答复不耐烦', complainantContact: '13700000000' });
    const verified = await post('complaint-steps', 'supervisor', { complaintId: complaint, step: 'verified', date: '2026-10-16' });
    await system.scoreMonth(CENTER, '2026-10');

    // The past years' assessments as the yearly run left them (grades only matter here).
    const graded = (year: string, officerIds: string[]) =>
      putPeriodResults(
        system.store,
        CENTER,
        year,
        officerIds.map((officerId) => ({ subject: `YA#O#${officerId}`, document: { rule: 'yearly-assessment', officerId, year, status: 'assessed', grade: 'excellent' } })),
        { inputHash: `history-${year}`, rulebookHash: SEED_001_CITY_NOMINATION.hash, computedAt: `${Number(year) + 1}-01-20T00:00:00.000Z` },
        'RUN#yearly-assessment',
      );
    await graded('2024', ['o1', 'o2']);
    await graded('2025', ['o1', 'o2', 'o3']);
    // And the center's excellent windows of those years, as their final lists were left:
    // w01 in 2024 and 2025, w02 in 2025 only.
    const titled = (year: string, windowIds: string[]) =>
      saveSelection(
        system.store,
        {
          flow: {
            centerId: CENTER,
            honorId: 'excellent-windows',
            period: year,
            state: 'final',
            candidates: [],
            ranked: windowIds.map((subjectId, i) => ({ subjectId, rank: i + 1, score: '95.00' })),
            places: 8,
            proposed: windowIds.map((subjectId, i) => ({ subjectId, rank: i + 1, score: '95.00', via: 'ranking' as const })),
            tie: null,
            removed: [],
            notice: { start: `${Number(year) + 1}-01-20`, end: `${Number(year) + 1}-02-03`, provisional: false },
            objections: [],
            history: [{ event: 'finalize', from: 'notice', to: 'final', at: `${Number(year) + 1}-02-04`, by: 'scheduler', why: '公示期满 / the notice ended' }],
          },
          rulebook: rulebookRef(SEED_001_CITY_NOMINATION),
          deeds: {},
          version: 0,
        },
        `${Number(year) + 1}-02-04T00:00:00.000Z`,
      );
    expect(await titled('2024', ['w01'])).toBe(true);
    expect(await titled('2025', ['w01', 'w02'])).toBe(true);

    // After the year has closed (December closes on the 5th working day of January).
    clock = new Date('2027-01-20T10:00:00+08:00');
    for (const honor of ['city-pacesetters', 'city-quality-windows']) {
      const advanced = await call('POST', `/selections/${honor}/2026/acts`, 'supervisor', { action: 'advance' });
      expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
    }
    const read = async (honor: string, role: Role = 'supervisor') => (await call('GET', `/selections/${honor}/2026`, role)) as { status: number; body: SelectionFlow };

    const { body: people } = await read('city-pacesetters');
    expect(people.state).toBe('proposed');
    expect(people.proposed.map((p) => p.subjectId)).toEqual(['o1']);
    const reasons = Object.fromEntries(people.candidates.map((c) => [c.subjectId, c.exclusions.map((e) => e.detail.condition)]));
    expect(reasons).toEqual({
      o1: [],
      o2: ['years-at-window'],
      o3: ['excellent-grades', 'satisfaction', 'verified-complaint'],
    });
    const o3 = people.candidates.find((c) => c.subjectId === 'o3')!;
    expect(o3.exclusions.find((e) => e.detail.condition === 'satisfaction')).toMatchObject({ detail: { rate: '50.00', required: '99' } });
    expect(o3.exclusions.find((e) => e.detail.condition === 'verified-complaint')!.records).toEqual([complaint, verified].sort());

    // w01 holds two titles in 2023–2026, every rating satisfied, no case late, no complaint:
    // proposed. w02 holds one, is rated 50% and has the verified complaint.
    const { body: windows } = await read('city-quality-windows');
    expect(windows.proposed.map((p) => p.subjectId)).toEqual(['w01']);
    expect(Object.fromEntries(windows.candidates.map((c) => [c.subjectId, c.exclusions.map((e) => e.detail.condition)]))).toEqual({
      w01: [],
      w02: ['titles', 'satisfaction', 'verified-complaint'],
    });
    const w02 = windows.candidates.find((c) => c.subjectId === 'w02')!;
    expect(w02.exclusions[0]).toMatchObject({ records: ['selection:excellent-windows:2025'], detail: { held: 1, required: 2, since: '2023' } });

    // Supervisors, the panel and admins read it; a window head does not.
    expect((await read('city-pacesetters', 'panel')).status).toBe(200);
    expect((await read('city-pacesetters', 'admin')).status).toBe(200);
    expect((await call('GET', '/selections/city-pacesetters/2026', 'head', undefined, 'w01')).status).toBe(403);
  }, 300_000);
});

/**
 * The monthly best windows of seed 002, end to end on a center created for the test: ten
 * windows under the seed-002 preset, a month of volumes, cases, findings, commendations and a
 * verified complaint through the API, the month's score run, the selection advanced through
 * the API, its notice and the final list published for the site. Every score is worked by
 * hand from §最佳窗口单位评比考核办法 (rules/best-window.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeIdOf } from '#core/published';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import type { SelectionFlow } from '#core/selection/state-machine';
import { listPublished } from '#store/published';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const CENTER = 'bw';
const MONTH = '2026-10';
const WINDOWS = Array.from({ length: 10 }, (_, i) => `w${String(i + 1).padStart(2, '0')}`);
const officerOf = (windowId: string) => `o${windowId.slice(1)}`;

let clock = new Date('2026-10-30T10:00:00+08:00'); // a Friday: October still open
let system: LocalSystem;
beforeAll(async () => {
  // The demo's roster only; this test's center is its own.
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
const post = async (segment: string, role: Role, body: Record<string, unknown>): Promise<string> => {
  const windowId = role === 'clerk' ? String(body.windowId) : undefined;
  const res = await call('POST', `/${segment}`, role, body, windowId);
  expect(res.status, `${segment} ${JSON.stringify(res.body)}`).toBe(201);
  return String(res.body.id);
};
const finding = (windowId: string, code: string, subject: 'window' | 'officer' = 'window') =>
  post('findings', 'supervisor', {
    code,
    subject,
    windowId,
    ...(subject === 'officer' ? { officerId: officerOf(windowId) } : {}),
    date: '2026-10-28',
    evidence: '督查记录',
    verifiedBy: 's1',
    sourceKind: 'patrol',
  });

describe('the best windows of a seed-002 center', () => {
  it('are scored by the scheme, lose the disqualified, and reach the public list', async () => {
    const profile = { name: '评比测试中心', nameEn: 'Best-window test center', address: '测试路1号', phone: '0000-1234', startDate: '2026-01-01' };
    expect((await call('PUT', '', 'admin', profile)).status).toBe(200);
    for (const windowId of WINDOWS) {
      expect((await call('PUT', `/windows/${windowId}`, 'admin', { name: `${windowId} 窗口`, department: '某局', departmentEn: 'A bureau' })).status).toBe(200);
      const officer = { name: `工作人员${windowId}`, windowId, role: 'head', startDate: '2026-01-01' };
      expect((await call('PUT', `/officers/${officerOf(windowId)}`, 'admin', officer)).status).toBe(200);
    }
    const { hash: _hash, ...rulebook } = SEED_002_MONTHLY_ASSESSMENT;
    expect((await call('PUT', '/rulebook', 'admin', { ...rulebook, version: '1.0.1' })).status).toBe(200);

    // Volumes 100, 90, …, 20 for w01–w09 (all in the top 10); w10 reports none.
    for (const [i, windowId] of WINDOWS.slice(0, 9).entries()) await post('volumes', 'clerk', { windowId, month: MONTH, accepted: 100 - 10 * i });
    const kase = (windowId: string, caseNumber: string, promisedWorkingDays: number, completedDate: string) =>
      post('cases', 'clerk', { windowId, officerId: officerOf(windowId), caseNumber, caseType: 'promised', acceptedDate: '2026-10-12', promisedWorkingDays, completedDate });

    // w01: a banner, but an unlawful fee — disqualified.
    await post('commendations', 'supervisor', { windowId: 'w01', kind: 'banner', date: '2026-10-20', note: '锦旗', verifiedBy: 's1' });
    await finding('w01', 'W-INT-FEE-UNLAWFUL');
    // w02: accepted Mon 10-12 with 10 working days promised, done Fri 10-16 — 4 taken,
    // ⌊100 × 6 / 10⌋ = 60% saved → +8: 108.
    await kase('w02', 'BW-1', 10, '2026-10-16');
    // w03: a banner (+5), and a complaint verified this month — disqualified.
    await post('commendations', 'supervisor', { windowId: 'w03', kind: 'banner', date: '2026-10-21', note: '锦旗', verifiedBy: 's1' });
    const complaint = await post('complaints', 'supervisor', { receivedDate: '2026-10-26', channel: 'phone', windowId: 'w03', summary: '办事时态度生硬', complainantContact: '13900000000' });
    await post('complaint-steps', 'supervisor', { complaintId: complaint, step: 'verified', date: '2026-10-29' });
    // w04: a letter of thanks +2: 102.
    await post('commendations', 'supervisor', { windowId: 'w04', kind: 'letter', date: '2026-10-22', note: '感谢信', verifiedBy: 's1' });
    // w05: 5 working days promised from 10-12, due Mon 10-19, done Wed 10-21: 2 case-days
    // overdue × 3 → deadlines 14: 94.
    await kase('w05', 'BW-2', 5, '2026-10-21');
    // w06: late five times × 2 → discipline 10: 90.00 exactly.
    for (let n = 0; n < 5; n += 1) await finding('w06', 'O-DISC-LATE', 'officer');
    // w07: a quarrel −5 → attitude 15: 95.
    await finding('w07', 'W-SVC-QUARREL');
    // w08: a case registered open, completed by a later record: 10 days promised from 10-12,
    // done Wed 10-21 — 7 taken, 30% saved → +5: 105.
    await post('cases', 'clerk', { windowId: 'w08', officerId: officerOf('w08'), caseNumber: 'BW-3', caseType: 'promised', acceptedDate: '2026-10-12', promisedWorkingDays: 10 });
    await post('case-completions', 'clerk', { windowId: 'w08', caseNumber: 'BW-3', completedDate: '2026-10-21' });
    // w09: 100; w10: no volume, 80.

    // After October closes (the 5th working day of November, 11-06), the month is scored and
    // the selection advanced.
    clock = new Date('2026-11-20T10:00:00+08:00');
    await system.scoreMonth(CENTER, MONTH);
    const advanced = await call('POST', `/selections/best-windows/${MONTH}/acts`, 'supervisor', { action: 'advance' });
    expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);

    const { body: flow } = (await call('GET', `/selections/best-windows/${MONTH}`, 'supervisor')) as { body: SelectionFlow };
    expect(flow.state).toBe('proposed');
    // 10 windows entered: ⌊0.2 × 10⌋ = 2 places.
    expect(flow.places).toBe(2);
    expect(flow.ranked.map((r) => [r.subjectId, r.score])).toEqual([
      ['w02', '108.00'],
      ['w08', '105.00'],
      ['w04', '102.00'],
      ['w09', '100.00'],
      ['w07', '95.00'],
      ['w05', '94.00'],
      ['w06', '90.00'],
    ]);
    // Each item's points are read with the score: the five 20-point items and the bonuses.
    const itemsOf = Object.fromEntries(flow.ranked.map((r) => [r.subjectId, r.items]));
    const full = { volume: '20.00', deadlines: '20.00', attitude: '20.00', notices: '20.00', discipline: '20.00', bonuses: '0.00' };
    expect(itemsOf.w02).toEqual({ ...full, bonuses: '8.00' });
    expect(itemsOf.w05).toEqual({ ...full, deadlines: '14.00' });
    expect(itemsOf.w06).toEqual({ ...full, discipline: '10.00' });
    expect(itemsOf.w07).toEqual({ ...full, attitude: '15.00' });
    expect(itemsOf.w08).toEqual({ ...full, bonuses: '5.00' });
    expect(flow.proposed.map((p) => p.subjectId)).toEqual(['w02', 'w08']);
    const excluded = Object.fromEntries(flow.candidates.filter((c) => c.exclusions.length > 0).map((c) => [c.subjectId, c.exclusions]));
    expect(excluded.w01).toEqual([expect.objectContaining({ rule: 'disqualified', detail: { code: 'W-INT-FEE-UNLAWFUL' } })]);
    expect(excluded.w03).toEqual([expect.objectContaining({ rule: 'disqualified', detail: { code: 'complaint-verified' }, records: expect.arrayContaining([complaint]) })]);
    expect(excluded.w10).toEqual([expect.objectContaining({ rule: 'below-minimum-score', detail: { score: '80.00' } })]);

    // The notice, then the final list for the site: the windows, no score.
    const published = await call('POST', `/selections/best-windows/${MONTH}/acts`, 'supervisor', { action: 'publish-notice' });
    expect(published.status).toBe(200);
    const { body: onNotice } = (await call('GET', `/selections/best-windows/${MONTH}`, 'supervisor')) as { body: SelectionFlow };
    const after = new Date(Date.parse(`${onNotice.notice!.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await system.tickSelections(CENTER, `${after}T00:30:00+08:00`)).published).toBeGreaterThan(0);
    const list = (await listPublished(system.store, CENTER)).find((d) => d.kind === 'honor-list' && d.honorId === 'best-windows' && d.period === MONTH);
    if (list?.kind !== 'honor-list') throw new Error('no final list');
    expect(list.entries.map((e) => e.subjectId)).toEqual(['w02', 'w08']);
    expect(JSON.stringify(list)).not.toMatch(/score|13900000000/);
    expect((await listPublished(system.store, CENTER)).find((d) => d.kind === 'notice' && d.honorId === 'best-windows')).toMatchObject({ noticeId: noticeIdOf('best-windows', MONTH), inForce: false });
  }, 300_000);
});

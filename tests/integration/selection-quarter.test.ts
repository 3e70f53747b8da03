/**
 * A whole quarter of the demo center, from records to a final star list, through the API
 * and the scheduled tick only: the nominations, ballots and panel scores of 2026-Q3 are the
 * demo's; the center writes a rulebook version that names no tie-breakers (as seed 003,
 * which names none), so the nominees level at 100.00 tie across the cut and the panel must
 * decide. Then the notice, one objection upheld and one rejected, the final list, and the
 * seed 001 (a) preset on the same quarter.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeIdOf } from '#core/published';
import { dateOf } from '#core/records/common';
import { DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';
import type { SelectionFlow } from '#core/selection/state-machine';
import { listOfficers } from '#store/center';
import { listPublished } from '#store/published';
import { listSelections } from '#store/selections';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const QUARTER = '2026-Q3';
let system: LocalSystem;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  system = await startTestSystem(['2026-07', '2026-08', '2026-09', '2026-10']);
  for (const role of ['supervisor', 'panel', 'admin'] as const) {
    tokens[role] = await system.issuer.sign({ role, subject: `${role}-1`, centerId: 'demo' });
  }
}, 300_000);
afterAll(() => system?.stop());

async function api(method: string, path: string, role?: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${system.url}/api/v1/centers/demo${path}`, {
    method,
    headers: {
      ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json', 'idempotency-key': randomUUID() } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() };
}

const selection = async (honor = 'quarterly-stars'): Promise<SelectionFlow & { deadlines: Record<string, string> }> => {
  const { status, body } = await api('GET', `/selections/${honor}/${QUARTER}`, 'supervisor');
  expect(status).toBe(200);
  return body;
};
const act = (honor: string, role: string, body: unknown) => api('POST', `/selections/${honor}/${QUARTER}/acts`, role, body);
const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('the quarterly stars of the demo quarter', () => {
  it('go from records to a published final list', async () => {
    // A rulebook version without tie-breakers, before the quarter's selection opens.
    const rulebook = { ...DEFAULT_RULEBOOK_CONTENT, version: '1.1.0', tieBreakers: [] };
    expect((await api('PUT', '/rulebook', 'admin', rulebook)).status).toBe(200);

    // Opened and taken as far as it goes alone — to the tie — by the same steps as the daily
    // tick ("advance" names the quarter, so the test does not hang on today's date).
    const advance = (honor = 'quarterly-stars') => act(honor, 'supervisor', { action: 'advance' });
    expect((await advance()).status).toBe(200);
    const assessed = await selection();
    expect(assessed.state).toBe('assessed');
    expect(assessed.history.map((h) => h.event)).toEqual(['open', 'enter-candidates', 'open-voting', 'record-assessment']);
    expect(assessed.history.every((h) => h.by === 'scheduler' && h.why.length > 0)).toBe(true);

    // The vetoed nominee (the verified 12345 complaint) and the head of the lowest window are
    // out, with the reason shown to supervisors.
    const excluded = Object.fromEntries(assessed.candidates.filter((c) => c.exclusions.length > 0).map((c) => [c.subjectId, c.exclusions]));
    expect(Object.keys(excluded).sort()).toEqual(['o045', 'o066']);
    expect(excluded.o045).toEqual([expect.objectContaining({ rule: 'veto', records: [expect.any(String)] })]);
    // The lowest-ranked windows of the quarter are the last three of twenty.
    expect(excluded.o066).toEqual([expect.objectContaining({ rule: 'bottom-window-head', detail: expect.objectContaining({ of: 20 }) })]);
    expect(assessed.ranked.map((r) => r.subjectId)).not.toContain('o045');

    // A tie at the cut blocks the proposal until the panel decides.
    const tie = assessed.tie!;
    expect(tie.places + assessed.proposed.length).toBe(10);
    expect(tie.subjectIds.length).toBeGreaterThan(tie.places);
    expect((await advance()).body.waiting).toMatchObject({ code: 'tie-unresolved' });
    expect((await selection()).state).toBe('assessed');
    const chosen = tie.subjectIds.slice(0, tie.places);
    const noReason = await act('quarterly-stars', 'panel', { action: 'decide-tie', chosen, reason: '' });
    expect(noReason.status).toBe(400);
    expect((await act('quarterly-stars', 'supervisor', { action: 'decide-tie', chosen, reason: '考核小组集体研究决定' })).status).toBe(403);
    const decided = await act('quarterly-stars', 'panel', { action: 'decide-tie', chosen, reason: '考核小组集体研究，按季度工作实绩决定' });
    expect(decided.status).toBe(200);
    expect(decided.body.selection).toMatchObject({ state: 'assessed', proposed: 10, tie: null });

    // Proposed on the next tick; the center publishes the notice.
    await advance();
    expect((await selection()).state).toBe('proposed');
    const published = await act('quarterly-stars', 'supervisor', { action: 'publish-notice' });
    expect(published.status).toBe(200);
    expect(published.body.published).toEqual([`notice#${noticeIdOf('quarterly-stars', QUARTER)}`]);
    const onNotice = await selection();
    expect(onNotice.state).toBe('notice');
    const { start, end } = onNotice.notice!;
    // Publishing twice is refused, not repeated.
    expect((await act('quarterly-stars', 'supervisor', { action: 'publish-notice' })).body.error).toMatchObject({ code: 'stepRefused', reason: 'wrong-state' });

    // Two objections from the public, through the public intake route, on the day of publication.
    const [first, second] = onNotice.proposed;
    const objection = (entry: string, text: string) =>
      api('POST', '/public/objections', undefined, { noticeId: noticeIdOf('quarterly-stars', QUARTER), entry, date: dateOf(new Date()), text, contact: '13800000000' });
    const upheld = await objection(first!.subjectId, '该同志本季度曾有服务态度问题，群众反映较多。');
    const rejected = await objection(second!.subjectId, '对该同志的入选有不同意见。');
    expect([upheld.status, rejected.status], JSON.stringify(upheld.body)).toEqual([201, 201]);

    const answer = (objectionId: string, outcome: string, reason: string) =>
      act('quarterly-stars', 'supervisor', { action: 'answer-objection', objectionId, outcome, reason });
    expect((await answer(rejected.body.id, 'rejected', '经核查，反映情况不属实。')).status).toBe(200);
    expect((await answer(upheld.body.id, 'upheld', '经核查属实，撤销其拟表彰资格。')).status).toBe(200);
    let flow = await selection();
    expect(flow.objections.map((o) => o.answer?.outcome).sort()).toEqual(['rejected', 'upheld']);
    expect(flow.removed).toEqual([first!.subjectId]);
    // The next candidates are level with each other (the rest of the tie): the panel decides
    // who takes the place, and the list cannot be final before it does.
    expect(flow.proposed).toHaveLength(9);
    expect(flow.tie).toMatchObject({ places: 1 });
    expect(flow.tie!.subjectIds).toEqual(tie.subjectIds.slice(tie.places));
    const place = await act('quarterly-stars', 'panel', { action: 'decide-tie', chosen: [flow.tie!.subjectIds[0]], reason: '考核小组决定递补人选' });
    expect(place.status).toBe(200);
    flow = await selection();
    expect(flow.proposed).toHaveLength(10);
    expect(flow.proposed.map((p) => p.subjectId)).not.toContain(first!.subjectId);
    expect(flow.proposed.map((p) => p.subjectId)).toContain(second!.subjectId);

    // Not final while the notice runs; final on the first tick after its last day.
    expect((await system.tickSelections('demo', `${end}T20:00:00+08:00`)).published).toBe(0);
    expect((await selection()).state).toBe('notice');
    expect((await system.tickSelections('demo', `${nextDay(end)}T00:30:00+08:00`)).published).toBeGreaterThan(0);
    const final = await selection();
    expect(final.state).toBe('final');
    expect(final.history.at(-1)).toMatchObject({ event: 'finalize', by: 'scheduler' });

    // The final list is published for the site: names, windows, deeds — no score.
    const documents = await listPublished(system.store, 'demo');
    const list = documents.find((d) => d.kind === 'honor-list' && d.honorId === 'quarterly-stars' && d.period === QUARTER);
    expect(list).toMatchObject({ kind: 'honor-list', places: 10, rulebook: { version: '1.1.0' }, notice: { start, end } });
    if (list?.kind !== 'honor-list') throw new Error('no list');
    expect(list.entries.map((e) => e.subjectId)).toEqual(final.proposed.map((p) => p.subjectId));
    expect(list.entries.every((e) => e.name.length > 0 && e.windowName && e.deeds)).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/score|13800000000/);
    const notice = documents.find((d) => d.kind === 'notice' && d.honorId === 'quarterly-stars');
    expect(notice).toMatchObject({ inForce: false, start, end });

    // The site was rebuilt from it.
    await system.siteBuilt();
  });

  it('answers 404 for a selection that is not there or not a period', async () => {
    for (const path of ['/selections/quarterly-stars/2026-Q9', '/selections/no-such-honor/2026-Q3', '/selections/quarterly-stars/2031-Q1']) {
      expect((await api('GET', path, 'supervisor')).status).toBe(404);
    }
    // A quarter still to come cannot be opened early.
    const notDue = await api('POST', '/selections/quarterly-stars/2031-Q1/acts', 'supervisor', { action: 'advance' });
    expect(notDue.body.error.code).toBe('noSuchSelection');
  });

  it('does nothing more when ticked again', async () => {
    const before = (await listSelections(system.store, 'demo')).map((s) => s.version);
    const again = await system.tickSelections('demo', '2026-12-31T09:00:00+08:00');
    expect(again.published).toBe(0);
    expect((await listSelections(system.store, 'demo')).map((s) => s.version)).toEqual(before);
  });
});

describe('the seed 001 (a) preset on the same quarter', () => {
  it('pools the top 8 windows and 13 officers, waits for the votes, then ranks by the composite', async () => {
    const { hash: _hash, ...content } = SEED_001_QUARTERLY_COMPOSITE as typeof SEED_001_QUARTERLY_COMPOSITE & { hash: string };
    expect((await api('PUT', '/rulebook', 'admin', { ...content, version: '2.0.0' })).status).toBe(200);
    const advance = (honor: string) => act(honor, 'supervisor', { action: 'advance' });
    await advance('service-pacesetters');
    await advance('quality-windows');
    const officers = await selection('service-pacesetters');
    const windows = await selection('quality-windows');
    // Voting is open; the assessment waits for ballots and panel scores.
    expect([officers.state, windows.state]).toEqual(['voting', 'voting']);
    const pool = (flow: SelectionFlow, size: number) => flow.candidates.filter((c) => c.rank !== null && c.rank <= size).map((c) => c.subjectId);
    const officerPool = pool(officers, 13);
    const windowPool = pool(windows, 8);
    expect(officerPool.length).toBeGreaterThanOrEqual(13);
    expect(windowPool.length).toBeGreaterThanOrEqual(8);

    // Three heads vote and two panel members score every candidate of both honors.
    const officersOf = await listOfficers(system.store, 'demo');
    for (const [honorId, candidates] of [['service-pacesetters', officerPool], ['quality-windows', windowPool]] as const) {
      for (const [i, voter] of ['w01', 'w02', 'w03'].entries()) {
        const head = await system.issuer.sign({ role: 'head', subject: `head-${voter}`, centerId: 'demo', windowId: voter });
        const own = new Set([voter, ...officersOf.filter((o) => o.windowId === voter).map((o) => o.officerId)]);
        const scores = candidates.filter((c) => !own.has(c)).map((candidateId, k) => ({ candidateId, score: String(80 + ((k + i) % 20)) }));
        tokens[`head-${voter}`] = head;
        const res = await api('POST', '/ballots', `head-${voter}`, { honorId, period: QUARTER, scores });
        expect(res.status).toBe(201);
      }
      for (const member of ['panel-a', 'panel-b']) {
        tokens[member] = await system.issuer.sign({ role: 'panel', subject: member, centerId: 'demo' });
        const scores = candidates.map((candidateId, k) => ({ candidateId, score: String(70 + ((k * 7) % 30)) }));
        expect((await api('POST', '/panel-scores', member, { honorId, period: QUARTER, scores })).status).toBe(201);
      }
    }
    await advance('service-pacesetters');
    await advance('quality-windows');
    const ranked = await selection('service-pacesetters');
    expect(['assessed', 'proposed']).toContain(ranked.state);
    expect(ranked.places).toBe(10);
    expect(ranked.proposed.length + (ranked.tie?.places ?? 0)).toBe(10);
    expect(ranked.ranked.every((r) => officerPool.includes(r.subjectId))).toBe(true);
    const windowsRanked = await selection('quality-windows');
    expect(windowsRanked.places).toBe(5);
    expect(windowsRanked.ranked.every((r) => windowPool.includes(r.subjectId))).toBe(true);
  });
});

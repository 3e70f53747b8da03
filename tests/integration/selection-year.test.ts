/**
 * The yearly honors of the demo center (only October 2026 scored): the excellent windows by
 * the year's mean window score, among those that completed every case on time, and the
 * moving plaque that goes with the title. The selection's days are named, so the test is
 * the same whatever day it runs; the center's act (publishing the notice) is taken as the
 * API takes it, through the state machine and the same commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_001_MONTHLY_CIVILIZED } from '#core/rulebook/presets/seed-001-monthly-civilized';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { publishNotice } from '#core/selection/state-machine';
import { listPublished } from '#store/published';
import { getSelection } from '#store/selections';
import { commit, rulebookOf, selectionSettings } from '#functions/jobs/selections';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
beforeAll(async () => {
  system = await startTestSystem();
}, 300_000);
afterAll(() => system?.stop());

describe('excellent windows of 2026', () => {
  it('are proposed after the year, noticed, made final, and the plaque goes to them', async () => {
    // December closes on the 5th working day of January (Fri 8 January 2027): no selection of
    // the year advances before. Monday 11 January: the tick opens and proposes.
    await system.tickSelections('demo', '2027-01-08T09:00:00+08:00');
    expect((await getSelection(system.store, 'demo', 'excellent-windows', '2026'))?.flow.state).toBe('open');
    await system.tickSelections('demo', '2027-01-11T09:00:00+08:00');
    const proposed = (await getSelection(system.store, 'demo', 'excellent-windows', '2026'))!;
    expect(proposed.flow.state).toBe('proposed');
    expect(proposed.flow.places).toBe(8);
    expect(proposed.flow.proposed).toHaveLength(8);
    // Ranked by the mean window score, highest first.
    const scores = proposed.flow.proposed.map((p) => Number(p.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // A window with a case completed late is out, with the reason.
    const late = proposed.flow.candidates.filter((c) => c.exclusions.some((e) => e.rule === 'on-time-completion'));
    expect(late.every((c) => !proposed.flow.proposed.some((p) => p.subjectId === c.subjectId))).toBe(true);
    // Nobody holds a quarterly star of 2026 yet, so the stars of the year have no entrant.
    expect((await getSelection(system.store, 'demo', 'yearly-stars', '2026'))?.flow.proposed).toEqual([]);

    const settings = await selectionSettings(system.store, 'demo');
    const step = publishNotice(proposed.flow, settings.calendar, rulebookOf(settings, proposed), { at: '2027-01-11', by: 'supervisor-1', why: 'publish-notice' });
    if (!step.ok) throw new Error(step.refusal.en);
    // 10 working days from Monday 11 January: 11–15, 18–22 January.
    expect(step.selection.notice).toEqual({ start: '2027-01-11', end: '2027-01-22', provisional: expect.any(Boolean) });
    await commit(system.store, settings, { selection: { ...proposed, flow: step.selection }, changed: true, waiting: null }, new Date('2027-01-11T09:05:00+08:00'));

    expect((await system.tickSelections('demo', '2027-01-22T18:00:00+08:00')).published).toBe(0);
    expect((await system.tickSelections('demo', '2027-01-23T09:00:00+08:00')).published).toBeGreaterThan(0);
    const final = (await getSelection(system.store, 'demo', 'excellent-windows', '2026'))!;
    expect(final.flow.state).toBe('final');

    const documents = await listPublished(system.store, 'demo');
    const plaque = documents.find((d) => d.kind === 'plaque-history');
    expect(plaque).toMatchObject({ honorId: 'excellent-windows', holders: [{ period: '2026' }] });
    if (plaque?.kind !== 'plaque-history') throw new Error('no plaque history');
    expect(plaque.holders[0]!.windows.map((w) => w.subjectId)).toEqual(final.flow.proposed.map((p) => p.subjectId));
    expect(plaque.holders[0]!.windows.every((w) => w.windowName && w.department)).toBe(true);
  });
});

// After the yearly test: these write preset rulebook versions, which the center then works under.
describe('monthly honors of the presets, for October 2026', () => {
  const putRulebook = async (rulebook: { hash?: string }, version: string) => {
    const { hash: _hash, ...content } = rulebook;
    const admin = await system.issuer.sign({ role: 'admin', subject: 'admin-1', centerId: 'demo' });
    const res = await fetch(`${system.url}/api/v1/centers/demo/rulebook`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...content, version }),
    });
    expect(res.status).toBe(200);
  };

  it('best windows (seed 002): at most ⌊20 % × 20⌋ = 4 windows, none under 90 points', async () => {
    await putRulebook(SEED_002_MONTHLY_ASSESSMENT, '3.0.0');
    // October closes on the 5th working day of November (Fri 6 November): Monday the 9th.
    await system.tickSelections('demo', '2026-11-09T09:00:00+08:00');
    const { flow } = (await getSelection(system.store, 'demo', 'best-windows', '2026-10'))!;
    expect(flow.state).toBe('proposed');
    expect(flow.places).toBe(4);
    expect(flow.proposed.length).toBeGreaterThan(0);
    expect(flow.proposed.length).toBeLessThanOrEqual(4);
    expect(flow.proposed.every((p) => Number(p.score) >= 90)).toBe(true);
    expect(flow.candidates.filter((c) => c.exclusions.some((e) => e.rule === 'below-minimum-score')).every((c) => Number(c.score) < 90)).toBe(true);
  });

  it('civilized windows and pacesetters (seed 001 b): two of each a month', async () => {
    await putRulebook(SEED_001_MONTHLY_CIVILIZED, '4.0.0');
    await system.tickSelections('demo', '2026-11-09T09:00:00+08:00');
    for (const honorId of ['civilized-windows-monthly', 'civilized-officers-monthly']) {
      const { flow } = (await getSelection(system.store, 'demo', honorId, '2026-10'))!;
      expect([flow.state, flow.places]).toEqual([flow.tie ? 'assessed' : 'proposed', 2]);
      expect(flow.proposed.length + (flow.tie?.places ?? 0)).toBe(2);
    }
  });
});

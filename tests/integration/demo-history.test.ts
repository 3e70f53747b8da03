/**
 * The demo's past as the first `npm start` replays it (infra/local/demo-history.ts), through
 * the gateway and the selection tick: the 2026-Q3 quarterly stars end their notice and are
 * final, and a supervisor's correction of a closed September republishes it with its 更正
 * note — on the site's home page and September's page.
 *
 * Clocks, as under `npm start`: the gateway reads the demo clock, which the replay pins to
 * the quarter's instants (22–23 October 2026) and then releases; released, it reads `Date`,
 * which this test pins (only `Date` is faked, running on from Monday 2026-11-16 10:00 Beijing
 * time) — the day `npm start` would otherwise take from the machine.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HonorList, MonthlyEvaluation, PublicNotice } from '#core/published';
import { listPublished } from '#store/published';
import { DEMO_CORRECTION, demoClock, replayDemoHistory } from '../../infra/local/demo-history.ts';
import type { LocalSystem } from '../../infra/local/system.ts';
import { DEMO_CENTER_ID, DEMO_HONOR, DEMO_QUARTER } from '../../shared/demo/demo-center.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
const clock = demoClock();

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-16T10:00:00+08:00'), shouldAdvanceTime: true });
  system = await startTestSystem(['2026-07', '2026-08', '2026-09', '2026-10'], { now: clock.now });
}, 300_000);
afterAll(async () => {
  await system?.stop();
  vi.useRealTimers();
});

describe('the demo’s past, replayed', () => {
  it('leaves the quarter’s final stars and a corrected September, on the site', async () => {
    const outcome = await replayDemoHistory(system, clock);
    expect(outcome.finalList).toBe(true);
    expect(clock.now().toISOString().slice(0, 10)).toBe('2026-11-16'); // released after the replay

    const documents = await listPublished(system.store, DEMO_CENTER_ID);
    const notice = documents.find((d): d is PublicNotice => d.kind === 'notice' && d.honorId === DEMO_HONOR && d.period === DEMO_QUARTER);
    // Published on the replayed Friday 2026-10-23; ended before the pinned day.
    expect(notice).toMatchObject({ start: '2026-10-23', inForce: false });
    expect(notice!.end < '2026-11-16').toBe(true);
    const list = documents.find((d): d is HonorList => d.kind === 'honor-list' && d.honorId === DEMO_HONOR && d.period === DEMO_QUARTER);
    expect(list).toMatchObject({ places: 10, notice: { start: notice!.start, end: notice!.end } });
    expect(list!.entries).toHaveLength(10);
    expect(list!.finalizedOn > notice!.end).toBe(true);

    // The correction was filed on the pinned day, after September was published as closed.
    const september = documents.find((d): d is MonthlyEvaluation => d.kind === 'monthly-evaluation' && d.period === DEMO_CORRECTION.month);
    expect(september?.state).toBe('closed');
    expect(september?.corrections).toEqual([
      expect.objectContaining({ date: '2026-11-16', recordId: outcome.corrected, reason: DEMO_CORRECTION.reason }),
    ]);
    const changes = september!.corrections![0]!.changes;
    expect(changes.map((c) => `${c.windowId} ${c.field}`)).toEqual([`${DEMO_CORRECTION.windowId} score`, `${DEMO_CORRECTION.windowId} component`]);
    // One satisfied rating fewer: both figures went down.
    for (const c of changes) expect(Number(c.after)).toBeLessThan(Number(c.before));

    await system.siteBuilt();
    const home = await (await fetch(`${system.url}/`)).text();
    expect(home).toContain('2026年第三季度“季度服务明星”');
    expect(home).toContain(list!.entries[0]!.name);
    const page = await (await fetch(`${system.url}/months/${DEMO_CORRECTION.month}/`)).text();
    expect(page).toContain('更正 / Correction');
    expect(page).toContain(DEMO_CORRECTION.reason);
    expect(page).toContain(`${changes[1]!.before} → ${changes[1]!.after}`);
  }, 300_000);
});

/**
 * The demo's past as the first `npm start` replays it (infra/local/demo-history.ts), through
 * the gateway and the selection tick, on the whole demo year in the embedded store: the
 * quarterly stars of 2026-Q1, Q2 and Q3 end their notices and are final, the year before's
 * (2025) four quarters and its yearly honors too, with the moving plaque's first holders, and a supervisor's correction of a closed September republishes it with its 更正
 * note — on the site's home page and September's page.
 *
 * Clocks, as under `npm start`: the gateway reads the demo clock, which the replay pins to
 * the quarter's instants (22–23 October 2026) and then releases; released, it reads `Date`,
 * which this test pins (only `Date` is faked, running on from Monday 2026-11-16 10:00 Beijing
 * time) — the day `npm start` would otherwise take from the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HonorList, MonthlyEvaluation, PlaqueHistory, PublicNotice } from '#core/published';
import { listPublished } from '#store/published';
import { DEMO_CORRECTION, demoClock, replayDemoHistory } from '../../infra/local/demo-history.ts';
import { SECOND_CENTER_ID, replaySecondCenter, serveSecondSite, serverUrl } from '../../infra/local/demo-second-center.ts';
import { localPaths } from '../../infra/local/paths.ts';
import { type LocalSystem, startSystem } from '../../infra/local/system.ts';
import { DEMO_CENTER_ID, DEMO_HONOR, DEMO_QUARTER } from '../../shared/demo/demo-center.ts';

let system: LocalSystem;
let secondSite: Server | undefined;
const clock = demoClock();
/** Where the second center's site is built (the test system's own folder is its own). */
const secondDir = mkdtempSync(join(tmpdir(), 'honor-board-second-'));
const dataDir = mkdtempSync(join(tmpdir(), 'honor-board-history-'));

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-16T10:00:00+08:00'), shouldAdvanceTime: true });
  // The whole demo year, as `npm start` loads it, on the embedded store (SQLite) it uses.
  system = await startSystem({
    paths: localPaths(dataDir),
    engine: 'sqlite',
    port: 0,
    scheduleEverySeconds: 0,
    gateway: { now: clock.now },
    log: (line) => line.level === 'error' && console.error(JSON.stringify(line)),
  });
}, 300_000);
afterAll(async () => {
  secondSite?.close();
  await system?.stop();
  vi.useRealTimers();
  for (const dir of [secondDir, dataDir]) rmSync(dir, { recursive: true, force: true });
});

describe('the demo’s past, replayed', () => {
  it('leaves the quarter’s final stars and a corrected September, on the site', async () => {
    const outcome = await replayDemoHistory(system, clock);
    expect(outcome.finalList).toBe(true);
    expect(outcome.earlierQuarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(outcome.pastYear).toEqual({ quarters: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'], yearly: ['yearly-stars', 'excellent-windows'] });
    expect(clock.now().toISOString().slice(0, 10)).toBe('2026-11-16'); // released after the replay

    const documents = await listPublished(system.store, DEMO_CENTER_ID);
    // Every closed quarter of the year has its final stars, ten each.
    const quarters = documents.filter((d): d is HonorList => d.kind === 'honor-list' && d.honorId === DEMO_HONOR);
    expect(quarters.map((l) => [l.period, l.entries.length]).sort()).toEqual([
      ['2025-Q1', 10],
      ['2025-Q2', 10],
      ['2025-Q3', 10],
      ['2025-Q4', 10],
      ['2026-Q1', 10],
      ['2026-Q2', 10],
      ['2026-Q3', 10],
    ]);
    expect(documents.filter((d) => d.kind === 'notice').every((n) => n.kind === 'notice' && !n.inForce)).toBe(true);
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

    // The year before: ten stars of the year, all from its quarterly stars (title-holders),
    // and eight excellent windows (rulebook/default.ts), final after their notices.
    const yearStars = documents.find((d): d is HonorList => d.kind === 'honor-list' && d.honorId === 'yearly-stars' && d.period === '2025');
    const excellent = documents.find((d): d is HonorList => d.kind === 'honor-list' && d.honorId === 'excellent-windows' && d.period === '2025');
    expect(yearStars?.entries).toHaveLength(10);
    expect(excellent?.entries).toHaveLength(8);
    const quarterStars2025 = new Set(quarters.filter((l) => l.period.startsWith('2025-')).flatMap((l) => l.entries.map((e) => e.subjectId)));
    for (const e of yearStars!.entries) expect(quarterStars2025.has(e.subjectId)).toBe(true);
    for (const l of [yearStars!, excellent!]) expect(l.finalizedOn > l.notice!.end).toBe(true);
    // The moving plaque went to 2025's excellent windows, its only holders so far.
    const plaque = documents.find((d): d is PlaqueHistory => d.kind === 'plaque-history' && d.honorId === 'excellent-windows');
    expect(plaque?.holders.map((h) => [h.period, h.windows.map((w) => w.subjectId).sort()])).toEqual([['2025', excellent!.entries.map((e) => e.subjectId).sort()]]);

    await system.siteBuilt();
    const year = await fetch(`${system.url}/years/2025/`);
    expect(year.status).toBe(200);
    const yearPage = await year.text();
    for (const e of [...yearStars!.entries, ...excellent!.entries]) expect(yearPage).toContain(e.name);
    expect(yearPage).toContain('优秀服务窗口流动牌匾历年持有');
    const holder = excellent!.entries[0]!;
    const windowPage = await (await fetch(`${system.url}/windows/${holder.subjectId}/`)).text();
    expect(windowPage).toContain('2025年度起持有流动牌匾');
    const english = await fetch(`${system.url}/en/years/2025/`);
    expect(english.status).toBe(200);
    expect(await english.text()).toContain('Who has held the moving plaque');
    expect(await (await fetch(`${system.url}/en/windows/${holder.subjectId}/`)).text()).toContain('Holds the moving plaque since 2025');
    const home = await (await fetch(`${system.url}/`)).text();
    expect(home).toContain('2026年第三季度“季度服务明星”');
    expect(home).toContain(list!.entries[0]!.name);
    const page = await (await fetch(`${system.url}/months/${DEMO_CORRECTION.month}/`)).text();
    expect(page).toContain('更正 / Correction');
    expect(page).toContain(DEMO_CORRECTION.reason);
    expect(page).toContain(`${changes[1]!.before} → ${changes[1]!.after}`);
  }, 300_000);

  it('leaves a second center on seed 002 with final monthly best windows and a notice running today', async () => {
    const paths = localPaths(secondDir);
    const outcome = await replaySecondCenter(system, clock, paths);
    expect(outcome).toEqual({ finals: ['2026-07', '2026-08', '2026-09'], onNotice: '2026-10' });
    const documents = await listPublished(system.store, SECOND_CENTER_ID);
    const lists = documents.filter((d): d is HonorList => d.kind === 'honor-list').map((l) => `${l.honorId} ${l.period} ${l.rulebook.id}`);
    expect(lists.sort()).toEqual(['2026-07', '2026-08', '2026-09'].map((m) => `best-windows ${m} seed-002-monthly-assessment`));
    // October's notice was published on the pinned day and runs on from it.
    const running = documents.find((d): d is PublicNotice => d.kind === 'notice' && d.period === '2026-10');
    expect(running).toMatchObject({ honorId: 'best-windows', start: '2026-11-16', inForce: true });
    expect(running!.end > '2026-11-16').toBe(true);
    // 20 % of 20 windows (seed 002: 最佳窗口 at most a fifth, at least one).
    expect(running!.entries).toHaveLength(4);

    // Its own site shows the running notice; an objection posted there reaches the gateway.
    secondSite = await serveSecondSite(paths, system.url, 0);
    const site = serverUrl(secondSite!);
    expect(await (await fetch(`${site}/`)).text()).toContain('2026年10月“最佳服务窗口”拟表彰名单');
    const objection = await fetch(`${site}/api/v1/centers/${SECOND_CENTER_ID}/public/objections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ noticeId: running!.noticeId, entry: running!.entries[0]!.subjectId, date: '2026-11-16', text: '对该窗口的入选有不同意见，请核查。' }),
    });
    expect(objection.status, await objection.clone().text()).toBe(201);
  }, 300_000);
});

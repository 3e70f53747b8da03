/**
 * The score run reads a month's facts by type (`SCORE_FACT_TYPES`) and of its neighbours only
 * what a score takes (`sourceParts`). Scored again with whole months read, the demo's months
 * give the same inputs (their hash) and the same scores: the types left out carry nothing
 * the rules take.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WHOLE_MONTH } from '#core/aggregates';
import { SCORE_FACT_TYPES, sourceMonths } from '#core/score-inputs';
import { listAggregatesForMonth } from '#store/aggregates';
import { listResults } from '#store/results';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const MONTHS = ['2026-09', '2026-10'];

describe('a score run that reads facts by type', () => {
  let system: LocalSystem;
  beforeAll(async () => {
    system = await startTestSystem(['2026-08', ...MONTHS]);
  });
  afterAll(() => system?.stop());

  const forget = async () => {
    for (const month of MONTHS) {
      for (const { pk, sk } of await listResults(system.store, 'demo', month, '')) await system.store.write([{ op: 'delete', key: { pk: String(pk), sk: String(sk) } }]);
    }
  };
  const scores = async () =>
    Object.fromEntries(
      await Promise.all(MONTHS.map(async (m) => [m, (await listResults(system.store, 'demo', m, 'MS#')).map(({ computedAt: _at, ...item }) => item)] as const)),
    );
  const scoreWith = async (wholeMonths: boolean) => {
    await forget();
    vi.resetModules();
    if (wholeMonths) {
      vi.doMock('#core/score-inputs', async (original) => ({
        ...(await original<typeof import('#core/score-inputs')>()),
        sourceParts: (month: string) => sourceMonths(month).map((m) => [m, WHOLE_MONTH]),
      }));
    }
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const { handler } = await import('#functions/run-scores');
      for (const month of MONTHS) expect((await handler({ centerId: 'demo', period: month })).changed).toBe(true);
    } finally {
      log.mockRestore();
      vi.doUnmock('#core/score-inputs');
      vi.resetModules();
    }
    return scores();
  };

  it('skips types the rules do not take, and scores as if it had read whole months', async () => {
    // The demo's months hold every type the scores take, and types they do not.
    const types = new Set<string>();
    for (const month of ['2026-08', ...MONTHS]) for (const s of (await listAggregatesForMonth(system.store, 'demo', month)).values()) for (const t of Object.keys(s.members)) types.add(t);
    expect(SCORE_FACT_TYPES.filter((t) => !types.has(t))).toEqual([]);
    expect([...types].filter((t) => !SCORE_FACT_TYPES.includes(t))).toEqual(expect.arrayContaining(['complaint', 'nomination', 'veto']));

    const byType = await scoreWith(false);
    const whole = await scoreWith(true);
    expect(byType['2026-10']!.length).toBeGreaterThan(100);
    expect(byType).toEqual(whole);
  });
});

/** The quarter's figure of every window and officer: the mean of its monthly scores. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerTotal, fromLedgerDocument } from '#core/ledger';
import { add, div, format2, fraction, fromExact, toExact } from '#core/points';
import { listSubjectResults } from '#store/results';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(() => system?.stop());

describe('period means', () => {
  it('average the monthly scores of the months scored, with one ledger line per month', async () => {
    // The test system holds October 2026; scoring 2026-Q4 scores its months up to today,
    // then the quarter's means.
    expect(await system.scoreMonth('demo', '2026-Q4')).toEqual({ changed: true });
    const monthly = (
      await Promise.all(
        ['2026-10', '2026-11', '2026-12'].map(async (month) =>
          (await listSubjectResults(system.store, 'demo', month, 'W#w01')).find((r) => r.rule === 'monthly-score'),
        ),
      )
    ).filter((r) => r !== undefined);
    expect(monthly.length).toBeGreaterThanOrEqual(2);
    const [quarter] = (await listSubjectResults(system.store, 'demo', '2026-Q4', 'W#w01')).filter((r) => r.rule === 'period-mean');
    // mean = Σ monthly scores / months scored
    const total = monthly.map((r) => fromExact(String(r.score))).reduce(add);
    const expected = div(total, fraction(monthly.length));
    expect(quarter).toMatchObject({ months: monthly.length, mean: toExact(expected), meanShown: format2(expected) });
    expect(toExact(ledgerTotal(fromLedgerDocument(quarter!.ledger as never)))).toBe(toExact(expected));
    // Nothing changed: the re-run writes nothing.
    expect(await system.scoreMonth('demo', '2026-Q4')).toEqual({ changed: false });
  });
});

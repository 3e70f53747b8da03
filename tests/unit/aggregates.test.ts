import { describe, expect, it } from 'vitest';
import { aggregateDeltas, foldDeltas, negateDelta } from '#core/aggregates';

describe('aggregate deltas', () => {
  it('counts a rating for its window and its officer; 基本满意 counts as satisfied', () => {
    const deltas = aggregateDeltas({
      type: 'evaluation',
      month: '2026-10',
      windowId: 'w01',
      body: { rating: '基本满意', officerId: 'o007' },
    });
    expect(deltas).toEqual([
      { month: '2026-10', subject: 'W#w01', counters: { evaluations: 1, satisfied: 1 } },
      { month: '2026-10', subject: 'O#o007', counters: { evaluations: 1, satisfied: 1 } },
    ]);
  });

  it('counts 不满意 and 非常不满意 as not satisfied', () => {
    for (const rating of ['不满意', '非常不满意']) {
      const [window] = aggregateDeltas({ type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating } });
      expect(window!.counters).toEqual({ evaluations: 1, satisfied: 0 });
    }
  });

  it('folds deltas per month and subject, as a recount does', () => {
    const records = [
      { type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating: '满意' } },
      { type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating: '不满意' } },
      { type: 'volume', month: '2026-10', windowId: 'w01', body: { accepted: 30 } },
      { type: 'volume', month: '2026-10', windowId: 'w01', body: { accepted: 12 } },
      { type: 'evaluation', month: '2026-11', windowId: 'w01', body: { rating: '满意' } },
    ];
    expect(foldDeltas(records.flatMap(aggregateDeltas))).toEqual([
      { month: '2026-10', subject: 'W#w01', counters: { evaluations: 2, satisfied: 1, volume: 42 } },
      { month: '2026-11', subject: 'W#w01', counters: { evaluations: 1, satisfied: 1 } },
    ]);
  });

  it('takes a superseded record back with its negated delta', () => {
    const old = aggregateDeltas({ type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating: '满意' } });
    const replacement = aggregateDeltas({ type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating: '不满意' } });
    // 满意 → 不满意: evaluations +1 −1 = 0, satisfied 0 − 1 = −1
    expect(foldDeltas([...replacement, ...old.map(negateDelta)])).toEqual([
      { month: '2026-10', subject: 'W#w01', counters: { evaluations: 0, satisfied: -1 } },
    ]);
  });
});

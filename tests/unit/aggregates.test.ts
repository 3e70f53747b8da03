import { describe, expect, it } from 'vitest';
import { aggregateDeltas, foldDeltas, negateDelta } from '#core/aggregates';

describe('aggregate deltas', () => {
  it('counts a rating for its window and its officer; 基本满意 counts as satisfied', () => {
    const deltas = aggregateDeltas({
      id: 'r1',
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
      const [window] = aggregateDeltas({ id: 'r', type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating } });
      expect(window!.counters).toEqual({ evaluations: 1, satisfied: 0 });
    }
  });

  it('folds deltas per month and subject, as a recount does', () => {
    const records = [
      { id: 'r', type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating: '满意' } },
      { id: 'r', type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating: '不满意' } },
      { id: 'v', type: 'volume', month: '2026-10', windowId: 'w01', body: { accepted: 30 } },
      { id: 'v', type: 'volume', month: '2026-10', windowId: 'w01', body: { accepted: 12 } },
      { id: 'r', type: 'evaluation', month: '2026-11', windowId: 'w01', body: { rating: '满意' } },
    ];
    expect(foldDeltas(records.flatMap(aggregateDeltas))).toEqual([
      { month: '2026-10', subject: 'W#w01', counters: { evaluations: 2, satisfied: 1, volume: 42 } },
      { month: '2026-11', subject: 'W#w01', counters: { evaluations: 1, satisfied: 1 } },
    ]);
  });

  it('takes a superseded record back with its negated delta', () => {
    const old = aggregateDeltas({ id: 'r', type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating: '满意' } });
    const replacement = aggregateDeltas({ id: 'r', type: 'evaluation', month: '2026-10', windowId: 'w01', body: { rating: '不满意' } });
    // 满意 → 不满意: evaluations +1 −1 = 0, satisfied 0 − 1 = −1
    expect(foldDeltas([...replacement, ...old.map(negateDelta)])).toEqual([
      { month: '2026-10', subject: 'W#w01', counters: { evaluations: 0, satisfied: -1 } },
    ]);
  });

  it('files a finding under its window and its officer as one member line each', () => {
    const body = { windowId: 'w02', officerId: 'o011', code: 'O-PATROL-PHONE', date: '2026-10-12' };
    const deltas = aggregateDeltas({ id: 'f1', type: 'finding', month: '2026-10', windowId: 'w02', body });
    // canonical JSON: keys sorted
    const line = 'f1\t{"code":"O-PATROL-PHONE","date":"2026-10-12","officerId":"o011","windowId":"w02"}';
    expect(deltas).toEqual([
      { month: '2026-10', subject: 'W#w02', counters: {}, added: { finding: [line] } },
      { month: '2026-10', subject: 'O#o011', counters: {}, added: { finding: [line] } },
    ]);
  });

  it('keeps private fields out of the aggregates', () => {
    const body = { windowId: 'w02', summary: '等候时间过长', complainantName: '某某', complainantContact: '13800000000' };
    const [delta] = aggregateDeltas({ id: 'c1', type: 'complaint', month: '2026-10', windowId: 'w02', body });
    expect(delta!.added!.complaint![0]).toBe('c1\t{"summary":"等候时间过长","windowId":"w02"}');
  });

  it('files attendance under the officer only, and center-level records under the center', () => {
    const attendance = aggregateDeltas({ id: 'a1', type: 'attendance', month: '2026-10', windowId: 'w02', body: { windowId: 'w02', officerId: 'o011' } });
    expect(attendance.map((d) => d.subject)).toEqual(['O#o011']);
    const ballot = aggregateDeltas({ id: 'b1', type: 'ballot', month: '2026-09', windowId: '_', body: { period: '2026-Q3' } });
    expect(ballot.map((d) => d.subject)).toEqual(['C']);
  });

  it('cancels a member added and removed in one fold (a correction of a correction)', () => {
    const [added] = aggregateDeltas({ id: 'f1', type: 'finding', month: '2026-10', windowId: 'w02', body: { windowId: 'w02' } });
    expect(foldDeltas([added!, negateDelta(added!)])).toEqual([{ month: '2026-10', subject: 'W#w02', counters: {} }]);
  });
});

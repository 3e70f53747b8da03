import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fraction, pts } from '#core/points';
import { type RankCandidate, type TieBreaker, bottomOf, cutAt, rankCandidates } from '#core/rules/ranking';
import { stableJson } from './stable-json.ts';

const DEFAULT_BREAKERS: TieBreaker[] = [
  { metric: 'satisfaction-rate', prefer: 'higher' },
  { metric: 'deduction-points', prefer: 'lower' },
  { metric: 'sign-in-rate', prefer: 'higher' },
];

const c = (id: string, score: string, metrics: RankCandidate['metrics'] = {}): RankCandidate => ({ id, keys: [pts(score)], metrics });
const ids = (entries: readonly { candidate: RankCandidate }[]) => entries.map((e) => e.candidate.id);

describe('ranking and the cut (DOMAIN.md §6 ties at a cut-off)', () => {
  it('orders by score with competition ranks; equal scores share a rank', () => {
    const groups = rankCandidates([c('a', '90'), c('b', '95'), c('c', '90'), c('d', '80')], []);
    expect(groups.map((g) => g.map((e) => [e.candidate.id, e.rank]))).toEqual([[['b', 1]], [['a', 2], ['c', 2]], [['d', 4]]]);
  });

  it('compares scores as shown: 89.996 and 90.004 both show 90.00 and tie', () => {
    const groups = rankCandidates([c('a', '89.996'), c('b', '90.004')], []);
    expect(groups).toHaveLength(1);
  });

  it('applies the tie-breakers in order: satisfaction rate, then fewer deductions, then sign-in rate', () => {
    const groups = rankCandidates(
      [
        c('a', '90', { 'satisfaction-rate': pts(98), 'deduction-points': pts(3), 'sign-in-rate': pts(99) }),
        c('b', '90', { 'satisfaction-rate': pts(99), 'deduction-points': pts(9), 'sign-in-rate': pts(90) }),
        c('c', '90', { 'satisfaction-rate': pts(98), 'deduction-points': pts(1), 'sign-in-rate': pts(90) }),
        c('d', '90', { 'satisfaction-rate': pts(98), 'deduction-points': pts(1), 'sign-in-rate': pts(95) }),
      ],
      DEFAULT_BREAKERS,
    );
    // b wins on satisfaction; c and d beat a on deductions; d beats c on sign-in rate
    expect(groups.map(ids)).toEqual([['b'], ['d'], ['c'], ['a']]);
    expect(groups.map((g) => g[0]!.rank)).toEqual([1, 2, 3, 4]);
    expect(groups[1]![0]!.tieBreaks).toEqual([
      { metric: 'satisfaction-rate', value: '98.00' },
      { metric: 'deduction-points', value: '1.00' },
      { metric: 'sign-in-rate', value: '95.00' },
    ]);
  });

  it('skips a tie-breaker some tied candidate has no value for', () => {
    // a has no evaluations: satisfaction cannot separate a and b; fewer deductions does
    const groups = rankCandidates(
      [c('a', '90', { 'satisfaction-rate': null, 'deduction-points': pts(2) }), c('b', '90', { 'satisfaction-rate': pts(99), 'deduction-points': pts(4) })],
      DEFAULT_BREAKERS,
    );
    expect(groups.map(ids)).toEqual([['a'], ['b']]);
    expect(groups[0]![0]!.tieBreaks.map((t) => t.metric)).toEqual(['deduction-points']);
  });

  it('a tie that survives at the cut is returned for a decision, never broken by id', () => {
    const groups = rankCandidates([c('z', '95'), c('b', '90'), c('a', '90'), c('y', '85')], DEFAULT_BREAKERS);
    const cut = cutAt(groups, 2);
    expect(ids(cut.selected)).toEqual(['z']);
    expect(cut.tie && [cut.tie.places, ids(cut.tie.entries)]).toEqual([1, ['a', 'b']]);
    expect(ids(cut.notSelected)).toEqual(['y']);
    // a tie that fits within the places is no problem
    const roomy = cutAt(groups, 3);
    expect([ids(roomy.selected), roomy.tie]).toEqual([['z', 'a', 'b'], null]);
    // no places: nobody
    expect(cutAt(groups, 0).selected).toEqual([]);
  });

  it('the lowest N take a group tied across the boundary whole', () => {
    const groups = rankCandidates([c('a', '95'), c('b', '80'), c('c', '70'), c('d', '80'), c('e', '60')], []);
    // lowest 3: e (60), c (70), then b and d tie at 80 → all four
    expect(ids(bottomOf(groups, 3)).sort()).toEqual(['b', 'c', 'd', 'e']);
    expect(ids(bottomOf(groups, 2)).sort()).toEqual(['c', 'e']);
  });

  it('refuses a candidate listed twice', () => {
    expect(() => rankCandidates([c('a', '1'), c('a', '2')], [])).toThrow(/twice/);
  });

  it('the same candidates in any order give the same ranking and cut', () => {
    const candidate = fc.record({
      score: fc.integer({ min: 0, max: 20 }),
      sat: fc.option(fc.integer({ min: 0, max: 3 })),
      ded: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 15 }), fc.integer({ min: 0, max: 10 }), fc.func(fc.integer()), (raw, places, noise) => {
        const list = raw.map((r, i) =>
          c(`c${i}`, String(80 + r.score / 2), { 'satisfaction-rate': r.sat === null ? null : fraction(95 + r.sat), 'deduction-points': fraction(r.ded) }),
        );
        const shuffled = [...list].sort((x, y) => noise(x.id) - noise(y.id));
        return stableJson(cutAt(rankCandidates(shuffled, DEFAULT_BREAKERS), places)) === stableJson(cutAt(rankCandidates(list, DEFAULT_BREAKERS), places));
      }),
    );
  });
});

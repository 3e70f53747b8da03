/**
 * 排名与并列 — ranking, tie-breakers and the cut at a quota. DOMAIN.md §6 "Ties at a
 * cut-off"; seed 003 and seed 001 rank by score but name no tie-breakers.
 *
 * Candidates are ordered by their keys (highest first), compared as presented — two
 * decimals, half up — so two scores shown alike are a tie. Equal keys go through the
 * rulebook's tie-breakers in order. A tie that survives them is never broken by id or name:
 * the tied candidates share a rank and, where they straddle the cut, are returned as a tie
 * for the panel to decide. **Assumption:** a tie-breaker some tied candidate has no value
 * for (no evaluation, no working day) cannot separate that group and is skipped.
 */
import * as z from 'zod';
import { type Points, cmp, format2, round2 } from '../points.ts';

export const TIE_BREAKER_METRICS = ['satisfaction-rate', 'deduction-points', 'sign-in-rate'] as const;
export type TieBreakerMetric = (typeof TIE_BREAKER_METRICS)[number];

export const TIE_BREAKER_NAMES: Record<TieBreakerMetric, { zh: string; en: string }> = {
  'satisfaction-rate': { zh: '满意率', en: 'satisfaction rate' },
  'deduction-points': { zh: '扣分', en: 'deduction points' },
  'sign-in-rate': { zh: '考勤签到率', en: 'sign-in rate' },
};

export const tieBreaker = z.strictObject({
  metric: z.enum(TIE_BREAKER_METRICS),
  prefer: z.enum(['higher', 'lower']),
});
export type TieBreaker = z.infer<typeof tieBreaker>;

export type TieBreakMetrics = Readonly<Partial<Record<TieBreakerMetric, Points | null>>>;

export interface RankCandidate {
  readonly id: string;
  /** Sort keys, most significant first; higher ranks first. */
  readonly keys: readonly Points[];
  readonly metrics: TieBreakMetrics;
}

export interface RankedEntry<C extends RankCandidate> {
  readonly candidate: C;
  /** Competition rank: tied candidates share it, the next rank skips (1, 2, 2, 4). */
  readonly rank: number;
  /** The tie-breakers consulted to place it among equal keys, with its value (null: none). */
  readonly tieBreaks: readonly { readonly metric: TieBreakerMetric; readonly value: string | null }[];
}

/** Candidates in rank order, grouped where a tie survives. */
export type RankedGroups<C extends RankCandidate> = readonly (readonly RankedEntry<C>[])[];

const byId = (a: RankCandidate, b: RankCandidate): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function compareKeys(a: RankCandidate, b: RankCandidate): number {
  const length = Math.max(a.keys.length, b.keys.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.keys[i];
    const y = b.keys[i];
    if (!x || !y) throw new RangeError('candidates ranked together need the same number of keys');
    const order = cmp(round2(y), round2(x));
    if (order !== 0) return order;
  }
  return 0;
}

/** Splits a sorted list into runs of equal elements. */
function runs<T>(sorted: readonly T[], equal: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of sorted) {
    const last = out.at(-1);
    if (last && equal(last[0]!, item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

interface Pending<C> {
  readonly members: C[];
  readonly consulted: readonly TieBreakerMetric[];
}

function breakTie<C extends RankCandidate>(group: Pending<C>, breakers: readonly TieBreaker[]): Pending<C>[] {
  const [breaker, ...rest] = breakers;
  if (group.members.length < 2 || !breaker) return [group];
  const values = group.members.map((c) => c.metrics[breaker.metric]);
  if (values.some((v) => v === undefined || v === null)) return breakTie(group, rest);
  const value = (c: C): Points => round2(c.metrics[breaker.metric]!);
  const direction = breaker.prefer === 'higher' ? -1 : 1;
  const sorted = [...group.members].sort((a, b) => direction * cmp(value(a), value(b)) || byId(a, b));
  const consulted = [...group.consulted, breaker.metric];
  return runs(sorted, (a, b) => cmp(value(a), value(b)) === 0).flatMap((members) =>
    breakTie({ members, consulted }, rest),
  );
}

export function rankCandidates<C extends RankCandidate>(
  candidates: readonly C[],
  breakers: readonly TieBreaker[],
): RankedGroups<C> {
  const ids = new Set(candidates.map((c) => c.id));
  if (ids.size !== candidates.length) throw new RangeError('a candidate is listed twice');
  const sorted = [...candidates].sort((a, b) => compareKeys(a, b) || byId(a, b));
  const groups = runs(sorted, (a, b) => compareKeys(a, b) === 0).flatMap((members) =>
    breakTie({ members, consulted: [] }, breakers),
  );
  let ahead = 0;
  return groups.map((group) => {
    const rank = ahead + 1;
    ahead += group.members.length;
    return group.members.map((candidate) => ({
      candidate,
      rank,
      tieBreaks: group.consulted.map((metric) => {
        const value = candidate.metrics[metric];
        return { metric, value: value === undefined || value === null ? null : format2(value) };
      }),
    }));
  });
}

export interface Cut<C extends RankCandidate> {
  readonly selected: readonly RankedEntry<C>[];
  /** Candidates tied across the cut, competing for `places` places: the panel decides. */
  readonly tie: { readonly places: number; readonly entries: readonly RankedEntry<C>[] } | null;
  readonly notSelected: readonly RankedEntry<C>[];
}

export function cutAt<C extends RankCandidate>(groups: RankedGroups<C>, places: number): Cut<C> {
  const selected: RankedEntry<C>[] = [];
  const notSelected: RankedEntry<C>[] = [];
  let tie: Cut<C>['tie'] = null;
  for (const group of groups) {
    const open = places - selected.length;
    if (tie || open <= 0) notSelected.push(...group);
    else if (group.length <= open) selected.push(...group);
    else tie = { places: open, entries: group };
  }
  return { selected, tie, notSelected };
}

/**
 * The last `count` places, counted from the bottom; a group tied across that boundary is
 * taken whole (**Assumption:** a window tied with the third-lowest is among the lowest three).
 */
export function bottomOf<C extends RankCandidate>(groups: RankedGroups<C>, count: number): RankedEntry<C>[] {
  const bottom: RankedEntry<C>[] = [];
  for (const group of [...groups].reverse()) {
    if (bottom.length >= count) break;
    bottom.push(...group);
  }
  return bottom;
}

/**
 * 季度综合得分 — period mean of monthly scores, and the quarterly composite.
 * Seed 001 (a) §五、(二)评选程序, (三)分值权重; DOMAIN.md §4.5.
 *
 *   mean       = Σ monthly scores / number of months scored
 *   democratic = mean of the ballots' scores (民主推荐, 0–100)
 *   panel      = mean of the panel members' scores (综合评定, 0–100)
 *   composite  = 0.8 × mean + 0.1 × democratic + 0.1 × panel   (weights from the rulebook)
 *
 * **Assumption:** a subject scored in fewer months of the period (joined mid-quarter) is
 * averaged over the months it was scored.
 */
import * as z from 'zod';
import type { LedgerLine } from '../ledger.ts';
import { type Points, ZERO, add, cmp, div, fraction, mul, pts, sum, toExact } from '../points.ts';
import { decimal } from '../rulebook/fields.ts';

export const compositeWeights = z
  .strictObject({ monthly: decimal, democratic: decimal, panel: decimal })
  .refine((w) => cmp(add(add(pts(w.monthly), pts(w.democratic)), pts(w.panel)), pts(1)) === 0, {
    message: 'the composite weights must sum to 1',
  });
export type CompositeWeights = z.infer<typeof compositeWeights>;

export interface MonthlyScoreRef {
  readonly month: string;
  readonly score: Points;
  /** Id of the monthly score result it comes from. */
  readonly resultId: string;
}

export interface ScoreSlip {
  /** The voter (a window head) or panel member. */
  readonly by: string;
  /** 0–100, as a decimal string. */
  readonly score: string;
  readonly recordId: string;
}

export interface Weighted {
  /** The plain mean. */
  readonly mean: Points;
  /** weight × mean: the sum of the ledger lines. */
  readonly value: Points;
  readonly ledger: readonly LedgerLine[];
}

const byMonth = (a: MonthlyScoreRef, b: MonthlyScoreRef): number => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0);

/** weight × mean of the monthly scores; one line per month, so the lines sum to it. */
export function weightedMonthlyMean(scores: readonly MonthlyScoreRef[], weight: Points = pts(1)): Weighted {
  if (scores.length === 0) throw new RangeError('a mean of no monthly score');
  const sorted = [...scores].sort(byMonth);
  if (new Set(sorted.map((s) => s.month)).size !== sorted.length) throw new RangeError('a month is scored twice');
  const share = div(weight, fraction(sorted.length));
  const ledger = sorted.map((s) => ({
    code: 'MEAN.MONTH',
    points: mul(s.score, share),
    records: [s.resultId],
    detail: { month: s.month, score: toExact(s.score), months: sorted.length, weight: toExact(weight) },
  }));
  return { mean: div(sum(sorted.map((s) => s.score)), fraction(sorted.length)), value: sum(ledger.map((l) => l.points)), ledger };
}

/** weight × mean of the scores given (ballots, panel); one line per score. */
export function weightedSlipMean(code: string, slips: readonly ScoreSlip[], weight: Points): Weighted {
  if (slips.length === 0) throw new RangeError(`${code}: no score given`);
  const sorted = [...slips].sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
  if (new Set(sorted.map((s) => s.by)).size !== sorted.length) throw new RangeError(`${code}: one scorer twice`);
  const share = div(weight, fraction(sorted.length));
  const scores = sorted.map((slip) => {
    const score = pts(slip.score);
    if (cmp(score, ZERO) < 0 || cmp(score, pts(100)) > 0) throw new RangeError(`${code}: ${slip.score} is outside 0–100`);
    return score;
  });
  const ledger = sorted.map((slip, i) => {
    const score = scores[i]!;
    return {
      code,
      points: mul(score, share),
      records: [slip.recordId],
      detail: { by: slip.by, score: slip.score, scorers: sorted.length, weight: toExact(weight) },
    };
  });
  return { mean: div(sum(scores), fraction(sorted.length)), value: sum(ledger.map((l) => l.points)), ledger };
}

export interface CompositeInput {
  readonly monthlyScores: readonly MonthlyScoreRef[];
  readonly ballots: readonly ScoreSlip[];
  readonly panelScores: readonly ScoreSlip[];
}

export interface CompositeResult {
  readonly composite: Points;
  readonly monthlyMean: Points;
  readonly democratic: Points;
  readonly panel: Points;
  readonly ledger: readonly LedgerLine[];
}

export function quarterlyComposite(input: CompositeInput, weights: CompositeWeights): CompositeResult {
  const monthly = weightedMonthlyMean(input.monthlyScores, pts(weights.monthly));
  const democratic = weightedSlipMean('QC.BALLOT', input.ballots, pts(weights.democratic));
  const panel = weightedSlipMean('QC.PANEL', input.panelScores, pts(weights.panel));
  return {
    composite: add(add(monthly.value, democratic.value), panel.value),
    monthlyMean: monthly.mean,
    democratic: democratic.mean,
    panel: panel.mean,
    ledger: [...monthly.ledger, ...democratic.ledger, ...panel.ledger],
  };
}

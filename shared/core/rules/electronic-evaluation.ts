/**
 * 服务质量电子评价 — electronic evaluation component, per window per month (5 points).
 * Seed 003 §服务质量电子评价考核办法; DOMAIN.md §4.1.
 *
 *   base      = max × S / E            (max when E = 0 and R = 0)
 *   R         = required evaluations from the month's volume V (quota bands)
 *   shortfall = max(0, R − E), deducted by bands
 *   component = max(0, base − shortfall deduction − conduct deductions)
 */
import * as z from 'zod';
import type { LedgerLine } from '../ledger.ts';
import { type Points, ZERO, cmp, div, fraction, max, mul, neg, pts, sum } from '../points.ts';

const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal such as "0.5"');

export const CONDUCT_KINDS = ['evaluator-off', 'no-prompt', 'refused', 'consecutive', 'self-rating'] as const;
export type ConductKind = (typeof CONDUCT_KINDS)[number];

export const electronicEvaluationRules = z.strictObject({
  maxPoints: decimal,
  /** Bands of the month's volume V, in order; `upToVolume: null` closes the list. */
  quotaBands: z
    .array(
      z.union([
        z.strictObject({ upToVolume: z.number().int().nonnegative().nullable(), share: decimal }),
        z.strictObject({ upToVolume: z.number().int().nonnegative().nullable(), fixed: z.number().int().nonnegative() }),
      ]),
    )
    .min(1),
  /** Bands of the shortfall D = R − E (D = 0 costs nothing); `upTo: null` closes the list. */
  shortfallBands: z.array(z.strictObject({ upTo: z.number().int().positive().nullable(), points: decimal })).min(1),
  conductDeductions: z.strictObject(
    Object.fromEntries(CONDUCT_KINDS.map((kind) => [kind, decimal])) as Record<ConductKind, typeof decimal>,
  ),
  /** Two ratings from one device closer than this, with no case number between, are flagged. */
  consecutiveIntervalSeconds: z.number().int().positive(),
});
export type ElectronicEvaluationRules = z.infer<typeof electronicEvaluationRules>;

export const SEED_003_ELECTRONIC_EVALUATION: ElectronicEvaluationRules = {
  maxPoints: '5',
  quotaBands: [
    { upToVolume: 50, share: '0.70' },
    { upToVolume: 100, share: '0.60' },
    { upToVolume: 200, share: '0.50' },
    { upToVolume: null, fixed: 100 },
  ],
  shortfallBands: [
    { upTo: 10, points: '1' },
    { upTo: 20, points: '2' },
    { upTo: 30, points: '3' },
    { upTo: 40, points: '4' },
    { upTo: null, points: '5' },
  ],
  conductDeductions: {
    'evaluator-off': '1',
    'no-prompt': '1',
    refused: '2.5',
    consecutive: '1',
    'self-rating': '1',
  },
  consecutiveIntervalSeconds: 20,
};

export interface ConductOccurrence {
  readonly kind: ConductKind;
  readonly recordId: string;
  /** A verified device fault report cancels the deduction this occurrence caused. */
  readonly cancelledBy?: string;
}

export interface ElectronicEvaluationInput {
  /** V — cases accepted in the month. */
  readonly volume: number;
  /** E — valid evaluations (confirmed consecutive or self-ratings excluded). */
  readonly valid: number;
  /** S — satisfied among the valid evaluations. */
  readonly satisfied: number;
  readonly conduct?: readonly ConductOccurrence[];
  /** Where the counts came from, for the ledger (record or aggregate ids). */
  readonly sources?: { readonly evaluations?: readonly string[]; readonly volume?: readonly string[] };
}

export interface ElectronicEvaluationResult {
  readonly component: Points;
  readonly required: number;
  readonly shortfall: number;
  readonly satisfactionRate: Points | null;
  readonly ledger: readonly LedgerLine[];
}

/** R — ⌈share × V⌉ in the first band that holds V, or the band's fixed count. */
export function requiredEvaluations(volume: number, rules: ElectronicEvaluationRules): number {
  const band = rules.quotaBands.find((b) => b.upToVolume === null || volume <= b.upToVolume);
  if (!band) throw new RangeError(`no quota band holds volume ${volume}`);
  if ('fixed' in band) return band.fixed;
  const required = mul(pts(band.share), fraction(volume));
  return Number((required.n + required.d - 1n) / required.d); // ceiling of a non-negative fraction
}

export function shortfallDeduction(shortfall: number, rules: ElectronicEvaluationRules): Points {
  if (shortfall <= 0) return ZERO;
  const band = rules.shortfallBands.find((b) => b.upTo === null || shortfall <= b.upTo);
  if (!band) throw new RangeError(`no shortfall band holds ${shortfall}`);
  return pts(band.points);
}

export function electronicEvaluation(
  input: ElectronicEvaluationInput,
  rules: ElectronicEvaluationRules = SEED_003_ELECTRONIC_EVALUATION,
): ElectronicEvaluationResult {
  const { volume, valid, satisfied } = input;
  if (![volume, valid, satisfied].every((n) => Number.isInteger(n) && n >= 0) || satisfied > valid) {
    throw new RangeError(`invalid counts: V=${volume} E=${valid} S=${satisfied}`);
  }
  const maxPoints = pts(rules.maxPoints);
  const required = requiredEvaluations(volume, rules);
  const shortfall = Math.max(0, required - valid);
  const evaluationRecords = [...(input.sources?.evaluations ?? [])];

  const base = valid === 0 ? (required === 0 ? maxPoints : ZERO) : div(mul(maxPoints, fraction(satisfied)), fraction(valid));
  const lines: LedgerLine[] = [
    { code: 'EE.BASE', points: base, records: evaluationRecords, detail: { valid, satisfied } },
  ];
  const shortfallPoints = shortfallDeduction(shortfall, rules);
  if (shortfall > 0) {
    lines.push({
      code: 'EE.SHORTFALL',
      points: neg(shortfallPoints),
      records: [...evaluationRecords, ...(input.sources?.volume ?? [])],
      detail: { volume, required, valid, shortfall },
    });
  }
  const conduct = [...(input.conduct ?? [])].sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));
  for (const occurrence of conduct) {
    if (occurrence.cancelledBy) continue;
    lines.push({
      code: `EE.CONDUCT.${occurrence.kind}`,
      points: neg(pts(rules.conductDeductions[occurrence.kind])),
      records: [occurrence.recordId],
    });
  }

  // "扣完为止": the component never goes below zero; the floor is a ledger line of its own
  // so the lines still sum to the component.
  const raw = sum(lines.map((l) => l.points));
  if (cmp(raw, ZERO) < 0) lines.push({ code: 'EE.FLOOR', points: neg(raw), records: [] });
  const component = max(raw, ZERO);

  return {
    component,
    required,
    shortfall,
    satisfactionRate: valid === 0 ? null : div(fraction(satisfied * 100), fraction(valid)),
    ledger: lines,
  };
}


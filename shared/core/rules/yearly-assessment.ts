/**
 * 窗口工作人员年度考核 — yearly officer assessment.
 * Seed 003 §窗口工作人员年度考核的实施办法 五、考核方式, 六、考核结果, 七、考核结果运用 第3条;
 * DOMAIN.md §4.6.
 *
 *   total = 0.6 × mean of the year's monthly 平时 scores + yearly rating points (40)
 *     window head: original-unit leader 10, peer heads 6, center departments 24
 *     staff:       original-unit leader 6, window head 10, center departments 24
 *   grade: ≥ 90 优秀, ≥ 80 称职, ≥ 60 基本称职, else 不称职
 *   优秀 for at most ⌊20% × officers assessed⌋, by score; the rest of the 优秀 become 称职
 *   stationed under six months at year end: no grade (不定等次)
 *   sick plus personal leave over half the year: not assessed
 *   旷工 > 10 days (see absence.ts): the 平时 part is 0
 *
 * **Assumptions:** several raters of one kind (peer heads, the four center departments)
 * count by their mean; "half the year" is half of the year's working days; the officers
 * assessed, for the 20% cap, are all who take part, graded or not.
 */
import { z } from 'zod';
import type { LedgerLine } from '../ledger.ts';
import { type Points, ZERO, add, cmp, div, floorInt, fraction, mul, pts, sum } from '../points.ts';
import { decimal } from '../rulebook/fields.ts';
import { type RulebookRef, rulebookRef } from '../rulebook/ref.ts';
import type { Rulebook } from '../rulebook/schema.ts';
import { type AbsenceSpell, absenceRules, dailyScoreForfeit } from './absence.ts';
import { type Grade, gradeBands, gradeOf } from './grades.ts';
import { type MonthlyScoreRef, weightedMonthlyMean } from './quarterly-composite.ts';
import { type TieBreakMetrics, cutAt, rankCandidates } from './ranking.ts';

const RATER_KINDS = ['unit-leader', 'window-head', 'peer-heads', 'center-departments'] as const;
export type RaterKind = (typeof RATER_KINDS)[number];

export const RATER_NAMES: Record<RaterKind, { zh: string; en: string }> = {
  'unit-leader': { zh: '原单位分管领导', en: 'leader of the original unit' },
  'window-head': { zh: '窗口负责人', en: 'window head' },
  'peer-heads': { zh: '各窗口负责人互评', en: 'the other window heads' },
  'center-departments': { zh: '中心相关科室', en: 'center departments' },
};

const raterShares = z
  .array(z.strictObject({ rater: z.enum(RATER_KINDS), points: decimal }))
  .min(1)
  .refine((shares) => new Set(shares.map((s) => s.rater)).size === shares.length, 'a rater kind is listed twice');

export const yearlyAssessmentRules = z
  .strictObject({
    /** The weight of the mean monthly 平时 score (0.6 → 60 of 100 points). */
    dailyWeight: decimal,
    raterShares: z.strictObject({ head: raterShares, staff: raterShares }),
    grades: gradeBands,
    /** 优秀 for at most ⌊excellentShare × officers assessed⌋. */
    excellentShare: decimal,
    minMonthsStationed: z.number().int().nonnegative(),
    /** Sick plus personal leave above this share of the year's working days: not assessed. */
    maxLeaveShareOfYear: decimal,
    absence: absenceRules,
  })
  .superRefine((rules, ctx) => {
    for (const role of ['head', 'staff'] as const) {
      const total = add(mul(pts(rules.dailyWeight), pts(100)), sum(rules.raterShares[role].map((s) => pts(s.points))));
      if (cmp(total, pts(100)) !== 0) {
        ctx.addIssue({ code: 'custom', path: ['raterShares', role], message: 'daily weight × 100 plus the rater shares must make 100' });
      }
    }
  });
export type YearlyAssessmentRules = z.infer<typeof yearlyAssessmentRules>;

export interface YearlyRating {
  readonly rater: RaterKind;
  /** Who rated: the leader, head or department. */
  readonly by: string;
  readonly points: string;
  readonly recordId: string;
}

export interface YearlyAssessmentInput {
  readonly officerId: string;
  /** "2024". */
  readonly year: string;
  readonly role: 'head' | 'staff';
  /** First day at the center, "YYYY-MM-DD". */
  readonly stationedSince: string;
  readonly monthlyScores: readonly MonthlyScoreRef[];
  readonly ratings: readonly YearlyRating[];
  readonly leave: {
    readonly sickAndPersonalWorkingDays: number;
    readonly yearWorkingDays: number;
    readonly records: readonly string[];
  };
  readonly absence: readonly AbsenceSpell[];
}

export type YearlyAssessment =
  | {
      readonly status: 'not-assessed';
      readonly officerId: string;
      readonly year: string;
      readonly rulebook: RulebookRef;
      readonly ledger: readonly LedgerLine[];
    }
  | {
      readonly status: 'incomplete';
      readonly officerId: string;
      readonly year: string;
      readonly rulebook: RulebookRef;
      readonly missingRaters: readonly RaterKind[];
      readonly ledger: readonly LedgerLine[];
    }
  | {
      readonly status: 'assessed';
      readonly officerId: string;
      readonly year: string;
      readonly rulebook: RulebookRef;
      readonly total: Points;
      /** Null when stationed too short to be graded (不定等次). */
      readonly grade: Grade | null;
      readonly ledger: readonly LedgerLine[];
    };

const parseDate = (date: string): [number, number, number] => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
};

/** Whether `months` months from the first day reach the end of the year. */
function stationedLongEnough(since: string, year: string, months: number): boolean {
  const [y, m, d] = parseDate(since);
  const monthIndex = y * 12 + (m - 1) + months;
  const end = (Number(year) + 1) * 12; // 1 January of the next year
  return monthIndex < end || (monthIndex === end && d === 1);
}

function ratingLines(input: YearlyAssessmentInput, rules: YearlyAssessmentRules): { lines: LedgerLine[]; missing: RaterKind[] } {
  const shares = rules.raterShares[input.role];
  const lines: LedgerLine[] = [];
  const missing: RaterKind[] = [];
  for (const share of shares) {
    const ratings = input.ratings
      .filter((r) => r.rater === share.rater)
      .sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
    if (ratings.length === 0) {
      missing.push(share.rater);
      continue;
    }
    if (new Set(ratings.map((r) => r.by)).size !== ratings.length) {
      throw new RangeError(`officer ${input.officerId}: ${share.rater} ${ratings[0]!.by} rated twice`);
    }
    for (const rating of ratings) {
      const points = pts(rating.points);
      if (cmp(points, ZERO) < 0 || cmp(points, pts(share.points)) > 0) {
        throw new RangeError(`officer ${input.officerId}: ${share.rater} gave ${rating.points}, outside 0–${share.points}`);
      }
      lines.push({
        code: `YA.RATING.${share.rater}`,
        points: div(points, fraction(ratings.length)),
        records: [rating.recordId],
        detail: { by: rating.by, points: rating.points, share: share.points, raters: ratings.length },
      });
    }
  }
  const unknown = input.ratings.find((r) => !shares.some((s) => s.rater === r.rater));
  if (unknown) throw new RangeError(`officer ${input.officerId}: a ${input.role} is not rated by ${unknown.rater}`);
  return { lines, missing };
}

export function yearlyAssessment(input: YearlyAssessmentInput, rulebook: Rulebook): YearlyAssessment {
  const rules = rulebook.yearlyAssessment;
  if (!rules) throw new RangeError(`rulebook ${rulebook.id} has no yearly assessment`);
  const base = { officerId: input.officerId, year: input.year, rulebook: rulebookRef(rulebook) };

  const { sickAndPersonalWorkingDays: leaveDays, yearWorkingDays } = input.leave;
  const leaveLimit = mul(pts(rules.maxLeaveShareOfYear), fraction(yearWorkingDays));
  if (cmp(fraction(leaveDays), leaveLimit) > 0) {
    const line = {
      code: 'YA.NOT_ASSESSED.LEAVE',
      points: ZERO,
      records: [...input.leave.records].sort(),
      detail: { sickAndPersonalWorkingDays: leaveDays, yearWorkingDays },
    };
    return { status: 'not-assessed', ...base, ledger: [line] };
  }

  const forfeit = dailyScoreForfeit(input.absence, rules.absence);
  const daily: LedgerLine[] = forfeit
    ? [{ code: 'YA.DAILY_FORFEITED', points: ZERO, records: forfeit.records, detail: { rule: forfeit.rule, workingDays: forfeit.workingDays } }]
    : [...weightedMonthlyMean(input.monthlyScores, pts(rules.dailyWeight)).ledger];
  const { lines: ratings, missing } = ratingLines(input, rules);
  const ledger = [...daily, ...ratings];
  if (missing.length > 0) return { status: 'incomplete', ...base, missingRaters: missing, ledger };

  const total = sum(ledger.map((l) => l.points));
  const graded = stationedLongEnough(input.stationedSince, input.year, rules.minMonthsStationed);
  return { status: 'assessed', ...base, total, grade: graded ? gradeOf(total, rules.grades) : null, ledger };
}

export interface YearlyGradeList {
  readonly year: string;
  readonly rulebook: RulebookRef;
  /** Officers taking part in the assessment (the base of the 20% cap). */
  readonly assessed: number;
  /** ⌊share × assessed⌋. */
  readonly excellentCap: number;
  readonly grades: readonly {
    readonly officerId: string;
    readonly total: Points;
    readonly grade: Grade | null;
    /** 优秀 by score but over the cap, so 称职. */
    readonly capped: boolean;
  }[];
  /** 优秀 candidates tied across the cap: the panel decides which keep 优秀. */
  readonly tie: { readonly places: number; readonly officerIds: readonly string[] } | null;
}

/** Applies the 优秀 cap to the year's assessments; ties at the cap go to the panel. */
export function yearlyGrades(
  assessments: readonly YearlyAssessment[],
  metrics: Readonly<Record<string, TieBreakMetrics>>,
  rulebook: Rulebook,
): YearlyGradeList {
  const rules = rulebook.yearlyAssessment;
  if (!rules) throw new RangeError(`rulebook ${rulebook.id} has no yearly assessment`);
  const year = assessments[0]?.year ?? '';
  if (assessments.some((a) => a.year !== year)) throw new RangeError('yearly grades mix years');
  const taking = assessments.filter((a) => a.status !== 'not-assessed');
  const cap = Number(floorInt(mul(pts(rules.excellentShare), fraction(taking.length))));
  const assessed = taking
    .filter((a): a is Extract<YearlyAssessment, { status: 'assessed' }> => a.status === 'assessed')
    .sort((a, b) => (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : 0));
  const excellent = assessed.filter((a) => a.grade === 'excellent');
  const cut = cutAt(
    rankCandidates(
      excellent.map((a) => ({ id: a.officerId, keys: [a.total], metrics: metrics[a.officerId] ?? {} })),
      rulebook.tieBreakers,
    ),
    cap,
  );
  const demoted = new Set(cut.notSelected.map((e) => e.candidate.id));
  const tied = new Set(cut.tie?.entries.map((e) => e.candidate.id) ?? []);
  return {
    year,
    rulebook: rulebookRef(rulebook),
    assessed: taking.length,
    excellentCap: cap,
    grades: assessed.map((a) => ({
      officerId: a.officerId,
      total: a.total,
      grade: demoted.has(a.officerId) ? 'competent' : tied.has(a.officerId) ? null : a.grade,
      capped: demoted.has(a.officerId),
    })),
    tie: cut.tie ? { places: cut.tie.places, officerIds: cut.tie.entries.map((e) => e.candidate.id) } : null,
  };
}

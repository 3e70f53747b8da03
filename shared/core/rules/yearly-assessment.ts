/**
 * 窗口工作人员年度考核 — yearly officer assessment.
 * Seed 003 §窗口工作人员年度考核的实施办法 五、考核方式, 六、考核结果, 七、考核结果运用 第3条;
 * DOMAIN.md §4.4, §4.6.
 *
 *   total = 0.6 × mean of the year's monthly 平时 scores, each capped at 100
 *         + yearly rating points (40), several raters of one kind by their mean:
 *     window head: original-unit leader 10, peer heads 6, center departments 24
 *     staff:       original-unit leader 6, window head 10, center departments 24
 *   grade: ≥ 90 优秀, ≥ 80 称职, ≥ 60 基本称职, else 不称职
 *   优秀 for at most ⌊20% × officers assessed⌋, by score; the rest of the 优秀 become 称职
 *   stationed at the center not more than six months of the year: no grade (不定等次)
 *   sick plus personal leave over six months of the year: not assessed
 *   旷工 > 10 calendar days in one spell (absence.ts): the 平时 part is 0
 *
 * A month enters capped at 100 because bonuses lift a month to 100, not beyond (DOMAIN.md
 * §4.4), so a yearly total never exceeds 100. The rule takes only its slice of the rulebook;
 * the caller stamps the rulebook reference on what it stores.
 *
 * **Assumptions:** "six months of leave" is half the year's calendar days (leave counted in
 * calendar-day spells, day-spells.ts); the officers assessed, for the 20% cap, are all who
 * take part, graded or not.
 */
import * as z from 'zod';
import type { WorkingCalendar } from '../calendar.ts';
import type { LedgerLine } from '../ledger.ts';
import { type Points, ZERO, add, cmp, div, floorInt, fraction, min, mul, pts, sum, toExact } from '../points.ts';
import { decimal } from '../rulebook/fields.ts';
import { type AbsenceSpell, absenceRules, dailyScoreForfeit } from './absence.ts';
import { type DayMap, absenceSpells, spellsWithin } from './day-spells.ts';
import { type Grade, gradeBands, gradeOf } from './grades.ts';
import type { MonthlyScoreRef } from './quarterly-composite.ts';
import { type TieBreakMetrics, type TieBreaker, cutAt, rankCandidates } from './ranking.ts';

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
    /** Stationed at the center this many months of the year or fewer: no grade (不定等次). */
    maxMonthsStationedUngraded: z.number().int().nonnegative(),
    /** Sick plus personal leave above this share of the year's calendar days: not assessed. */
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

/** Sick plus personal leave of the year, in calendar days (day-spells.ts). */
export interface YearlyLeave {
  readonly sickAndPersonalDays: number;
  /** 365 or 366. */
  readonly yearDays: number;
  readonly records: readonly string[];
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
  readonly leave: YearlyLeave;
  readonly absence: readonly AbsenceSpell[];
}

/** What the assessment still waits for: a rater kind with no rating, or any monthly score. */
export type YearlyInputMissing = RaterKind | 'monthly-scores';

export type YearlyAssessment =
  | {
      readonly status: 'not-assessed';
      readonly officerId: string;
      readonly year: string;
      readonly ledger: readonly LedgerLine[];
    }
  | {
      readonly status: 'incomplete';
      readonly officerId: string;
      readonly year: string;
      readonly missing: readonly YearlyInputMissing[];
      readonly ledger: readonly LedgerLine[];
    }
  | {
      readonly status: 'assessed';
      readonly officerId: string;
      readonly year: string;
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

/**
 * Whether the officer was stationed more than `months` months of the year: `months` months
 * from the first day end before 1 January of the next year. From 1 July: exactly six
 * months, not more; from 30 June: more.
 */
export function stationedMoreThan(since: string, year: string, months: number): boolean {
  const [y, m] = parseDate(since);
  const monthIndex = y * 12 + (m - 1) + months;
  return monthIndex < (Number(year) + 1) * 12;
}

const HUNDRED = pts(100);

/** weight × mean of the months, each capped at 100; one line per month. */
function dailyLines(scores: readonly MonthlyScoreRef[], weight: Points): LedgerLine[] {
  const sorted = [...scores].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  if (new Set(sorted.map((s) => s.month)).size !== sorted.length) throw new RangeError('a month is scored twice');
  const share = div(weight, fraction(sorted.length));
  return sorted.map((s) => {
    const counted = min(s.score, HUNDRED);
    return {
      code: 'YA.MONTH',
      points: mul(counted, share),
      records: [s.resultId],
      detail: {
        month: s.month,
        score: toExact(s.score),
        ...(cmp(s.score, HUNDRED) > 0 ? { countedAs: '100' } : {}),
        months: sorted.length,
        weight: toExact(weight),
      },
    };
  });
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

export function yearlyAssessment(input: YearlyAssessmentInput, rules: YearlyAssessmentRules): YearlyAssessment {
  const base = { officerId: input.officerId, year: input.year };

  const { sickAndPersonalDays, yearDays } = input.leave;
  const leaveLimit = mul(pts(rules.maxLeaveShareOfYear), fraction(yearDays));
  if (cmp(fraction(sickAndPersonalDays), leaveLimit) > 0) {
    const line = {
      code: 'YA.NOT_ASSESSED.LEAVE',
      points: ZERO,
      records: [...input.leave.records].sort(),
      detail: { sickAndPersonalDays, yearDays, limit: toExact(leaveLimit) },
    };
    return { status: 'not-assessed', ...base, ledger: [line] };
  }

  const forfeit = dailyScoreForfeit(input.absence, rules.absence);
  const missing: YearlyInputMissing[] = [];
  if (!forfeit && input.monthlyScores.length === 0) missing.push('monthly-scores');
  const daily: LedgerLine[] = forfeit
    ? [{ code: 'YA.DAILY_FORFEITED', points: ZERO, records: forfeit.records, detail: { rule: forfeit.rule, days: forfeit.days } }]
    : input.monthlyScores.length === 0
      ? []
      : dailyLines(input.monthlyScores, pts(rules.dailyWeight));
  const ratings = ratingLines(input, rules);
  missing.push(...ratings.missing);
  const ledger = [...daily, ...ratings.lines];
  if (missing.length > 0) return { status: 'incomplete', ...base, missing, ledger };

  const total = sum(ledger.map((l) => l.points));
  if (!stationedMoreThan(input.stationedSince, input.year, rules.maxMonthsStationedUngraded)) {
    const line = { code: 'YA.UNGRADED.STATIONED', points: ZERO, records: [], detail: { stationedSince: input.stationedSince, months: rules.maxMonthsStationedUngraded } };
    return { status: 'assessed', ...base, total, grade: null, ledger: [...ledger, line] };
  }
  return { status: 'assessed', ...base, total, grade: gradeOf(total, rules.grades), ledger };
}

export interface YearlyGradeList {
  readonly year: string;
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
  rules: Pick<YearlyAssessmentRules, 'excellentShare'>,
  tieBreakers: readonly TieBreaker[],
): YearlyGradeList {
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
      tieBreakers,
    ),
    cap,
  );
  const demoted = new Set(cut.notSelected.map((e) => e.candidate.id));
  const tied = new Set(cut.tie?.entries.map((e) => e.candidate.id) ?? []);
  return {
    year,
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

const SICK_OR_PERSONAL: ReadonlySet<string> = new Set(['sick', 'personal']);

/**
 * What the yearly assessment reads from an officer's day map of the year: sick plus personal
 * leave and the 旷工 spells, both in calendar days. `days` may hold a few days of the years
 * either side, for spells crossing New Year.
 */
export function yearlyAttendanceFacts(
  year: string,
  days: DayMap,
  sources: readonly string[],
  calendar: Pick<WorkingCalendar, 'isWorkingDay'>,
): { leave: YearlyLeave; absence: AbsenceSpell[] } {
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const leaveSpells = spellsWithin(range, (date) => {
    const mark = days[date];
    if (mark !== undefined) return SICK_OR_PERSONAL.has(mark) ? 'off' : 'on';
    return calendar.isWorkingDay(date) ? 'on' : 'neutral';
  });
  const records = [...sources].sort();
  const yearDays = Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0) ? 366 : 365;
  return {
    leave: { sickAndPersonalDays: leaveSpells.reduce((n, s) => n + s.days, 0), yearDays, records: leaveSpells.length > 0 ? records : [] },
    absence: absenceSpells(range, days, calendar).map((s) => ({ kind: 'absence', days: s.days, records })),
  };
}

/** What the yearly run knows of one officer; the job reads it, this module decides. */
export interface OfficerYear {
  readonly officerId: string;
  readonly role: 'head' | 'staff';
  readonly stationedSince: string;
  /** The year's stored monthly scores (uncapped: the rule caps them). */
  readonly monthlyScores: readonly MonthlyScoreRef[];
  readonly ratings: readonly YearlyRating[];
  /** The officer's day map over the year (and a few days either side, where known). */
  readonly days: DayMap;
  readonly daySources: readonly string[];
  /** Tie-breaker values for the 优秀 cap. */
  readonly metrics?: TieBreakMetrics;
}

export interface YearlyRun {
  readonly assessments: readonly YearlyAssessment[];
  readonly grades: YearlyGradeList;
}

/**
 * The year's assessment of every officer stationed by the year's end, and the grade list
 * with the 20% cap. Officers who came after the year are left out.
 */
export function assessYear(
  year: string,
  officers: readonly OfficerYear[],
  rules: YearlyAssessmentRules,
  tieBreakers: readonly TieBreaker[],
  calendar: Pick<WorkingCalendar, 'isWorkingDay'>,
): YearlyRun {
  const taking = officers
    .filter((o) => o.stationedSince <= `${year}-12-31`)
    .sort((a, b) => (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : 0));
  const assessments = taking.map((o) =>
    yearlyAssessment(
      {
        officerId: o.officerId,
        year,
        role: o.role,
        stationedSince: o.stationedSince,
        monthlyScores: o.monthlyScores.filter((m) => m.month.startsWith(`${year}-`)),
        ratings: o.ratings,
        ...yearlyAttendanceFacts(year, o.days, o.daySources, calendar),
      },
      rules,
    ),
  );
  const metrics = Object.fromEntries(taking.map((o) => [o.officerId, o.metrics ?? {}]));
  return { assessments, grades: yearlyGrades(assessments, metrics, rules, tieBreakers) };
}

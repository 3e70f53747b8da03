/**
 * 月度考核等次 — seed 002's grading layer on the monthly scores (seed 002
 * §窗口单位考核实施细则 / §窗口工作人员考核实施细则 第十二条–第十五条; DOMAIN.md §4.4).
 *
 *   window grade  : ≥ 90 优秀, ≥ 80 良好, ≥ 60 合格, else 不合格 (**Assumption**: the seed
 *                   names the grades, not the bands)
 *   优秀 caps      : at most ⌊20%⌋ of the windows and ⌊15%⌋ of the officers of the month, by
 *                   score; the rest above the 优秀 line take the next grade (良好 / 称职)
 *   derived codes : each officer of a window graded 优秀 gets B-O-WINDOW-MONTH-EXCELLENT, of
 *                   a window graded 不合格 O-EFF-WINDOW-FAILED — from the grade, never typed in
 *   调离 flag      : two verified complaints in a row, or two months in a row graded 不称职
 *
 * Ties at a cap go through the rulebook's tie-breakers and, surviving them, to the panel
 * (the tied keep no grade until it decides), as every cut in this project does.
 */
import * as z from 'zod';
import { type Points, cmp, floorInt, fraction, mul, pts, round2 } from '../points.ts';
import { decimal } from '../rulebook/fields.ts';
import type { Grade } from './grades.ts';
import type { FindingOccurrence } from './monthly-score.ts';
import { addMonths } from './period.ts';
import { type TieBreakMetrics, type TieBreaker, cutAt, rankCandidates } from './ranking.ts';

export const WINDOW_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type WindowGrade = (typeof WINDOW_GRADES)[number];

export const WINDOW_GRADE_NAMES: Record<WindowGrade, { zh: string; en: string }> = {
  excellent: { zh: '优秀', en: 'excellent' },
  good: { zh: '良好', en: 'good' },
  pass: { zh: '合格', en: 'pass' },
  fail: { zh: '不合格', en: 'fail' },
};

export const monthlyGradingRules = z.strictObject({
  /** Window bands from the highest minimum down; the last starts at 0. */
  windowGrades: z.array(z.strictObject({ grade: z.enum(WINDOW_GRADES), min: decimal })).min(1),
  /** 优秀 for at most ⌊share × windows graded⌋ windows a month. */
  windowExcellentShare: decimal,
  /** 优秀 for at most ⌊share × officers graded⌋ officers a month. */
  officerExcellentShare: decimal,
  /** The officer codes that follow the window's grade. */
  derivedCodes: z.strictObject({ windowExcellent: z.string().min(1), windowFailed: z.string().min(1) }),
  /** 调离: this many verified complaints in a row, or months in a row graded 不称职. */
  transferAfter: z.strictObject({ verifiedComplaintsInARow: z.number().int().positive(), incompetentMonthsInARow: z.number().int().positive() }),
  /**
   * Whether the month's public page shows each window's grade (a window is a public service
   * unit); absent or false: the grades stay with the center. Officers' grades are never public.
   */
  publishWindowGrades: z.boolean().optional(),
});
export type MonthlyGradingRules = z.infer<typeof monthlyGradingRules>;

export const SEED_002_MONTHLY_GRADING: MonthlyGradingRules = {
  windowGrades: [
    { grade: 'excellent', min: '90' },
    { grade: 'good', min: '80' },
    { grade: 'pass', min: '60' },
    { grade: 'fail', min: '0' },
  ],
  windowExcellentShare: '0.2',
  officerExcellentShare: '0.15',
  derivedCodes: { windowExcellent: 'B-O-WINDOW-MONTH-EXCELLENT', windowFailed: 'O-EFF-WINDOW-FAILED' },
  transferAfter: { verifiedComplaintsInARow: 2, incompetentMonthsInARow: 2 },
  // 第十一条: 管委会 "确定考核等次,并公布考核结果".
  publishWindowGrades: true,
};

export interface Graded<G> {
  readonly subjectId: string;
  readonly score: Points;
  /** Null while tied at the cap, until the panel decides. */
  readonly grade: G | null;
  /** 优秀 by score but over the cap, so the next grade. */
  readonly capped: boolean;
}

export interface GradeList<G> {
  readonly cap: number;
  readonly grades: readonly Graded<G>[];
  readonly tie: { readonly places: number; readonly subjectIds: readonly string[] } | null;
}

interface Scored<G> {
  readonly subjectId: string;
  readonly score: Points;
  readonly grade: G;
  readonly metrics?: TieBreakMetrics;
}

function capExcellent<G extends string>(scored: readonly Scored<G>[], share: string, next: G, tieBreakers: readonly TieBreaker[]): GradeList<G> {
  const cap = Number(floorInt(mul(pts(share), fraction(scored.length))));
  const sorted = [...scored].sort((a, b) => (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0));
  const excellent = sorted.filter((s) => s.grade === 'excellent');
  const cut = cutAt(rankCandidates(excellent.map((s) => ({ id: s.subjectId, keys: [s.score], metrics: s.metrics ?? {} })), tieBreakers), cap);
  const demoted = new Set(cut.notSelected.map((e) => e.candidate.id));
  const tied = new Set(cut.tie?.entries.map((e) => e.candidate.id) ?? []);
  return {
    cap,
    grades: sorted.map((s) => ({
      subjectId: s.subjectId,
      score: s.score,
      grade: demoted.has(s.subjectId) ? next : tied.has(s.subjectId) ? null : s.grade,
      capped: demoted.has(s.subjectId),
    })),
    tie: cut.tie ? { places: cut.tie.places, subjectIds: cut.tie.entries.map((e) => e.candidate.id) } : null,
  };
}

export function windowGradeOf(score: Points, rules: MonthlyGradingRules): WindowGrade {
  const shown = round2(score);
  const band = rules.windowGrades.find((b) => cmp(shown, pts(b.min)) >= 0);
  if (!band) throw new RangeError('no window grade band holds a negative score');
  return band.grade;
}

/** The month's window grades with the 20% cap on 优秀. */
export function windowMonthlyGrades(
  windows: readonly { readonly windowId: string; readonly score: Points; readonly metrics?: TieBreakMetrics }[],
  rules: MonthlyGradingRules,
  tieBreakers: readonly TieBreaker[],
): GradeList<WindowGrade> {
  const scored = windows.map((w) => ({ subjectId: w.windowId, score: w.score, grade: windowGradeOf(w.score, rules), ...(w.metrics ? { metrics: w.metrics } : {}) }));
  return capExcellent(scored, rules.windowExcellentShare, 'good', tieBreakers);
}

/** The month's officer grades (from the rulebook's monthly bands) with the 15% cap on 优秀. */
export function officerMonthlyGrades(
  officers: readonly { readonly officerId: string; readonly score: Points; readonly grade: Grade; readonly metrics?: TieBreakMetrics }[],
  rules: MonthlyGradingRules,
  tieBreakers: readonly TieBreaker[],
): GradeList<Grade> {
  const scored = officers.map((o) => ({ subjectId: o.officerId, score: o.score, grade: o.grade, ...(o.metrics ? { metrics: o.metrics } : {}) }));
  return capExcellent(scored, rules.officerExcellentShare, 'competent', tieBreakers);
}

/**
 * The officer findings a window's grade carries: one per officer of a window graded 优秀 or
 * 不合格, its record id naming the window and month so that it counts once.
 */
export function windowGradeFindings(
  month: string,
  windowGrades: GradeList<WindowGrade>,
  officersByWindow: Readonly<Record<string, readonly string[]>>,
  rules: MonthlyGradingRules,
): Map<string, FindingOccurrence[]> {
  const byOfficer = new Map<string, FindingOccurrence[]>();
  for (const { subjectId: windowId, grade } of windowGrades.grades) {
    const code = grade === 'excellent' ? rules.derivedCodes.windowExcellent : grade === 'fail' ? rules.derivedCodes.windowFailed : undefined;
    if (!code) continue;
    for (const officerId of [...(officersByWindow[windowId] ?? [])].sort()) {
      byOfficer.set(officerId, [...(byOfficer.get(officerId) ?? []), { code, recordId: `window-grade:${windowId}:${month}` }]);
    }
  }
  return byOfficer;
}

export interface TransferFlag {
  readonly officerId: string;
  readonly rule: 'verified-complaints' | 'incompetent-months';
  /** The complaints or months behind it. */
  readonly evidence: readonly string[];
}

/**
 * 调离 recommendation, for the supervisors: the officer's last complaints (in the order
 * received) were verified this many times in a row — an unfounded one between breaks the
 * run — or the last months in a row were graded 不称职. **Assumption:** "连续两次被投诉并经
 * 组织查实" counts complaints in a row, whatever months they fall in.
 */
export function transferFlags(
  officerId: string,
  complaints: readonly { readonly complaintId: string; readonly received: string; readonly verified: boolean }[],
  monthlyGrades: readonly { readonly month: string; readonly grade: Grade | null }[],
  rules: MonthlyGradingRules,
): TransferFlag[] {
  const flags: TransferFlag[] = [];
  const ordered = [...complaints].sort((a, b) => (a.received < b.received ? -1 : a.received > b.received ? 1 : a.complaintId < b.complaintId ? -1 : 1));
  let run: string[] = [];
  let longest: string[] = [];
  for (const c of ordered) {
    run = c.verified ? [...run, c.complaintId] : [];
    if (run.length >= rules.transferAfter.verifiedComplaintsInARow && longest.length < run.length) longest = run;
  }
  if (longest.length > 0) flags.push({ officerId, rule: 'verified-complaints', evidence: longest });
  const months = [...monthlyGrades].sort((a, b) => (a.month < b.month ? -1 : 1));
  let streak: string[] = [];
  let worst: string[] = [];
  for (const m of months) {
    const follows = streak.length > 0 && addMonths(streak.at(-1)!, 1) === m.month;
    streak = m.grade === 'incompetent' ? (follows ? [...streak, m.month] : [m.month]) : [];
    if (streak.length >= rules.transferAfter.incompetentMonthsInARow && worst.length < streak.length) worst = streak;
  }
  if (worst.length > 0) flags.push({ officerId, rule: 'incompetent-months', evidence: worst });
  return flags;
}

/** An officer's complaint as the 调离 rule reads it: decided ones only, with the month of the decision. */
export interface DecidedComplaint {
  readonly complaintId: string;
  readonly received: string;
  readonly verified: boolean;
  /** The month of the verifying or unfounding step. */
  readonly decidedIn: string;
}

export interface OfficerGradingFacts {
  readonly officerId: string;
  /** The window the officer staffs at the month's end. */
  readonly windowId: string | undefined;
  /** The officer's decided complaints, as far back as the run reads. */
  readonly complaints: readonly DecidedComplaint[];
  /** The officer's grades of the months before, as stored (null: tied, or none). */
  readonly earlierGrades: readonly { readonly month: string; readonly grade: Grade | null }[];
}

export interface MonthGrading<S> {
  readonly windowGrades: GradeList<WindowGrade>;
  readonly officerGrades: GradeList<Grade>;
  /** The officers' scores, the derived codes of their window's grade in them. */
  readonly officerScores: readonly S[];
  /** 调离 recommendations raised this month: the run reaches its length in this month. */
  readonly transferFlags: readonly TransferFlag[];
}

const metricsOf = (score: { readonly deductionPoints: Points }): TieBreakMetrics => ({ 'deduction-points': score.deductionPoints });

/**
 * Seed 002's grading of a month, in the order its rules depend on each other: the windows'
 * grades (20% cap) from their scores; the officer codes those grades carry, added to the
 * officers' findings before they are scored; the officers' grades (15% cap); and the 调离
 * flags, raised in the month a run of verified complaints or 不称职 months reaches its length
 * (not again each month after). Pure: the caller scores (`scoreOfficer`) and stores.
 */
export function gradeMonth<I extends { readonly officerId: string; readonly findings: readonly FindingOccurrence[] }, S extends { readonly subjectId: string; readonly score: Points; readonly deductionPoints: Points; readonly grade: Grade | null }>(
  month: string,
  windowScores: readonly { readonly subjectId: string; readonly score: Points; readonly deductionPoints: Points }[],
  officerInputs: readonly I[],
  facts: readonly OfficerGradingFacts[],
  scoreOfficer: (input: I) => S,
  rules: MonthlyGradingRules,
  tieBreakers: readonly TieBreaker[],
): MonthGrading<S> {
  const windowGrades = windowMonthlyGrades(
    windowScores.map((w) => ({ windowId: w.subjectId, score: w.score, metrics: metricsOf(w) })),
    rules,
    tieBreakers,
  );
  const byWindow: Record<string, string[]> = {};
  for (const f of facts) if (f.windowId) (byWindow[f.windowId] ??= []).push(f.officerId);
  const derived = windowGradeFindings(month, windowGrades, byWindow, rules);
  const officerScores = officerInputs.map((input) => scoreOfficer({ ...input, findings: [...input.findings, ...(derived.get(input.officerId) ?? [])] }));
  const officerGrades = officerMonthlyGrades(
    officerScores.map((s) => {
      if (s.grade === null) throw new RangeError(`officer ${s.subjectId} has no grade`);
      return { officerId: s.subjectId, score: s.score, grade: s.grade, metrics: metricsOf(s) };
    }),
    rules,
    tieBreakers,
  );
  const gradeNow = new Map(officerGrades.grades.map((g) => [g.subjectId, g.grade]));
  const transfer = facts.flatMap((f): TransferFlag[] => {
    const grades = [...f.earlierGrades.filter((g) => g.month < month), { month, grade: gradeNow.get(f.officerId) ?? null }];
    const months = transferFlags(f.officerId, [], grades, rules).filter((flag) => flag.evidence.at(-1) === month);
    return [...complaintRunNow(f, month, rules), ...months];
  });
  return { windowGrades, officerGrades, officerScores, transferFlags: transfer };
}

/**
 * The run of verified complaints, in the order received, that holds a complaint verified
 * this month, when it is long enough: the month it is reached is the month it is flagged.
 */
function complaintRunNow(f: OfficerGradingFacts, month: string, rules: MonthlyGradingRules): TransferFlag[] {
  const ordered = [...f.complaints].sort((a, b) => (a.received < b.received ? -1 : a.received > b.received ? 1 : a.complaintId < b.complaintId ? -1 : 1));
  let longest: string[] = [];
  ordered.forEach((c, i) => {
    if (!c.verified || c.decidedIn !== month) return;
    let start = i;
    let end = i;
    while (start > 0 && ordered[start - 1]!.verified) start -= 1;
    // A complaint received earlier may be verified later: the run reaches past it.
    while (end + 1 < ordered.length && ordered[end + 1]!.verified) end += 1;
    const run = ordered.slice(start, end + 1).map((r) => r.complaintId);
    if (run.length >= rules.transferAfter.verifiedComplaintsInARow && run.length > longest.length) longest = run;
  });
  return longest.length > 0 ? [{ officerId: f.officerId, rule: 'verified-complaints', evidence: longest }] : [];
}

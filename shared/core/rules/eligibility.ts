/**
 * 一票否决与评选资格 — vetoes and eligibility for honors. DOMAIN.md §5.
 * Seed 003 §优秀服务窗口和服务明星评选办法 三、(四)一票否决制, (二)2 第(6)条, (二)1 第(3)条;
 * seed 003 §投诉处置办法 五、(四); seed 001 四、评选标准 (取消季度评优评先资格), 三、评选范围.
 *
 * - A verified finding whose code carries a veto removes its subject from the honors of
 *   the veto's scope: `quarter` — honors of the month and quarter it falls in; `year` —
 *   those and the year's. **Assumption:** an honor is in scope when its period contains the
 *   finding's month and is no longer than the scope (a quarter-scope veto in May does not
 *   touch the year's honors; a year-scope veto in May touches May, Q2 and the year, not Q3).
 * - Officers with fewer days on duty than the rulebook asks are out [seed 001: 60].
 * - Heads of the lowest-scoring windows of the period are out [seed 003: 3].
 * - Windows need the rulebook's on-time completion rate [seed 001, seed 003: 100%].
 *
 * An appeal that overturns a veto supersedes the finding, so it is no longer an input.
 */
import { type Points, cmp, div, fraction, format2, mul, pts } from '../points.ts';
import type { Honor } from '../rulebook/honor.ts';
import type { Rulebook } from '../rulebook/schema.ts';
import type { FindingOccurrence } from './monthly-score.ts';
import { isNoLongerThan, periodContainsMonth } from './period.ts';
import { type TieBreakMetrics, bottomOf, rankCandidates } from './ranking.ts';

type HonorSubject = Honor['subject'];

export interface VetoEvent {
  readonly subject: HonorSubject;
  readonly subjectId: string;
  /** A finding code of the rulebook that carries a veto scope, or `reason` for a veto recorded without one. */
  readonly code: string;
  /** The scope a supervisor's veto record states; otherwise the code's. */
  readonly scope?: 'quarter' | 'year';
  /** The month of the verified finding, "YYYY-MM". */
  readonly month: string;
  readonly records: readonly string[];
}

/** Why a contender cannot take the honor: the rule, the records behind it, the numbers. */
export interface Exclusion {
  /**
   * `disqualified`: a disqualifier of the honor's own scheme (rules/best-window.ts);
   * `precondition`: a nomination precondition not met (rules/city-nomination.ts).
   */
  readonly rule: 'veto' | 'days-on-duty' | 'bottom-window-head' | 'on-time-completion' | 'disqualified' | 'precondition';
  readonly records: readonly string[];
  readonly detail: Readonly<Record<string, string | number>>;
}

/** The facts eligibility reads about one contender. */
export interface EligibilityFacts {
  readonly id: string;
  /** Officers: the window they staff and whether they head it. */
  readonly windowId?: string;
  readonly role?: 'head' | 'staff';
  /** Officers: days on duty in the period (attendance.ts `daysOnDuty`). */
  readonly daysOnDuty?: { readonly days: number; readonly records: readonly string[] };
  /** Windows: cases completed in the period and how many on time. */
  readonly completion?: { readonly completed: number; readonly onTime: number; readonly records: readonly string[] };
}

/** A window's standing in the period, to find the lowest-scoring windows. */
export interface WindowStanding {
  readonly windowId: string;
  readonly score: Points;
  readonly metrics: TieBreakMetrics;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The vetoes a month's findings raise against one subject. */
export function vetoEvents(
  subject: 'window' | 'officer',
  subjectId: string,
  month: string,
  findings: readonly FindingOccurrence[],
  rulebook: Rulebook,
): VetoEvent[] {
  const codes = new Map(rulebook.findingCodes.map((c) => [c.code, c]));
  return findings
    .filter((f) => (codes.get(f.code)?.veto ?? 'none') !== 'none')
    .map((f) => ({ subject, subjectId, code: f.code, month, records: [f.recordId] }))
    .sort((a, b) => compareText(`${a.records[0]}|${a.code}`, `${b.records[0]}|${b.code}`));
}

function vetoExclusions(
  facts: EligibilityFacts,
  honor: Honor,
  period: string,
  vetoes: readonly VetoEvent[],
  rulebook: Rulebook,
): Exclusion[] {
  const codes = new Map(rulebook.findingCodes.map((c) => [c.code, c]));
  return vetoes
    .filter((v) => v.subject === honor.subject && v.subjectId === facts.id)
    .flatMap((v) => {
      const scope = v.scope ?? codes.get(v.code)?.veto;
      if (!scope) throw new RangeError(`veto ${v.records.join(',')}: code ${v.code} is not in rulebook ${rulebook.id}`);
      if (scope === 'none') throw new RangeError(`veto ${v.records.join(',')}: code ${v.code} carries no veto`);
      const inScope = periodContainsMonth(period, v.month) && isNoLongerThan(honor.period, scope);
      return inScope ? [{ rule: 'veto' as const, records: [...v.records].sort(), detail: { code: v.code, scope, month: v.month } }] : [];
    })
    .sort((a, b) => compareText(a.records.join(), b.records.join()));
}

/** The windows among the lowest `count` of the period, with their rank from the top. */
export function lowestWindows(
  standings: readonly WindowStanding[],
  count: number,
  rulebook: Rulebook,
): Map<string, { rank: number; of: number }> {
  const groups = rankCandidates(
    standings.map((s) => ({ id: s.windowId, keys: [s.score], metrics: s.metrics })),
    rulebook.tieBreakers,
  );
  return new Map(bottomOf(groups, count).map((e) => [e.candidate.id, { rank: e.rank, of: standings.length }]));
}

function dutyExclusions(facts: EligibilityFacts, minDays: number | undefined): Exclusion[] {
  if (minDays === undefined) return [];
  if (!facts.daysOnDuty) throw new RangeError(`officer ${facts.id}: days on duty are needed`);
  const { days, records } = facts.daysOnDuty;
  return days < minDays ? [{ rule: 'days-on-duty', records: [...records].sort(), detail: { days, required: minDays } }] : [];
}

function headExclusions(facts: EligibilityFacts, lowest: ReadonlyMap<string, { rank: number; of: number }> | null): Exclusion[] {
  if (!lowest || facts.role !== 'head') return [];
  if (!facts.windowId) throw new RangeError(`officer ${facts.id}: a head needs a window`);
  const standing = lowest.get(facts.windowId);
  return standing ? [{ rule: 'bottom-window-head', records: [], detail: { windowId: facts.windowId, ...standing } }] : [];
}

function completionExclusions(facts: EligibilityFacts, minPercent: string | undefined): Exclusion[] {
  if (minPercent === undefined) return [];
  if (!facts.completion) throw new RangeError(`window ${facts.id}: case completion is needed`);
  const { completed, onTime, records } = facts.completion;
  if (!Number.isInteger(completed) || !Number.isInteger(onTime) || onTime < 0 || onTime > completed) {
    throw new RangeError(`window ${facts.id}: ${onTime} on time of ${completed} completed`);
  }
  if (completed === 0) return []; // nothing completed, nothing late
  const rate = div(mul(fraction(onTime), pts(100)), fraction(completed));
  return cmp(rate, pts(minPercent)) < 0
    ? [{ rule: 'on-time-completion', records: [...records].sort(), detail: { completed, onTime, rate: format2(rate), required: minPercent } }]
    : [];
}

export interface EligibilityContext {
  readonly honor: Honor;
  readonly period: string;
  readonly vetoes: readonly VetoEvent[];
  /** From `lowestWindows`, when the honor excludes heads of the lowest windows. */
  readonly lowest: ReadonlyMap<string, { rank: number; of: number }> | null;
  readonly rulebook: Rulebook;
}

/** Every reason the contender cannot take the honor; none means eligible. */
export function exclusions(facts: EligibilityFacts, context: EligibilityContext): Exclusion[] {
  const { honor, period, vetoes, lowest, rulebook } = context;
  return [
    ...vetoExclusions(facts, honor, period, vetoes, rulebook),
    ...dutyExclusions(facts, honor.eligibility.minDaysOnDuty),
    ...headExclusions(facts, lowest),
    ...completionExclusions(facts, honor.eligibility.minOnTimeCompletionPercent),
  ];
}

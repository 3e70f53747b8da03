/**
 * 市级推荐的申报条件 — the preconditions a county center checks before nominating 2 windows and
 * 2 officers to the city's “优质服务窗口 / 优秀服务标兵”. DOMAIN.md §6; seed 001 (c)
 * §2014年度全市“优质服务窗口”和“优秀服务标兵”评选 三、申报条件, 四、(一)10、11、13.
 *
 * - Titles: the window won the center's yearly excellent-window title, the officer the 优秀
 *   grade of the yearly assessment, at least `minTitles` times (seed: twice) in the last
 *   `lookbackYears` years up to and including the period (seed: 2011–2014 for 2014).
 *   **Assumption:** a year counts once its title list is final, or its assessment stored.
 * - Officers: at their current window at least `minYearsAtWindow` years by the period's end
 *   and still there (在窗口工作两年以上，目前仍在窗口工作) — counted from the day of the
 *   officer's current posting there; "以上" includes the number, so exactly two years passes.
 * - Satisfaction of the period at least `minSatisfactionPercent` (seed: 99%); a subject with
 *   no rating on record cannot show it and does not meet it.
 * - No verified complaint and no media exposure or 暗访 report in the period: a complaint
 *   about the subject verified in the period, or a finding with one of `excludingCodes`.
 *   (On-time completion 100% is the honor's `minOnTimeCompletionPercent`, eligibility.ts.)
 *
 * Returns the conditions not met, each with its numbers and records, so the center sees why
 * each one who does not qualify does not.
 */
import * as z from 'zod';
import { type Points, cmp, format2, pts } from '../points.ts';
import { decimal } from '../rulebook/fields.ts';
import type { Exclusion } from './eligibility.ts';

export const cityPreconditions = z.strictObject({
  lookbackYears: z.number().int().positive(),
  minTitles: z.number().int().positive(),
  /** Windows: the yearly honor whose final titles count (the center's excellent windows). */
  titleHonorId: z.string().min(1).optional(),
  /** Officers: years at the current window by the period's end. */
  minYearsAtWindow: z.number().int().positive().optional(),
  minSatisfactionPercent: decimal,
  verifiedComplaint: z.boolean(),
  /** Finding codes that are a valid complaint, a media exposure or a mystery shopper's report (有效投诉、媒体曝光、暗访通报). */
  excludingCodes: z.array(z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)),
});
export type CityPreconditions = z.infer<typeof cityPreconditions>;

/** What the preconditions read about one window or officer. */
export interface CityFacts {
  /** Years with the title (windows) or the 优秀 grade (officers), each with where it is recorded. */
  readonly titles: readonly { readonly year: string; readonly record: string }[];
  /** Officers: the first day of the current posting at the current window. */
  readonly atWindowSince?: string;
  /** Satisfied per 100 ratings in the period; null when nobody rated. */
  readonly satisfactionPercent: Points | null;
  readonly satisfactionRecords: readonly string[];
  readonly verifiedComplaints: readonly { readonly complaintId: string; readonly stepId: string }[];
  readonly findings: readonly { readonly code: string; readonly recordId: string }[];
}

/** The day `years` years after `date` ("YYYY-MM-DD"); 29 February lands on 1 March. */
function yearsAfter(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}
const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The years a title counts in for a selection of `year`: the lookback, the year itself last. */
export function titleYears(year: string, rules: Pick<CityPreconditions, 'lookbackYears'>): string[] {
  return Array.from({ length: rules.lookbackYears }, (_, i) => String(Number(year) - rules.lookbackYears + 1 + i));
}

const precondition = (records: readonly string[], detail: Exclusion['detail']): Exclusion => ({ rule: 'precondition', records: [...new Set(records)].sort(), detail });

/** Every precondition the subject does not meet, for a selection of `year` (the period's last day: 31 December). */
export function cityPreconditionExclusions(subject: 'window' | 'officer', facts: CityFacts, rules: CityPreconditions, year: string): Exclusion[] {
  const out: Exclusion[] = [];
  const years = new Set(titleYears(year, rules));
  const titles = facts.titles.filter((t) => years.has(t.year));
  if (titles.length < rules.minTitles) {
    out.push(precondition(titles.map((t) => t.record), { condition: subject === 'window' ? 'titles' : 'excellent-grades', held: titles.length, required: rules.minTitles, since: [...years][0]! }));
  }
  if (subject === 'officer' && rules.minYearsAtWindow !== undefined) {
    const since = facts.atWindowSince;
    const periodEnd = `${year}-12-31`;
    // Two years from the posting's first day are complete at the close of the day before the anniversary.
    if (since === undefined || yearsAfter(since, rules.minYearsAtWindow) > nextDay(periodEnd)) {
      out.push(precondition([], { condition: 'years-at-window', since: since ?? '—', required: rules.minYearsAtWindow, until: periodEnd }));
    }
  }
  const minimum = pts(rules.minSatisfactionPercent);
  if (facts.satisfactionPercent === null || cmp(facts.satisfactionPercent, minimum) < 0) {
    out.push(precondition(facts.satisfactionRecords, { condition: 'satisfaction', rate: facts.satisfactionPercent === null ? '—' : format2(facts.satisfactionPercent), required: rules.minSatisfactionPercent }));
  }
  if (rules.verifiedComplaint && facts.verifiedComplaints.length > 0) {
    out.push(precondition(facts.verifiedComplaints.flatMap((c) => [c.complaintId, c.stepId]), { condition: 'verified-complaint', count: facts.verifiedComplaints.length }));
  }
  const excluding = new Set(rules.excludingCodes);
  const found = facts.findings.filter((f) => excluding.has(f.code));
  if (found.length > 0) {
    out.push(precondition(found.map((f) => f.recordId), { condition: 'complaint-exposure-or-report', codes: [...new Set(found.map((f) => f.code))].sort().join(',') }));
  }
  return out;
}

/**
 * Closed months (结账) and plausible dates — DOMAIN.md §7: the numbers behind a published
 * month must not move silently. A month closes at the end of the rulebook's Nth working day
 * of the next month (default the 5th: time for late registrations, 事后补登 2 working days,
 * and the clerks' month-end checks). After that, a record about the month is refused; a
 * supervisor changes the month's facts only by a correction, which carries its reason.
 *
 * Records that only follow a workflow (nominations, ballots, panel scores, objections,
 * appeals and their decisions, complaint steps, flag decisions) are not facts of a month's
 * score: their own deadlines govern them; so do yearly ratings, given in the weeks around
 * the year's end for the yearly assessment.
 */
import type { WorkingCalendar } from './calendar.ts';
import { lastDayOf } from './rules/period.ts';

export const DEFAULT_MONTH_CLOSE_WORKING_DAYS = 5;

/** Record types whose month closes: each is a fact a month's score is computed from. */
export const CLOSING_TYPES: ReadonlySet<string> = new Set([
  'evaluation',
  'attendance',
  'volume',
  'case',
  'case-completion',
  'inspection',
  'patrol',
  'finding',
  'complaint',
  'training',
  'evaluator-conduct',
  'device-fault',
  'commendation',
  'veto',
]);

const closeDates = new WeakMap<WorkingCalendar, Map<string, string>>();

/** The last day records about the month are accepted: the Nth working day of the next month. */
export function closeDateOf(month: string, calendar: WorkingCalendar, workingDays = DEFAULT_MONTH_CLOSE_WORKING_DAYS): string {
  // Every record checks its month's close date: remembered per calendar (calendars never change).
  let known = closeDates.get(calendar);
  if (!known) closeDates.set(calendar, (known = new Map()));
  const key = `${month}+${workingDays}`;
  let date = known.get(key);
  if (date === undefined) known.set(key, (date = calendar.addWorkingDays(lastDayOf(month), workingDays).date));
  return date;
}

/** Whether the month is closed on `today` (a Beijing date): the day after its close date. */
export function isMonthClosed(month: string, today: string, calendar: WorkingCalendar, workingDays?: number): boolean {
  return today > closeDateOf(month, calendar, workingDays);
}

/**
 * How far a record's date may lie from today: a year back covers the longest legitimate
 * delay (a yearly rating of last year, a month still open in January), a year ahead the
 * longest leave approved in advance. Anything beyond is a typo or a forgery.
 */
export const PLAUSIBLE_DAYS_BACK = 400;
export const PLAUSIBLE_DAYS_AHEAD = 370;

const DAY_MS = 24 * 3600 * 1000;
const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

export type DateRefusal =
  | { readonly kind: 'before-center-start'; readonly startDate: string }
  | { readonly kind: 'too-far-back' }
  | { readonly kind: 'too-far-ahead' };

/** Why a record's date cannot be right, or nothing: before the center opened, or implausibly far from today. */
export function implausibleDate(date: string, today: string, centerStart?: string): DateRefusal | undefined {
  if (centerStart && date < centerStart) return { kind: 'before-center-start', startDate: centerStart };
  if (daysBetween(date, today) > PLAUSIBLE_DAYS_BACK) return { kind: 'too-far-back' };
  if (daysBetween(today, date) > PLAUSIBLE_DAYS_AHEAD) return { kind: 'too-far-ahead' };
  return undefined;
}


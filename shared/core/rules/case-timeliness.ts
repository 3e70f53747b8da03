/**
 * 按时办结 — whether a case is on time, and its overdue working days. DOMAIN.md §3.4;
 * seed 002 §项目办件规则 (承诺时限, 超期每个工作日); seed 003 §限时办结制度 第4条 (延时办结).
 *
 *   deadline      = the close of the promised working day after acceptance (即办件: the day),
 *                   or the new date of the latest approved extension
 *   completed     : late when completed after the deadline's date;
 *                   overdue working days = max(1, working days d with deadline < d ≤ completed)
 *   open at a month's end past the deadline: late for that month, with the overdue working
 *                   days so far (at least 1)
 *
 * "At least one": a completion on the Saturday after a Friday deadline passes no working
 * day, yet the applicant waited past the promised date (deadline Fri 2026-06-05, completed
 * Sat 06-06 → late, 1). Each case is judged against its own deadline, however long ago it
 * was registered. Takes plain facts; the job feeds them from the aggregates.
 */
import type { Deadline, WorkingCalendar } from '../calendar.ts';
import { lastDayOf } from './period.ts';

export interface CaseTerms {
  /** "YYYY-MM-DD". */
  readonly acceptedDate: string;
  readonly promisedWorkingDays: number;
  /** Approved extensions (延时办结): the new deadline each promised, in any order. */
  readonly extensions?: readonly { readonly newDeadline: string; readonly approvedDate: string }[];
}

export interface Timeliness {
  readonly late: boolean;
  readonly overdueWorkingDays: number;
  /** Some day counted lies in a year whose official schedule is not published yet. */
  readonly provisional: boolean;
}

/** The deadline a case must be completed by: the promise, or the latest approved extension. */
export function caseDeadline(terms: CaseTerms, calendar: Pick<WorkingCalendar, 'addWorkingDays'>): Deadline {
  const promised = calendar.addWorkingDays(terms.acceptedDate, terms.promisedWorkingDays);
  const latest = [...(terms.extensions ?? [])].sort((a, b) =>
    a.approvedDate < b.approvedDate ? -1 : a.approvedDate > b.approvedDate ? 1 : a.newDeadline < b.newDeadline ? -1 : 1,
  ).at(-1);
  return latest ? { date: latest.newDeadline, provisional: false } : promised;
}

function lateBy(deadline: Deadline, day: string, calendar: Pick<WorkingCalendar, 'workingDaysBetween'>): Timeliness {
  if (day <= deadline.date) return { late: false, overdueWorkingDays: 0, provisional: deadline.provisional };
  const between = calendar.workingDaysBetween(deadline.date, day);
  return { late: true, overdueWorkingDays: Math.max(1, between.count), provisional: deadline.provisional || between.provisional };
}

/** A completed case: on time when completed on or before the deadline's date. */
export function completionTimeliness(
  deadline: Deadline,
  completedDate: string,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
): Timeliness {
  return lateBy(deadline, completedDate, calendar);
}

/** A case still open at the end of `month`: late for the month when its deadline has passed. */
export function openCaseAtMonthEnd(
  deadline: Deadline,
  month: string,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
): Timeliness {
  return lateBy(deadline, lastDayOf(month), calendar);
}

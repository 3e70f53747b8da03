/**
 * The demo's year: January to October 2026 are closed months, seen from the morning of
 * 1 November 2026 — the instant the loader stamps on every record — and never from the real
 * clock, so the demo reads the same whenever it is loaded.
 */
import type { WorkingCalendar } from '#core/calendar';

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const DEMO_NOW = '2026-11-01T00:00:00.000Z';

/** The closed months of the year, each scored when the local system starts. */
export const DEMO_MONTHS: readonly string[] = Array.from({ length: 10 }, (_, i) => `2026-${pad(i + 1, 2)}`);

/** The year before the demo's: volumes, ratings and hygiene inspections only (generateDemoPastYear), for its yearly honors. */
export const DEMO_PAST_YEAR = '2025';
export const DEMO_PAST_MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) => `${DEMO_PAST_YEAR}-${pad(i + 1, 2)}`);
export const DEMO_PAST_QUARTERS: readonly string[] = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `${DEMO_PAST_YEAR}-${q}`);

/** The last closed quarter: its selection has nominations, ballots and panel scores. */
export const DEMO_QUARTER = '2026-Q3';

/** Quarters with a hygiene inspection at every window; Q4 is still under way. */
export const DEMO_INSPECTED_QUARTERS: readonly string[] = ['2026-Q1', '2026-Q2', '2026-Q3'];

/**
 * Attendance is kept for the last closed quarter and October only: a sign-in for every
 * officer every working day of the year would be 24 000 records, more than all the others.
 */
export const DEMO_ATTENDANCE_MONTHS: readonly string[] = ['2026-07', '2026-08', '2026-09', '2026-10'];

/** The first working day on or after a date. */
export const workingDayFrom = (calendar: WorkingCalendar, date: string): string =>
  calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1).date;

/** A Beijing time of day, "HH:MM", from minutes after midnight. */
export const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;

/**
 * The calendar with its answers remembered: the generator asks about the same few hundred
 * days tens of thousands of times.
 */
export function rememberingCalendar(calendar: WorkingCalendar): WorkingCalendar {
  const days = new Map<string, boolean>();
  const months = new Map<string, ReturnType<WorkingCalendar['workingDaysInMonth']>>();
  const later = new Map<string, ReturnType<WorkingCalendar['addWorkingDays']>>();
  return {
    ...calendar,
    isWorkingDay(date) {
      let working = days.get(date);
      if (working === undefined) days.set(date, (working = calendar.isWorkingDay(date)));
      return working;
    },
    addWorkingDays(date, n) {
      let found = later.get(`${date}+${n}`);
      if (!found) later.set(`${date}+${n}`, (found = calendar.addWorkingDays(date, n)));
      return found;
    },
    workingDaysInMonth(month) {
      let found = months.get(month);
      if (!found) months.set(month, (found = calendar.workingDaysInMonth(month)));
      return found;
    },
  };
}

/**
 * Honest periods (DOMAIN.md §6): an open month is never shown as a result. Whether a
 * published month is final is decided from the document alone — its close day and the
 * moment it was published — so the same documents build the same site on any day. Pure.
 */
import { type WorkingCalendar, createCalendar } from '#core/calendar';
import type { MonthlyEvaluation } from '#core/published';
import { CENTER_TIME_ZONE } from '#core/records/common';
import { addMonths } from '#core/rules/period';

/** The default close day: the 5th working day of the next month (DOMAIN.md §6). */
export const DEFAULT_CLOSE_WORKING_DAY = 5;

const calendar: WorkingCalendar = createCalendar();

/** The day a month closes when its document names none: the 5th working day of the month after. */
export function defaultCloseDay(month: string, cal: WorkingCalendar = calendar): string {
  const { dates } = cal.workingDaysInMonth(addMonths(month, 1));
  const day = dates[DEFAULT_CLOSE_WORKING_DAY - 1];
  if (!day) throw new RangeError(`${addMonths(month, 1)} has fewer than ${DEFAULT_CLOSE_WORKING_DAY} working days`);
  return day;
}

const beijingDay = new Intl.DateTimeFormat('en-CA', { timeZone: CENTER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Beijing calendar day of an instant with an offset: "2026-11-01T00:30:00+08:00" → 2026-11-01. */
export const beijingDateOf = (instant: string): string => beijingDay.format(new Date(instant));

export interface MonthStatus {
  /** The month closed before the document was written, and the publisher did not call it provisional. */
  readonly final: boolean;
  readonly closesOn: string;
  /** The Beijing day the figures were published: "provisional as of" this day. */
  readonly asOf: string;
}

/**
 * A month is final on the page only when its document was published after the close day
 * (records about the month still come in on that day) and the publisher did not mark it
 * provisional. A document written while the month was open stays provisional, even when
 * the site is built after the close: its figures are those of an open month.
 */
export function monthStatus(doc: Pick<MonthlyEvaluation, 'period' | 'publishedAt' | 'closesOn' | 'state'>): MonthStatus {
  const closesOn = doc.closesOn ?? defaultCloseDay(doc.period);
  const asOf = beijingDateOf(doc.publishedAt);
  return { final: asOf > closesOn && doc.state !== 'provisional', closesOn, asOf };
}

/**
 * The month as the public may see it: its state and close day written in, and no window's
 * 100-point score where the month is still open or the rulebook keeps window scores
 * private (`windowScoresPublic: false`). Pages and downloads read only this view.
 */
export function publicMonth(doc: MonthlyEvaluation): MonthlyEvaluation {
  const status = monthStatus(doc);
  const scoresShown = status.final && doc.windowScoresPublic !== false;
  return {
    ...doc,
    closesOn: status.closesOn,
    state: status.final ? 'closed' : 'provisional',
    windows: scoresShown ? doc.windows : doc.windows.map((w) => ({ ...w, score: null })),
    // A correction note never shows a score the page itself keeps back.
    ...(doc.corrections ? { corrections: scoresShown ? doc.corrections : hideScores(doc.corrections) } : {}),
  };
}

function hideScores(notes: NonNullable<MonthlyEvaluation['corrections']>): NonNullable<MonthlyEvaluation['corrections']> {
  return notes.flatMap((note) => {
    const changes = note.changes.filter((c) => c.field !== 'score');
    return changes.length === 0 ? [] : [{ ...note, changes }];
  });
}

/** The months that are results: closed ones, in the order given. */
export const closedMonths = (months: readonly MonthlyEvaluation[]): MonthlyEvaluation[] => months.filter((m) => monthStatus(m).final);

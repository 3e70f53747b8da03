/** What every part of the demo generator reads: the roster, who plays which part, the calendar, who was at work. */
import type { WorkingCalendar } from '#core/calendar';
import type { Officer } from '#core/center';
import type { Presence } from './attendance.ts';
import type { Cast } from './cast.ts';
import type { Random } from './random.ts';
import type { Roster } from './staff.ts';

export interface DemoWorld {
  readonly roster: Roster;
  readonly cast: Cast;
  readonly calendar: WorkingCalendar;
  readonly presence: Presence;
}

/** Officers with a part in a story are left out of the random events, so each story stays theirs alone. */
export const uncast = (world: DemoWorld, officers: readonly Officer[]): Officer[] =>
  officers.filter((o) => !world.cast.steady.has(o.officerId));

/** A random working day of a month. */
export const someWorkingDay = (world: DemoWorld, month: string, random: Random): string =>
  random.pick(world.calendar.workingDaysInMonth(month).dates);

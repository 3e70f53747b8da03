/**
 * When a selection opens and when each of its steps closes (DOMAIN.md §6), from the honor's
 * schedule in the rulebook and the working-day calendar.
 *
 * - A selection ranked on scores opens the day after its period ends, when the period's
 *   monthly scores are in; one ranked by the panel alone opens when its nominations open
 *   (seed 000: 1 May), or after the period when the rulebook names no day.
 * - Candidates are entered once the nominations close (the schedule's nomination end, or the
 *   period's last day for an honor ranked on scores, whose pool needs the whole period).
 * - Voting — ballots and panel scores — runs until the schedule's assessment end; where the
 *   rulebook names none, **Assumption:** `DEFAULT_VOTING_WORKING_DAYS` working days after the
 *   nominations close. An honor that takes no votes is assessed at once.
 * - The assessed list is proposed the next day unless a tie waits for the panel; the center
 *   then publishes the notice (its own act), which runs the rulebook's working days.
 */
import type { IsoDate, WorkingCalendar } from '../calendar.ts';
import type { Honor } from '../rulebook/honor.ts';
import { lastDayOf, monthsOf } from '../rules/period.ts';
import type { SelectionDeadlines } from './state-machine.ts';

export const DEFAULT_VOTING_WORKING_DAYS = 15;

export interface SelectionSchedule {
  readonly opensOn: IsoDate;
  readonly deadlines: SelectionDeadlines;
}

const nextDay = (date: IsoDate): IsoDate => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A day of the schedule (month 1 = the period's first month), kept inside its month. */
function periodDay(period: string, day: { month: number; day: number }): IsoDate {
  const month = monthsOf(period)[day.month - 1];
  if (!month) throw new RangeError(`${period} has no month ${day.month}`);
  const last = lastDayOf(month);
  const date = `${month}-${String(day.day).padStart(2, '0')}`;
  return date > last ? last : date;
}

/** Whether the honor's ranking reads ballots or panel scores. */
export const takesVotes = (honor: Honor): boolean => honor.ranking.kind === 'composite' || honor.ranking.kind === 'panel-score';

export function selectionSchedule(honor: Honor, period: string, calendar: WorkingCalendar): SelectionSchedule {
  const periodEnd = lastDayOf(monthsOf(period).at(-1)!);
  const step = (name: Honor['schedule'][number]['step']) => honor.schedule.find((s) => s.step === name);
  const nomination = step('nomination');
  const assessment = step('assessment');
  const byPanel = honor.ranking.kind === 'panel-score';

  const opensOn = byPanel && nomination?.from ? periodDay(period, nomination.from) : nextDay(periodEnd);
  const nominationsClose = byPanel && nomination?.to ? periodDay(period, nomination.to) : periodEnd;
  const votingCloses = !takesVotes(honor)
    ? nominationsClose
    : assessment?.to
      ? periodDay(period, assessment.to)
      : calendar.addWorkingDays(nominationsClose, DEFAULT_VOTING_WORKING_DAYS).date;
  return {
    opensOn,
    deadlines: { open: nominationsClose, candidates: nominationsClose, voting: votingCloses, assessed: votingCloses },
  };
}

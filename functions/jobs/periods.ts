/**
 * The periods a score run takes: a month, quarter or year, or a name relative to the day
 * of the run, so one fixed schedule input serves every period. Pure, so a CLI can check
 * its arguments before any client exists.
 */
import * as z from 'zod';
import { centerId, monthOf, period } from '#core/records/common';
import { addMonths, monthsOf, quarterOf } from '#core/rules/period';

const RELATIVE_PERIODS = ['current-month', 'previous-month', 'previous-quarter', 'previous-year'] as const;

export const runScoresEvent = z.strictObject({
  centerId,
  period: z.union([period, z.enum(RELATIVE_PERIODS)]),
});
export type RunScoresEvent = z.infer<typeof runScoresEvent>;

/** The period a relative name means at `now` (Beijing time). */
export function resolvePeriod(name: RunScoresEvent['period'], now: Date): string {
  const month = monthOf(now);
  switch (name) {
    case 'current-month':
      return month;
    case 'previous-month':
      return addMonths(month, -1);
    case 'previous-quarter':
      // The quarter of the month before this quarter's first.
      return quarterOf(addMonths(monthsOf(quarterOf(month))[0]!, -1));
    case 'previous-year':
      return String(Number(month.slice(0, 4)) - 1);
    default:
      return name;
  }
}


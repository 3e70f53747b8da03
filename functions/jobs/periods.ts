/**
 * The periods a score run takes: a month, quarter or year, or a name relative to the day
 * of the run, so one fixed schedule input serves every period. Pure, so a CLI can check
 * its arguments before any client exists.
 */
import { z } from 'zod';
import { centerId, monthOf, period } from '#core/records/common';

const RELATIVE_PERIODS = ['current-month', 'previous-month', 'previous-quarter', 'previous-year'] as const;

export const runScoresEvent = z.strictObject({
  centerId,
  period: z.union([period, z.enum(RELATIVE_PERIODS)]),
});
export type RunScoresEvent = z.infer<typeof runScoresEvent>;

/** The period a relative name means at `now` (Beijing time). */
export function resolvePeriod(name: RunScoresEvent['period'], now: Date): string {
  const [year, m] = monthOf(now).split('-').map(Number) as [number, number];
  switch (name) {
    case 'current-month':
      return monthOf(now);
    case 'previous-month':
      return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
    case 'previous-quarter': {
      const q = Math.ceil(m / 3);
      return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
    }
    case 'previous-year':
      return String(year - 1);
    default:
      return name;
  }
}


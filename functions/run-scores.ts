/**
 * Scheduled score run (定时评分): invoked by EventBridge Scheduler in AWS, by the local
 * scheduler under `npm start` and by `npm run score`. The schedule names a relative
 * period ("previous-month") so one fixed input serves every month.
 */
import { z } from 'zod';
import { centerId, month, monthOf } from '#core/records/common';
import { DEFAULT_RULEBOOK } from '#core/rulebook/default';
import { defaultStore } from '#store/client';
import { raiseConsecutiveFlags } from './jobs/consecutive-flags.ts';
import { type MonthlyRunOutcome, scoreAndPublishMonth } from './jobs/monthly-evaluation.ts';


const store = defaultStore();

export const runScoresEvent = z.strictObject({
  centerId,
  period: z.union([month, z.enum(['current-month', 'previous-month'])]),
});
export type RunScoresEvent = z.infer<typeof runScoresEvent>;

export function resolveMonth(period: RunScoresEvent['period'], now: Date): string {
  if (period === 'current-month') return monthOf(now);
  if (period !== 'previous-month') return period;
  const [year, m] = monthOf(now).split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

export async function handler(input: unknown): Promise<MonthlyRunOutcome> {
  const event = runScoresEvent.parse(input);
  const now = new Date();
  const month = resolveMonth(event.period, now);
  const flagsRaised = await raiseConsecutiveFlags(store, event.centerId, month, DEFAULT_RULEBOOK);
  const outcome = await scoreAndPublishMonth(store, event.centerId, month, DEFAULT_RULEBOOK, now);
  console.log(JSON.stringify({ level: 'info', msg: 'score run', ...outcome, flagsRaised }));
  return outcome;
}

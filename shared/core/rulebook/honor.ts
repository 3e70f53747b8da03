/**
 * Honors (荣誉评选) of a rulebook: who may enter, how entrants are ranked, how many places,
 * what makes an entrant ineligible, and when each step happens. DOMAIN.md §5, §6.
 */
import * as z from 'zod';
import { bestWindowScheme } from '../rules/best-window.ts';
import { cityPreconditions } from '../rules/city-nomination.ts';
import { PERIOD_KINDS } from '../rules/period.ts';
import { bilingual, decimal, seedSource, slug } from './fields.ts';

const count = z.number().int().positive();

const eligibilityRules = z.strictObject({
  /** Officers need at least this many days on duty in the period [seed 001]. */
  minDaysOnDuty: count.optional(),
  /** Heads of the N lowest-scoring windows of the period are out [seed 003]. */
  excludeHeadsOfBottomWindows: count.optional(),
  /** Windows need at least this on-time completion rate, in percent [seed 001, seed 003]. */
  minOnTimeCompletionPercent: decimal.optional(),
  /** A yearly honor nominated upward: the city scheme's preconditions [seed 001 (c)]. */
  cityPreconditions: cityPreconditions.optional(),
});
const honorEntry = z.discriminatedUnion('kind', [
  /** Every window (or officer) scored in the period. */
  z.strictObject({ kind: z.literal('all') }),
  /** Only the nominated; windows nominate by their size, supervisors directly. */
  z.strictObject({
    kind: z.literal('nominations'),
    perWindow: z.array(z.strictObject({ upToOfficers: count.nullable(), nominees: count })).min(1).optional(),
  }),
  /** Only holders of another honor's titles within the period (yearly stars from quarterly stars). */
  z.strictObject({ kind: z.literal('title-holders'), honorId: slug }),
]);
const honorRanking = z.discriminatedUnion('kind', [
  /** By the mean of the period's monthly 100-point scores. */
  z.strictObject({ kind: z.literal('mean-monthly-score') }),
  /** A pool of the top `poolSize` by mean monthly score, then by the composite (§4.5). */
  z.strictObject({ kind: z.literal('composite'), poolSize: count }),
  /** More titles first, then the mean monthly score of the period. */
  z.strictObject({ kind: z.literal('titles-then-mean-score') }),
  /** By the mean of the panel members' scores of the published criteria. */
  z.strictObject({ kind: z.literal('panel-score') }),
  /** Windows of a month by seed 002's 最佳窗口单位评比考核办法 (rules/best-window.ts), its disqualifiers included. */
  z.strictObject({ kind: z.literal('best-window-scheme'), scheme: bestWindowScheme }),
]);
const honorQuota = z.discriminatedUnion('kind', [
  /** A fixed number of places; `minimum` flags a list that falls short of it. */
  z.strictObject({ kind: z.literal('fixed'), places: count, minimum: count.optional() }),
  /** ⌊share × entrants⌋ places, but at least `atLeast`. */
  z.strictObject({ kind: z.literal('share'), share: decimal, atLeast: z.number().int().nonnegative() }),
]);
/** A day of the period: month 1 is the period's first month. */
const periodDay = z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

export const honor = z.strictObject({
  id: slug,
  name: bilingual,
  subject: z.enum(['window', 'officer', 'enterprise']),
  period: z.enum(PERIOD_KINDS),
  entry: honorEntry,
  ranking: honorRanking,
  quota: honorQuota,
  /** Nobody below this score is a candidate; the places stay empty instead. */
  minScore: decimal.optional(),
  eligibility: eligibilityRules.default({}),
  /** A moving plaque (流动牌匾) goes with the title: the board shows who holds it and who held it. */
  movingPlaque: z.boolean().default(false),
  schedule: z
    .array(
      z.strictObject({
        step: z.enum(['nomination', 'assessment', 'notice', 'award']),
        from: periodDay.optional(),
        to: periodDay.optional(),
      }),
    )
    .default([]),
  sources: z.array(seedSource).min(1),
})
  .refine((h) => h.ranking.kind !== 'best-window-scheme' || (h.subject === 'window' && h.period === 'month'), {
    path: ['ranking'],
    message: 'the best-window scheme ranks windows of a month',
  })
  .refine(
    ({ subject, period, eligibility: { cityPreconditions: city } }) =>
      !city || (period === 'year' && subject !== 'enterprise' && (city.titleHonorId === undefined || subject === 'window') && (city.minYearsAtWindow === undefined || subject === 'officer')),
    { path: ['eligibility', 'cityPreconditions'], message: 'city preconditions apply to a yearly honor; titles to windows, years at the window to officers' },
  );
export type Honor = z.infer<typeof honor>;
export type HonorInput = z.input<typeof honor>;

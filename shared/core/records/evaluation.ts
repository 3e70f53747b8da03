/**
 * Evaluation record (服务评价) — DOMAIN.md §3.2. A device at a window submits one rating per
 * service: two levels (seed 003) or the national five levels of 好差评.
 */
import * as z from 'zod';
import { isoInstant, officerId, onFirstUse, windowId } from './common.ts';

export const TWO_LEVEL_RATINGS = ['满意', '不满意'] as const;
export const FIVE_LEVEL_RATINGS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;

/** The first three of the five levels count as satisfied, as 好差评 counts them as 好评. */
const SATISFIED = new Set<string>(['非常满意', '满意', '基本满意']);

export const evaluationBody = onFirstUse(() => z.strictObject({
  windowId,
  officerId: officerId.optional(),
  ratedAt: isoInstant,
  caseNumber: z.string().trim().min(1).max(64).optional(),
  scale: z.enum(['two-level', 'five-level']),
  rating: z.string(),
}).superRefine((value, ctx) => {
  const allowed: readonly string[] = value.scale === 'two-level' ? TWO_LEVEL_RATINGS : FIVE_LEVEL_RATINGS;
  if (!allowed.includes(value.rating)) {
    ctx.addIssue({
      code: 'custom',
      path: ['rating'],
      message: `rating must be one of ${allowed.join(' / ')} for the ${value.scale} scale`,
    });
  }
}));
export type EvaluationBody = z.infer<ReturnType<typeof evaluationBody>>;

export const isSatisfied = (rating: string): boolean => SATISFIED.has(rating);

/**
 * Evaluator conduct (评价行为) — DOMAIN.md §3.10, §4.1; seed 003 §服务质量电子评价考核办法
 * 三、(一)4–5: the evaluator switched off without cause (−1), no prompt to rate (−1), a
 * rating refused (−2.5), consecutive rating (连续评价, −1), self-rating (−1), each occurrence.
 * A verified device fault (device-fault) cancels the deductions it caused.
 */
import * as z from 'zod';
import { CONDUCT_KINDS } from '../rules/electronic-evaluation.ts';
import { isoInstant, monthOf, officerId, onFirstUse, text, windowId } from './common.ts';
import { type RecordType, isFutureInstant } from './types.ts';

export const evaluatorConductBody = onFirstUse(() => z.strictObject({
  windowId,
  officerId: officerId.optional(),
  observedAt: isoInstant,
  kind: z.enum(CONDUCT_KINDS),
  note: text(500),
}));
export type EvaluatorConductBody = z.infer<ReturnType<typeof evaluatorConductBody>>;

export const evaluatorConductRecord: RecordType<EvaluatorConductBody> = {
  type: 'evaluator-conduct',
  label: { zh: '评价行为', en: 'evaluator conduct' },
  get body() {
    return evaluatorConductBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => new Date(b.observedAt).toISOString(),
  monthOf: (b) => monthOf(b.observedAt),
  officersOf: (b) => (b.officerId ? [b.officerId] : []),
  checkAt: (b, now) =>
    isFutureInstant(b.observedAt, now) ? [{ path: 'observedAt', message: 'observedAt is in the future / 时间晚于当前时间' }] : [],
};

/**
 * Consecutive-rating flag decision (连续评价认定) — DOMAIN.md §4.1 **Assumption**: ratings one
 * device records less than N seconds apart with no case number between are flagged
 * automatically; a supervisor confirms (the ratings are invalid and cost −1) or clears each
 * flag, and flags are never dropped silently. The decision is filed in the window-month of
 * the flagged ratings, where the month's recount finds it.
 */
import * as z from 'zod';
import { month, monthOf, onFirstUse, reference, text, windowId } from './common.ts';
import type { RecordType } from './types.ts';

export const consecutiveFlagDecisionBody = onFirstUse(() => z.strictObject({
  flagId: reference,
  windowId,
  /** The month of the flagged ratings. */
  month,
  decision: z.enum(['confirm', 'clear']),
  note: text(500),
}));
export type ConsecutiveFlagDecisionBody = z.infer<ReturnType<typeof consecutiveFlagDecisionBody>>;

export const consecutiveFlagDecisionRecord: RecordType<ConsecutiveFlagDecisionBody> = {
  type: 'consecutive-flag-decision',
  label: { zh: '连续评价认定', en: 'consecutive-rating decision' },
  get body() {
    return consecutiveFlagDecisionBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => `${b.month}-01T00:00:00.000Z`,
  monthOf: (b) => b.month,
  checkAt: (b, now) =>
    b.month > monthOf(now) ? [{ path: 'month', message: 'month is after the current month / 月份晚于本月' }] : [],
};

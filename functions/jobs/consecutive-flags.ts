/**
 * Raises the month's consecutive-rating flags (连续评价) from the ratings as recorded, for
 * supervisors to confirm or clear. Reads the raw ratings: the order and spacing of single
 * ratings is exactly what aggregates fold away.
 */
import { consecutiveFlags } from '#core/rules/consecutive-ratings';
import type { Rulebook } from '#core/rulebook/schema';
import { listWindows } from '#store/center';
import type { Store } from '#store/client';
import { type StoredFlag, addFlags } from '#store/flags';
import { listWindowMonthRecords } from '#store/records';

export async function raiseConsecutiveFlags(store: Store, centerId: string, month: string, rulebook: Rulebook): Promise<number> {
  const interval = rulebook.electronicEvaluation?.consecutiveIntervalSeconds;
  if (interval === undefined) return 0;
  const windows = await listWindows(store, centerId);
  const flags: StoredFlag[] = [];
  for (const { windowId } of windows) {
    const ratings = (await listWindowMonthRecords(store, centerId, windowId, month, 'evaluation'))
      .filter((r) => !r.supersededBy)
      .map((r) => ({
        recordId: r.id,
        device: r.submittedBy,
        at: String(r.body.ratedAt),
        ...(typeof r.body.caseNumber === 'string' ? { caseNumber: r.body.caseNumber } : {}),
      }));
    flags.push(...consecutiveFlags(ratings, interval).map((flag) => ({ ...flag, windowId, month })));
  }
  return addFlags(store, centerId, month, flags);
}

/**
 * Republishing a corrected month (更正重新发布): before a month's document is written, the
 * previous one is read; where it was final and a window figure moves, the corrections filed
 * since are noted in the new one (core/month-corrections.ts). The month's records are read
 * only then — a correction of a closed month is rare, a score run is not.
 */
import { type FiledCorrection, changedFigures, correctionNotes } from '#core/month-corrections';
import { type MonthlyEvaluation, documentKey } from '#core/published';
import type { ItemStore } from '#store/port';
import { getPublished } from '#store/published';
import { listCenterMonthRecords } from '#store/records';

/** The month's document with its correction notes: the previous document's, and any new. */
export async function withCorrections(store: ItemStore, doc: MonthlyEvaluation): Promise<MonthlyEvaluation> {
  const found = await getPublished(store, doc.centerId, documentKey(doc));
  const previous = found?.kind === 'monthly-evaluation' ? found : undefined;
  const moved = previous?.state === 'closed' && changedFigures(previous.windows, doc.windows).length > 0;
  const filed: FiledCorrection[] = moved
    ? (await listCenterMonthRecords(store, doc.centerId, doc.period)).records.flatMap((r) =>
        r.supersedes && r.reason ? [{ id: r.id, supersedes: r.supersedes, reason: r.reason, submittedAt: r.submittedAt, windowId: r.windowId }] : [],
      )
    : [];
  const corrections = correctionNotes(previous, doc.windows, filed);
  return corrections.length > 0 ? { ...doc, corrections } : doc;
}

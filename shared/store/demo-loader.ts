/**
 * Loads a generated center straight through the data layer: records in bulk and their
 * aggregates folded once, the same aggregates intake would have moved one by one.
 */
import { aggregateDeltas, foldDeltas } from '#core/aggregates';
import type { DemoCenter } from '../demo/demo-center.ts';
import { aggregateItem } from './aggregates.ts';
import { putCenter, putMembers } from './center.ts';
import type { Store } from './client.ts';
import { writeInBatches } from './bulk.ts';
import { recordIndexItem, recordItem } from './records.ts';

const LOADER = 'demo-loader';

export async function loadCenter(
  store: Store,
  demo: DemoCenter,
  onProgress?: (written: number, total: number) => void,
): Promise<{ records: number; aggregates: number }> {
  const centerId = demo.center.centerId;
  await putCenter(store, demo.center);
  await putMembers(store, centerId, demo.windows, demo.officers);
  const loadedAt = '2026-11-01T00:00:00.000Z';
  const records = demo.records.map((r) => ({
    ...r,
    centerId,
    submittedBy: LOADER,
    submittedAt: loadedAt,
    credential: LOADER,
  }));
  const aggregates = foldDeltas(records.flatMap(aggregateDeltas)).map((total) => aggregateItem(centerId, total));
  await writeInBatches(store, [...records.map(recordItem), ...records.map(recordIndexItem), ...aggregates], onProgress);
  return { records: records.length, aggregates: aggregates.length };
}

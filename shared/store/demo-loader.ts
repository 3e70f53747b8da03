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
const BULK_TYPES = new Set(['evaluation', 'attendance']);

export async function loadCenter(
  store: Store,
  demo: DemoCenter,
  onProgress?: (written: number, total: number) => void,
): Promise<{ records: number; aggregates: number }> {
  const centerId = demo.center.centerId;
  await putCenter(store, demo.center);
  await putMembers(store, centerId, demo.windows, demo.officers);
  // Who submitted each record and when stay as the generator tells them; the credential
  // says the record came in through the loader, not through intake.
  const records = demo.records.map((r) => ({ ...r, centerId, credential: LOADER }));
  const aggregates = foldDeltas(records.flatMap(aggregateDeltas)).map((total) => aggregateItem(centerId, total));
  // The id index lets a supervisor correct a record; the generated ratings and sign-ins
  // (four fifths of the demo) go without it, which halves the first start.
  const indexed = records.filter((r) => !BULK_TYPES.has(r.type));
  await writeInBatches(store, [...records.map(recordItem), ...indexed.map(recordIndexItem), ...aggregates], onProgress);
  return { records: records.length, aggregates: aggregates.length };
}

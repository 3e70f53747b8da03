/**
 * Bulk loading (demo center, benchmark centers): BatchWriteItem in groups of 25, a few in
 * flight, unprocessed items retried. Not for intake, which needs its transaction.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.ts';

const BATCH = 25; // DynamoDB's limit per BatchWriteItem
const IN_FLIGHT = 4;

export async function writeInBatches(
  store: Store,
  items: readonly Record<string, unknown>[],
  onProgress?: (written: number, total: number) => void,
): Promise<void> {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
  let next = 0;
  let written = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      await writeBatch(store, batch);
      written += batch.length;
      onProgress?.(written, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batches.length) }, worker));
}

async function writeBatch(store: Store, batch: Record<string, unknown>[]): Promise<void> {
  let requests = batch.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; requests.length > 0; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
    const { UnprocessedItems } = await store.doc.send(
      new BatchWriteCommand({ RequestItems: { [store.tableName]: requests } }),
    );
    requests = (UnprocessedItems?.[store.tableName] ?? []) as typeof requests;
    if (attempt > 10) throw new Error(`${requests.length} items stayed unprocessed after ${attempt} attempts`);
  }
}

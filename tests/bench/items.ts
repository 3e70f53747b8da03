/**
 * The largest item of every kind after the run, in bytes as DynamoDB sizes them, from a
 * Scan of the benchmark's table (it holds the intake's records and both score centers'
 * aggregates, facts and flags: a few tens of thousands of items), and the write units a
 * rating costs, computed from the sizes of the two items its transaction writes.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { kindOf, storedBytes, transactionalWriteUnits } from './item-size.ts';

export interface ItemsReport {
  readonly scanned: number;
  /** By kind: how many items, and the largest one's size and key. */
  readonly kinds: readonly { readonly kind: string; readonly count: number; readonly largestBytes: number; readonly largestKey: string }[];
  /** Write units of a rating: its record (put) and its window-month aggregate (update, billed on the larger item), each at 2 a started KB. */
  readonly writeUnitsPerRating: {
    readonly recordBytes: number;
    /** The largest window-month aggregate of the intake's center and the score centers (full months, tenfold included). */
    readonly windowAggregateBytes: number;
    readonly units: number;
  };
}

export async function itemsSection(options: { endpoint: string; tableName: string; ratingCenter: string }): Promise<ItemsReport> {
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: options.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  );
  const kinds = new Map<string, { count: number; largestBytes: number; largestKey: string }>();
  const ratingRecords: number[] = [];
  // The window-month aggregates of real centers: the intake's and the score centers' (the
  // intake-alone and bare paths' centers only echo them).
  let windowAggregateBytes = 0;
  let scanned = 0;
  try {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(new ScanCommand({ TableName: options.tableName, ...(start ? { ExclusiveStartKey: start } : {}) }));
      for (const item of page.Items ?? []) {
        scanned++;
        const kind = kindOf(String(item.pk), String(item.sk));
        const bytes = storedBytes(item);
        const held = kinds.get(kind) ?? { count: 0, largestBytes: 0, largestKey: '' };
        held.count++;
        if (bytes > held.largestBytes) Object.assign(held, { largestBytes: bytes, largestKey: `${String(item.pk)} ${String(item.sk)}` });
        kinds.set(kind, held);
        if (item.type === 'evaluation' && String(item.pk).startsWith(`C#${options.ratingCenter}#R#`)) ratingRecords.push(bytes);
        const real = String(item.pk).startsWith(`C#${options.ratingCenter}#`) || String(item.pk).startsWith('C#score-');
        if (kind === 'C#AGG/W' && real) windowAggregateBytes = Math.max(windowAggregateBytes, bytes);
      }
      start = page.LastEvaluatedKey;
    } while (start);
  } finally {
    doc.destroy();
  }
  const recordBytes = Math.max(0, ...ratingRecords);
  return {
    scanned,
    kinds: [...kinds].map(([kind, k]) => ({ kind, ...k })).sort((a, b) => a.kind.localeCompare(b.kind)),
    writeUnitsPerRating: { recordBytes, windowAggregateBytes, units: transactionalWriteUnits(recordBytes) + transactionalWriteUnits(windowAggregateBytes) },
  };
}

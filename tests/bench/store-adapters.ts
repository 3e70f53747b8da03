/**
 * `npm run bench:store -- [--writes 2000]`: the two adapters of the store port side by side
 * on the write a rating makes (the record, put once by its derived key, and the window-month
 * aggregate's counters in the same write), with SQLite's own floor — a bare INSERT of the
 * same row in its own transaction on the same kind of file — measured interleaved, write by
 * write, so a busy machine slows all three alike. DynamoDB Local runs when Java is installed.
 * Prints medians and 95th percentiles in ms and the ratios; commits nothing.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ensureTable } from '#store/create-table';
import { createDynamoStore } from '#store/dynamodb';
import { parseArgs } from 'node:util';
import type { ItemStore, WriteOp } from '#store/port';
import { openSqliteStore } from '#store/sqlite';
import { startDynamoLocal } from '../../infra/local/dynamodb-local.ts';
import { median, percentile } from './stats.ts';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '2000' } } });
const writes = Number(values.writes);
const folder = mkdtempSync(join(tmpdir(), 'honor-board-bench-store-'));

/** A rating's write: ~600 bytes of record, a counter update. */
const ratingWrite = (n: number): WriteOp[] => {
  const window = `w${String(n % 20).padStart(2, '0')}`;
  const id = randomUUID();
  const record = {
    pk: `C#bench#W#${window}#M#2026-11`,
    sk: `R#evaluation#2026-11-15T10:${String(n % 60).padStart(2, '0')}:00+08:00#${id}`,
    gsi1pk: 'C#bench#M#2026-11',
    gsi1sk: `R#evaluation#${id}`,
    id,
    type: 'evaluation',
    windowId: window,
    body: { scale: 'five-level', rating: '满意', deviceId: `device-${window}`, note: 'x'.repeat(300) },
    submittedBy: `device-${window}`,
    receivedAt: new Date().toISOString(),
  };
  return [
    { op: 'put', item: record, condition: { kind: 'absent' } },
    { op: 'update', key: { pk: 'C#bench#AGG#2026-11', sk: `W#${window}` }, add: { 'rating|five-level|满意': 1, ratings: 1 } },
  ];
};

const timed = async (work: () => unknown): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const sqlite = openSqliteStore({ file: join(folder, 'port.sqlite') });
// The floor: the same file settings (WAL, synchronous FULL), one prepared INSERT per transaction.
const bare = new DatabaseSync(join(folder, 'bare.sqlite'));
bare.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL');
bare.exec('CREATE TABLE items (pk TEXT NOT NULL, sk TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (pk, sk))');
const insert = bare.prepare('INSERT INTO items VALUES (?, ?, ?)');

const adapters: { name: string; write(n: number): Promise<unknown> | unknown; samples: number[] }[] = [
  { name: 'sqlite port (record + aggregate, one transaction)', write: (n) => sqlite.write(ratingWrite(n)), samples: [] },
  {
    name: 'sqlite bare INSERT of the record (floor)',
    write: (n) => {
      const { item } = ratingWrite(n)[0] as Extract<WriteOp, { op: 'put' }>;
      bare.exec('BEGIN IMMEDIATE');
      insert.run(item.pk as string, item.sk as string, JSON.stringify(item));
      bare.exec('COMMIT');
    },
    samples: [],
  },
];

let stopDynamo: (() => Promise<void>) | undefined;
try {
  const dynamo = await startDynamoLocal();
  stopDynamo = dynamo.stop;
  const store = createDynamoStore({ endpoint: dynamo.endpoint, tableName: 'bench' });
  await ensureTable(store);
  adapters.push({ name: 'dynamodb-local port (record + aggregate, one transaction)', write: (n) => store.write(ratingWrite(n)), samples: [] });
} catch (error) {
  console.log(`DynamoDB Local not measured (Java missing?): ${(error as Error).message.split('\n')[0]}`);
}

// Warm-up, then interleaved: write n goes to every adapter in a rotating order.
for (let n = 0; n < 50; n++) for (const a of adapters) await a.write(-1 - n);
for (let n = 0; n < writes; n++) {
  for (let k = 0; k < adapters.length; k++) {
    const a = adapters[(n + k) % adapters.length]!;
    a.samples.push(await timed(() => a.write(n)));
  }
}

const floor = median(adapters[1]!.samples);
console.log(`\n${writes} writes each, interleaved (ms):`);
for (const a of adapters) {
  const m = median(a.samples);
  console.log(`  ${a.name.padEnd(60)} median ${m.toFixed(3)}  p95 ${percentile(a.samples, 95).toFixed(3)}  ×floor ${(m / floor).toFixed(2)}`);
}
sqlite.close();
bare.close();
await stopDynamo?.();
rmSync(folder, { recursive: true, force: true });

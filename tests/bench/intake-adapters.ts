/**
 * Intake on both adapters of the store port, side by side: the submit-record handler,
 * invoked in process as Lambda invokes it, with its store on DynamoDB Local and on SQLite
 * (a file in WAL mode with synchronous FULL, as `npm start` and `npm run serve` open it);
 * beside them SQLite's own floor, a bare INSERT of the very row the handler's write stored
 * (under a new id) in a transaction of its own, into a file made by the same adapter.
 *
 * One client, request by request in an order shuffled afresh each time, as the other paths
 * are (intake.ts): node:sqlite's calls are synchronous, so with several clients a SQLite
 * write would stall the DynamoDB requests in flight.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Store } from '#store/client';
import type { Item } from '#store/port';
import { openSqliteStore } from '#store/sqlite';
import { TABLE } from '#store/table';
import type { RoutedStore } from './routed-store.ts';
import { type Figure, figure, percentile, ratioFigure } from './stats.ts';

export const ADAPTER_PATHS = ['dynamodb', 'sqlite', 'sqliteBareInsert'] as const;
export type AdapterPath = (typeof ADAPTER_PATHS)[number];

export interface AdapterIntakeReport {
  readonly clients: 1;
  /** Requests of each path, every run. */
  readonly requests: number;
  readonly paths: Readonly<Record<AdapterPath, { readonly medianLatencyMs: Figure; readonly p99LatencyMs: Figure }>>;
  /** The handler on SQLite over the bare INSERT, median over median run by run. */
  readonly sqliteToBareInsert: Figure;
  /** The handler on SQLite over the handler on DynamoDB Local, run by run. */
  readonly sqliteToDynamodb: Figure;
}

interface Context {
  /** DynamoDB Local's store, the handlers' store outside this measurement. */
  readonly store: Store;
  readonly routed: RoutedStore;
  readonly runs: number;
  readonly requests: number;
  readonly log: (line: string) => void;
  /** One rating through the handler, on whichever store the routed store points at. */
  readonly invoke: (client: number, n: number) => Promise<{ readonly ms: number; readonly id: string }>;
  /** Puts the center and its members into a store. */
  readonly setUp: (store: Store) => Promise<void>;
  /** The same record item under a new id (keys included), as large as the original. */
  readonly relabel: (item: Item) => Record<string, unknown>;
  /** Orders each request's paths. */
  readonly order: (paths: readonly AdapterPath[]) => AdapterPath[];
}

const WARM_UP = 20;

export async function adapterIntake(ctx: Context): Promise<AdapterIntakeReport> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-intake-sqlite-'));
  const sqlite = openSqliteStore({ file: join(folder, 'intake.sqlite') });
  // The floor's file: the adapter makes it (table, indexes, WAL, FULL); the INSERT bypasses the adapter.
  openSqliteStore({ file: join(folder, 'bare.sqlite') }).close();
  const bare = new DatabaseSync(join(folder, 'bare.sqlite'));
  bare.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL');
  const columns = ['pk', 'sk', ...TABLE.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  const insert = bare.prepare(`INSERT INTO items (${columns.map((c) => `"${c}"`).join(', ')}, item) VALUES (${columns.map(() => '?').join(', ')}, ?)`);
  const indexed = (item: Item, pk: string, sk: string): [string | null, string | null] =>
    typeof item[pk] === 'string' && typeof item[sk] === 'string' ? [item[pk] as string, item[sk] as string] : [null, null];

  // The record row of the handler's last write on SQLite: what the floor inserts.
  let row: Item | undefined;
  ctx.routed.onWrite((ops) => {
    const first = ops[0];
    if (first?.op === 'put' && first.item.type === 'evaluation') row = first.item;
  });
  const onSqlite = async <T>(work: () => Promise<T>): Promise<T> => {
    ctx.routed.use(sqlite);
    try {
      return await work();
    } finally {
      ctx.routed.use(ctx.store);
    }
  };
  const paths: Record<AdapterPath, (n: number) => Promise<number> | number> = {
    dynamodb: async (n) => (await ctx.invoke(0, n)).ms,
    sqlite: async (n) => (await onSqlite(() => ctx.invoke(0, n))).ms,
    sqliteBareInsert: () => {
      const item = ctx.relabel(row!);
      const values = [String(item.pk), String(item.sk), ...TABLE.globalIndexes.flatMap((i) => indexed(item, i.partitionKey, i.sortKey))];
      const started = performance.now();
      bare.exec('BEGIN IMMEDIATE');
      insert.run(...values, JSON.stringify(item));
      bare.exec('COMMIT');
      return performance.now() - started;
    },
  };

  const samples: Record<AdapterPath, number[]>[] = [];
  try {
    await ctx.setUp(sqlite);
    // The SQLite path first: its row is the floor's template.
    for (let n = 0; n < WARM_UP; n++) for (const path of ADAPTER_PATHS) await paths[path](n);
    for (let run = 1; run <= ctx.runs; run++) {
      const latencies = Object.fromEntries(ADAPTER_PATHS.map((p) => [p, [] as number[]])) as Record<AdapterPath, number[]>;
      for (let n = 0; n < ctx.requests; n++) {
        for (const path of ctx.order(ADAPTER_PATHS)) {
          await new Promise((resolve) => setImmediate(resolve));
          latencies[path].push(await paths[path](n));
        }
      }
      samples.push(latencies);
      const median = (p: AdapterPath) => percentile(latencies[p], 50).toFixed(2);
      ctx.log(`intake: run ${run}, both adapters: handler on DynamoDB Local ${median('dynamodb')} ms, on SQLite ${median('sqlite')} ms, bare SQLite INSERT ${median('sqliteBareInsert')} ms`);
    }
  } finally {
    ctx.routed.onWrite(undefined);
    ctx.routed.use(ctx.store);
    sqlite.close();
    bare.close();
    rmSync(folder, { recursive: true, force: true });
  }

  const medians = (p: AdapterPath) => samples.map((s) => percentile(s[p], 50));
  return {
    clients: 1,
    requests: ctx.requests,
    paths: Object.fromEntries(
      ADAPTER_PATHS.map((p) => [p, { medianLatencyMs: figure(medians(p)), p99LatencyMs: figure(samples.map((s) => percentile(s[p], 99))) }]),
    ) as AdapterIntakeReport['paths'],
    sqliteToBareInsert: ratioFigure(medians('sqlite'), medians('sqliteBareInsert')),
    sqliteToDynamodb: ratioFigure(medians('sqlite'), medians('dynamodb')),
  };
}

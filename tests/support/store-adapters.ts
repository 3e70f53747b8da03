/**
 * The adapters of the store port, as factories the conformance suite runs against: each
 * call gives an empty store of its own (a SQLite file in a temporary folder; a table of its
 * own in the run's DynamoDB Local).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import type { ItemStore } from '#store/port';
import { openSqliteStore } from '#store/sqlite';

export interface AdapterFactory {
  readonly name: string;
  /** Why the adapter cannot run here, when it cannot. */
  readonly unavailable?: string;
  open(): Promise<{ store: ItemStore; close(): Promise<void> }>;
}

export const sqliteAdapter: AdapterFactory = {
  name: 'sqlite',
  async open() {
    const folder = mkdtempSync(join(tmpdir(), 'honor-board-sqlite-'));
    const store = openSqliteStore({ file: join(folder, 'store.sqlite') });
    return {
      store,
      async close() {
        store.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

// The DynamoDB adapter (shared/store/dynamodb.ts) is written on another branch at the same
// time as this suite; until both are merged it is loaded when present.
// TODO(merge): import createDynamoStore statically and drop `unavailable`.
const DYNAMODB_ADAPTER = resolve(import.meta.dirname, '../../shared/store/dynamodb.ts');

export const dynamodbAdapter: AdapterFactory = {
  name: 'dynamodb',
  ...(existsSync(DYNAMODB_ADAPTER) ? {} : { unavailable: 'shared/store/dynamodb.ts is not on this branch yet (it comes with the storage issue #11)' }),
  async open() {
    const path = DYNAMODB_ADAPTER;
    const { createDynamoStore } = (await import(/* @vite-ignore */ path)) as {
      createDynamoStore(options: { endpoint: string; tableName: string }): ItemStore & { doc: unknown; tableName: string };
    };
    const { ensureTable } = await import('#store/create-table');
    const store = createDynamoStore({ endpoint: inject('dynamoEndpoint'), tableName: `t-${randomUUID()}` });
    // The DynamoDB adapter carries the document client and table name the table's creation takes.
    await ensureTable(store as never);
    return { store, close: async () => undefined };
  },
};

export const ADAPTERS: readonly AdapterFactory[] = [sqliteAdapter, dynamodbAdapter];

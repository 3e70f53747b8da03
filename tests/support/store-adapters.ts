/**
 * The adapters of the store port, as factories the conformance suite runs against: each
 * call gives an empty store of its own (a SQLite file in a temporary folder; a table of its
 * own in the run's DynamoDB Local).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { ItemStore } from '#store/port';
import { openSqliteStore } from '#store/sqlite';
import { ensureTable } from '#store/create-table';
import { createDynamoStore } from '#store/dynamodb';

export interface AdapterFactory {
  readonly name: string;
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

export const dynamodbAdapter: AdapterFactory = {
  name: 'dynamodb',
  async open() {
    const store = createDynamoStore({ endpoint: inject('dynamoEndpoint'), tableName: `t-${randomUUID()}` });
    await ensureTable(store);
    return { store, close: async () => undefined };
  },
};

export const ADAPTERS: readonly AdapterFactory[] = [sqliteAdapter, dynamodbAdapter];

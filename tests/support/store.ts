/** A fresh table in the run's DynamoDB Local, for one test file. */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { type Store, createStore } from '#store/client';
import { ensureTable } from '#store/create-table';

export async function freshStore(): Promise<Store> {
  const store = createStore({ endpoint: inject('dynamoEndpoint'), tableName: `t-${randomUUID()}` });
  await ensureTable(store);
  return store;
}

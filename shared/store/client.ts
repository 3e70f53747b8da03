/**
 * The store of this process: an `ItemStore` (port.ts) created once per module (per Lambda
 * container). Which engine backs it is decided here and nowhere else.
 */
import { type DynamoStoreOptions, createDynamoStore } from './dynamodb.ts';
import type { ItemStore } from './port.ts';
import { openSqliteStore } from './sqlite.ts';

export type { ItemStore } from './port.ts';
/** Kept for the modules written before the port: the same thing. */
export type Store = ItemStore;

export interface StoreOptions extends DynamoStoreOptions {
  /** The SQLite file (STORE=sqlite); `SQLITE_FILE` when absent. */
  readonly file?: string;
}

export function createStore(options: StoreOptions = {}): ItemStore {
  if (process.env.STORE === 'sqlite') return openSqliteStore({ file: options.file ?? process.env.SQLITE_FILE ?? '.data/honor-board.sqlite' });
  return createDynamoStore(options);
}

let shared: ItemStore | undefined;
/** The store of this process, from the environment; handlers use this one. */
export const defaultStore = (): ItemStore => (shared ??= createStore());

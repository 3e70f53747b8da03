/**
 * The store of this process: an `ItemStore` (port.ts) created once per module (per Lambda
 * container). Which engine backs it is decided here and nowhere else.
 */
import { type DynamoStoreOptions, createDynamoStore } from './dynamodb.ts';
import type { ItemStore } from './port.ts';

export type { ItemStore } from './port.ts';
/** Kept for the modules written before the port: the same thing. */
export type Store = ItemStore;

export interface StoreOptions extends DynamoStoreOptions {}

export function createStore(options: StoreOptions = {}): ItemStore {
  // ---- engine choice ----------------------------------------------------------------
  // STORE=sqlite (one machine, no Java) is added here by the SQLite adapter (sqlite.ts).
  // -------------------------------------------------------------------------------------
  return createDynamoStore(options);
}

let shared: ItemStore | undefined;
/** The store of this process, from the environment; handlers use this one. */
export const defaultStore = (): ItemStore => (shared ??= createStore());

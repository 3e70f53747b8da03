/**
 * The store port: the few item operations every store module is written against. Two
 * adapters implement it with the same semantics — DynamoDB (AWS, DynamoDB Local in tests:
 * `dynamodb.ts`) and SQLite through `node:sqlite` (one machine: `sqlite.ts`) — and one
 * conformance suite (`tests/integration/store-conformance.test.ts`) runs against both.
 *
 * Items are flat JSON objects with the string keys `pk` and `sk`, and the keys of the
 * table's global indexes (`TABLE.globalIndexes`) where an item belongs to one. Attribute
 * names are plain strings; the adapters quote them, so a module never writes an expression.
 */

export type Item = Readonly<Record<string, unknown>>;

export interface Key {
  readonly pk: string;
  readonly sk: string;
}

/** What must hold of the item at the key for a write to go through. */
export type Condition =
  /** No item at the key (DynamoDB: `attribute_not_exists(pk)`). */
  | { readonly kind: 'absent' }
  /** An item at the key. */
  | { readonly kind: 'present' }
  /** No item, or an item without the attribute (a counter not yet started). */
  | { readonly kind: 'missing'; readonly attribute: string }
  /** An item whose attribute equals the value (optimistic concurrency: the value read). */
  | { readonly kind: 'equals'; readonly attribute: string; readonly value: string | number }
  /** No item, no such attribute, or the attribute at most the value (a quota's room). */
  | { readonly kind: 'at-most'; readonly attribute: string; readonly value: number }
  /**
   * An item, and the attribute missing from it or a string that sorts before the value
   * (ASCII strings: DynamoDB compares by UTF-8 bytes).
   */
  | { readonly kind: 'present-and-below'; readonly attribute: string; readonly value: string };

export type WriteOp =
  | { readonly op: 'put'; readonly item: Item; readonly condition?: Condition }
  | {
      readonly op: 'update';
      readonly key: Key;
      /** Attributes set to a value (created when missing). */
      readonly set?: Readonly<Record<string, unknown>>;
      /** Numeric attributes increased by the amount (a missing one counts from 0). */
      readonly add?: Readonly<Record<string, number>>;
      /** Attributes removed. */
      readonly remove?: readonly string[];
      readonly condition?: Condition;
    }
  | { readonly op: 'delete'; readonly key: Key; readonly condition?: Condition }
  | { readonly op: 'check'; readonly key: Key; readonly condition: Condition };

export interface QueryInput {
  /** A global index of `TABLE.globalIndexes` by name; the table itself when absent. */
  readonly index?: string;
  /** The partition (of the index, when one is named). */
  readonly pk: string;
  /** Only sort keys that start with this. */
  readonly skPrefix?: string;
  /** Newest first (descending sort keys). */
  readonly descending?: boolean;
  readonly limit?: number;
  /** Only these attributes of each item, besides the table's keys: less to send and decode. */
  readonly attributes?: readonly string[];
}

/**
 * A write refused because a condition failed: `failed` holds the index of each operation
 * whose condition did not hold (the adapters report the same indexes).
 */
export class ConditionFailed extends Error {
  readonly failed: readonly number[];
  constructor(failed: readonly number[]) {
    super(`condition failed on write ${failed.join(', ')}`);
    this.failed = failed;
    this.name = 'ConditionFailed';
    this.failed = failed;
  }
}

/** The database cannot be reached or refused to work: the caller should retry later (503). */
export class StoreUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailable';
  }
}

export interface ItemStore {
  readonly engine: 'dynamodb' | 'sqlite';
  /** The item at the key, read consistently. */
  get(key: Key): Promise<Item | undefined>;
  /** Every item of a partition (or the prefix of its sort keys), in sort-key order. */
  query(input: QueryInput): Promise<Item[]>;
  /**
   * Writes all operations or none (at most 100, no key twice). Throws `ConditionFailed`
   * when a condition does not hold; write conflicts between concurrent callers are retried
   * inside the adapter.
   */
  write(ops: readonly WriteOp[]): Promise<void>;
  /** Puts many items without conditions, not atomically (bulk loads). */
  putMany(items: readonly Item[], onProgress?: (written: number, total: number) => void): Promise<void>;
}

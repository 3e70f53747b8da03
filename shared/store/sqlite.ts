/**
 * The SQLite adapter of the store port (port.ts), on Node's built-in `node:sqlite`: no
 * native build, no Java, one file. The embedded default for one machine (`npm start`, an
 * on-premises server); DynamoDB stays the engine for AWS (`dynamodb.ts`), and the
 * conformance suite holds both to the same semantics.
 *
 * One table: the item as JSON beside its key columns — `pk`, `sk`, and a pair of columns
 * per global index of `TABLE.globalIndexes` (NULL when the item does not belong to the
 * index, as DynamoDB leaves such an item out of a sparse index). Key columns compare with
 * SQLite's BINARY collation, a byte comparison of UTF-8: the order DynamoDB sorts keys in.
 *
 * The database runs in WAL mode, so readers (the site build, a backup) never block the
 * writer, and with a busy timeout, so a second process (a command-line score run) waits
 * for the writer instead of failing. A write is one `BEGIN IMMEDIATE` transaction that
 * checks every condition first — collecting each failing index, as DynamoDB's cancellation
 * reasons do — and writes nothing unless all hold.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync, type StatementSync, backup } from 'node:sqlite';
import { type Condition, ConditionFailed, type Item, type ItemStore, type Key, type QueryInput, StoreUnavailable, type WriteOp } from './port.ts';
import { TABLE } from './table.ts';

export interface SqliteStoreOptions {
  /** The database file (created with its folder when missing); `:memory:` for a throwaway store. */
  readonly file: string;
  /** How long a writer waits for another process's transaction, in ms (default 10 s). */
  readonly busyTimeoutMs?: number;
}

export interface SqliteStore extends ItemStore {
  readonly engine: 'sqlite';
  readonly file: string;
  /**
   * An online, consistent copy of the database into `toFile` (overwritten), taken while
   * the system keeps writing. Resolves with the number of pages copied.
   */
  backup(toFile: string): Promise<number>;
  close(): void;
}

/** The most operations one write takes, as DynamoDB's TransactWriteItems. */
const MAX_OPS = 100;
/** Items per transaction of a bulk load: large enough to amortise the commit, small enough not to hold the writer long. */
const PUT_MANY_BATCH = 500;

// SQLite's primary result codes that mean "the database cannot work right now", not a bug.
const SQLITE_UNAVAILABLE = new Set([5 /* BUSY */, 6 /* LOCKED */, 8 /* READONLY */, 10 /* IOERR */, 13 /* FULL */, 14 /* CANTOPEN */, 26 /* NOTADB */]);

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The key columns: the table's own, then one pair per global index, named as the attributes. */
const INDEXES = TABLE.globalIndexes.map((index) => ({ name: index.indexName, pk: index.partitionKey, sk: index.sortKey }));

function unavailable(error: unknown): never {
  const e = error as { code?: string; errcode?: number; message?: string };
  if ((e?.code === 'ERR_SQLITE_ERROR' && SQLITE_UNAVAILABLE.has((e.errcode ?? 0) & 0xff)) || e?.code === 'ERR_INVALID_STATE') {
    throw new StoreUnavailable(`SQLite store unavailable / 数据库暂不可用: ${e.message}`, { cause: error });
  }
  throw error;
}

/** GLOB matches a prefix exactly once its wildcard characters are bracketed (`*` → `[*]`). */
const globPrefix = (prefix: string): string => `${prefix.replace(/[*?[]/g, (c) => `[${c}]`)}*`;

function holds(condition: Condition, current: Record<string, unknown> | undefined): boolean {
  switch (condition.kind) {
    case 'absent':
      return current === undefined;
    case 'present':
      return current !== undefined;
    case 'missing':
      return current === undefined || !(condition.attribute in current);
    case 'equals':
      return current !== undefined && current[condition.attribute] === condition.value;
    case 'at-most': {
      if (current === undefined || !(condition.attribute in current)) return true;
      const value = current[condition.attribute];
      // DynamoDB compares a number only with a number; another type fails the condition.
      return typeof value === 'number' && value <= condition.value;
    }
    case 'present-and-below': {
      if (current === undefined) return false;
      if (!(condition.attribute in current)) return true;
      const value = current[condition.attribute];
      return typeof value === 'string' && value < condition.value;
    }
  }
}

function keyOfOp(op: WriteOp): Key {
  const key = op.op === 'put' ? op.item : op.key;
  if (typeof key.pk !== 'string' || typeof key.sk !== 'string' || key.pk === '' || key.sk === '') {
    throw new TypeError('an item needs string pk and sk / 条目需要字符串 pk 和 sk');
  }
  return { pk: key.pk, sk: key.sk };
}

function updated(current: Record<string, unknown> | undefined, op: Extract<WriteOp, { op: 'update' }>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...(current ?? {}), pk: op.key.pk, sk: op.key.sk };
  for (const [name, value] of Object.entries(op.set ?? {})) {
    if (name === 'pk' || name === 'sk') throw new TypeError(`an update cannot change the key attribute ${name}`);
    // As the DynamoDB document client with removeUndefinedValues: an undefined value is not written.
    if (value !== undefined) next[name] = value;
  }
  for (const [name, amount] of Object.entries(op.add ?? {})) {
    const before = next[name] ?? 0;
    if (typeof before !== 'number') throw new TypeError(`cannot add to the non-numeric attribute ${name}`);
    next[name] = before + amount;
  }
  for (const name of op.remove ?? []) {
    if (name === 'pk' || name === 'sk') throw new TypeError(`an update cannot remove the key attribute ${name}`);
    delete next[name];
  }
  return next;
}

/** JSON of the item, without undefined values (JSON.stringify drops them, as the document client does). */
const encode = (item: Item): string => JSON.stringify(item);

export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const file = options.file === ':memory:' ? ':memory:' : resolve(options.file);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { timeout: options.busyTimeoutMs ?? 10_000 });
    db.exec('PRAGMA journal_mode = WAL');
    // With WAL, NORMAL loses no committed transaction on a process crash (only on power loss
    // between checkpoints); FULL also survives power loss, at a sync per commit. A rating
    // acknowledged must not be lost, so FULL.
    db.exec('PRAGMA synchronous = FULL');
  } catch (error) {
    unavailable(error);
  }
  migrate(db);

  const keyColumns = ['pk', 'sk', ...INDEXES.flatMap((i) => [i.pk, i.sk])];
  const statements = {
    get: db.prepare('SELECT item FROM items WHERE pk = ? AND sk = ?'),
    put: db.prepare(
      `INSERT OR REPLACE INTO items (${keyColumns.map(quote).join(', ')}, item) VALUES (${keyColumns.map(() => '?').join(', ')}, ?)`,
    ),
    delete: db.prepare('DELETE FROM items WHERE pk = ? AND sk = ?'),
  };
  const queries = new Map<string, StatementSync>();
  const queryStatement = (index: string | undefined, prefix: boolean, descending: boolean, limit: boolean): StatementSync => {
    const id = `${index ?? ''}|${prefix}|${descending}|${limit}`;
    let statement = queries.get(id);
    if (!statement) {
      const columns = index === undefined ? { pk: 'pk', sk: 'sk' } : INDEXES.find((i) => i.name === index);
      if (!columns) throw new Error(`no global index ${index} in TABLE`);
      const [pk, sk] = [quote(columns.pk), quote(columns.sk)];
      statement = db.prepare(
        `SELECT item FROM items WHERE ${pk} = ?${prefix ? ` AND ${sk} GLOB ?` : ''}` +
          ` ORDER BY ${sk} ${descending ? 'DESC' : 'ASC'}${index === undefined ? '' : `, pk ${descending ? 'DESC' : 'ASC'}, sk ${descending ? 'DESC' : 'ASC'}`}` +
          (limit ? ' LIMIT ?' : ''),
      );
      queries.set(id, statement);
    }
    return statement;
  };

  const read = (key: Key): Record<string, unknown> | undefined => {
    const row = statements.get.get(key.pk, key.sk) as { item: string } | undefined;
    return row ? (JSON.parse(row.item) as Record<string, unknown>) : undefined;
  };
  const indexValue = (item: Item, name: string): string | null => (typeof item[name] === 'string' ? (item[name] as string) : null);
  const store = (item: Item): void => {
    const values: (string | null)[] = [item.pk as string, item.sk as string];
    for (const index of INDEXES) {
      // An item belongs to an index only with both of its keys (a sparse index, as in DynamoDB).
      const pk = indexValue(item, index.pk);
      const sk = indexValue(item, index.sk);
      values.push(pk !== null && sk !== null ? pk : null, pk !== null && sk !== null ? sk : null);
    }
    statements.put.run(...values, encode(item));
  };
  const inTransaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };

  return {
    engine: 'sqlite',
    file,

    async get(key) {
      try {
        return read(key);
      } catch (error) {
        return unavailable(error);
      }
    },

    async query(input: QueryInput) {
      const prefix = input.skPrefix !== undefined && input.skPrefix !== '';
      const statement = queryStatement(input.index, prefix, input.descending === true, input.limit !== undefined);
      const parameters: (string | number)[] = [input.pk];
      if (prefix) parameters.push(globPrefix(input.skPrefix!));
      if (input.limit !== undefined) parameters.push(input.limit);
      try {
        const items = (statement.all(...parameters) as { item: string }[]).map((row) => JSON.parse(row.item) as Item);
        return input.attributes ? items.map((item) => projected(item, input.attributes!)) : items;
      } catch (error) {
        return unavailable(error);
      }
    },

    async write(ops) {
      if (ops.length === 0) return;
      if (ops.length > MAX_OPS) throw new RangeError(`a write takes at most ${MAX_OPS} operations, not ${ops.length}`);
      const keys = ops.map(keyOfOp);
      const seen = new Set<string>();
      for (const key of keys) {
        const id = JSON.stringify([key.pk, key.sk]);
        if (seen.has(id)) throw new TypeError(`a write names the key ${key.pk} / ${key.sk} twice / 同一次写入两次使用同一键`);
        seen.add(id);
      }
      try {
        inTransaction(() => {
          const currents = keys.map(read);
          const failed = ops.flatMap((op, i) => (op.condition && !holds(op.condition, currents[i]) ? [i] : []));
          if (failed.length > 0) throw new ConditionFailed(failed);
          ops.forEach((op, i) => {
            if (op.op === 'put') store(op.item);
            else if (op.op === 'update') store(updated(currents[i], op));
            else if (op.op === 'delete') statements.delete.run(keys[i]!.pk, keys[i]!.sk);
          });
        });
      } catch (error) {
        if (error instanceof ConditionFailed || error instanceof TypeError) throw error;
        unavailable(error);
      }
    },

    async putMany(items, onProgress) {
      for (const item of items) keyOfOp({ op: 'put', item });
      for (let start = 0; start < items.length; start += PUT_MANY_BATCH) {
        const batch = items.slice(start, start + PUT_MANY_BATCH);
        try {
          inTransaction(() => batch.forEach(store));
        } catch (error) {
          unavailable(error);
        }
        onProgress?.(start + batch.length, items.length);
        // Let requests in between the batches of a long load.
        await new Promise((r) => setImmediate(r));
      }
    },

    async backup(toFile) {
      const target = resolve(toFile);
      mkdirSync(dirname(target), { recursive: true });
      // All pages in one step: a step restarts when another connection writes meanwhile, so
      // small steps under steady intake might never finish; one step reads one snapshot
      // (WAL keeps the writer going while it runs).
      return backup(db, target, { rate: 0x7fffffff });
    },

    close() {
      if (db.isOpen) db.close();
    },
  };
}

/**
 * Creates the table, and adds the columns and index of a global index that `TABLE` gained
 * since the file was written (filled from the items already there).
 */
function migrate(db: DatabaseSync): void {
  // A rowid table with the key as a unique index, not WITHOUT ROWID: items are mostly
  // larger than a twentieth of a page, where a WITHOUT ROWID table takes about twice the
  // space (measured: 89 MB against 43 MB for 33 000 items of the demo's sizes).
  db.exec('CREATE TABLE IF NOT EXISTS items (pk TEXT NOT NULL, sk TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (pk, sk))');
  const columns = new Set((db.prepare('PRAGMA table_info(items)').all() as { name: string }[]).map((c) => c.name));
  for (const index of INDEXES) {
    const missing = [index.pk, index.sk].filter((c) => !columns.has(c));
    if (missing.length > 0) {
      db.exec('BEGIN IMMEDIATE');
      for (const column of missing) db.exec(`ALTER TABLE items ADD COLUMN ${quote(column)} TEXT`);
      const [pk, sk] = [index.pk, index.sk].map((c) => `json_extract(item, '$.${c}')`);
      const belongs = `json_type(item, '$.${index.pk}') = 'text' AND json_type(item, '$.${index.sk}') = 'text'`;
      db.exec(`UPDATE items SET ${quote(index.pk)} = CASE WHEN ${belongs} THEN ${pk} END, ${quote(index.sk)} = CASE WHEN ${belongs} THEN ${sk} END`);
      db.exec('COMMIT');
    }
    db.exec(`CREATE INDEX IF NOT EXISTS ${quote(`items_${index.name}`)} ON items (${quote(index.pk)}, ${quote(index.sk)})`);
  }
}

/** An item's keys and the named attributes it has, as DynamoDB's ProjectionExpression returns them. */
function projected(item: Item, attributes: readonly string[]): Item {
  const kept: Record<string, unknown> = { pk: item.pk, sk: item.sk };
  for (const name of attributes) if (name in item) kept[name] = item[name];
  return kept;
}

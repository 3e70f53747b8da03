/**
 * One conformance suite for every adapter of the store port (shared/store/port.ts): what a
 * store module may rely on holds the same on SQLite and on DynamoDB — exactly-once appends
 * by a derived key, each condition, all-or-nothing writes that report the same failing
 * indexes, update semantics, query order, prefixes and limits, index queries, bulk loads.
 * Each test works in partitions of its own, so the tests share one store per adapter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE } from '#store/table';
import { type Condition, ConditionFailed, type Item, type ItemStore, type WriteOp } from '#store/port';
import { ADAPTERS, type AdapterFactory } from '../support/store-adapters.ts';

const [INDEX] = TABLE.globalIndexes;

/** The failing indexes of a write, or 'ok' when it went through (anything else rethrows). */
async function outcome(store: ItemStore, ops: readonly WriteOp[]): Promise<'ok' | readonly number[]> {
  try {
    await store.write(ops);
    return 'ok';
  } catch (error) {
    if (error instanceof ConditionFailed) return error.failed;
    throw error;
  }
}

describe.each(ADAPTERS)('store port on $name', (adapter: AdapterFactory) => {
  let store: ItemStore;
  let close: () => Promise<void>;
  let partitions = 0;
  /** A partition no other test uses. */
  const fresh = (name: string): string => `T#${++partitions}#${name}`;

  beforeAll(async () => {
    ({ store, close } = await adapter.open());
  });
  afterAll(() => close?.());

  it('reads back what was put, and nothing where nothing was', async () => {
    const pk = fresh('get');
    const item = { pk, sk: 'A', text: '窗口 w01', n: 3, list: [1, 'two'], nested: { ok: true } };
    await store.write([{ op: 'put', item }]);
    expect(await store.get({ pk, sk: 'A' })).toEqual(item);
    expect(await store.get({ pk, sk: 'B' })).toBeUndefined();
    expect(store.engine).toBe(adapter.name);
  });

  it('appends exactly once by a derived key when many callers race with the same key', async () => {
    const pk = fresh('idem');
    // 16 retries of one rating: each writes the record under the key derived from the
    // caller and its Idempotency-Key, and adds 1 to the month's counter. Exactly one may
    // land; the other 15 fail on their first operation (the record's), so the counter is 1.
    const attempt = (n: number): WriteOp[] => [
      { op: 'put', item: { pk, sk: 'R#device-w01#key-1', attempt: n }, condition: { kind: 'absent' } },
      { op: 'update', key: { pk, sk: 'AGG' }, add: { ratings: 1 } },
    ];
    const outcomes = await Promise.all(Array.from({ length: 16 }, (_, n) => outcome(store, attempt(n))));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'ok')).toEqual(Array.from({ length: 15 }, () => [0]));
    expect((await store.get({ pk, sk: 'AGG' }))?.ratings).toBe(1);
    expect(await store.query({ pk, skPrefix: 'R#' })).toHaveLength(1);
  });

  it('appends every distinct key once when many callers write the same counter at once', async () => {
    const pk = fresh('many');
    const appends = Array.from({ length: 24 }, (_, n) => [
      { op: 'put', item: { pk, sk: `R#${String(n).padStart(2, '0')}` }, condition: { kind: 'absent' } },
      { op: 'update', key: { pk, sk: 'AGG' }, add: { ratings: 1 } },
    ] satisfies WriteOp[]);
    // Every key appears twice: 48 writes, 24 land, the 24 duplicates fail on the record.
    const outcomes = await Promise.all([...appends, ...appends].map((ops) => outcome(store, ops)));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(24);
    expect((await store.get({ pk, sk: 'AGG' }))?.ratings).toBe(24);
    expect(await store.query({ pk, skPrefix: 'R#' })).toHaveLength(24);
  });

  describe('conditions', () => {
    // Each row: the item there before (or none), the condition, whether it holds.
    const cases: [string, Item | undefined, Condition, boolean][] = [
      ['absent, no item', undefined, { kind: 'absent' }, true],
      ['absent, an item', { v: 1 }, { kind: 'absent' }, false],
      ['present, an item', { v: 1 }, { kind: 'present' }, true],
      ['present, no item', undefined, { kind: 'present' }, false],
      ['missing, no item', undefined, { kind: 'missing', attribute: 'closedAt' }, true],
      ['missing, an item without it', { v: 1 }, { kind: 'missing', attribute: 'closedAt' }, true],
      ['missing, an item with it', { closedAt: '2026-11-01' }, { kind: 'missing', attribute: 'closedAt' }, false],
      ['equals, the same string', { state: 'open' }, { kind: 'equals', attribute: 'state', value: 'open' }, true],
      ['equals, another string', { state: 'final' }, { kind: 'equals', attribute: 'state', value: 'open' }, false],
      ['equals, the same number', { version: 7 }, { kind: 'equals', attribute: 'version', value: 7 }, true],
      ['equals, the number as a string', { version: '7' }, { kind: 'equals', attribute: 'version', value: 7 }, false],
      ['equals, no attribute', { v: 1 }, { kind: 'equals', attribute: 'version', value: 7 }, false],
      ['equals, no item', undefined, { kind: 'equals', attribute: 'version', value: 7 }, false],
      ['at-most, below', { used: 2 }, { kind: 'at-most', attribute: 'used', value: 3 }, true],
      ['at-most, equal', { used: 3 }, { kind: 'at-most', attribute: 'used', value: 3 }, true],
      ['at-most, above', { used: 4 }, { kind: 'at-most', attribute: 'used', value: 3 }, false],
      ['at-most, no attribute', { v: 1 }, { kind: 'at-most', attribute: 'used', value: 3 }, true],
      ['at-most, no item', undefined, { kind: 'at-most', attribute: 'used', value: 3 }, true],
      ['present-and-below, below', { last: '2026-03-10T08:59:30.000Z\tc1' }, { kind: 'present-and-below', attribute: 'last', value: '2026-03-10T09:00:00.000Z~' }, true],
      ['present-and-below, the same instant', { last: '2026-03-10T09:00:00.000Z\tc1' }, { kind: 'present-and-below', attribute: 'last', value: '2026-03-10T09:00:00.000Z~' }, true],
      ['present-and-below, above', { last: '2026-03-10T09:00:01.000Z\tc1' }, { kind: 'present-and-below', attribute: 'last', value: '2026-03-10T09:00:00.000Z~' }, false],
      ['present-and-below, no attribute', { v: 1 }, { kind: 'present-and-below', attribute: 'last', value: 'b' }, true],
      ['present-and-below, no item', undefined, { kind: 'present-and-below', attribute: 'last', value: 'b' }, false],
      ['present-and-below, a number', { last: 1 }, { kind: 'present-and-below', attribute: 'last', value: 'b' }, false],
    ];
    const kinds = ['put', 'update', 'delete', 'check'] as const;

    it.each(cases)('%s: every kind of operation', async (_name, before, condition, expected) => {
      for (const kind of kinds) {
        const pk = fresh(`cond-${kind}`);
        const key = { pk, sk: 'X' };
        if (before) await store.write([{ op: 'put', item: { ...key, ...before } }]);
        const op: WriteOp =
          kind === 'put'
            ? { op: 'put', item: { ...key, written: true }, condition }
            : kind === 'update'
              ? { op: 'update', key, set: { written: true }, condition }
              : kind === 'delete'
                ? { op: 'delete', key, condition }
                : { op: 'check', key, condition };
        // A lone operation and the same operation beside another must agree.
        const alone = await outcome(store, [op]);
        expect(alone, `${kind} alone`).toEqual(expected ? 'ok' : [0]);
        const after = await store.get(key);
        if (!expected) expect(after, `${kind} wrote nothing`).toEqual(before ? { ...key, ...before } : undefined);
        else if (kind === 'put') expect(after).toEqual({ ...key, written: true });
        else if (kind === 'update') expect(after).toEqual({ ...key, ...before, written: true });
        else if (kind === 'delete') expect(after).toBeUndefined();
        else expect(after).toEqual(before ? { ...key, ...before } : undefined);
      }
    });
  });

  it('writes all operations or none, and names every operation whose condition failed', async () => {
    const pk = fresh('atomic');
    await store.write([
      { op: 'put', item: { pk, sk: 'QUOTA', used: 3 } },
      { op: 'put', item: { pk, sk: 'SEL', state: 'voting' } },
    ]);
    const ops: WriteOp[] = [
      { op: 'put', item: { pk, sk: 'R#1' }, condition: { kind: 'absent' } }, // holds
      { op: 'update', key: { pk, sk: 'QUOTA' }, add: { used: 1 }, condition: { kind: 'at-most', attribute: 'used', value: 2 } }, // fails: 3 > 2
      { op: 'update', key: { pk, sk: 'AGG' }, add: { n: 1 } }, // no condition
      { op: 'check', key: { pk, sk: 'SEL' }, condition: { kind: 'equals', attribute: 'state', value: 'open' } }, // fails
      { op: 'delete', key: { pk, sk: 'SEL' }, condition: { kind: 'present' } }, // holds, but SEL is named twice: not allowed
    ];
    // Operations 1 and 3 fail (the last is left out: a write names a key once).
    expect(await outcome(store, ops.slice(0, 4))).toEqual([1, 3]);
    expect(await store.query({ pk })).toEqual([
      { pk, sk: 'QUOTA', used: 3 },
      { pk, sk: 'SEL', state: 'voting' },
    ]);
    // The same write with the conditions met lands whole.
    expect(
      await outcome(store, [
        ops[0]!,
        { op: 'update', key: { pk, sk: 'QUOTA' }, add: { used: 1 }, condition: { kind: 'at-most', attribute: 'used', value: 3 } },
        ops[2]!,
        { op: 'check', key: { pk, sk: 'SEL' }, condition: { kind: 'equals', attribute: 'state', value: 'voting' } },
      ]),
    ).toBe('ok');
    expect(await store.query({ pk })).toEqual([
      { pk, sk: 'AGG', n: 1 },
      { pk, sk: 'QUOTA', used: 4 },
      { pk, sk: 'R#1' },
      { pk, sk: 'SEL', state: 'voting' },
    ]);
  });

  it('refuses a write that names a key twice or has more than 100 operations, writing nothing', async () => {
    const pk = fresh('refused');
    await expect(
      store.write([
        { op: 'put', item: { pk, sk: 'A' } },
        { op: 'update', key: { pk, sk: 'A' }, add: { n: 1 } },
      ]),
    ).rejects.toThrow();
    const many = Array.from({ length: 101 }, (_, n): WriteOp => ({ op: 'put', item: { pk, sk: `I#${String(n).padStart(3, '0')}` } }));
    await expect(store.write(many)).rejects.toThrow();
    expect(await store.query({ pk })).toEqual([]);
    // 100 is allowed.
    await store.write(many.slice(0, 100));
    expect(await store.query({ pk })).toHaveLength(100);
  });

  it('updates: add counts from 0, set creates and replaces, remove drops; an update creates a missing item', async () => {
    const pk = fresh('update');
    const key = { pk, sk: 'AGG' };
    await store.write([{ op: 'update', key, add: { ratings: 1, 'level|满意': 1 }, set: { month: '2026-11' } }]);
    expect(await store.get(key)).toEqual({ ...key, ratings: 1, 'level|满意': 1, month: '2026-11' });
    // 1 + 2 = 3 ratings; 1 − 1 = 0 满意; a new counter starts at 0 + 5; the note is set then removed.
    await store.write([{ op: 'update', key, add: { ratings: 2, 'level|满意': -1, volume: 5 }, set: { month: '2026-12', note: 'x' } }]);
    await store.write([{ op: 'update', key, remove: ['note', 'not-there'] }]);
    expect(await store.get(key)).toEqual({ ...key, ratings: 3, 'level|满意': 0, volume: 5, month: '2026-12' });
    // Fractions as JSON numbers: 0.5 + 0.25 = 0.75 exactly in binary.
    await store.write([{ op: 'update', key, add: { half: 0.5 } }]);
    await store.write([{ op: 'update', key, add: { half: 0.25 } }]);
    expect((await store.get(key))?.half).toBe(0.75);
    // A put replaces the whole item.
    await store.write([{ op: 'put', item: { ...key, only: 'this' } }]);
    expect(await store.get(key)).toEqual({ ...key, only: 'this' });
  });

  it('queries a partition in byte order of the sort keys, with a prefix, descending and a limit', async () => {
    const pk = fresh('order');
    // UTF-8 byte order: 'B' (42) < 'a' (61) < 'é' (C3 A9) < '中' (E4 B8 AD) < '～' (EF BD 9E) < '😀' (F0 9F 98 80).
    // (JavaScript's UTF-16 order would put '😀' (D83D…) before '～' (FF5E).)
    const sks = ['R#a#2', 'R#B', 'R#😀', 'R#a#10', 'R#～', 'R#中', 'R#é', 'R#a#1', 'S#1', 'Q#1', 'R#a'];
    await store.putMany(sks.map((sk) => ({ pk, sk })));
    const order = async (input: Partial<Parameters<ItemStore['query']>[0]>): Promise<string[]> =>
      (await store.query({ pk, ...input })).map((item) => item.sk as string);
    expect(await order({})).toEqual(['Q#1', 'R#B', 'R#a', 'R#a#1', 'R#a#10', 'R#a#2', 'R#é', 'R#中', 'R#～', 'R#😀', 'S#1']);
    expect(await order({ skPrefix: 'R#a' })).toEqual(['R#a', 'R#a#1', 'R#a#10', 'R#a#2']);
    expect(await order({ skPrefix: 'R#a#1' })).toEqual(['R#a#1', 'R#a#10']);
    expect(await order({ skPrefix: 'R#a#', descending: true })).toEqual(['R#a#2', 'R#a#10', 'R#a#1']);
    expect(await order({ skPrefix: 'R#', limit: 2 })).toEqual(['R#B', 'R#a']);
    expect(await order({ skPrefix: 'R#', descending: true, limit: 2 })).toEqual(['R#😀', 'R#～']);
    expect(await order({ descending: true, limit: 1 })).toEqual(['S#1']);
    // Glob and LIKE characters in a prefix are plain characters.
    expect(await order({ skPrefix: 'R#*' })).toEqual([]);
    expect(await order({ skPrefix: 'R#%' })).toEqual([]);
    expect(await order({ skPrefix: 'T' })).toEqual([]);
    expect(await store.query({ pk: fresh('empty') })).toEqual([]);
  });

  it('queries only the named attributes of each item, with its keys; an attribute an item lacks stays absent', async () => {
    const pk = fresh('projection');
    await store.putMany([
      { pk, sk: 'A', score: '98.50', ledger: [{ code: 'X', points: '-1' }], note: '长文本'.repeat(50) },
      { pk, sk: 'B', ledger: [] },
    ]);
    expect(await store.query({ pk, attributes: ['score'] })).toEqual([{ pk, sk: 'A', score: '98.50' }, { pk, sk: 'B' }]);
    expect(await store.query({ pk, skPrefix: 'A', attributes: ['score', 'note'] })).toEqual([{ pk, sk: 'A', score: '98.50', note: '长文本'.repeat(50) }]);
  });

  it(`queries a global index (${INDEX.indexName}) by its keys; items without both keys are not in it`, async () => {
    const g = fresh('gsi');
    const inIndex = (sk: string, gsk: string): Item => ({ pk: `${g}#W#${sk}`, sk, [INDEX.partitionKey]: g, [INDEX.sortKey]: gsk });
    await store.putMany([
      inIndex('r3', 'R#rating#2026-11-03'),
      inIndex('r1', 'R#rating#2026-11-01'),
      inIndex('c1', 'R#case#2026-11-02'),
      { pk: `${g}#W#x`, sk: 'no-index-keys' },
      { pk: `${g}#W#y`, sk: 'only-pk', [INDEX.partitionKey]: g },
    ]);
    // An update that sets the index keys puts an existing item into the index.
    await store.write([{ op: 'update', key: { pk: `${g}#W#x`, sk: 'no-index-keys' }, set: { [INDEX.partitionKey]: g, [INDEX.sortKey]: 'R#rating#2026-11-02' } }]);
    const sks = async (input: { skPrefix?: string; descending?: boolean; limit?: number }): Promise<string[]> =>
      (await store.query({ index: INDEX.indexName, pk: g, ...input })).map((item) => item.sk as string);
    expect(await sks({})).toEqual(['c1', 'r1', 'no-index-keys', 'r3']);
    expect(await sks({ skPrefix: 'R#rating#' })).toEqual(['r1', 'no-index-keys', 'r3']);
    expect(await sks({ skPrefix: 'R#rating#', descending: true, limit: 2 })).toEqual(['r3', 'no-index-keys']);
    // Removing an index key takes the item out of the index; the items come back whole.
    await store.write([{ op: 'update', key: { pk: `${g}#W#r3`, sk: 'r3' }, remove: [INDEX.sortKey] }]);
    expect(await sks({ skPrefix: 'R#rating#' })).toEqual(['r1', 'no-index-keys']);
    expect((await store.query({ index: INDEX.indexName, pk: g, limit: 1 }))[0]).toEqual(inIndex('c1', 'R#case#2026-11-02'));
  });

  it('puts many items, reporting progress up to the total', async () => {
    const pk = fresh('bulk');
    const items = Array.from({ length: 1234 }, (_, n) => ({ pk, sk: `I#${String(n).padStart(5, '0')}`, n }));
    const progress: [number, number][] = [];
    await store.putMany(items, (written, total) => progress.push([written, total]));
    expect(progress.at(-1)).toEqual([1234, 1234]);
    expect(progress.every(([written], i) => i === 0 || written > progress[i - 1]![0])).toBe(true);
    const back = await store.query({ pk });
    expect(back).toHaveLength(1234);
    expect(back[1233]).toEqual({ pk, sk: 'I#01233', n: 1233 });
    // Putting again replaces (no condition), it does not duplicate.
    await store.putMany(items.slice(0, 10).map((item) => ({ ...item, n: -1 })));
    expect(await store.query({ pk })).toHaveLength(1234);
    expect(await store.get({ pk, sk: 'I#00009' })).toEqual({ pk, sk: 'I#00009', n: -1 });
  });
});

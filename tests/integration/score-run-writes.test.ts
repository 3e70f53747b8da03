/**
 * What a score run reads and writes beyond its results: a run whose markers are gone (a
 * first run's, or one that died before its marker) over results already stored writes only
 * the results that differ, then its markers; the run reads the roster once, and of the
 * center's own facts only the types the scores read, each next month's while the month
 * before is scored. On both adapters for the results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORE_FACT_TYPES } from '#core/score-inputs';
import { defaultStore } from '#store/client';
import type { Item, ItemStore, QueryInput, WriteOp } from '#store/port';
import { listResults, writeResultsIfChanged } from '#store/results';
import type { LocalSystem } from '../../infra/local/system.ts';
import { ADAPTERS } from '../support/store-adapters.ts';
import { startTestSystem } from '../support/system.ts';

/** Counts a store's calls by shadowing its methods on the object itself; `restore` puts them back. */
function spy(store: ItemStore) {
  const calls = { queries: [] as QueryInput[], put: [] as Item[], writes: [] as WriteOp[], order: [] as string[] };
  const target = store as unknown as Record<string, unknown>;
  const original = { query: store.query.bind(store), putMany: store.putMany.bind(store), write: store.write.bind(store) };
  const shadows: Pick<ItemStore, 'query' | 'putMany' | 'write'> = {
    query: (input) => (calls.queries.push(input), calls.order.push(`query ${input.pk} ${input.skPrefix ?? ''}`), original.query(input)),
    putMany: (items, onProgress) => (calls.put.push(...items), calls.order.push(...items.map((item) => `put ${String(item.pk)}`)), original.putMany(items, onProgress)),
    write: (ops) => (calls.writes.push(...ops), original.write(ops)),
  };
  // An adapter's methods may be its own properties (SQLite) or its class's (DynamoDB): each is put back as it was.
  const own = Object.keys(shadows).map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
  for (const [name, fn] of Object.entries(shadows)) Object.defineProperty(target, name, { value: fn, configurable: true, writable: true });
  const restore = () => {
    for (const [name, descriptor] of own) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    }
  };
  return { calls, restore };
}

const NOW = new Date('2026-11-21T08:00:00Z');
const HASHES = { inputHash: 'in-1', rulebookHash: 'rb-1' };
const results = (scoreOf: (i: number) => string) =>
  Array.from({ length: 30 }, (_, i) => ({ subject: `MS#W#w${String(i).padStart(2, '0')}`, document: { rule: 'r', score: scoreOf(i), ledger: [{ code: 'X', points: '1' }], grade: null } }));

describe.each(ADAPTERS)('results written again on $name', (adapter) => {
  it('only those that differ from the stored ones, when the marker is gone', async () => {
    const { store, close } = await adapter.open();
    try {
      const forget = () => store.write([{ op: 'delete', key: { pk: 'C#c1#RES#2026-10', sk: '#RUN#r' } }]);
      expect(await writeResultsIfChanged(store, 'c1', '2026-10', '#RUN#r', HASHES, NOW, () => results(() => '90'), 'MS#')).toBe(true);
      const stored = await listResults(store, 'c1', '2026-10', '');
      await forget();
      const unchanged = spy(store);
      expect(await writeResultsIfChanged(store, 'c1', '2026-10', '#RUN#r', HASHES, NOW, () => results(() => '90'), 'MS#')).toBe(true);
      unchanged.restore();
      expect(unchanged.calls.put).toEqual([]);
      expect(unchanged.calls.writes.map((w) => (w.op === 'put' ? w.item.sk : w.op))).toEqual(['#RUN#r']);
      expect(await listResults(store, 'c1', '2026-10', '')).toEqual(stored);
      // One result moves: that one alone is written, and the partition holds what a full write would.
      await forget();
      const one = spy(store);
      const moved = results((i) => (i === 7 ? '88' : '90'));
      expect(await writeResultsIfChanged(store, 'c1', '2026-10', '#RUN#r', { ...HASHES, inputHash: 'in-2' }, NOW, () => moved, 'MS#')).toBe(true);
      one.restore();
      expect(one.calls.put.map((item) => item.sk)).toEqual(['MS#W#w07']);
      expect((await listResults(store, 'c1', '2026-10', 'MS#')).map(({ pk: _pk, sk: _sk, ...document }) => document)).toEqual(moved.map((r) => r.document));
      // A marker with other hashes: every result is written, nothing read to compare.
      const all = spy(store);
      expect(await writeResultsIfChanged(store, 'c1', '2026-10', '#RUN#r', { ...HASHES, inputHash: 'in-3' }, NOW, () => moved, 'MS#')).toBe(true);
      all.restore();
      expect(all.calls.put).toHaveLength(30);
      expect(all.calls.queries).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the quarterly score run', () => {
  let system: LocalSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.stop());

  it('rewrites its markers and no result over unchanged inputs, and reads the roster once and only the fact types it scores', async () => {
    const periods = ['2026-10', '2026-11', '2026-Q4'];
    await system.scoreMonth('demo', '2026-Q4');
    const snapshot = async () =>
      Object.fromEntries(
        await Promise.all(
          periods.map(async (p) => [p, (await listResults(system.store, 'demo', p, '')).map(({ computedAt: _at, ...item }) => item)] as const),
        ),
      );
    const before = await snapshot();
    expect(before['2026-10']!.filter((i) => String(i.sk).startsWith('MS#')).length).toBeGreaterThan(100);
    for (const p of periods) {
      for (const { pk, sk } of await listResults(system.store, 'demo', p, '#RUN')) await system.store.write([{ op: 'delete', key: { pk: String(pk), sk: String(sk) } }]);
    }
    const handlers = spy(defaultStore());
    try {
      expect(await system.scoreMonth('demo', '2026-Q4')).toEqual({ changed: true });
    } finally {
      handlers.restore();
    }
    const { calls } = handlers;
    expect(calls.put.filter((item) => String(item.pk).includes('#RES#'))).toEqual([]);
    expect(await snapshot()).toEqual(before);
    const roster = (prefix: string) => calls.queries.filter((q) => q.pk === 'C#demo' && q.skPrefix === prefix).length;
    expect([roster('W#'), roster('O#')]).toEqual([1, 1]);
    // Facts by type, only the types the scores read, each type of a month once.
    const facts = calls.queries.filter((q) => q.pk.includes('#F#')).map((q) => `${q.pk.split('#').at(-1)} ${q.skPrefix ?? '(all)'}`);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.filter((f) => !SCORE_FACT_TYPES.some((type) => f.endsWith(` ${type}#`)))).toEqual([]);
    expect(new Set(facts).size).toBe(facts.length);
    // Of the month before the quarter, only its device faults; of the quarter's months, no complaint, nomination or ballot.
    expect(facts.filter((f) => f.startsWith('2026-09 '))).toEqual(['2026-09 device-fault#']);
  });

  it('reads back none of the months it scored in full, and what it held in memory is what the table holds', async () => {
    const periods = ['2026-10', '2026-11', '2026-Q4'];
    // A first run: no result or marker of the quarter or its months.
    for (const p of periods) {
      const stored = await listResults(system.store, 'demo', p, '');
      for (const { pk, sk } of stored) await system.store.write([{ op: 'delete', key: { pk: String(pk), sk: String(sk) } }]);
    }
    const first = spy(defaultStore());
    try {
      expect(await system.scoreMonth('demo', '2026-Q4')).toEqual({ changed: true });
    } finally {
      first.restore();
    }
    const resultReads = first.calls.queries.filter((q) => q.pk.includes('#RES#2026-1')).map((q) => `${q.pk.split('#').at(-1)} ${q.skPrefix}`);
    // The monthly scores' one look at what was stored before they wrote (none of it), nothing
    // read back after; the means read only a month the run did not score (one still to come).
    const quarter = ['2026-10', '2026-11', '2026-12'];
    const expected = quarter.map((m) => `${m} MS#`);
    expect(resultReads.sort()).toEqual(expected.sort());
    // Each next month's facts are asked for before this month's results are written (its
    // findings: this month's scores read only its inspections): the database serves them
    // while the rules run.
    const { order } = first.calls;
    const scored = quarter.filter((m) => order.includes(`put C#demo#RES#${m}`));
    expect(scored.length).toBeGreaterThan(1);
    for (const [i, next] of scored.slice(1).entries()) {
      const asked = order.indexOf(`query C#demo#F#${next} finding#`);
      expect(asked, next).toBeGreaterThanOrEqual(0);
      expect(asked, next).toBeLessThan(order.indexOf(`put C#demo#RES#${scored[i]}`));
    }
    // Run again over the same inputs: the month's publication and the means hash their inputs
    // from the table this time, and find them equal to those hashed from memory.
    const again = spy(defaultStore());
    try {
      expect(await system.scoreMonth('demo', '2026-Q4')).toEqual({ changed: false });
    } finally {
      again.restore();
    }
    expect(again.calls.put).toEqual([]);
    expect(again.calls.writes).toEqual([]);
  });

  it('publishes a month on the next run when the run before died before publishing it', async () => {
    const month = '2026-10';
    const marker = { pk: `C#demo#RES#${month}`, sk: '#RUN' };
    await system.store.write([{ op: 'delete', key: marker }]);
    // The database fails the month's publication: the run fails, and leaves no marker behind.
    const store = defaultStore();
    const write = store.write.bind(store);
    const target = store as unknown as Record<string, unknown>;
    const own = Object.getOwnPropertyDescriptor(target, 'write');
    Object.defineProperty(target, 'write', {
      configurable: true,
      writable: true,
      value: (ops: readonly WriteOp[]) =>
        ops.some((op) => op.op === 'put' && String(op.item.pk).endsWith('#PUB') && String(op.item.sk).includes(`monthly-evaluation#${month}`))
          ? Promise.reject(new Error('the database went away'))
          : write(ops),
    });
    try {
      await expect(system.scoreMonth('demo', month)).rejects.toThrow('the database went away');
    } finally {
      if (own) Object.defineProperty(target, 'write', own);
      else delete target.write;
    }
    expect((await listResults(system.store, 'demo', month, '#RUN')).map((i) => i.sk)).not.toContain('#RUN');
    const published = spy(defaultStore());
    try {
      expect(await system.scoreMonth('demo', month)).toEqual({ changed: true });
    } finally {
      published.restore();
    }
    expect(published.calls.writes.some((op) => op.op === 'put' && String(op.item.sk).includes(`monthly-evaluation#${month}`))).toBe(true);
    expect((await listResults(system.store, 'demo', month, '#RUN')).map((i) => i.sk)).toContain('#RUN');
  });
});

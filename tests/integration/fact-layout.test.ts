/**
 * Facts keyed subject first, as earlier versions wrote them, are rekeyed type first once: on
 * each adapter by the rekeying itself, and end to end by the score run, whose scores over the
 * rekeyed table equal those over the table the current version wrote.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listAggregatesForMonth, listFacts } from '#store/aggregates';
import { putCenter } from '#store/center';
import { FACT_LAYOUT_KEY, rekeyFactsTypeFirst, subjectFirstFact } from '#store/fact-layout';
import { factPk } from '#store/keys';
import type { Item, ItemStore } from '#store/port';
import { listResults } from '#store/results';
import type { LocalSystem } from '../../infra/local/system.ts';
import { ADAPTERS } from '../support/store-adapters.ts';
import { startTestSystem } from '../support/system.ts';

const NOW = new Date('2026-11-27T08:00:00Z');
const CENTER = { centerId: 'c1', name: '测试中心', nameEn: 'Test Center', address: '测试路 1 号', phone: '0000-00000', startDate: '2024-03-01' };

/** The same facts under the subject-first keys an earlier version wrote. */
async function keySubjectFirst(store: ItemStore, centerId: string, month: string): Promise<number> {
  const items = await store.query({ pk: factPk(centerId, month) });
  for (const item of items) {
    const [type, kind, ...rest] = String(item.sk).split('#');
    const subject = kind === 'C' ? 'C' : `${kind}#${rest.shift()}`;
    await store.write([
      { op: 'put', item: { ...item, sk: `${subject}#${type}#${rest.join('#')}` } },
      { op: 'delete', key: { pk: String(item.pk), sk: String(item.sk) } },
    ]);
  }
  return items.length;
}

describe('subject-first keys', () => {
  it('are told from type-first ones', () => {
    expect(subjectFirstFact('W#w01#finding#r1')).toEqual({ subject: 'W#w01', type: 'finding', recordId: 'r1' });
    expect(subjectFirstFact('O#o001#complaint#c#1')).toEqual({ subject: 'O#o001', type: 'complaint', recordId: 'c#1' });
    expect(subjectFirstFact('C#objection#r9')).toEqual({ subject: 'C', type: 'objection', recordId: 'r9' });
    expect(subjectFirstFact('finding#W#w01#r1')).toBeUndefined();
    expect(subjectFirstFact('objection#C#r9')).toBeUndefined();
  });
});

describe.each(ADAPTERS)('rekeying facts type first on $name', (adapter) => {
  let store: ItemStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await adapter.open());
  });
  afterAll(() => close?.());

  it('moves every subject-first fact of every month, in batches, keeps the type-first ones, and then only checks its marker', async () => {
    await putCenter(store, CENTER);
    const body = (n: number) => JSON.stringify({ code: 'W-DISC', n });
    const old: Item[] = [
      // Before the center's start date (history loaded from earlier), and more than one transaction's worth.
      ...Array.from({ length: 120 }, (_, n) => ({ pk: factPk('c1', '2023-12'), sk: `W#w01#finding#f${String(n).padStart(3, '0')}`, body: body(n) })),
      { pk: factPk('c1', '2025-06'), sk: 'O#o001#finding#f1', body: body(1) },
      { pk: factPk('c1', '2025-06'), sk: 'C#objection#x1', body: body(2) },
      // A month after now's: a quarter's nomination may be filed ahead.
      { pk: factPk('c1', '2027-02'), sk: 'W#w02#commendation#k1', body: body(3) },
    ];
    const current = { pk: factPk('c1', '2025-06'), sk: 'finding#W#w02#f2', body: body(4) };
    await store.putMany([...old, current]);

    expect(await rekeyFactsTypeFirst(store, NOW)).toEqual({ centers: 1, months: 3, items: 123 });

    const findings = await listFacts(store, 'c1', '2023-12', 'W#w01', 'finding');
    expect(findings.map((f) => f.recordId)).toEqual(Array.from({ length: 120 }, (_, n) => `f${String(n).padStart(3, '0')}`));
    expect(findings[7]!.body).toEqual({ code: 'W-DISC', n: 7 });
    expect(await listFacts(store, 'c1', '2025-06', 'C', 'objection')).toEqual([{ recordId: 'x1', body: { code: 'W-DISC', n: 2 } }]);
    expect(await listFacts(store, 'c1', '2027-02', 'W#w02', 'commendation')).toHaveLength(1);
    const june = await listAggregatesForMonth(store, 'c1', '2025-06', { aggregates: false, types: ['finding'] });
    expect([...june.keys()].sort()).toEqual(['O#o001', 'W#w02']);
    for (const month of ['2023-12', '2025-06', '2027-02']) {
      const left = (await store.query({ pk: factPk('c1', month) })).filter((item) => subjectFirstFact(String(item.sk)));
      expect(left).toEqual([]);
    }
    expect((await store.get(FACT_LAYOUT_KEY))?.version).toBe(2);

    // Done: a later start reads the marker and nothing else.
    await store.putMany([{ pk: factPk('c1', '2025-07'), sk: 'W#w01#finding#late', body: body(5) }]);
    expect(await rekeyFactsTypeFirst(store, NOW)).toBeUndefined();
    expect(await store.get({ pk: factPk('c1', '2025-07'), sk: 'W#w01#finding#late' })).toBeDefined();
  });
});

describe('a table an earlier version wrote, scored by this one', () => {
  let system: LocalSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.stop());

  it('is rekeyed by the first score run, whose scores equal those over the current layout', async () => {
    const scores = async () => (await listResults(system.store, 'demo', '2026-10', 'MS#')).map(({ computedAt: _at, ...item }) => item);
    await system.scoreMonth('demo', '2026-10');
    const before = await scores();
    expect(before.length).toBeGreaterThan(100);

    for (const month of ['2026-09', '2026-10', '2026-11', '2026-12']) await keySubjectFirst(system.store, 'demo', month);
    expect((await system.store.query({ pk: factPk('demo', '2026-10') })).filter((item) => subjectFirstFact(String(item.sk))).length).toBeGreaterThan(10);
    await system.store.write([{ op: 'delete', key: FACT_LAYOUT_KEY }]);
    for (const { pk, sk } of await listResults(system.store, 'demo', '2026-10', '')) await system.store.write([{ op: 'delete', key: { pk: String(pk), sk: String(sk) } }]);

    // A new container of the score function, as after a deployment.
    vi.resetModules();
    const { handler } = await import('#functions/run-scores');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect((await handler({ centerId: 'demo', period: '2026-10' })).changed).toBe(true);
    } finally {
      log.mockRestore();
    }
    expect(await scores()).toEqual(before);
    expect((await system.store.query({ pk: factPk('demo', '2026-10') })).filter((item) => subjectFirstFact(String(item.sk)))).toEqual([]);
  });
});

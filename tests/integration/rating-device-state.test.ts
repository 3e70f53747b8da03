/**
 * A rating's write and its device's state (连续评价 at intake), on every store adapter: a
 * rating that starts its device afresh is written without a read; one within the interval
 * of its device's last, the window-month's first, or one that arrives late is read and
 * stepped from the stored state. Either way the flags are those the whole-month rule finds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consecutiveFlags, type RatingFact } from '#core/rules/consecutive-ratings';
import { listAggregatesForMonth } from '#store/aggregates';
import { listFlags } from '#store/flags';
import { windowKey } from '#store/keys';
import type { ItemStore } from '#store/port';
import { type StoredRecord, appendRecord } from '#store/records';
import { ADAPTERS, type AdapterFactory } from '../support/store-adapters.ts';

const CENTER = 'demo';
const MONTH = '2026-10';
const INTERVAL = 20;
const START = Date.parse('2026-10-15T01:00:00Z');

const instant = (secondsAfterStart: number): string => new Date(START + secondsAfterStart * 1000).toISOString().replace('.000Z', 'Z');

function rating(id: string, device: string, at: string): StoredRecord {
  return {
    id,
    centerId: CENTER,
    windowId: 'w01',
    month: MONTH,
    type: 'evaluation',
    at,
    submittedBy: device,
    submittedAt: at,
    credential: 'jti',
    body: { windowId: 'w01', officerId: 'o001', ratedAt: at, scale: 'two-level', rating: '满意' },
  };
}

/** The store, counting its reads. */
function counted(store: ItemStore): ItemStore & { reads: () => number } {
  let reads = 0;
  return {
    engine: store.engine,
    get: (key) => (reads++, store.get(key)),
    query: (input) => (reads++, store.query(input)),
    write: (ops) => store.write(ops),
    putMany: (items, onProgress) => store.putMany(items, onProgress),
    reads: () => reads,
  };
}

describe.each(ADAPTERS)('a rating and its device state on $name', (adapter: AdapterFactory) => {
  let store: ItemStore;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ store, close } = await adapter.open());
    await store.write([{ op: 'put', item: { ...windowKey(CENTER, 'w01'), name: '窗口一' } }]);
  });
  afterAll(() => close?.());

  const append = (s: ItemStore, record: StoredRecord) =>
    appendRecord(s, { record, claim: { requestHash: record.id, response: { status: 201, body: { id: record.id } } }, audit: { role: 'device', routeKey: 'POST /t' }, consecutiveIntervalSeconds: INTERVAL });

  it('reads nothing for a rating that starts afresh, and reads the state otherwise', async () => {
    const s = counted(store);
    // Seconds after the start, and the reads each rating needs:
    const steps: [id: string, at: number, reads: number][] = [
      ['a1', 0, 2], // the window-month's first: no aggregate, so the state and the window are read
      ['a2', 60, 0], // 60 s after a1: afresh, no read
      ['a3', 65, 1], // 5 s after a2: consecutive, read → a flag opens
      ['a4', 70, 1], // 5 s after a3: read → the flag extends
      ['a5', 200, 0], // afresh
      ['a6', 100, 1], // sent late (before a5): read, out of order, compared with nothing
      ['a7', 220, 0], // exactly 20 s after a5: "less than 20 s" no longer, afresh
    ];
    for (const [id, at, reads] of steps) {
      const before = s.reads();
      expect(await append(s, rating(id, 'device-a', instant(at)))).toEqual({ kind: 'created' });
      expect(s.reads() - before, id).toBe(reads);
    }
    const flags = (await listFlags(store, CENTER, MONTH)).filter((f) => f.device === 'device-a');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ flagId: `flag:device-a:${instant(60)}`, ratingIds: ['a2', 'a3'], ratings: 3, lastAt: instant(70), lastRatingId: 'a4' });
  });

  it('raises the flags the whole-month rule finds when devices of one window rate at once', async () => {
    // Four devices, each sending its ratings in order, all against the same aggregate item.
    const gaps = [5, 30, 60, 12, 25, 3, 3, 90, 19, 20];
    const sent: RatingFact[] = [];
    await Promise.all(
      ['device-b', 'device-c', 'device-d', 'device-e'].map(async (device, d) => {
        let at = 1000 + d;
        for (let n = 0; n < 30; n++) {
          at += gaps[(n + d * 3) % gaps.length]!;
          const id = `${device}-${n}`;
          sent.push({ recordId: id, device, at: instant(at) });
          expect(await append(store, rating(id, device, instant(at)))).toEqual({ kind: 'created' });
        }
      }),
    );
    const stored = (await listFlags(store, CENTER, MONTH)).filter((f) => f.device !== 'device-a');
    const expected = consecutiveFlags(sent, INTERVAL);
    expect(expected.length).toBeGreaterThan(10);
    // A stored flag keeps its burst's first two rating ids and counts the rest.
    const shape = (f: { flagId: string; ratingIds: readonly string[]; ratings: number }) => [f.flagId, f.ratingIds.slice(0, 2), f.ratings];
    expect(stored.map(shape).sort()).toEqual(expected.map(shape).sort());
    const aggregates = await listAggregatesForMonth(store, CENTER, MONTH);
    expect(aggregates.get('W#w01')?.counters.evaluations).toBe(7 + 120);
  });
});

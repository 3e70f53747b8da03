import { describe, expect, it } from 'vitest';
import { aggregateOp } from '#store/aggregates';
import { aggregateKey, derivedRecordId, factKey, factPrefix, recordKeys } from '#store/keys';
import { ConditionFailed, type Item, type ItemStore, type Key, type WriteOp } from '#store/port';
import { type StoredRecord, appendRecord } from '#store/records';

const record: StoredRecord = {
  id: 'r1',
  centerId: 'demo',
  windowId: 'w01',
  month: '2026-10',
  type: 'evaluation',
  at: '2026-10-15T02:20:00.000Z',
  submittedBy: 'device-w01',
  submittedAt: '2026-10-15T02:20:01.000Z',
  credential: 'jti-1',
  body: { windowId: 'w01', officerId: 'o001', ratedAt: '2026-10-15T10:20:00+08:00', scale: 'two-level', rating: '满意' },
};

describe('key design', () => {
  it('derives a record id from center, caller and Idempotency-Key: the same three, the same id', () => {
    const id = derivedRecordId('demo', 'device-w01', 'k1');
    expect(id).toMatch(/^[a-z2-7]{20}$/);
    expect(derivedRecordId('demo', 'device-w01', 'k1')).toBe(id);
    expect(derivedRecordId('demo', 'device-w02', 'k1')).not.toBe(id);
    expect(derivedRecordId('other', 'device-w01', 'k1')).not.toBe(id);
  });

  it('keys a record by id, and indexes it by window-month, center-month and audit day (Beijing)', () => {
    // Submitted 02:20 UTC on the 15th = 10:20 Beijing, the same day.
    expect(recordKeys(record, '2026-10-15')).toEqual({
      pk: 'C#demo#R#r1',
      sk: 'R',
      gsi1pk: 'C#demo#M#2026-10',
      gsi1sk: 'evaluation#2026-10-15T02:20:00.000Z#r1',
      gsi2pk: 'C#demo#W#w01#M#2026-10',
      gsi2sk: 'evaluation#2026-10-15T02:20:00.000Z#r1',
      gsi3pk: 'C#demo#D#2026-10-15',
      gsi3sk: '2026-10-15T02:20:01.000Z#r1',
    });
  });

  it('keeps all aggregates of a center-month in one partition, and its facts in another, by type and subject', () => {
    expect(aggregateKey('demo', '2026-10', 'W#w01')).toEqual({ pk: 'C#demo#AGG#2026-10', sk: 'W#w01' });
    expect(factKey('demo', '2026-10', 'O#o001', 'finding', 'r9')).toEqual({ pk: 'C#demo#F#2026-10', sk: 'finding#O#o001#r9' });
    expect(factKey('demo', '2026-10', 'C', 'objection', 'r9')).toEqual({ pk: 'C#demo#F#2026-10', sk: 'objection#C#r9' });
    expect(factKey('demo', '2026-10', 'C', 'objection', 'r9').sk.startsWith(factPrefix('objection', 'C'))).toBe(true);
  });

  it('guards one sign-in per officer and day with a condition on the day map, no extra item', () => {
    const op = aggregateOp('demo', { month: '2026-10', subject: 'O#o001', counters: { 'attendance.signIns': 1 }, set: { 'day.2026-10-15.in': '08:12\tr1' }, once: { 'day.2026-10-15.in': 'duplicateSignIn' } });
    expect(op).toEqual({
      op: 'update',
      key: { pk: 'C#demo#AGG#2026-10', sk: 'O#o001' },
      set: { month: '2026-10', subject: 'O#o001', 'e:day.2026-10-15.in': '08:12\tr1' },
      add: { 'n:A.I': 1 },
      condition: { kind: 'missing', attribute: 'e:day.2026-10-15.in' },
    });
  });
});

/**
 * A store that answers reads from a map and keeps the writes it is asked for; the writes
 * listed in `refuse` fail their condition on the operation at that index, as a store would.
 */
function recordingStore(items: Record<string, Item>, refuse: Record<number, number> = {}): ItemStore & { writes: WriteOp[][]; reads: Key[] } {
  const writes: WriteOp[][] = [];
  const reads: Key[] = [];
  return {
    engine: 'dynamodb',
    writes,
    reads,
    get: async (key: Key) => (reads.push(key), items[`${key.pk}|${key.sk}`]),
    query: async () => [],
    write: async (ops) => {
      writes.push([...ops]);
      const failing = refuse[writes.length - 1];
      if (failing !== undefined) throw new ConditionFailed([failing]);
    },
    putMany: async () => undefined,
  };
}

const claim = { requestHash: 'h', response: { status: 201, body: { id: 'r1' } } };
const audit = { role: 'device', routeKey: 'POST /e', requestId: 'req-1' };

describe('intake write', () => {
  it('is two items for a rating, written without a read: the record (put if absent) and its window-month aggregate', async () => {
    const store = recordingStore({});
    const outcome = await appendRecord(store, { record, claim, audit, consecutiveIntervalSeconds: 20 });
    expect(outcome).toEqual({ kind: 'created' });
    expect(store.reads).toEqual([]);
    const [ops] = store.writes;
    expect(ops).toHaveLength(2);
    expect(ops![0]).toMatchObject({
      op: 'put',
      condition: { kind: 'absent' },
      item: { pk: 'C#demo#R#r1', requestHash: 'h', response: '{"status":201,"body":{"id":"r1"}}', role: 'device', routeKey: 'POST /e', requestId: 'req-1', credential: 'jti-1' },
    });
    expect(ops![1]).toMatchObject({
      op: 'update',
      key: { pk: 'C#demo#AGG#2026-10', sk: 'W#w01' },
      add: { 'n:E': 1, 'n:S': 1, 'n:O.o001.E': 1, 'n:O.o001.S': 1 },
      // Rated 10:20:00 Beijing = 02:20:00 UTC: it starts the device's state afresh if the
      // aggregate exists (so does the window) and the device last rated 20 s before or earlier.
      condition: { kind: 'present-and-below', attribute: 'e:device.device-w01', value: '2026-10-15T02:19:40.000Z~' },
    });
    expect(String((ops![1] as { set: Record<string, unknown> }).set['e:device.device-w01'])).toMatch(/^2026-10-15T02:20:00\.000Z\t\tr1\t/);
  });

  it('reads the device state when that condition fails, and conditions the write on what it read', async () => {
    const window = { pk: 'C#demo', sk: 'W#w01' };
    // The window-month's first rating: no aggregate yet, so the first write fails on it.
    const store = recordingStore({ 'C#demo|W#w01': window }, { 0: 1 });
    const outcome = await appendRecord(store, { record, claim, audit, consecutiveIntervalSeconds: 20 });
    expect(outcome).toEqual({ kind: 'created' });
    expect(store.reads).toEqual([{ pk: 'C#demo#AGG#2026-10', sk: 'W#w01' }, window]);
    expect(store.writes).toHaveLength(2);
    expect(store.writes[1]![1]).toMatchObject({ condition: { kind: 'missing', attribute: 'e:device.device-w01' } });
  });

  it('refuses a rating for a window the center does not have, once the aggregate is found missing', async () => {
    const store = recordingStore({}, { 0: 1 });
    expect(await appendRecord(store, { record, claim, audit, consecutiveIntervalSeconds: 20 })).toEqual({ kind: 'unknown-window' });
    expect(store.writes).toHaveLength(1);
  });
});

/**
 * The audit recount (审计复核) on the real local database: records appended the way intake
 * appends them, corrections included, recount to exactly the stored aggregates; an
 * aggregate changed behind intake's back is reported, and nothing else.
 */
import { randomUUID } from 'node:crypto';
import { createCalendar } from '#core/calendar';
import { beforeAll, describe, expect, it } from 'vitest';
import { CENTER_LEVEL_WINDOW, COUNTER, windowSubject } from '#core/aggregates';
import type { MonthRecount } from '#core/recount';
import { RECORD_TYPES, type RecordTypeName } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { recountMonth, recountPeriod } from '#functions/jobs/recount';
import { counterAttribute, listAggregatesForMonth } from '#store/aggregates';
import { putCenter, putMembers } from '#store/center';
import type { Store } from '#store/client';
import { aggregateKey, factKey, factPk } from '#store/keys';
import { type StoredRecord, appendRecord } from '#store/records';
import { generateDemoCenter } from '../../shared/demo/demo-center.ts';
import { freshStore } from '../support/store.ts';

const CENTER = 'demo';
const MONTH = '2026-09';
// A few records of every type the demo has in September: counters and member lines of
// windows, officers and the center all take part.
const PER_TYPE = 3;

let store: Store;
const appended: StoredRecord[] = [];

/** Appends as functions/submit-record.ts does: the record's deltas, and a replaced record's taken back. */
async function append(record: StoredRecord, superseding?: StoredRecord): Promise<void> {
  const outcome = await appendRecord(store, {
    record,
    claim: { requestHash: record.id, response: { status: 201, body: { id: record.id } } },
    audit: { role: superseding ? 'supervisor' : 'clerk', routeKey: 'POST /test' },
    calendar: createCalendar(),
    consecutiveIntervalSeconds: 20,
    ...(superseding ? { superseding } : {}),
  });
  expect(outcome).toEqual({ kind: 'created' });
  appended.push(record);
}

/** A correction (更正) of `old` with a new body, placed by its type as intake places it. */
async function correct(old: StoredRecord, body: Record<string, unknown>): Promise<StoredRecord> {
  const type = RECORD_TYPES[old.type as RecordTypeName] as RecordType<any>;
  const record: StoredRecord = {
    ...old,
    id: randomUUID(),
    windowId: type.windowOf(body) ?? CENTER_LEVEL_WINDOW,
    month: type.monthOf(body),
    at: type.at(body),
    submittedBy: 'supervisor-1',
    submittedAt: new Date().toISOString(),
    body,
    supersedes: old.id,
    reason: '审计复核测试更正',
  };
  await append(record, old);
  return record;
}

const first = (type: string): StoredRecord => appended.find((r) => r.type === type && !r.supersedes)!;

beforeAll(async () => {
  store = await freshStore();
  const demo = generateDemoCenter();
  await putCenter(store, demo.center);
  await putMembers(store, CENTER, demo.windows, demo.officers);
  const taken = new Map<string, number>();
  for (const record of demo.records) {
    const count = taken.get(record.type) ?? 0;
    if (record.month !== MONTH || count >= PER_TYPE) continue;
    taken.set(record.type, count + 1);
    await append({ ...record, centerId: CENTER, credential: 'recount-test' });
  }

  // A rating corrected twice: only the last correction stands.
  const rating = first('evaluation');
  const once = await correct(rating, { ...rating.body, rating: rating.body.rating === '不满意' ? '满意' : '不满意' });
  await correct(once, { ...once.body, scale: 'five-level', rating: '基本满意' });
  // A member line replaced.
  const commendation = first('commendation');
  await correct(commendation, { ...commendation.body, note: '更正后的表扬说明' });
  // A volume filed under the wrong month moves to August.
  const volume = first('volume');
  await correct(volume, { ...volume.body, month: '2026-08' });
}, 120_000);

const agreeing = (month: string) => ({ month, subjects: expect.any(Number), mismatches: [] });

describe('recount', () => {
  it('agrees with the aggregates intake moved, corrections included, month by month', async () => {
    const progress: [string, number, number][] = [];
    const recount = await recountPeriod(store, CENTER, '2026-Q3', (month, done, total) => progress.push([month.month, done, total]));
    expect(recount).toEqual({ centerId: CENTER, period: '2026-Q3', months: ['2026-07', '2026-08', '2026-09'].map(agreeing), agrees: true });
    expect(progress).toEqual([
      ['2026-07', 1, 3],
      ['2026-08', 2, 3],
      ['2026-09', 3, 3],
    ]);
    const [july, august, september] = recount.months as [MonthRecount, MonthRecount, MonthRecount];
    expect(july.subjects).toBe(0);
    // The moved volume is August's only record: one window.
    expect(august.subjects).toBe(1);
    expect(september.subjects).toBeGreaterThan(10);
  });

  it('files a patrol as a record alone, and reads past a patrol fact a table written before holds', async () => {
    const patrol = first('patrol');
    expect(await store.query({ pk: factPk(CENTER, MONTH) })).not.toContainEqual(expect.objectContaining({ sk: expect.stringContaining('#patrol#') }));
    const before = await listAggregatesForMonth(store, CENTER, MONTH);
    // The fact item an earlier version filed for the patrol under its window.
    await store.putMany([{ ...factKey(CENTER, MONTH, windowSubject(patrol.windowId), 'patrol', patrol.id), body: JSON.stringify(patrol.body) }]);
    expect(await listAggregatesForMonth(store, CENTER, MONTH)).toEqual(before);
    expect((await recountMonth(store, CENTER, MONTH)).mismatches).toEqual([]);
  });

  it('reports exactly the subject and counter changed behind intake’s back', async () => {
    const subject = windowSubject(first('evaluation').windowId);
    const before = (await listAggregatesForMonth(store, CENTER, MONTH)).get(subject)!.counters.evaluations!;
    // The stored attribute of the counter (shared/store/aggregates.ts), bumped by one.
    await store.write([{ op: 'update', key: aggregateKey(CENTER, MONTH, subject), add: { [counterAttribute(COUNTER.evaluations)]: 1 } }]);
    const recount = await recountMonth(store, CENTER, MONTH);
    expect(recount.mismatches).toEqual([
      { subject, counters: [{ name: 'evaluations', expected: before, stored: before + 1 }], missing: [], extra: [] },
    ]);
  });
});

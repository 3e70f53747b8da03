/**
 * No item grows with the number of records (issue #11): one window-month is fed far more
 * of every record type than a real one sees — 20 000 ratings from 10 devices and 12
 * officers, 5 000 cases and their completions, a sign-in, a leave and an absence for every
 * day of the month, 300 public complaints of 2 000 characters, 300 objections, findings,
 * patrols, trainings … — folded by the same builders intake and the loaders use, and every
 * resulting item is measured as DynamoDB sizes it (attribute names plus values, UTF-8).
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import type { MonthlyEvaluation } from '#core/published';
import { RECORD_TYPES, type RecordTypeName } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { MAX_SCORES_PER_SHEET } from '#core/records/ballot';
import { foldedItems } from '#store/demo-loader';
import { publishedItem } from '#store/published';
import { type StoredRecord, recordItem } from '#store/records';
import { EXAMPLES } from '../../support/record-examples.ts';

const LIMIT = 8 * 1024;
const MONTH = '2026-11';

/** DynamoDB's item size: each attribute's name and value in UTF-8, numbers about 1 byte per 2 digits. */
export function itemBytes(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (typeof value === 'number') return Math.ceil(String(value).replace(/^-/, '').length / 2) + 1;
  if (Array.isArray(value)) return 3 + value.reduce((n, v) => n + 1 + itemBytes(v), 0);
  return 3 + Object.entries(value as object).reduce((n, [k, v]) => n + Buffer.byteLength(k, 'utf8') + 1 + itemBytes(v), 0);
}

/** What kind of item a key is: its partition key with ids and dates taken out. */
const kindOf = (item: Record<string, unknown>): string =>
  String(item.pk)
    .replace(/^C#[^#]+/, 'C')
    .replace(/#R#.*/, '#R (record)')
    .replace(/#(AGG|F|FLAG)#.*/, '#$1')
    .replace(/#CASE#.*/, '#CASE') + (String(item.pk).includes('#AGG#') ? `/${String(item.sk).slice(0, 1)}` : '');

let n = 0;
function record(type: RecordTypeName, body: Record<string, unknown>, submittedBy = 'clerk-w01'): StoredRecord {
  const recordType = RECORD_TYPES[type] as RecordType<any>;
  const id = `r${String(n++).padStart(19, '0')}`;
  return {
    id,
    centerId: 'demo',
    windowId: recordType.windowOf(body) ?? '_',
    month: MONTH,
    type,
    at: recordType.at(body),
    submittedBy,
    submittedAt: '2026-11-30T09:00:00.000Z',
    credential: 'jti-0123456789abcdef',
    body,
  };
}

describe('item sizes at volume', () => {
  it('keeps every item kind under 8 KB, whatever the number of records', () => {
    const records: StoredRecord[] = [];
    for (let i = 0; i < 20_000; i++) {
      // Each device every 15 s: one burst of 2 000 ratings a device, flagged (its flag stays small).
      const device = `device-w01-${i % 10}`;
      const ratedAt = new Date(Date.parse('2026-11-02T01:00:00Z') + i * 1_500).toISOString();
      records.push(record('evaluation', { ...EXAMPLES.evaluation, officerId: `o${String(i % 12).padStart(3, '0')}`, ratedAt, rating: i % 7 ? '满意' : '不满意' }, device));
    }
    for (let i = 0; i < 5_000; i++) {
      records.push(record('case', { ...EXAMPLES.case, caseNumber: `K-${i}`, caseType: 'promised', promisedWorkingDays: 3, acceptedDate: '2026-11-03', completedDate: undefined }));
      records.push(record('case-completion', { ...EXAMPLES['case-completion'], caseNumber: `K-${i}`, completedDate: i % 3 ? '2026-11-05' : '2026-11-20' }));
    }
    for (let day = 1; day <= 30; day++) {
      const date = `2026-11-${String(day).padStart(2, '0')}`;
      records.push(record('attendance', { ...EXAMPLES.attendance, date }));
      records.push(record('attendance', { entry: 'leave', windowId: 'w01', officerId: 'o001', date, kind: 'sick', approval: 'prior' }));
      records.push(record('attendance', { entry: 'absent', windowId: 'w01', officerId: 'o001', date }));
    }
    const long = '投'.repeat(2000);
    for (let i = 0; i < 300; i++) {
      records.push(record('complaint', { ...EXAMPLES.complaint, summary: long, complainantName: '某'.repeat(64), complainantContact: 'c'.repeat(200) }, 'public'));
      records.push(record('objection', { ...EXAMPLES.objection, text: '异'.repeat(500), contact: '1'.repeat(200) }, 'public'));
      records.push(record('finding', { ...EXAMPLES.finding, evidence: '证'.repeat(2000) }));
      records.push(record('patrol', EXAMPLES.patrol));
      records.push(record('commendation', EXAMPLES.commendation));
      records.push(record('volume', EXAMPLES.volume));
    }
    const officers = Array.from({ length: 120 }, (_, i) => `o${String(i).padStart(3, '0')}`);
    records.push(record('training', { ...EXAMPLES.training, present: officers.slice(0, 100), excused: officers.slice(100, 110), absent: officers.slice(110) }));

    const items = [
      ...foldedItems('demo', records, createCalendar(), 20),
      // A record as intake stores it, with the answer to replay and the audit fields.
      ...records.slice(-8).map((r) => recordItem(r, { requestHash: 'a'.repeat(64), response: { status: 201, body: { id: r.id, type: r.type, centerId: 'demo', windowId: r.windowId, month: MONTH } } }, { role: 'supervisor', routeKey: 'POST /api/v1/centers/{center}/complaints', requestId: 'abcdefghijklmnop' })),
    ];
    const largest = new Map<string, number>();
    for (const item of items) largest.set(kindOf(item), Math.max(largest.get(kindOf(item)) ?? 0, itemBytes(item)));
    // Every kind present: records, window and officer aggregates, facts, case numbers, flags.
    expect([...largest.keys()].sort()).toEqual(['C#AGG/O', 'C#AGG/W', 'C#CASE', 'C#F', 'C#FLAG', 'C#R (record)']);
    for (const [kind, bytes] of largest) expect({ kind, bytes, under8KB: bytes <= LIMIT }).toEqual({ kind, bytes, under8KB: true });
    // The window item: 20 000 ratings and 5 000 cases, yet a few counters per officer and device.
    expect(largest.get('C#AGG/W')!).toBeLessThan(2 * 1024);
  });

  it('keeps a full score sheet and a large center’s published month under 8 KB', () => {
    // A ballot scoring as many candidates as intake takes: its record and its fact item.
    const scores = Array.from({ length: MAX_SCORES_PER_SHEET }, (_, i) => ({ candidateId: `o${String(i).padStart(4, '0')}`, score: '97.5' }));
    const ballot = record('ballot', { honorId: 'quarterly-stars', period: '2026-Q4', scores }, 'head-w01');
    const ballotItems = [...foldedItems('demo', [ballot], createCalendar(), 20), recordItem(ballot, { requestHash: 'a'.repeat(64), response: { status: 201, body: { id: ballot.id } } }, { role: 'head', routeKey: 'POST /api/v1/centers/{center}/ballots', requestId: 'abcdefghijklmnop' })];
    expect(ballotItems.map(kindOf)).toEqual(expect.arrayContaining(['C#F', 'C#R (record)']));
    for (const item of ballotItems) expect(itemBytes(item)).toBeLessThanOrEqual(LIMIT);

    // A month of 200 windows (the benchmark's largest center) with 50 corrections: stored compressed.
    const windows = Array.from({ length: 200 }, (_, i) => ({
      windowId: `w${String(i + 1).padStart(3, '0')}`,
      component: (((i * 37) % 500) / 100).toFixed(2),
      satisfactionRate: (95 + ((i * 13) % 500) / 100).toFixed(2),
      evaluations: 1000 + ((i * 7919) % 900),
      required: 100,
      volume: 200 + ((i * 104729) % 700),
      score: (90 + ((i * 31) % 1000) / 100).toFixed(2),
    }));
    const corrections = Array.from({ length: 50 }, (_, i) => ({
      date: '2026-12-03',
      recordId: `r${String(i).padStart(19, '7')}`,
      supersedes: `s${String(i * 3).padStart(19, '3')}`,
      reason: '经调阅评价器记录与现场录像核实，该笔评价群众实际选择不满意，设备误记为满意，予以更正。'.repeat(2).slice(0, 60 + (i % 40)),
      changes: [
        { windowId: 'w003', field: 'score' as const, before: '98.91', after: '98.86' },
        { windowId: 'w003', field: 'component' as const, before: '3.96', after: '3.91' },
      ],
    }));
    const month: MonthlyEvaluation = {
      kind: 'monthly-evaluation',
      centerId: 'demo',
      period: MONTH,
      publishedAt: '2026-12-10T02:00:00.000Z',
      rulebook: { id: 'default', version: '1.0.0', hash: 'a'.repeat(64) },
      closesOn: '2026-12-07',
      state: 'closed',
      corrections,
      windows,
    };
    expect(Buffer.byteLength(JSON.stringify(month))).toBeGreaterThan(4 * LIMIT);
    expect(itemBytes(publishedItem(month))).toBeLessThanOrEqual(LIMIT);
  });
});

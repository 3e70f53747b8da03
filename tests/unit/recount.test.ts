/**
 * The recount's comparison (审计复核), on hand-made aggregates: every way an aggregate can
 * disagree with its records is reported by subject, in key order; agreeing ones are not.
 */
import { describe, expect, it } from 'vitest';
import { type SubjectTotals, compareAggregates, expectedAggregates } from '#core/recount';

const MONTH = '2026-11';
const line = (recordId: string, body: object) => `${recordId}\t${JSON.stringify(body)}`;
const letter = line('c1', { date: '2026-11-13', kind: 'letter', note: '感谢信', verifiedBy: 's1', windowId: 'w01' });
const patrol = line('p1', { date: '2026-11-13', findings: [], officerId: 'o001', session: 'afternoon', windowId: 'w01' });

/** w01: 42 ratings, 41 satisfied, 120 accepted, a commendation; o001: 20 ratings, a patrol. */
const agreed = (): Map<string, SubjectTotals> =>
  new Map<string, SubjectTotals>([
    ['O#o001', { counters: { evaluations: 20, satisfied: 20 }, members: { patrol: [patrol] } }],
    ['W#w01', { counters: { evaluations: 42, satisfied: 41, volume: 120 }, members: { commendation: [letter] } }],
  ]);

describe('comparing aggregates', () => {
  it('finds nothing when the stored aggregates are the expected ones', () => {
    expect(compareAggregates(MONTH, agreed(), agreed())).toEqual({ month: MONTH, subjects: 2, mismatches: [] });
  });

  it('treats a zero counter as an absent one, and an emptied subject as no subject', () => {
    const stored = agreed();
    // A correction took o002's only rating back out: its item stays, with zeros and no members.
    stored.set('O#o002', { counters: { evaluations: 0, satisfied: 0 }, members: {} });
    const expected = agreed();
    expected.set('W#w01', { ...expected.get('W#w01')!, counters: { evaluations: 42, satisfied: 41, volume: 120, late: 0 } });
    expect(compareAggregates(MONTH, expected, stored)).toEqual({ month: MONTH, subjects: 3, mismatches: [] });
  });

  it('reports a wrong counter with both values', () => {
    const stored = agreed();
    stored.set('W#w01', { ...stored.get('W#w01')!, counters: { evaluations: 42, satisfied: 40, volume: 120 } });
    expect(compareAggregates(MONTH, agreed(), stored).mismatches).toEqual([
      { subject: 'W#w01', counters: [{ name: 'satisfied', expected: 41, stored: 40 }], missing: [], extra: [] },
    ]);
  });

  it('reports a member line the aggregate lacks, and one no record accounts for', () => {
    const stored = agreed();
    const stray = line('c9', { date: '2026-11-20', kind: 'banner', note: '锦旗', verifiedBy: 's2', windowId: 'w01' });
    stored.set('W#w01', { ...stored.get('W#w01')!, members: { commendation: [stray] } });
    expect(compareAggregates(MONTH, agreed(), stored).mismatches).toEqual([
      { subject: 'W#w01', counters: [], missing: [`commendation\t${letter}`], extra: [`commendation\t${stray}`] },
    ]);
  });

  it('reports a subject on one side only against an empty aggregate, every subject in key order', () => {
    const stored = agreed();
    stored.delete('O#o001');
    stored.set('W#w02', { counters: { volume: 7 }, members: {} });
    stored.set('C', { counters: {}, members: { training: [line('t1', { sessionId: 's-11' })] } });
    expect(compareAggregates(MONTH, agreed(), stored)).toEqual({
      month: MONTH,
      subjects: 4,
      mismatches: [
        { subject: 'C', counters: [], missing: [], extra: [`training\t${line('t1', { sessionId: 's-11' })}`] },
        {
          subject: 'O#o001',
          counters: [
            { name: 'evaluations', expected: 20, stored: 0 },
            { name: 'satisfied', expected: 20, stored: 0 },
          ],
          missing: [`patrol\t${patrol}`],
          extra: [],
        },
        { subject: 'W#w02', counters: [{ name: 'volume', expected: 0, stored: 7 }], missing: [], extra: [] },
      ],
    });
  });
});

describe('expected aggregates', () => {
  it('fold the records that stand, leaving out the superseded ones', () => {
    const records = [
      { id: 'r1', type: 'evaluation', month: MONTH, windowId: 'w01', body: { scale: 'two-level', rating: '不满意', officerId: 'o001' } },
      // r2 corrects r1: the rating was 满意.
      { id: 'r2', type: 'evaluation', month: MONTH, windowId: 'w01', body: { scale: 'two-level', rating: '满意', officerId: 'o001' } },
      { id: 'r3', type: 'evaluation', month: MONTH, windowId: 'w01', body: { scale: 'two-level', rating: '不满意' } },
      { id: 'v1', type: 'volume', month: MONTH, windowId: 'w01', body: { accepted: 120 } },
      {
        id: 'c1',
        type: 'commendation',
        month: MONTH,
        windowId: 'w01',
        body: { windowId: 'w01', kind: 'letter', date: '2026-11-13', note: '感谢信', verifiedBy: 's1' },
      },
    ];
    // w01: r2 and r3 are 2 ratings, 1 satisfied (r2), one 满意 and one 不满意 of the two-level
    // scale; o001 (kept in w01's item, read as its own): r2 alone, 1 of 1.
    expect(expectedAggregates(records, new Set(['r1']))).toEqual(
      new Map([
        [
          'W#w01',
          {
            counters: { evaluations: 2, satisfied: 1, 'rating.two-level.满意': 1, 'rating.two-level.不满意': 1, volume: 120 },
            members: { commendation: [letter] },
            entries: {},
          },
        ],
        ['O#o001', { counters: { evaluations: 1, satisfied: 1 }, members: {}, entries: {} }],
      ]),
    );
  });
});

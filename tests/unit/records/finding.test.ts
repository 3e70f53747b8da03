/** Findings (扣分/加分事项) — DOMAIN.md §3.7, §4.4; codes from defaultFindingCodes(). */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { findingRecord } from '#core/records/finding';
import { fieldIssues } from '#core/records/types';
import { defaultRulebook } from '#core/rulebook/default';

// The shape by the schema, then the codes and items by the rulebook, as intake checks them.
const paths = (input: unknown) => {
  const result = findingRecord.body.safeParse(input);
  if (result.success) return findingRecord.checkRules!(result.data, defaultRulebook()).map((i) => i.path);
  return fieldIssues(result.error).map((i) => i.path);
};
const finding = {
  code: 'W-SVC-COMPLAINT-VERIFIED',
  subject: 'window',
  windowId: 'w05',
  date: '2026-11-10',
  evidence: '投诉经核实属实：窗口拒绝一次性告知材料',
  verifiedBy: 'supervisor-1',
  sourceKind: 'complaint',
  sourceRecordId: '7f1d2c9e-5b8a-4c3f-9e21-0a6b4d8f1e23',
};

describe('finding', () => {
  it('parses a window deduction from a verified complaint', () => {
    const parsed = findingRecord.body.parse(finding);
    expect(findingRecord.windowOf(parsed)).toBe('w05');
    expect(findingRecord.officersOf!(parsed)).toEqual([]);
    expect(findingRecord.monthOf(parsed)).toBe('2026-11');
  });

  it('the code must exist and fit the subject', () => {
    expect(paths({ ...finding, code: 'W-SVC-COMPLAINT-TRUE' })).toEqual(['code']);
    expect(paths({ ...finding, subject: 'officer', officerId: 'o030' })).toEqual(['subject']); // a window code
    expect(paths({ ...finding, code: 'O-DISC-LATE', subject: 'officer' })).toEqual(['officerId']);
    expect(paths({ ...finding, code: 'O-DISC-LATE', subject: 'officer', officerId: 'o030' })).toEqual([]);
  });

  it('fixed codes take their points; range codes points within the range', () => {
    expect(paths({ ...finding, points: '5' })).toEqual([]);
    expect(paths({ ...finding, points: '3' })).toEqual(['points']);
    const goodDeed = { ...finding, code: 'B-W-GOOD-DEED', sourceKind: 'other', sourceRecordId: undefined }; // bonus 2–5
    expect(paths({ ...goodDeed, points: '3.5' })).toEqual([]);
    expect(paths({ ...goodDeed, points: '6' })).toEqual(['points']);
    expect(paths({ ...goodDeed, points: '1.99' })).toEqual(['points']);
    expect(paths(goodDeed)).toEqual(['points']);
  });

  it('level codes need a level; case-working-day codes a count; others neither', () => {
    const media = { ...finding, code: 'W-SVC-MEDIA-CRITICISM', sourceKind: 'other' };
    expect(paths(media)).toEqual(['level']);
    expect(paths({ ...media, level: 'municipal' })).toEqual([]);
    expect(paths({ ...media, level: 'county' })).toEqual(['level']);
    const overdue = { ...finding, code: 'W-SVC-CASE-OVERDUE', sourceKind: 'other' };
    expect(paths(overdue)).toEqual(['count']);
    expect(paths({ ...overdue, count: 2 })).toEqual([]);
    expect(paths({ ...overdue, count: 0 })).toEqual(['count']);
    expect(paths({ ...finding, count: 1 })).toEqual(['count']);
    expect(paths({ ...finding, level: 'district' })).toEqual(['level']);
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...finding, date: '2026-02-31' })).toEqual(['date']);
    expect(paths({ ...finding, sourceKind: 'rumour' })).toEqual(['sourceKind']);
    expect(paths({ ...finding, evidence: '   ' })).toEqual(['evidence']);
    expect(paths({ ...finding, evidence: '证'.repeat(2001) })).toEqual(['evidence']);
    expect(paths({ ...finding, sourceRecordId: 'a#b' })).toEqual(['sourceRecordId']);
    expect(paths({ ...finding, points_: '5' })).toEqual(['points_']);
  });

  it('no finding dated in the future', () => {
    const parsed = findingRecord.body.parse(finding);
    expect(findingRecord.checkAt!(parsed, new Date('2026-11-09T23:59:00+08:00'), createCalendar()).map((i) => i.path)).toEqual(['date']);
  });
});

/** Hygiene inspections (卫生检查) — seed 003 §卫生工作考核办法 三、(二), DOMAIN.md §4.2. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { inspectionRecord } from '#core/records/inspection';
import { fieldIssues } from '#core/records/types';
import { defaultRulebook } from '#core/rulebook/default';

// The shape by the schema, then the codes and items by the rulebook, as intake checks them.
const paths = (input: unknown) => {
  const result = inspectionRecord.body.safeParse(input);
  if (result.success) return inspectionRecord.checkRules!(result.data, defaultRulebook()).map((i) => i.path);
  return fieldIssues(result.error).map((i) => i.path);
};
const inspection = {
  windowId: 'w03',
  quarter: '2026-Q3',
  date: '2026-09-15',
  inspector: '第三方保洁督导 李',
  deductions: [
    { item: 'dust', points: '0.5' },
    { item: 'bulletin-board', points: '2' },
    { item: 'smoking' },
    { item: 'cigarette-butt', points: '5', note: '垃圾桶旁发现烟蒂' },
  ],
};

describe('inspection', () => {
  it('parses an inspection: range items in half points, fixed items with or without their 5', () => {
    const parsed = inspectionRecord.body.parse(inspection);
    expect(inspectionRecord.windowOf(parsed)).toBe('w03');
    expect(inspectionRecord.monthOf(parsed)).toBe('2026-09');
    expect(paths({ ...inspection, deductions: [] })).toEqual([]); // all in order: 100 points
  });

  it('range items take 0.5–2 in steps of 0.5, and need their points', () => {
    const one = (deduction: object) => paths({ ...inspection, deductions: [deduction] });
    expect(one({ item: 'litter', points: '1.5' })).toEqual([]);
    expect(one({ item: 'dust', points: '2.5' })).toEqual(['deductions.0.points']);
    expect(one({ item: 'dust', points: '0' })).toEqual(['deductions.0.points']);
    expect(one({ item: 'dust', points: '0.75' })).toEqual(['deductions.0.points']);
    expect(one({ item: 'bin-full' })).toEqual(['deductions.0.points']);
    expect(one({ item: 'smoking', points: '4' })).toEqual(['deductions.0.points']);
    expect(one({ item: 'dust', points: '1,5' })).toEqual(['deductions.0.points']);
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...inspection, deductions: [{ item: 'graffiti', points: '1' }] })).toEqual(['deductions.0.item']);
    expect(paths({ ...inspection, deductions: [{ item: 'dust', points: '1' }, { item: 'dust', points: '1' }] })).toEqual(['deductions.1.item']);
    expect(paths({ ...inspection, date: '2026-10-08' })).toEqual(['date']); // outside Q3
    expect(paths({ ...inspection, quarter: '2026-Q5' })).toEqual(['quarter']);
    expect(paths({ ...inspection, date: '2026-09-31' })).toEqual(['date']);
    expect(paths({ ...inspection, score: 88 })).toEqual(['score']);
  });

  it('no inspection in the future', () => {
    const parsed = inspectionRecord.body.parse(inspection);
    const calendar = createCalendar();
    expect(inspectionRecord.checkAt!(parsed, new Date('2026-09-14T12:00:00+08:00'), calendar).map((i) => i.path)).toEqual(['date']);
    expect(inspectionRecord.checkAt!(parsed, new Date('2026-09-15T08:00:00+08:00'), calendar)).toEqual([]);
  });
});

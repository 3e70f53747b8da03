/**
 * Yearly ratings (年度考核评分) — seed 003 §窗口工作人员年度考核的实施办法 五: window head —
 * unit leader 10, peer heads 6, center departments 24; staff — unit leader 6, window head 10,
 * center departments 24.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { checkYearlyRatingShare, yearlyRatingRecord } from '#core/records/yearly-rating';
import { fieldIssues } from '#core/records/types';
import { defaultRulebook } from '#core/rulebook/default';

const shares = defaultRulebook().yearlyAssessment!.raterShares;
const paths = (input: unknown) => {
  const result = yearlyRatingRecord.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};
const rating = { year: '2026', raterKind: 'center-departments', ratedBy: '管理科', officerId: 'o070', points: '22.5' };

describe('yearly-rating', () => {
  it('parses a rating; center-level, filed in December', () => {
    const parsed = yearlyRatingRecord.body.parse(rating);
    expect(yearlyRatingRecord.windowOf(parsed)).toBeUndefined();
    expect(yearlyRatingRecord.monthOf(parsed)).toBe('2026-12');
    expect(yearlyRatingRecord.officersOf!(parsed)).toEqual(['o070']);
  });

  it('the body bounds points by the largest share, 24', () => {
    expect(paths({ ...rating, points: '24' })).toEqual([]);
    expect(paths({ ...rating, points: '24.5' })).toEqual(['points']);
    expect(paths({ ...rating, points: '-1' })).toEqual(['points']);
    expect(paths({ ...rating, points: 20 })).toEqual(['points']); // a decimal string, never a float
    expect(paths({ ...rating, raterKind: 'original-unit-leader' })).toEqual(['raterKind']);
    expect(paths({ ...rating, year: '26' })).toEqual(['year']);
  });

  it('the share depends on the officer’s role', () => {
    expect(checkYearlyRatingShare('staff', 'unit-leader', '6', shares)).toEqual([]);
    expect(checkYearlyRatingShare('staff', 'unit-leader', '6.5', shares).map((i) => i.path)).toEqual(['points']);
    expect(checkYearlyRatingShare('head', 'unit-leader', '10', shares)).toEqual([]);
    expect(checkYearlyRatingShare('head', 'peer-heads', '7', shares).map((i) => i.path)).toEqual(['points']);
    // A head is not rated by a window head; staff are not rated by peer heads.
    expect(checkYearlyRatingShare('head', 'window-head', '5', shares).map((i) => i.path)).toEqual(['raterKind']);
    expect(checkYearlyRatingShare('staff', 'peer-heads', '5', shares).map((i) => i.path)).toEqual(['raterKind']);
  });

  it('no rating for a year that has not begun', () => {
    const parsed = yearlyRatingRecord.body.parse({ ...rating, year: '2027' });
    const calendar = createCalendar();
    expect(yearlyRatingRecord.checkAt!(parsed, new Date('2026-12-31T23:00:00+08:00'), calendar).map((i) => i.path)).toEqual(['year']);
    expect(yearlyRatingRecord.checkAt!(parsed, new Date('2026-12-31T16:30:00Z'), calendar)).toEqual([]); // 2027-01-01 in Beijing
  });
});

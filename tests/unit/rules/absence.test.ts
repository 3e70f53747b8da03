import { describe, expect, it } from 'vitest';
import { dailyScoreForfeit } from '#core/rules/absence';

const RULES = { maxConsecutiveDays: 10, maxUnapprovedAbroadDays: 10 };

describe('absence forfeiting the year’s 平时 score (seed 003 §年度考核 五、(一))', () => {
  it('旷工 or overstayed leave for more than 10 consecutive calendar days', () => {
    // 10 days is not "more than 10"; 11 is
    expect(dailyScoreForfeit([{ kind: 'absence', days: 10, records: ['a1'] }], RULES)).toBeNull();
    expect(dailyScoreForfeit([{ kind: 'absence', days: 11, records: ['a2', 'a1'] }], RULES)).toEqual({
      rule: 'consecutive-absence',
      days: 11,
      records: ['a1', 'a2'],
    });
    // two separate spells of 6 are not one of 12
    expect(
      dailyScoreForfeit(
        [
          { kind: 'absence', days: 6, records: ['a1'] },
          { kind: 'absence', days: 6, records: ['a2'] },
        ],
        RULES,
      ),
    ).toBeNull();
  });

  it('unapproved travel abroad counts in total: 6 + 5 = 11 > 10', () => {
    const trips = [
      { kind: 'abroad' as const, days: 6, records: ['t1'] },
      { kind: 'abroad' as const, days: 5, records: ['t2'] },
    ];
    expect(dailyScoreForfeit(trips, RULES)).toEqual({ rule: 'unapproved-abroad', days: 11, records: ['t1', 't2'] });
    expect(dailyScoreForfeit(trips.slice(0, 1), RULES)).toBeNull();
  });

  it('rejects a negative or fractional spell', () => {
    expect(() => dailyScoreForfeit([{ kind: 'absence', days: -1, records: [] }], RULES)).toThrow(RangeError);
    expect(() => dailyScoreForfeit([{ kind: 'abroad', days: 1.5, records: [] }], RULES)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { addMonths, isNoLongerThan, lastDayOf, monthsOf, periodContainsMonth, periodKindOf, periodRulesDate, quarterOf } from '#core/rules/period';

describe('assessment periods', () => {
  it('reads months, quarters and years', () => {
    expect([periodKindOf('2024-05'), periodKindOf('2024-Q2'), periodKindOf('2024')]).toEqual(['month', 'quarter', 'year']);
    for (const bad of ['2024-13', '2024-Q5', '24', '2024-5']) expect(() => periodKindOf(bad)).toThrow(RangeError);
  });

  it('lists the months of a period', () => {
    expect(monthsOf('2024-Q4')).toEqual(['2024-10', '2024-11', '2024-12']);
    expect(monthsOf('2024')).toHaveLength(12);
    expect(monthsOf('2024-02')).toEqual(['2024-02']);
    expect([periodContainsMonth('2024-Q2', '2024-06'), periodContainsMonth('2024-Q2', '2024-07')]).toEqual([true, false]);
  });

  it('orders period kinds by length', () => {
    expect([isNoLongerThan('month', 'quarter'), isNoLongerThan('quarter', 'quarter'), isNoLongerThan('year', 'quarter')]).toEqual([true, true, false]);
  });

  it('steps months across years, names a month’s quarter and its last day', () => {
    expect([addMonths('2026-01', -1), addMonths('2026-03', -3), addMonths('2025-12', 1), addMonths('2026-07', 0)]).toEqual(['2025-12', '2025-12', '2026-01', '2026-07']);
    expect([quarterOf('2026-01'), quarterOf('2026-03'), quarterOf('2026-10'), quarterOf('2026-12')]).toEqual(['2026-Q1', '2026-Q1', '2026-Q4', '2026-Q4']);
    // 2024 is a leap year, 2026 is not; September has 30 days.
    expect([lastDayOf('2024-02'), lastDayOf('2026-02'), lastDayOf('2026-09'), lastDayOf('2026-12')]).toEqual(['2024-02-29', '2026-02-28', '2026-09-30', '2026-12-31']);
    expect(() => addMonths('2026-Q1', 1)).toThrow(RangeError);
  });
});

describe('the rulebook a period follows', () => {
  it('is the one in force on its last day, or today while it runs', () => {
    expect(periodRulesDate('2025', '2026-11-26')).toBe('2025-12-31');
    expect(periodRulesDate('2026-Q3', '2026-11-26')).toBe('2026-09-30');
    expect(periodRulesDate('2024-Q1', '2026-11-26')).toBe('2024-03-31');
    expect(periodRulesDate('2026', '2026-11-26')).toBe('2026-11-26');
    expect(periodRulesDate('2026-Q4', '2026-12-31')).toBe('2026-12-31');
  });
});


import { describe, expect, it } from 'vitest';
import { isNoLongerThan, monthsOf, periodContainsMonth, periodKindOf } from '#core/rules/period';

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
});

import { describe, expect, it } from 'vitest';
import { resolvePeriod, runScoresEvent } from '#functions/jobs/periods';

describe('the periods a schedule names', () => {
  // 2026-01-01 00:30 Beijing is still 2025-12-31 in UTC: periods follow Beijing time.
  const newYear = new Date('2025-12-31T16:30:00Z');
  const midNovember = new Date('2026-11-21T04:00:00Z');

  it('resolve against Beijing time', () => {
    expect(resolvePeriod('current-month', newYear)).toBe('2026-01');
    expect(resolvePeriod('previous-month', newYear)).toBe('2025-12');
    expect(resolvePeriod('previous-quarter', newYear)).toBe('2025-Q4');
    expect(resolvePeriod('previous-year', newYear)).toBe('2025');
    expect(resolvePeriod('previous-quarter', midNovember)).toBe('2026-Q3');
    expect(resolvePeriod('2026-Q2', midNovember)).toBe('2026-Q2');
  });

  it('accept months, quarters and years, and nothing else', () => {
    for (const period of ['2026-10', '2026-Q3', '2026', 'previous-quarter']) {
      expect(runScoresEvent.safeParse({ centerId: 'demo', period }).success).toBe(true);
    }
    for (const period of ['2026-13', '2026-Q5', 'last-week', '26']) {
      expect(runScoresEvent.safeParse({ centerId: 'demo', period }).success).toBe(false);
    }
  });
});

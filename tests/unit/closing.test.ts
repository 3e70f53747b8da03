/** Closed months and plausible dates (DOMAIN.md §7), on the official 2026 calendar. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { closeDateOf, implausibleDate, isMonthClosed } from '#core/closing';

const calendar = createCalendar();

describe('closeDateOf', () => {
  it('is the 5th working day of the next month by default', () => {
    // 2026-10-31 is a Saturday; November's working days 11-02 (Mon) … 11-06 (Fri) → the 5th is 11-06.
    expect(closeDateOf('2026-10', calendar)).toBe('2026-11-06');
    // After 2026-09-30 comes 国庆 (10-01 … 10-07): 10-08 (1), 10-09 (2), the make-up Saturday
    // 10-10 (3), 10-12 (4), 10-13 (5).
    expect(closeDateOf('2026-09', calendar)).toBe('2026-10-13');
  });

  it('follows the rulebook’s number of working days and the center’s overrides', () => {
    expect(closeDateOf('2026-10', calendar, 2)).toBe('2026-11-03');
    // With 11-02 a rest day for the center, the 5th working day moves to Monday 11-09.
    expect(closeDateOf('2026-10', createCalendar({ '2026-11-02': 'rest' }))).toBe('2026-11-09');
  });

  it('closes the month at the end of its close day', () => {
    expect(isMonthClosed('2026-10', '2026-11-06', calendar)).toBe(false);
    expect(isMonthClosed('2026-10', '2026-11-07', calendar)).toBe(true);
  });
});

describe('implausibleDate', () => {
  it('refuses dates before the center began, far back and far ahead', () => {
    expect(implausibleDate('2026-11-09', '2026-11-16', '2026-11-10')).toEqual({ kind: 'before-center-start', startDate: '2026-11-10' });
    expect(implausibleDate('1970-01-01', '2026-11-16')).toEqual({ kind: 'too-far-back' });
    // 2026-11-16 → 2028-03-01 is 471 days, beyond the 370 allowed ahead.
    expect(implausibleDate('2028-03-01', '2026-11-16')).toEqual({ kind: 'too-far-ahead' });
  });

  it('accepts a year back and a leave approved months ahead', () => {
    expect(implausibleDate('2025-11-16', '2026-11-16')).toBeUndefined(); // 365 days
    expect(implausibleDate('2027-06-01', '2026-11-16')).toBeUndefined();
  });
});

/**
 * 工作日历 — DOMAIN.md §1 "Working day".
 *
 * Schedules used below, read from chinese-days 1.5.7 (dist/chinese-days.json), which
 * publishes 2004–2026:
 *   2025  rest: 元旦 01-01; 春节 01-28…02-04; 清明 04-04…06; 劳动节 05-01…05; 端午 05-31…06-02;
 *               国庆+中秋 10-01…08.   make-up work: Sun 01-26, Sat 02-08, Sun 04-27, Sun 09-28, Sat 10-11
 *   2026  rest: 元旦 01-01…03; 春节 02-15…23; 清明 04-04…06; 劳动节 05-01…05; 端午 06-19…21;
 *               中秋 09-25…27; 国庆 10-01…07.
 *               make-up work: Sun 01-04, Sat 02-14, Sat 02-28, Sat 05-09, Sun 09-20, Sat 10-10
 * 2027 is not published in this version, so it is the "uncovered year" here; when the package
 * is updated to publish 2027, move those cases to the next unpublished year.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';

const official = createCalendar();

describe('isWorkingDay — the published schedule', () => {
  it.each([
    ['2026-02-14', true], // Sat, make-up day before 春节
    ['2026-02-28', true], // Sat, make-up day after 春节
    ['2026-10-10', true], // Sat, make-up day after 国庆
    ['2025-09-28', true], // Sun, make-up day before 国庆 2025
    ['2026-03-07', false], // an ordinary Saturday
    ['2026-05-04', false], // Mon inside 劳动节 05-01…05
    ['2026-05-05', false], // Tue inside 劳动节
    ['2026-06-19', false], // Fri, 端午
    ['2025-10-06', false], // Mon, 中秋 2025
    ['2026-09-30', true], // Wed, an ordinary weekday
  ])('%s → %s', (date, working) => {
    expect(official.isWorkingDay(date)).toBe(working);
    expect(official.isProvisional(date)).toBe(false);
  });

  it('knows 2004–2026 and nothing before', () => {
    expect(official.isProvisional('2004-01-01')).toBe(false);
    expect(official.isProvisional('2003-12-31')).toBe(true);
  });
});

describe('addWorkingDays — deadline of N working days after an event', () => {
  it('complaint on the last working day before 国庆 2026, 3 working days → Sat 10-10', () => {
    // Event Wed 09-30 (not counted). 10-01…07 rest; Thu 10-08 = 1, Fri 10-09 = 2,
    // Sat 10-10 is a make-up working day = 3.
    expect(official.addWorkingDays('2026-09-30', 3)).toEqual({ date: '2026-10-10', provisional: false });
  });

  it('an event on a holiday starts counting at the next working day', () => {
    // Event Sat 10-03 (holiday): 10-04…07 rest, then 10-08 = 1, 10-09 = 2, 10-10 = 3.
    expect(official.addWorkingDays('2026-10-03', 3).date).toBe('2026-10-10');
  });

  it('a make-up Sunday counts: Fri 2025-09-26 + 3 → Tue 09-30', () => {
    // Sat 09-27 rest; Sun 09-28 make-up = 1; Mon 09-29 = 2; Tue 09-30 = 3.
    expect(official.addWorkingDays('2025-09-26', 3).date).toBe('2025-09-30');
  });

  it('n = 0 is a same-day deadline, even on a rest day', () => {
    expect(official.addWorkingDays('2026-10-03', 0)).toEqual({ date: '2026-10-03', provisional: false });
  });

  it('10 working days (the longest complaint deadline) across 国庆', () => {
    // Event Mon 09-28: 09-29 = 1, 09-30 = 2, 10-08 = 3, 10-09 = 4, 10-10 = 5,
    // 10-12…16 = 6…10.
    expect(official.addWorkingDays('2026-09-28', 10).date).toBe('2026-10-16');
  });

  it('is the inverse of workingDaysBetween', () => {
    // Counting the working days between an event and its deadline gives back N.
    for (let n = 0; n <= 15; n += 1) {
      const { date } = official.addWorkingDays('2026-09-25', n);
      expect(official.workingDaysBetween('2026-09-25', date).count).toBe(n);
    }
  });
});

describe('workingDaysBetween — working days d with from < d ≤ to', () => {
  it('a holiday weekday is not counted: 04-30 → 05-08 is 3', () => {
    // 05-01…05 rest (Mon 05-04 and Tue 05-05 are holiday weekdays); Wed 05-06, Thu 05-07,
    // Fri 05-08 → 3.
    expect(official.workingDaysBetween('2026-04-30', '2026-05-08')).toEqual({ count: 3, provisional: false });
    // Sat 05-09 is a make-up day → 4.
    expect(official.workingDaysBetween('2026-04-30', '2026-05-09').count).toBe(4);
  });

  it('same day → 0', () => {
    expect(official.workingDaysBetween('2026-03-13', '2026-03-13')).toEqual({ count: 0, provisional: false });
  });

  it('deadline met (completed before the deadline) → 0 overdue', () => {
    expect(official.workingDaysBetween('2026-03-13', '2026-03-11').count).toBe(0);
  });

  it('deadline Fri 03-13: done Sat → 0 overdue, done Mon → 1', () => {
    expect(official.workingDaysBetween('2026-03-13', '2026-03-14').count).toBe(0);
    expect(official.workingDaysBetween('2026-03-13', '2026-03-16').count).toBe(1);
  });
});

describe('noticePeriod — N working days starting on the publication day (公示)', () => {
  it('published on an ordinary Saturday: day 1 is Monday', () => {
    // Sat 03-07 and Sun 03-08 rest; 03-09…13 = days 1–5, 03-16…20 = days 6–10
    // (no holiday in March 2026).
    expect(official.noticePeriod('2026-03-07', 10)).toEqual({
      start: '2026-03-09',
      end: '2026-03-20',
      provisional: false,
    });
  });

  it('10 working days spanning 国庆', () => {
    // Mon 09-28 = 1, 09-29 = 2, 09-30 = 3; 10-01…07 rest; 10-08 = 4, 10-09 = 5,
    // Sat 10-10 (make-up) = 6; Sun 10-11 rest; 10-12 = 7, 10-13 = 8, 10-14 = 9, 10-15 = 10.
    expect(official.noticePeriod('2026-09-28', 10)).toEqual({
      start: '2026-09-28',
      end: '2026-10-15',
      provisional: false,
    });
  });

  it('published on a make-up Sunday: that Sunday is day 1', () => {
    expect(official.noticePeriod('2026-09-20', 1)).toEqual({
      start: '2026-09-20',
      end: '2026-09-20',
      provisional: false,
    });
  });
});

describe('workingDaysInMonth', () => {
  it('October 2026: 18 working days', () => {
    // 22 weekdays, minus the holiday weekdays 10-01, 02, 05, 06, 07 (17),
    // plus make-up Sat 10-10 (18).
    expect(official.workingDaysInMonth('2026-10')).toEqual({
      dates: [
        '2026-10-08', '2026-10-09', '2026-10-10',
        '2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16',
        '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23',
        '2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30',
      ],
      provisional: false,
    });
  });

  it('February 2026: 16 working days', () => {
    // 20 weekdays, minus the 春节 weekdays 02-16…20 and 02-23 (14),
    // plus make-up Sat 02-14 and Sat 02-28 (16).
    expect(official.workingDaysInMonth('2026-02').dates).toHaveLength(16);
  });
});

describe('center overrides win over the package', () => {
  it('an override turns a weekday to rest', () => {
    const center = createCalendar({ '2026-03-10': 'rest' });
    expect(center.isWorkingDay('2026-03-10')).toBe(false);
    // Event Mon 03-09: Tue 03-10 is rest now, so day 1 is Wed 03-11.
    expect(center.addWorkingDays('2026-03-09', 1).date).toBe('2026-03-11');
    // The override belongs to that calendar only.
    expect(official.isWorkingDay('2026-03-10')).toBe(true);
  });

  it('an override turns a Saturday to work, and a notice published on it starts that day', () => {
    const center = createCalendar({ '2026-03-07': 'work' });
    // Sat 03-07 = 1, 03-09…13 = 2–6, 03-16…19 = 7–10.
    expect(center.noticePeriod('2026-03-07', 10)).toEqual({
      start: '2026-03-07',
      end: '2026-03-19',
      provisional: false,
    });
  });

  it('an override decides a day of an unpublished year, which is then not provisional', () => {
    const center = createCalendar({ '2027-02-09': 'rest' });
    expect(center.isWorkingDay('2027-02-09')).toBe(false);
    expect(center.isProvisional('2027-02-09')).toBe(false);
    expect(center.isProvisional('2027-02-10')).toBe(true);
  });

  it('rejects a bad override', () => {
    expect(() => createCalendar({ '2026-02-30': 'rest' })).toThrow(RangeError);
    expect(() => createCalendar({ '2026-03-10': 'holiday' as 'rest' })).toThrow(RangeError);
  });
});

describe('input validation', () => {
  it.each([
    '2026-02-31', // no such day
    '2025-02-29', // 2025 is not a leap year
    '2026-13-01',
    '2026-2-3', // not zero-padded
    '20260101',
    '2026-10-01T00:00:00+08:00', // an instant, not a date
    '',
    '1899-12-31', // before the package's lunar tables
    '2101-01-01',
  ])('rejects %j', (date) => {
    expect(() => official.isWorkingDay(date)).toThrow(RangeError);
  });

  it('accepts 29 February of a leap year', () => {
    expect(official.isWorkingDay('2028-02-29')).toBe(true); // Tue, no statutory holiday
  });

  it('rejects bad counts and months', () => {
    expect(() => official.addWorkingDays('2026-03-09', -1)).toThrow(RangeError);
    expect(() => official.addWorkingDays('2026-03-09', 1.5)).toThrow(RangeError);
    expect(() => official.noticePeriod('2026-03-09', 0)).toThrow(RangeError);
    expect(() => official.workingDaysInMonth('2026-13')).toThrow(RangeError);
    expect(() => official.workingDaysInMonth('2026-1')).toThrow(RangeError);
  });
});

describe('an unpublished year (2027): statutory holidays, provisional answers', () => {
  // 2027 by the 2024 regulation: 正月初一 is Sat 02-06 and 腊月 of that lunar year has 29
  // days, so 除夕 is Fri 02-05 and 初三 Mon 02-08; 清明 is Mon 04-05; 端午 (lunar 5/5) Wed
  // 06-09; 中秋 (lunar 8/15) Wed 09-15.
  it.each([
    ['2027-01-01', false], // Fri, 元旦
    ['2027-02-05', false], // Fri, 除夕
    ['2027-02-08', false], // Mon, 正月初三
    ['2027-04-05', false], // Mon, 清明
    ['2027-06-09', false], // Wed, 端午
    ['2027-09-15', false], // Wed, 中秋
    ['2027-10-01', false], // Fri, 国庆
    ['2027-02-04', true], // Thu before 除夕
    ['2027-02-09', true], // Tue after 初三 (补假 is not guessed)
    ['2027-02-20', false], // Sat: no make-up day is guessed
  ])('%s → %s, provisional', (date, working) => {
    expect(official.isWorkingDay(date)).toBe(working);
    expect(official.isProvisional(date)).toBe(true);
  });

  it('a deadline reaching into 2027 is provisional', () => {
    // Event Wed 2026-12-30: Thu 12-31 = 1; Fri 2027-01-01 元旦; weekend; Mon 01-04 = 2,
    // Tue 01-05 = 3.
    expect(official.addWorkingDays('2026-12-30', 3)).toEqual({ date: '2027-01-05', provisional: true });
    // Event Mon 2026-12-28: 12-29 = 1, 12-30 = 2 — never reaches 2027.
    expect(official.addWorkingDays('2026-12-28', 2)).toEqual({ date: '2026-12-30', provisional: false });
  });

  it('a count reaching into 2027 is provisional', () => {
    // Thu 12-31 and Mon 01-04.
    expect(official.workingDaysBetween('2026-12-30', '2027-01-04')).toEqual({ count: 2, provisional: true });
  });

  it('February 2027: 18 working days, provisional', () => {
    // 02-01 is a Monday and February has 28 days: 20 weekdays, minus Fri 02-05 and Mon 02-08.
    const month = official.workingDaysInMonth('2027-02');
    expect(month.dates).toHaveLength(18);
    expect(month.dates).not.toContain('2027-02-05');
    expect(month.provisional).toBe(true);
  });
});

describe('independent of the process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // chinese-days' own date functions slip a day west of UTC; the calendar must not.
  it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('same answers in %s', (zone) => {
    process.env.TZ = zone;
    expect(new Date(2027, 3, 5).getTimezoneOffset()).not.toBe(0); // the zone took effect
    const calendar = createCalendar();
    expect(calendar.isWorkingDay('2027-04-05')).toBe(false); // 清明
    expect(calendar.isWorkingDay('2027-04-06')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-05')).toBe(false); // 除夕
    expect(calendar.isWorkingDay('2027-09-15')).toBe(false); // 中秋
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // make-up Saturday
    expect(calendar.isWorkingDay('2026-10-09')).toBe(true);
  });
});

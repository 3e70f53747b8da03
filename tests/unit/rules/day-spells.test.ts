import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { SEED_003_ATTENDANCE } from '#core/rules/attendance';
import { type DayMap, type DayMark, absenceSpells, calendarDays, daysOnDuty } from '#core/rules/day-spells';

const calendar = createCalendar();
const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const ON_DUTY = SEED_003_ATTENDANCE.onDutyLeaveKinds;

/** Every working day from `from` to `to` marked `mark`. */
function working(from: string, to: string, mark: DayMark): Record<string, DayMark> {
  const days: Record<string, DayMark> = {};
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) {
    const date = new Date(d).toISOString().slice(0, 10);
    if (calendar.isWorkingDay(date)) days[date] = mark;
  }
  return days;
}

const duty = (days: DayMap, stationedSince = '2020-01-01', period = Q1) =>
  daysOnDuty({ officerId: 'o1', period, stationedSince, days, sources: ['agg'] }, ON_DUTY, calendar);

describe('days on duty in calendar days (seed 001 每季度在岗不少于60天; DOMAIN §4.3)', () => {
  it('2026-Q1 has 90 calendar days but only 59 working days', () => {
    // January 31 + February 28 + March 31 = 90; working days 21 + 16 + 22 = 59 (元旦, 春节)
    expect(calendarDays(Q1)).toBe(90);
    expect(duty(working('2026-01-01', '2026-03-31', 'on-time')).days).toBe(90);
  });

  it('stationed all of Q1 with 12 days of sick leave → 78, eligible for a 60-day rule', () => {
    // sick Monday 2026-03-02 to Friday 03-13: 10 working days recorded; the weekend 03-07/08
    // lies inside the spell (no working day between attended) → 12 calendar days; 90 − 12 = 78
    const days = { ...working('2026-01-01', '2026-03-31', 'on-time'), ...working('2026-03-02', '2026-03-13', 'sick') };
    const result = duty(days);
    expect(result.days).toBe(78);
    expect(result.offDuty).toEqual([{ from: '2026-03-02', to: '2026-03-13', days: 12 }]);
  });

  it('stationed from 2026-02-15 → 45 calendar days, not eligible', () => {
    // 15–28 February = 14 days, March = 31 → 45 (< 60); a working-day count would give 5 + 22 = 27
    const result = duty(working('2026-01-01', '2026-03-31', 'on-time'), '2026-02-15');
    expect([result.stationed, result.days]).toEqual([45, 45]);
  });

  it('a weekend between an attended Friday and a sick Monday stays on duty', () => {
    // 03-06 Friday attended, sick Mon 03-09 and Tue 03-10 → 2 days off, not 4
    const days = { ...working('2026-01-01', '2026-03-31', 'on-time'), ...working('2026-03-09', '2026-03-10', 'sick') };
    expect(duty(days).days).toBe(88);
    // sick Friday 03-06 and Monday 03-09 → the weekend between joins: 4 days off → 86
    const bridged = { ...working('2026-01-01', '2026-03-31', 'on-time'), '2026-03-06': 'sick', '2026-03-09': 'sick' } as DayMap;
    expect(duty(bridged).offDuty).toEqual([{ from: '2026-03-06', to: '2026-03-09', days: 4 }]);
  });

  it('meetings, training and inspections are on duty; personal leave and absence are not', () => {
    // training 03-02…03-06 (5 working days) on duty; personal leave Mon 03-16 and absent Tue 03-17 → 2 off
    const days = {
      ...working('2026-01-01', '2026-03-31', 'on-time'),
      ...working('2026-03-02', '2026-03-06', 'training'),
      '2026-03-16': 'personal',
      '2026-03-17': 'absent',
    } as DayMap;
    expect(duty(days).days).toBe(88);
  });

  it('an unrecorded working day is a missing sign-in: off duty', () => {
    const days = { ...working('2026-01-01', '2026-03-31', 'late') } as Record<string, DayMark>;
    delete days['2026-03-31'];
    expect(duty(days).days).toBe(89);
  });

  it('a spell crossing the period’s start claims the holiday inside it, clipped to the period', () => {
    // sick Mon 2025-12-29 … Wed 12-31, 元旦 1–3 January rest, sick Sun 01-04 (a make-up working day) → the
    // spell runs 12-29 … 01-04; clipped to Q1 it is 01-01 … 01-04 = 4 days → 86
    const days = {
      ...working('2025-12-29', '2026-03-31', 'on-time'),
      ...working('2025-12-29', '2026-01-04', 'sick'),
    };
    const result = duty(days);
    expect(result.offDuty).toEqual([{ from: '2026-01-01', to: '2026-01-04', days: 4 }]);
    expect(result.days).toBe(86);
  });
});

describe('旷工 spells in calendar days (seed 003 §年度考核 五、(一); DOMAIN §4.4)', () => {
  const YEAR = { from: '2026-01-01', to: '2026-12-31' };

  it('absent on 9 working days Mon 06-01 … Thu 06-11 with a weekend → one spell of 11 calendar days', () => {
    // 06-01 … 06-05 (5) + 06-08 … 06-11 (4) = 9 working days; with 06-06/07: 11 calendar days (> 10)
    const days = { ...working('2026-06-01', '2026-06-11', 'absent'), '2026-06-12': 'on-time' } as DayMap;
    expect(absenceSpells(YEAR, days, calendar)).toEqual([{ from: '2026-06-01', to: '2026-06-11', days: 11 }]);
  });

  it('an attended day breaks the spell; an unrecorded working day is not 旷工', () => {
    const days = { ...working('2026-06-01', '2026-06-11', 'absent'), '2026-06-05': 'on-time' } as Record<string, DayMark>;
    // 06-01 … 06-04 (4 days); 06-08 … 06-11 (4 days): the weekend follows an attended Friday
    expect(absenceSpells(YEAR, days, calendar).map((s) => s.days)).toEqual([4, 4]);
    delete days['2026-06-05'];
    expect(absenceSpells(YEAR, days, calendar).map((s) => s.days)).toEqual([4, 4]);
  });
});

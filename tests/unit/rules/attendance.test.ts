import { describe, expect, it } from 'vitest';
import { format2, pts, toExact } from '#core/points';
import {
  type OfficerAttendanceMonth,
  SEED_003_ATTENDANCE as RULES,
  officerSignInRate,
  officerSignIns,
  quarterlySignInRate,
  windowMonthlySignInRate,
} from '#core/rules/attendance';

const WEEK = ['2024-05-06', '2024-05-07', '2024-05-08', '2024-05-09', '2024-05-10'];

const alice: OfficerAttendanceMonth = {
  officerId: 'alice',
  month: '2024-05',
  workingDays: WEEK,
  days: [
    { date: '2024-05-06', signInAt: '08:29', records: ['a1'] },
    { date: '2024-05-07', signInAt: '08:30', records: ['a2'] }, // at the cut-off: counts
    { date: '2024-05-08', signInAt: '08:31', records: ['a3'] }, // a minute late: does not
    { date: '2024-05-09', leave: { kind: 'sick', approved: true }, records: ['a4'] },
    // 2024-05-10: nothing registered
    { date: '2024-05-11', signInAt: '08:00', records: ['a5'] }, // a Saturday off the calendar: ignored
  ],
};

const bob: OfficerAttendanceMonth = {
  officerId: 'bob',
  month: '2024-05',
  workingDays: WEEK,
  days: [
    { date: '2024-05-06', signInAt: '08:10', records: ['b1'] },
    { date: '2024-05-07', signInAt: '08:15', records: ['b2'] },
    { date: '2024-05-08', leave: { kind: 'meeting', approved: true }, records: ['b3'] },
    { date: '2024-05-09', leave: { kind: 'personal', approved: false }, records: ['b4'] },
    { date: '2024-05-10', signInAt: '08:20', records: ['b5'] },
  ],
};

describe('sign-in rate (seed 003 §考勤办法 三、(三))', () => {
  it('counts sign-ins at or before 08:30 and approved leave; not late, missing or unapproved days', () => {
    // alice: 08:29 ✓, 08:30 ✓, 08:31 ✗, sick leave ✓, nothing ✗ → 3 of 5
    const count = officerSignIns(alice, RULES);
    expect(count).toMatchObject({ counted: 3, required: 5 });
    expect(count.ledger.map((l) => [l.code, toExact(l.points), l.detail?.days])).toEqual([
      ['AT.ON_TIME', '2', 2],
      ['AT.LEAVE', '1', 1],
      ['AT.LATE', '0', 1],
      ['AT.MISSING', '0', 1],
    ]);
    // bob: 3 on time ✓, meeting ✓, unapproved personal leave ✗ → 4 of 5
    expect(officerSignIns(bob, RULES)).toMatchObject({ counted: 4, required: 5 });
  });

  it('window monthly rate = Σ counted / Σ required × 100 over its officers: (3 + 4) / 10 = 70%', () => {
    const rate = windowMonthlySignInRate([bob, alice], RULES);
    expect(format2(rate.rate!)).toBe('70.00');
    expect(rate.ledger.reduce((n, l) => n + Number(l.points.n), 0)).toBe(7);
    expect(windowMonthlySignInRate([alice, bob], RULES)).toEqual(rate);
  });

  it('an officer’s own rate over months: alice 3/5 = 60%', () => {
    expect(format2(officerSignInRate([alice], RULES).rate!)).toBe('60.00');
  });

  it('no required day gives no rate rather than 0% or 100%', () => {
    expect(windowMonthlySignInRate([{ ...alice, workingDays: [] }], RULES).rate).toBeNull();
  });

  it('quarterly rate = mean of the monthly rates: (70 + 80 + 95) / 3 = 81.67', () => {
    expect(format2(quarterlySignInRate([pts(70), pts(80), pts(95)])!)).toBe('81.67');
    // a month without required days is left out: (70 + 95) / 2 = 82.5
    expect(format2(quarterlySignInRate([pts(70), null, pts(95)])!)).toBe('82.50');
    expect(quarterlySignInRate([null])).toBeNull();
  });

  it('rejects a day given twice', () => {
    const twice = { ...alice, days: [...alice.days, { date: '2024-05-06', signInAt: '08:00', records: ['x'] }] };
    expect(() => officerSignIns(twice, RULES)).toThrow(/twice/);
  });
});

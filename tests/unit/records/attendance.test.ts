/**
 * Attendance (考勤) — seed 003 §窗口工作人员考勤办法. Calendar facts (chinese-days 1.5.7):
 * 2026-11-13 is a Friday; 11-14/15 a weekend; 国庆 2026 rests 10-01…07 and works the
 * make-up Saturday 10-10.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { attendanceRecord } from '#core/records/attendance';
import { correctionOf } from '#core/records/correction';
import { fieldIssues } from '#core/records/types';

const calendar = createCalendar();
const beijing = (local: string) => new Date(`${local}+08:00`);
const paths = (input: unknown) => {
  const result = attendanceRecord.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};
const check = (input: unknown, now: string) => attendanceRecord.checkAt!(attendanceRecord.body.parse(input), beijing(now), calendar);

const signIn = { entry: 'sign-in', windowId: 'w01', officerId: 'o001', date: '2026-11-13', signIn: '08:12', signOut: '17:05' };
const leave = (date: string, approval: 'prior' | 'after') =>
  ({ entry: 'leave', windowId: 'w01', officerId: 'o001', date, kind: 'sick', approval });

describe('attendance body', () => {
  it('parses a sign-in, a leave and an absence, and places them', () => {
    const parsed = attendanceRecord.body.parse(signIn);
    expect(attendanceRecord.windowOf(parsed)).toBe('w01');
    expect(attendanceRecord.officersOf!(parsed)).toEqual(['o001']);
    expect(attendanceRecord.at(parsed)).toBe('2026-11-13T00:12:00.000Z'); // 08:12 Beijing
    expect(attendanceRecord.monthOf(parsed)).toBe('2026-11');
    expect(paths(leave('2026-11-13', 'prior'))).toEqual([]);
    expect(paths({ entry: 'absent', windowId: 'w01', officerId: 'o001', date: '2026-11-13' })).toEqual([]);
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...signIn, date: '2026-02-31' })).toEqual(['date']);
    expect(paths({ ...signIn, signIn: '8:12' })).toEqual(['signIn']);
    expect(paths({ ...signIn, signOut: '24:00' })).toEqual(['signOut']);
    expect(paths({ ...signIn, signOut: '08:00' })).toEqual(['signOut']); // before the sign-in
    expect(paths({ ...signIn, badge: true })).toEqual(['badge']);
    expect(paths({ ...signIn, windowId: 'W 01' })).toEqual(['windowId']);
    expect(paths({ ...leave('2026-11-13', 'prior'), kind: 'holiday' })).toEqual(['kind']);
    expect(paths({ ...leave('2026-11-13', 'prior'), approval: undefined })).toEqual(['approval']);
    expect(paths({ ...signIn, entry: 'late' })).toEqual(['entry']);
    // A leave entry carries no sign-in time.
    expect(paths({ ...leave('2026-11-13', 'prior'), signIn: '08:00' })).toEqual(['signIn']);
  });
});

describe('attendance at intake — the present and the calendar', () => {
  it('only on working days: an ordinary Saturday no, the make-up Saturday after 国庆 yes', () => {
    expect(check({ ...signIn, date: '2026-11-14' }, '2026-11-20T09:00')).toEqual([
      expect.objectContaining({ path: 'date' }),
    ]);
    expect(check({ ...signIn, date: '2026-10-10' }, '2026-11-20T09:00')).toEqual([]);
  });

  it('no future sign-ins: a later day, or a later time today beyond the clock skew', () => {
    expect(check(signIn, '2026-11-12T09:00').map((i) => i.path)).toEqual(['date']);
    // 08:40 now: sign-in 08:12 is past, sign-out 17:05 is ahead.
    expect(check(signIn, '2026-11-13T08:40').map((i) => i.path)).toEqual(['signOut']);
    // 08:10 now: 08:12 is within the 5-minute skew, so only the sign-out is refused.
    expect(check(signIn, '2026-11-13T08:10').map((i) => i.path)).toEqual(['signOut']);
    expect(check({ entry: 'absent', windowId: 'w01', officerId: 'o001', date: '2026-11-16' }, '2026-11-13T09:00').map((i) => i.path)).toEqual(['date']);
  });

  it('leave approved beforehand may be registered ahead of the day; 事后补登 may not', () => {
    expect(check(leave('2026-11-16', 'prior'), '2026-11-13T09:00')).toEqual([]);
    expect(check(leave('2026-11-16', 'after'), '2026-11-13T09:00').map((i) => i.path)).toEqual(['date']);
  });

  it('事后补登 within 2 working days: leave Fri 11-13 → Mon 11-16 is day 1, Tue 11-17 day 2', () => {
    const fridayLeave = leave('2026-11-13', 'after');
    expect(check(fridayLeave, '2026-11-16T10:00')).toEqual([]);
    expect(check(fridayLeave, '2026-11-17T23:30')).toEqual([]); // still Tuesday in Beijing
    const late = check(fridayLeave, '2026-11-18T00:30'); // Wednesday in Beijing (Tue 16:30 UTC)
    expect(late).toEqual([expect.objectContaining({ path: 'approval', code: 'late-registration' })]);
    expect(late[0]!.message).toContain('2026-11-17');
  });

  it('事后补登 across 国庆: leave Wed 09-30 → Thu 10-08 day 1, Fri 10-09 day 2; the make-up Sat 10-10 is too late', () => {
    const before = leave('2026-09-30', 'after');
    expect(check(before, '2026-10-09T16:00')).toEqual([]);
    expect(check(before, '2026-10-10T09:00').map((i) => i.path)).toEqual(['approval']);
  });

  it('a correction of a 事后补登 is not late: the record it replaces came in time', () => {
    const correction = correctionOf(attendanceRecord);
    const body = correction.body.parse({ supersedes: 'rec-1', reason: '假别登记有误，应为事假', record: { ...leave('2026-11-13', 'after'), kind: 'personal' } });
    expect(correction.checkAt!(body, beijing('2026-11-25T09:00'), calendar)).toEqual([]);
    // The calendar still holds: a correction onto a Saturday is refused, at its path in the envelope.
    const saturday = correction.body.parse({ supersedes: 'rec-1', reason: '日期登记有误', record: leave('2026-11-14', 'after') });
    expect(correction.checkAt!(saturday, beijing('2026-11-25T09:00'), calendar).map((i) => i.path)).toEqual(['record.date']);
  });
});

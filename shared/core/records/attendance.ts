/**
 * Attendance record (考勤) — DOMAIN.md §3.1; seed 003 §窗口工作人员考勤办法.
 *
 * One record per officer per working day, filed by the window's clerk (考勤登记员):
 * - `sign-in`: the day's sign-in and, once known, sign-out (Beijing "HH:MM");
 * - `leave`: a registered leave or work elsewhere (会议, 培训, 考察, 病假, 公休, 调休, 事假,
 *   产假), approved before the day (事前请假) or registered after it (事后补登), which the seed
 *   allows only "在上班后两个工作日内": here, by the close of the 2nd working day after the day;
 * - `absent`: 旷工, absence without leave, which the >10-working-day rule counts.
 *
 * A multi-day leave is one record per working day: a record sits in one window-month, and
 * a leave may straddle two.
 */
import * as z from 'zod';
import type { WorkingCalendar } from '../calendar.ts';
import { LEAVE_KINDS } from '../rules/attendance.ts';
import { clockTime, dateOf, fieldsValid, instantOf, isoDate, officerId, onFirstUse, text, windowId } from './common.ts';
import { type FieldIssue, LATE_REGISTRATION, type RecordType, isFutureInstant, notAfterToday } from './types.ts';

/** Working days after the leave day within which 事后补登 is accepted [seed 003 三、(二)2(3)]. */
const LATE_REGISTRATION_WORKING_DAYS = 2;

const day = { windowId, officerId, date: isoDate };

const signIn = onFirstUse(() => z
  .strictObject({
    entry: z.literal('sign-in'),
    ...day,
    signIn: clockTime,
    signOut: clockTime.optional(),
  })
  .refine((b) => b.signOut === undefined || b.signOut > b.signIn, {
    path: ['signOut'],
    message: 'signOut must be after signIn / 签退时间须晚于签到时间',
    when: fieldsValid,
  }));

const leave = onFirstUse(() => z.strictObject({
  entry: z.literal('leave'),
  ...day,
  kind: z.enum(LEAVE_KINDS),
  /** `prior`: 事前请假, approved before the day; `after`: 事后补登. */
  approval: z.enum(['prior', 'after']),
  note: text(200).optional(),
}));

const absent = onFirstUse(() => z.strictObject({
  entry: z.literal('absent'),
  ...day,
  note: text(200).optional(),
}));

export const attendanceBody = onFirstUse(() => z.discriminatedUnion('entry', [signIn(), leave(), absent()]));
export type AttendanceBody = z.infer<ReturnType<typeof attendanceBody>>;

function checkAttendance(b: AttendanceBody, now: Date, calendar: WorkingCalendar): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!calendar.isWorkingDay(b.date)) {
    issues.push({ path: 'date', message: `${b.date} is not a working day / 该日不是工作日` });
  }
  // Leave approved beforehand may be registered ahead of the day; nothing else may.
  if (!(b.entry === 'leave' && b.approval === 'prior')) issues.push(...notAfterToday('date', b.date, now));
  if (b.entry === 'sign-in') {
    for (const path of ['signIn', 'signOut'] as const) {
      const time = b[path];
      if (time !== undefined && b.date === dateOf(now) && isFutureInstant(instantOf(b.date, time), now)) {
        issues.push({ path, message: `${path} is in the future / 时间晚于当前时间` });
      }
    }
  }
  if (b.entry === 'leave' && b.approval === 'after' && b.date <= dateOf(now)) {
    const deadline = calendar.addWorkingDays(b.date, LATE_REGISTRATION_WORKING_DAYS).date;
    if (dateOf(now) > deadline) {
      issues.push({
        path: 'approval',
        code: LATE_REGISTRATION,
        message: `事后补登 closed on ${deadline}, 2 working days after the day / 事后补登须在请假日后2个工作日内（截至${deadline}）`,
      });
    }
  }
  return issues;
}

export const attendanceRecord: RecordType<AttendanceBody> = {
  type: 'attendance',
  label: { zh: '考勤', en: 'attendance' },
  get body() {
    return attendanceBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.date, b.entry === 'sign-in' ? b.signIn : '00:00'),
  monthOf: (b) => b.date.slice(0, 7),
  officersOf: (b) => [b.officerId],
  checkAt: checkAttendance,
};

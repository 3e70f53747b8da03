/**
 * Attendance (考勤) for every officer on every working day of the attendance months: most
 * sign in before 08:30, some late, leave of every kind (some registered afterwards, 事后补登),
 * a few single days of 旷工, one officer on maternity leave and one 旷工 spell of more than
 * 10 consecutive working days. The other parts ask it who was at the counter on a day.
 */
import type { WorkingCalendar } from '#core/calendar';
import type { Officer } from '#core/center';
import type { AttendanceBody } from '#core/records/attendance';
import { instantOf } from '#core/records/common';
import type { LeaveKind } from '#core/rules/attendance';
import type { Cast } from './cast.ts';
import { clerkOf } from './people.ts';
import type { Random } from './random.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import type { Roster } from './staff.ts';
import { DEMO_ATTENDANCE_MONTHS, clock, workingDayFrom } from './year.ts';

export interface Presence {
  /** The officer's attendance entry of the day, where attendance is kept. */
  entry(officerId: string, date: string): AttendanceBody | undefined;
  /** At the counter: signed in where attendance is kept; elsewhere, stationed by then on a working day. */
  atWork(officer: Officer, date: string): boolean;
  /** The first working day on or after `from` the officer is at the counter. */
  dayAtWork(officer: Officer, from: string): string;
}

/** 12 working days from Monday 7 September, across the make-up working Sunday of 20 September. */
const ABSENCE_SPELL = { from: '2026-09-07', workingDays: 12 };
const MATERNITY_FROM = '2026-08-03';

const LEAVE_MIX: readonly (readonly [LeaveKind, number])[] = [
  ['annual', 30],
  ['sick', 20],
  ['personal', 15],
  ['compensatory', 15],
  ['meeting', 10],
  ['training', 5],
  ['inspection', 5],
];
const LEAVE_WEIGHT = LEAVE_MIX.reduce((n, [, w]) => n + w, 0);

function leaveKind(random: Random): LeaveKind {
  let draw = random.next() * LEAVE_WEIGHT;
  for (const [kind, weight] of LEAVE_MIX) {
    draw -= weight;
    if (draw < 0) return kind;
  }
  return LEAVE_MIX[0]![0];
}

const ON_TIME = [7 * 60 + 40, 8 * 60 + 30] as const; // at or before 08:30 counts
const LATE = [8 * 60 + 31, 9 * 60 + 20] as const;
const SIGN_OUT = [17 * 60, 17 * 60 + 50] as const;

export function generateAttendance(
  roster: Roster,
  cast: Cast,
  calendar: WorkingCalendar,
  random: Random,
): { records: DemoRecord[]; presence: Presence } {
  const dates = DEMO_ATTENDANCE_MONTHS.flatMap((month) => calendar.workingDaysInMonth(month).dates);
  const spellStart = workingDayFrom(calendar, ABSENCE_SPELL.from);
  const spell = new Set(dates.filter((d) => d >= spellStart).slice(0, ABSENCE_SPELL.workingDays));
  const entries = new Map<string, AttendanceBody>();
  const records: DemoRecord[] = [];

  for (const officer of roster.officers) {
    const { officerId, windowId } = officer;
    const steady = cast.steady.has(officerId);
    let leave: { kind: LeaveKind; approval: 'prior' | 'after'; days: number } | undefined;
    for (const date of dates) {
      if (date < officer.startDate) continue;
      const day = { windowId, officerId, date };
      let body: AttendanceBody;
      let submittedAt: string | undefined;
      if (officer === cast.absentee && spell.has(date)) {
        body = { entry: 'absent', ...day, note: '未请假未到岗，联系不上' };
        submittedAt = instantOf(date, '18:00');
      } else if (officer === cast.onMaternityLeave && date >= MATERNITY_FROM) {
        body = { entry: 'leave', ...day, kind: 'maternity', approval: 'prior' };
      } else if (leave || (!steady && random.chance(0.022))) {
        leave ??= {
          kind: leaveKind(random),
          approval: random.chance(0.15) ? 'after' : 'prior',
          days: random.int(1, 3),
        };
        body = { entry: 'leave', ...day, kind: leave.kind, approval: leave.approval };
        // 事后补登: the clerk registers it the next working day, within the 2 allowed.
        if (leave.approval === 'after') submittedAt = instantOf(calendar.addWorkingDays(date, 1).date, '09:00');
        leave = --leave.days > 0 ? leave : undefined;
      } else if (!steady && random.chance(0.0008)) {
        body = { entry: 'absent', ...day, note: '未请假未到岗' };
        submittedAt = instantOf(date, '18:00');
      } else {
        const [from, to] = !steady && random.chance(0.035) ? LATE : ON_TIME;
        const signIn = clock(random.int(from, to));
        // Now and then someone forgets to sign out.
        const signOut = random.chance(0.01) ? undefined : clock(random.int(...SIGN_OUT));
        body = { entry: 'sign-in', ...day, signIn, ...(signOut ? { signOut } : {}) };
        submittedAt = instantOf(date, signOut ?? signIn);
      }
      entries.set(`${officerId}|${date}`, body);
      records.push(demoRecord('attendance', `demo-att-${officerId}-${date}`, body, clerkOf(windowId), submittedAt));
    }
  }

  const kept = new Set(DEMO_ATTENDANCE_MONTHS);
  const atWork = (officer: Officer, date: string): boolean =>
    date >= officer.startDate &&
    calendar.isWorkingDay(date) &&
    (!kept.has(date.slice(0, 7)) || entries.get(`${officer.officerId}|${date}`)?.entry === 'sign-in');
  return {
    records,
    presence: {
      entry: (officerId, date) => entries.get(`${officerId}|${date}`),
      atWork,
      dayAtWork(officer, from) {
        let date = workingDayFrom(calendar, from);
        for (let tries = 0; !atWork(officer, date); tries++) {
          if (tries > 60) throw new Error(`demo officer ${officer.officerId} is never at work after ${from}`);
          date = calendar.addWorkingDays(date, 1).date;
        }
        return date;
      },
    },
  };
}

/**
 * 考勤签到率 — attendance sign-in rate.
 * Seed 003 §窗口工作人员考勤办法 三、(三)考勤签到率计算方法; DOMAIN.md §4.3.
 *
 *   a working day counts   = signed in at or before the cut-off (08:30)
 *                          or an approved leave of a kind that counts as attended
 *   window monthly rate    = Σ counted days / Σ required days × 100, over its officers
 *   quarterly rate         = mean of the monthly rates
 *
 * Days on duty (在岗天数) are calendar days: day-spells.ts.
 */
import * as z from 'zod';
import type { LedgerLine } from '../ledger.ts';
import { type Points, div, fraction, mean } from '../points.ts';

export const LEAVE_KINDS = [
  'meeting',
  'training',
  'inspection',
  'sick',
  'annual',
  'compensatory',
  'personal',
  'maternity',
] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

export const LEAVE_KIND_NAMES: Record<LeaveKind, { zh: string; en: string }> = {
  meeting: { zh: '会议', en: 'meeting' },
  training: { zh: '培训', en: 'training' },
  inspection: { zh: '考察', en: 'inspection' },
  sick: { zh: '病假', en: 'sick leave' },
  annual: { zh: '公休', en: 'annual leave' },
  compensatory: { zh: '调休', en: 'compensatory leave' },
  personal: { zh: '事假', en: 'personal leave' },
  maternity: { zh: '产假', en: 'maternity leave' },
};

export const attendanceRules = z.strictObject({
  /** Beijing time, "HH:MM": a sign-in at or before it counts. */
  signInBy: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM'),
  /** Approved leave of these kinds counts as attended in the sign-in rate. */
  attendedLeaveKinds: z.array(z.enum(LEAVE_KINDS)),
  /** Leave of these kinds is work elsewhere and counts as a day on duty. */
  onDutyLeaveKinds: z.array(z.enum(LEAVE_KINDS)),
});
export type AttendanceRules = z.infer<typeof attendanceRules>;

export const SEED_003_ATTENDANCE: AttendanceRules = {
  signInBy: '08:30',
  // 会议、培训、考察、病假、公休 "等", 调休, and any leave "符合中心规定" counts as attended.
  attendedLeaveKinds: [...LEAVE_KINDS],
  onDutyLeaveKinds: ['meeting', 'training', 'inspection'],
};

/** One working day of one officer, as the month's aggregate keeps it. */
export interface AttendanceDay {
  readonly date: string;
  /** Earliest sign-in of the day, Beijing time "HH:MM". */
  readonly signInAt?: string;
  readonly leave?: { readonly kind: LeaveKind; readonly approved: boolean };
  readonly records: readonly string[];
}

export interface OfficerAttendanceMonth {
  readonly officerId: string;
  readonly month: string;
  /** The working days the officer was expected at the center (from the calendar). */
  readonly workingDays: readonly string[];
  readonly days: readonly AttendanceDay[];
}

export type DayOutcome = 'on-time' | 'leave' | 'late' | 'unapproved-leave' | 'missing';

export interface SignInCount {
  readonly officerId: string;
  readonly counted: number;
  readonly required: number;
  /** One line per outcome: points = the days of that outcome that count (0 for the rest). */
  readonly ledger: readonly LedgerLine[];
}

export interface SignInRate {
  /** Percent; null when no day was required. */
  readonly rate: Points | null;
  readonly counted: number;
  readonly required: number;
  readonly ledger: readonly LedgerLine[];
}

const OUTCOME_CODES: Record<DayOutcome, string> = {
  'on-time': 'AT.ON_TIME',
  leave: 'AT.LEAVE',
  late: 'AT.LATE',
  'unapproved-leave': 'AT.UNAPPROVED_LEAVE',
  missing: 'AT.MISSING',
};
const OUTCOMES = Object.keys(OUTCOME_CODES) as DayOutcome[];

function dayOutcome(day: AttendanceDay | undefined, rules: AttendanceRules): DayOutcome {
  if (day?.signInAt !== undefined && day.signInAt <= rules.signInBy) return 'on-time';
  if (day?.leave) {
    if (!day.leave.approved) return 'unapproved-leave';
    if (rules.attendedLeaveKinds.includes(day.leave.kind)) return 'leave';
  }
  return day?.signInAt !== undefined ? 'late' : 'missing';
}

const counts = (outcome: DayOutcome): boolean => outcome === 'on-time' || outcome === 'leave';

function daysByDate(month: OfficerAttendanceMonth): Map<string, AttendanceDay> {
  const byDate = new Map<string, AttendanceDay>();
  for (const day of month.days) {
    if (byDate.has(day.date)) throw new RangeError(`officer ${month.officerId}: ${day.date} given twice`);
    byDate.set(day.date, day);
  }
  return byDate;
}

/** An officer's counted and required sign-ins of a month; days off the calendar are ignored. */
export function officerSignIns(month: OfficerAttendanceMonth, rules: AttendanceRules): SignInCount {
  const byDate = daysByDate(month);
  const workingDays = [...new Set(month.workingDays)].sort();
  const grouped = new Map<DayOutcome, { days: string[]; records: string[] }>();
  for (const date of workingDays) {
    const day = byDate.get(date);
    const outcome = dayOutcome(day, rules);
    const group = grouped.get(outcome) ?? { days: [], records: [] };
    group.days.push(date);
    group.records.push(...(day?.records ?? []));
    grouped.set(outcome, group);
  }
  const ledger: LedgerLine[] = OUTCOMES.filter((o) => grouped.has(o)).map((outcome) => {
    const { days, records } = grouped.get(outcome)!;
    return {
      code: OUTCOME_CODES[outcome],
      points: fraction(counts(outcome) ? days.length : 0),
      records: [...new Set(records)].sort(),
      detail: { officerId: month.officerId, month: month.month, days: days.length },
    };
  });
  const counted = ledger.reduce((n, line) => n + Number(line.points.n), 0);
  return { officerId: month.officerId, counted, required: workingDays.length, ledger };
}

/** Counted / required × 100 over the window's officers for one month. */
export function windowMonthlySignInRate(
  officers: readonly OfficerAttendanceMonth[],
  rules: AttendanceRules,
): SignInRate {
  const sorted = [...officers].sort((a, b) => (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : 0));
  const perOfficer = sorted.map((o) => officerSignIns(o, rules));
  return rateOf(perOfficer);
}

/** An officer's own rate for one or more months (a tie-breaker among officers). */
export function officerSignInRate(months: readonly OfficerAttendanceMonth[], rules: AttendanceRules): SignInRate {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return rateOf(sorted.map((m) => officerSignIns(m, rules)));
}

function rateOf(counts: readonly SignInCount[]): SignInRate {
  const counted = counts.reduce((n, c) => n + c.counted, 0);
  const required = counts.reduce((n, c) => n + c.required, 0);
  return {
    rate: required === 0 ? null : div(fraction(counted * 100), fraction(required)),
    counted,
    required,
    ledger: counts.flatMap((c) => c.ledger),
  };
}

/** The mean of the monthly rates; months without a required day are left out. */
export function quarterlySignInRate(monthlyRates: readonly (Points | null)[]): Points | null {
  const rates = monthlyRates.filter((r): r is Points => r !== null);
  return rates.length === 0 ? null : mean(rates);
}

/**
 * 在岗天数与旷工天数 — calendar-day counts from an officer's day map: days on duty in a
 * period (seed 001 三、评选范围 "每季度在岗不少于60天"; DOMAIN.md §4.3) and spells of 旷工
 * (seed 003 §年度考核的实施办法 五、(一); DOMAIN.md §4.4).
 *
 * Both count **calendar** days. A spell of leave or absence runs from its first to its last
 * marked day; the rest days inside it (a weekend, a holiday) belong to it when no working day
 * between its marked days was attended — so a weekend inside a sick spell is leave, and a
 * weekend between two attended weeks is duty.
 *
 *   days on duty = calendar days of the period stationed at the center
 *                  − calendar days inside spells of non-duty leave or unexcused absence
 *
 * **Assumptions:** an unmarked working day counts against days on duty (nothing recorded is
 * a missing sign-in, as in the sign-in rate, §4.3) but never as 旷工 (only a recorded
 * `absent` is absence without leave, so a month whose attendance was never entered cannot
 * forfeit a year's score); a rest day takes the side of its nearest marked-or-working days
 * and, at the edge of the data given, of the one side known.
 */
import type { WorkingCalendar } from '../calendar.ts';
import type { LedgerLine } from '../ledger.ts';
import { fraction } from '../points.ts';
import type { LeaveKind } from './attendance.ts';

/** What one day of an officer holds, as the attendance day map keeps it (≤ 31 per month). */
export type DayMark = 'on-time' | 'late' | 'absent' | LeaveKind;

/** An officer's days, "YYYY-MM-DD" → mark; days without a record are absent from the map. */
export type DayMap = Readonly<Record<string, DayMark>>;

export interface DateRange {
  /** First day, "YYYY-MM-DD", included. */
  readonly from: string;
  /** Last day, included. */
  readonly to: string;
}

export interface Spell extends DateRange {
  /** Calendar days from `from` to `to`. */
  readonly days: number;
}

type Side = 'off' | 'on' | 'neutral';

const DAY_MS = 86_400_000;
const EDGE_DAYS = 7;
const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Calendar days from `from` to `to`, both included; 0 when `to` is before `from`. */
export const calendarDays = ({ from, to }: DateRange): number => Math.max(0, toDay(to) - toDay(from) + 1);

/**
 * The spells of days that `side` calls off, within `range`: each day of the range is off, on,
 * or neutral (a rest day with nothing recorded); a neutral day joins a spell when the nearest
 * non-neutral days on both sides are off (one side at the range's edge).
 */
export function spellsWithin(range: DateRange, side: (date: string) => Side): Spell[] {
  const first = toDay(range.from);
  const last = toDay(range.to);
  if (last < first) return [];
  const sides: Side[] = [];
  for (let d = first; d <= last; d++) sides.push(side(fromDay(d)));
  const resolved = sides.map((s, i) => {
    if (s !== 'neutral') return s;
    let before: Side | undefined;
    for (let j = i - 1; j >= 0 && before === undefined; j--) if (sides[j] !== 'neutral') before = sides[j];
    let after: Side | undefined;
    for (let j = i + 1; j < sides.length && after === undefined; j++) if (sides[j] !== 'neutral') after = sides[j];
    if (before === undefined && after === undefined) return 'on';
    return (before ?? after) === 'off' && (after ?? before) === 'off' ? 'off' : 'on';
  });
  const spells: Spell[] = [];
  let start: number | null = null;
  resolved.forEach((s, i) => {
    if (s === 'off' && start === null) start = i;
    if ((s !== 'off' || i === resolved.length - 1) && start !== null) {
      const end = s === 'off' ? i : i - 1;
      spells.push({ from: fromDay(first + start), to: fromDay(first + end), days: end - start + 1 });
      start = null;
    }
  });
  return spells;
}

export interface DaysOnDutyInput {
  readonly officerId: string;
  /** The period, e.g. 2026-01-01 … 2026-03-31. */
  readonly period: DateRange;
  /** First day stationed at the center (进驻日期). */
  readonly stationedSince: string;
  /** The officer's days, the period's and, where known, a few days either side (spells crossing its edges). */
  readonly days: DayMap;
  /** The aggregates (or records) the day map came from, for the ledger. */
  readonly sources: readonly string[];
}

export interface DaysOnDuty {
  readonly officerId: string;
  readonly days: number;
  readonly stationed: number;
  /** The spells subtracted, clipped to the stationed part of the period. */
  readonly offDuty: readonly Spell[];
  readonly ledger: readonly LedgerLine[];
}

/**
 * 在岗天数: calendar days stationed in the period, less the calendar days of spells of
 * non-duty leave (sick, personal, annual, compensatory, maternity) or unexcused absence.
 * `onDutyLeaveKinds` (meeting, training, inspection) are work elsewhere: on duty.
 */
export function daysOnDuty(
  input: DaysOnDutyInput,
  onDutyLeaveKinds: readonly LeaveKind[],
  calendar: Pick<WorkingCalendar, 'isWorkingDay'>,
): DaysOnDuty {
  const { period, stationedSince } = input;
  const from = stationedSince > period.from ? stationedSince : period.from;
  const stationed = calendarDays({ from, to: period.to });
  const onDuty = new Set<string>(onDutyLeaveKinds);
  const side = (date: string): Side => {
    const mark = input.days[date];
    // Outside the period an unrecorded day is unknown, not missing: it takes no side.
    if (mark === undefined) return date >= from && date <= period.to && calendar.isWorkingDay(date) ? 'off' : 'neutral';
    return mark === 'on-time' || mark === 'late' || onDuty.has(mark) ? 'on' : 'off';
  };
  // A week either side lets a spell that crosses the period's edge claim its rest days;
  // before the first day stationed the officer was not here.
  const before = fromDay(toDay(from) - EDGE_DAYS);
  const scan = { from: before < stationedSince ? stationedSince : before, to: fromDay(toDay(period.to) + EDGE_DAYS) };
  const offDuty = spellsWithin(scan, side).flatMap((s) => {
    const clipped = { from: s.from < from ? from : s.from, to: s.to > period.to ? period.to : s.to };
    const days = calendarDays(clipped);
    return days > 0 ? [{ ...clipped, days }] : [];
  });
  const off = offDuty.reduce((n, s) => n + s.days, 0);
  const sources = [...input.sources].sort();
  return {
    officerId: input.officerId,
    days: stationed - off,
    stationed,
    offDuty,
    ledger: [
      { code: 'DUTY.STATIONED', points: fraction(stationed), records: [], detail: { from, to: period.to } },
      ...offDuty.map((s) => ({ code: 'DUTY.OFF', points: fraction(-s.days), records: sources, detail: { from: s.from, to: s.to } })),
    ],
  };
}

/**
 * 旷工 spells in calendar days: runs of recorded `absent` days, with the rest days between
 * them. A spell ends at any working day that is not a recorded absence.
 */
export function absenceSpells(range: DateRange, days: DayMap, calendar: Pick<WorkingCalendar, 'isWorkingDay'>): Spell[] {
  return spellsWithin(range, (date) => {
    const mark = days[date];
    if (mark === 'absent') return 'off';
    if (mark !== undefined || calendar.isWorkingDay(date)) return 'on';
    return 'neutral';
  });
}

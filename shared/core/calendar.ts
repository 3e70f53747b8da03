/**
 * 工作日历 — the working-day calendar. DOMAIN.md §1 "Working day" (工作日).
 *
 * A working day is one under the official calendar: weekdays, minus public holidays, plus
 * the weekend make-up days (调休上班). The State Council's schedules come from the
 * `chinese-days` package; a center's overrides win over it. For a year whose schedule the
 * package does not know yet, the statutory holidays of 全国年节及纪念日放假办法 (2024
 * revision) still count as rest days, weekends are rest, no make-up day is guessed, and
 * every answer that depends on such a day is marked provisional until the year is loaded
 * (package update or override).
 *
 * Not applied to provisional years: Art. 6 of that regulation gives a weekday off (补假)
 * when a holiday falls on a weekend, but which weekday is the State Council's choice; so a
 * provisional year may show a few more working days than its schedule will.
 *
 * Dates are Beijing calendar dates 'YYYY-MM-DD', handled as plain day numbers: no clock,
 * no time zone.
 */
// lazy-imports:begin
import chineseDaysPackage from 'chinese-days';
// The package's data file rather than its date functions: those parse 'YYYY-MM-DD' as UTC
// midnight and read it back in the process's zone, which slips a day west of UTC.
import officialSchedule from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
const loadSchedule = (): unknown => officialSchedule;
const loadChineseDays = (): ChineseDays => chineseDaysPackage;
// lazy-imports:end
/*
 * In a Lambda bundle the block above becomes two `require` calls (infra/cdk/bundle-lambda.mjs, lazy-imports),
 * which esbuild bundles into functions run on the first call: `chinese-days` and its
 * schedule (37 KB of JSON) are then evaluated on the first question about a day, not when a
 * handler that imports the calendar through the record types starts (issue #13). Node, the
 * tests and the site's browser scripts import them as usual; the schedule is read through
 * `official()` below either way.
 */

interface ChineseDays {
  getSolarDateFromLunar(date: Date): { date: string };
  getSolarTermDate(year: number, month: number, term: 'pure_brightness'): string;
}

/** A Beijing calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A calendar month, 'YYYY-MM'. */
export type IsoMonth = string;

/** A center's decision for one day; it wins over the official calendar. */
export type DayOverride = 'work' | 'rest';
export type CalendarOverrides = Readonly<Record<IsoDate, DayOverride>>;

/** `provisional`: some day the answer depends on is in a year with no published schedule. */
export interface Deadline {
  readonly date: IsoDate;
  readonly provisional: boolean;
}
export interface WorkingDayCount {
  readonly count: number;
  readonly provisional: boolean;
}
export interface NoticePeriod {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly provisional: boolean;
}
export interface MonthWorkingDays {
  readonly dates: readonly IsoDate[];
  readonly provisional: boolean;
}

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** True when the day is in a year the package has no schedule for and no override decides it. */
  isProvisional(date: IsoDate): boolean;
  /**
   * A deadline of n working days after an event: the close of the nth working day after
   * the event's day, which itself never counts. n = 0 is a same-day deadline: the event day.
   */
  addWorkingDays(eventDate: IsoDate, n: number): Deadline;
  /**
   * The number of working days d with from < d ≤ to; 0 when to ≤ from.
   * Overdue working days of a case = workingDaysBetween(deadline, completed): 0 when completed
   * on or before the deadline, and a completion on a rest day counts only the working days
   * passed (deadline Friday, done Saturday → 0; done Monday → 1).
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): WorkingDayCount;
  /**
   * A period of n working days starting on the publication day (a 公示): the publication day
   * is day 1 if it is a working day, otherwise the next working day is; `end` is day n.
   */
  noticePeriod(publicationDate: IsoDate, n: number): NoticePeriod;
  /** The month's working days in order; the denominator of attendance rates. */
  workingDaysInMonth(month: IsoMonth): MonthWorkingDays;
}

interface OfficialSchedule {
  readonly holidays: Readonly<Record<IsoDate, string>>; // rest days of the published schedules, weekends included
  readonly workdays: Readonly<Record<IsoDate, string>>; // weekend make-up working days (调休上班)
  readonly publishedYears: ReadonlySet<number>;
}
let schedule: OfficialSchedule | undefined;
const official = (): OfficialSchedule => {
  if (!schedule) {
    const { holidays, workdays } = loadSchedule() as Pick<OfficialSchedule, 'holidays' | 'workdays'>;
    schedule = { holidays, workdays, publishedYears: new Set(Object.keys(holidays).map(yearOf)) };
  }
  return schedule;
};
let lunar: ChineseDays | undefined;
const chineseDays = (): ChineseDays => (lunar ??= loadChineseDays());

// The span of the package's lunar and solar-term tables, which provisional years rely on.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const DAY_MS = 86_400_000;

export function createCalendar(overrides: CalendarOverrides = {}): WorkingCalendar {
  const decided = new Map<IsoDate, boolean>();
  for (const [date, kind] of Object.entries(overrides)) {
    dayNumber(date);
    if (kind !== 'work' && kind !== 'rest') {
      throw new RangeError(`calendar override for ${date} must be "work" or "rest", got ${String(kind)} (调整类型无效)`);
    }
    decided.set(date, kind === 'work');
  }

  const statutoryByYear = new Map<number, ReadonlySet<IsoDate>>();
  const statutoryHolidaysOf = (year: number): ReadonlySet<IsoDate> => {
    let days = statutoryByYear.get(year);
    if (!days) statutoryByYear.set(year, (days = statutoryHolidays(year)));
    return days;
  };

  const dayStatus = (day: number): { working: boolean; provisional: boolean } => {
    const date = isoDate(day);
    const year = yearOf(date);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RangeError(`working-day arithmetic left the years ${FIRST_YEAR}–${LAST_YEAR} (超出日历范围)`);
    }
    const override = decided.get(date);
    if (override !== undefined) return { working: override, provisional: false };
    const { holidays, workdays, publishedYears } = official();
    if (publishedYears.has(year)) {
      const working = Object.hasOwn(workdays, date) || (!isWeekend(day) && !Object.hasOwn(holidays, date));
      return { working, provisional: false };
    }
    return { working: !isWeekend(day) && !statutoryHolidaysOf(year).has(date), provisional: true };
  };

  return {
    isWorkingDay: (date) => dayStatus(dayNumber(date)).working,
    isProvisional: (date) => dayStatus(dayNumber(date)).provisional,

    addWorkingDays(eventDate, n) {
      checkCount(n, 0);
      let day = dayNumber(eventDate);
      let provisional = false;
      for (let counted = 0; counted < n; ) {
        day += 1;
        const status = dayStatus(day);
        provisional ||= status.provisional;
        if (status.working) counted += 1;
      }
      return { date: isoDate(day), provisional };
    },

    workingDaysBetween(from, to) {
      const last = dayNumber(to);
      let count = 0;
      let provisional = false;
      for (let day = dayNumber(from) + 1; day <= last; day += 1) {
        const status = dayStatus(day);
        provisional ||= status.provisional;
        if (status.working) count += 1;
      }
      return { count, provisional };
    },

    noticePeriod(publicationDate, n) {
      checkCount(n, 1);
      let start: IsoDate | undefined;
      let counted = 0;
      let provisional = false;
      for (let day = dayNumber(publicationDate); ; day += 1) {
        const status = dayStatus(day);
        provisional ||= status.provisional;
        if (!status.working) continue;
        start ??= isoDate(day);
        counted += 1;
        if (counted === n) return { start, end: isoDate(day), provisional };
      }
    },

    workingDaysInMonth(month) {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
        throw new RangeError(`invalid month "${month}": expected YYYY-MM (月份无效)`);
      }
      const dates: IsoDate[] = [];
      let provisional = false;
      for (let day = dayNumber(`${month}-01`); isoDate(day).startsWith(month); day += 1) {
        const status = dayStatus(day);
        provisional ||= status.provisional;
        if (status.working) dates.push(isoDate(day));
      }
      return { dates, provisional };
    },
  };
}

/**
 * 元旦 1, 春节 4 (除夕 and 正月初一–初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3 —
 * 全国年节及纪念日放假办法 Art. 2 as revised in 2024. Each lunar date of Gregorian year
 * `year` belongs to lunar year `year`, since 正月初一 always falls in late January or February.
 */
function statutoryHolidays(year: number): ReadonlySet<IsoDate> {
  const newYear = dayNumber(solarDateOfLunar(year, 1, 1));
  return new Set([
    `${year}-01-01`,
    // 除夕 is the eve of 正月初一, not lunar 12/30: the twelfth month sometimes has 29 days.
    ...[-1, 0, 1, 2].map((offset) => isoDate(newYear + offset)),
    qingmingDate(year),
    `${year}-05-01`,
    `${year}-05-02`,
    solarDateOfLunar(year, 5, 5),
    solarDateOfLunar(year, 8, 15),
    `${year}-10-01`,
    `${year}-10-02`,
    `${year}-10-03`,
  ]);
}

// chinese-days reads the Dates it is given, and writes its answers, in the process's local
// time; handed a local midnight it is exact in every zone.
function solarDateOfLunar(year: number, month: number, day: number): IsoDate {
  // `.date` is the ordinary month; a festival is never kept in a leap month.
  return chineseDays().getSolarDateFromLunar(new Date(year, month - 1, day)).date;
}

// The package builds the solar term as a UTC midnight and prints it in local time, so west of
// UTC it names the day before. That UTC midnight is the first one at or after the printed
// day's local midnight.
function qingmingDate(year: number): IsoDate {
  const [y, m, d] = chineseDays().getSolarTermDate(year, 4, 'pure_brightness').split('-').map(Number);
  const printedDayStart = new Date(y!, m! - 1, d!).getTime();
  return isoDate(Math.ceil(printedDayStart / DAY_MS));
}

/** Days since 1970-01-01; a RangeError for anything but a real date within the supported years. */
function dayNumber(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const year = Number(match?.[1]);
  const day = match ? Date.UTC(year, Number(match[2]) - 1, Number(match[3])) / DAY_MS : NaN;
  // Date.UTC rolls 2026-02-31 over into March; the round trip catches it.
  if (!match || year < FIRST_YEAR || year > LAST_YEAR || isoDate(day) !== date) {
    throw new RangeError(
      `invalid date "${date}": expected a calendar date YYYY-MM-DD in ${FIRST_YEAR}–${LAST_YEAR} (日期无效)`,
    );
  }
  return day;
}

function isoDate(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

function isWeekend(day: number): boolean {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function checkCount(n: number, least: number): void {
  if (!Number.isSafeInteger(n) || n < least) {
    throw new RangeError(`a number of working days must be an integer ≥ ${least}, got ${n} (工作日数无效)`);
  }
}

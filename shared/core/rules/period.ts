/**
 * Assessment periods (考核周期): a month "2024-05", a quarter "2024-Q2", a year "2024".
 * Scores are monthly; honors are monthly, quarterly or yearly (DOMAIN.md §4–§6).
 */
export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^\d{4}$/;

export function periodKindOf(period: string): PeriodKind {
  if (MONTH.test(period)) return 'month';
  if (QUARTER.test(period)) return 'quarter';
  if (YEAR.test(period)) return 'year';
  throw new RangeError(`not a period (YYYY-MM, YYYY-Qn or YYYY): ${period}`);
}

/** The months of a period, in calendar order. */
export function monthsOf(period: string): string[] {
  const kind = periodKindOf(period);
  if (kind === 'month') return [period];
  const year = period.slice(0, 4);
  const first = kind === 'quarter' ? (Number(period.slice(6)) - 1) * 3 + 1 : 1;
  const count = kind === 'quarter' ? 3 : 12;
  return Array.from({ length: count }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
}

/** The month `n` months after `month` (before, for negative `n`): addMonths("2026-01", -1) is "2025-12". */
export function addMonths(month: string, n: number): string {
  if (periodKindOf(month) !== 'month') throw new RangeError(`not a month: ${month}`);
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The quarter a month falls in: "2026-08" → "2026-Q3". */
export const quarterOf = (month: string): string => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

/** The last calendar day of a month: "2026-02" → "2026-02-28". */
export function lastDayOf(month: string): string {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/**
 * The day whose rulebook a period's own figures (its means, the yearly assessment) follow:
 * its last day, or today while it runs — never a version that took effect after it.
 */
export function periodRulesDate(period: string, today: string): string {
  const last = lastDayOf(monthsOf(period).at(-1)!);
  return last < today ? last : today;
}

export const periodContainsMonth = (period: string, month: string): boolean => monthsOf(period).includes(month);

const SPAN: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/** Whether a period of kind `inner` is no longer than one of kind `outer`. */
export const isNoLongerThan = (inner: PeriodKind, outer: PeriodKind): boolean => SPAN[inner] <= SPAN[outer];

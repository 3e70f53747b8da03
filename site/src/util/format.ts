/** Formatting of published values for zh-CN pages. Pure: no clock, no I/O. */

import { CENTER_TIME_ZONE } from '#core/records/common';

const PERIOD = /^(\d{4})-(\d{2})$/;

/** "2026-10" → "2026年10月". */
export function formatPeriod(period: string): string {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`not a month (YYYY-MM): ${period}`);
  return `${match[1]}年${Number(match[2])}月`;
}

/** "95.24" → "95.24%"; null (no valid evaluation that month) → the placeholder. */
export function formatRate(rate: string | null, placeholder: string): string {
  return rate === null ? placeholder : `${rate}%`;
}

const beijingDate = new Intl.DateTimeFormat('zh-CN', { timeZone: CENTER_TIME_ZONE, dateStyle: 'long' });

/**
 * The Beijing-time calendar date of an instant, "2026年11月1日". Published documents carry
 * an offset, and a document published just after midnight in Beijing must show that day
 * whatever the time zone of the machine that builds the site.
 */
export function formatBeijingDate(instant: string): string {
  return beijingDate.format(new Date(instant));
}

/** Periods "YYYY-MM" sort as text; the newest comes first on every list. */
export function newestFirst<T extends { period: string }>(items: readonly T[]): T[] {
  return items.toSorted((a, b) => b.period.localeCompare(a.period));
}

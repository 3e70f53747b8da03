/** Formatting of published values for the pages, in either language. Pure: no clock, no I/O. */

import { CENTER_TIME_ZONE } from '#core/records/common';
import { monthsOf, periodKindOf } from '#core/rules/period';
import type { Lang } from '../i18n.ts';

const QUARTER_ZH = ['一', '二', '三', '四'];

/**
 * "2026-10" → 2026年10月 / October 2026; "2026-Q3" → 2026年第三季度 / Q3 2026;
 * "2026" → 2026年度 / 2026.
 */
export function formatPeriod(period: string, lang: Lang = 'zh'): string {
  const kind = periodKindOf(period);
  const year = period.slice(0, 4);
  if (kind === 'year') return lang === 'zh' ? `${year}年度` : year;
  if (kind === 'quarter') {
    const n = Number(period.slice(6));
    return lang === 'zh' ? `${year}年第${QUARTER_ZH[n - 1]}季度` : `Q${n} ${year}`;
  }
  const month = Number(period.slice(5));
  return lang === 'zh' ? `${year}年${month}月` : `${MONTH_EN[month - 1]} ${year}`;
}

const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "95.24" → "95.24%"; null (no valid evaluation that month) → the placeholder. */
export function formatRate(rate: string | null, placeholder: string): string {
  return rate === null ? placeholder : `${rate}%`;
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { timeZone: CENTER_TIME_ZONE, dateStyle: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: CENTER_TIME_ZONE, dateStyle: 'long' }),
};

/**
 * The Beijing-time calendar date of an instant, "2026年11月1日" / "1 November 2026".
 * Published documents carry an offset, and a document published just after midnight in
 * Beijing must show that day whatever the time zone of the machine that builds the site.
 */
export function formatBeijingDate(instant: string, lang: Lang = 'zh'): string {
  return dateFormats[lang].format(new Date(instant));
}

/** A calendar date "2026-10-26" as written on a notice: 2026年10月26日 / 26 October 2026. */
export function formatDate(date: string, lang: Lang = 'zh'): string {
  const [year, month, day] = date.split('-').map(Number);
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${MONTH_EN[month! - 1]} ${year}`;
}

/** The month a period ends in: what orders periods of different kinds on one timeline. */
const lastMonth = (period: string): string => monthsOf(period).at(-1)!;

/**
 * Newest first: by the month each period ends in, and a longer period before a shorter one
 * ending the same month (the year 2026 before its fourth quarter, before December).
 */
export function newestFirst<T extends { period: string }>(items: readonly T[]): T[] {
  const span = (period: string): number => monthsOf(period).length;
  return items.toSorted((a, b) => lastMonth(b.period).localeCompare(lastMonth(a.period)) || span(b.period) - span(a.period));
}

/** The year a period belongs to. */
export const yearOf = (period: string): string => period.slice(0, 4);

/** A byte count as a reader sees it: 812 B, 1.4 KB. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

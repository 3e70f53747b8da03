/** Field schemas shared by every record type (DOMAIN.md §3). */
import * as z from 'zod';
import { installBilingualMessages } from '../api/messages.ts';

// Every record schema imports this module: its field messages are bilingual wherever it is parsed.
installBilingualMessages();

/**
 * A value built on its first use, then kept. The record types' body schemas are built this
 * way: building every type's zod schema took about 15 ms of each Lambda's cold start, though
 * most functions parse no record body and submit-record parses one type a request.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

const slug = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens / 只含小写字母、数字和连字符');

export const centerId = slug;
export const windowId = slug;
export const officerId = slug;
/** A training session, as the center names it: several roll calls of one session share it. */
export const sessionId = slug;
/** An honor of the rulebook (quarterly-stars, excellent-windows …). */
export const honorId = slug;
/** A window, officer or enterprise standing for an honor; the honor says which. */
export const candidateId = slug;

/** An instant with its UTC offset, e.g. 2026-10-09T09:15:00+08:00. */
export const isoInstant = z.iso.datetime({ offset: true });

/** A calendar month, e.g. 2026-10. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM / 月份格式为YYYY-MM');

/** The service centers' time zone: months and working days are counted in Beijing time. */
export const CENTER_TIME_ZONE = 'Asia/Shanghai';
const BEIJING_OFFSET_MS = 8 * 3600 * 1000; // China has kept UTC+8 all year since 1991.

/** The Beijing-time calendar month of an instant: "2026-10". */
export function monthOf(instant: string | Date): string {
  const at = new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS);
  return at.toISOString().slice(0, 7);
}

/** The Beijing-time calendar date of an instant: "2026-10-09". */
export function dateOf(instant: string | Date): string {
  const at = new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS);
  return at.toISOString().slice(0, 10);
}

/**
 * For cross-field checks: run once every field has parsed. Zod runs refinements after
 * failed formats too, and a check that reads points or dates must see valid ones.
 */
export const fieldsValid = (payload: z.core.ParsePayload): boolean => payload.issues.length === 0;

// The calendar knows 1900–2100; keeping dates to this century leaves room for the longest
// deadline (10 working days) without leaving the calendar.
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
const inCentury = (year: number): boolean => year >= FIRST_YEAR && year <= LAST_YEAR;
const inCenturyCheck = { message: `a year from ${FIRST_YEAR} to ${LAST_YEAR} / 年份须在${FIRST_YEAR}至${LAST_YEAR}之间`, when: fieldsValid };

/** A Beijing calendar date, e.g. 2026-10-09; 2026-02-31 is refused. */
export const isoDate = z.iso.date().refine((d) => inCentury(Number(d.slice(0, 4))), inCenturyCheck);

/** A year, e.g. 2026. */
export const year = z
  .string()
  .regex(/^\d{4}$/, 'a year as YYYY / 年份格式为YYYY')
  .refine((y) => inCentury(Number(y)), inCenturyCheck);

/** A quarter, e.g. 2026-Q3. */
export const quarter = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, 'a quarter as YYYY-Qn / 季度格式为YYYY-Qn')
  .refine((q) => inCentury(Number(q.slice(0, 4))), inCenturyCheck);

/** An assessment period: a month 2026-10, a quarter 2026-Q4 or a year 2026. */
export const period = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'a period as YYYY-MM, YYYY-Qn or YYYY / 期间格式为YYYY-MM、YYYY-Qn或YYYY')
  .refine((p) => inCentury(Number(p.slice(0, 4))), inCenturyCheck);

/** A Beijing wall-clock time, 24-hour "HH:MM". */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM, 24-hour / 时间格式为HH:MM（24小时制）');

/** The id of a stored record: intake assigns UUIDs; the demo loader readable ids. */
export const recordId = z
  .string()
  .trim()
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'a record id: letters, digits and . _ : - / 记录编号只含字母、数字和 . _ : -');

/** A reference to something outside the records (a device, a flag, a notice): no spaces, no '#'. */
export const reference = z
  .string()
  .trim()
  .max(128)
  .regex(/^[\x21-\x22\x24-\x7e]+$/, 'printable characters without spaces or # / 不含空格和#的可见字符');

/** Who verified or decided, as the center names its supervisors (staff id or name). */
export const person = z.string().trim().min(1).max(64);

/** A case number (办件编号), as the window's case system prints it. */
export const caseNumber = z.string().trim().min(1).max(64);

/** Points as a decimal string with at most two decimals, e.g. "0.5"; never a float. */
export const decimalPoints = z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, 'points as a decimal such as "0.5" / 分值格式如"0.5"');

/** Free text, trimmed, never empty. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** Levels of a medium or an authority (区级, 市级, 省级, 国家级); `per: 'level'` codes count 1–4. */
export const LEVELS = ['district', 'municipal', 'provincial', 'national'] as const;

/** The instant of a Beijing wall-clock time on a date, as a UTC ISO string. */
export function instantOf(date: string, time = '00:00'): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}

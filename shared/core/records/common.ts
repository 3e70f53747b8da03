/** Field schemas shared by every record type (DOMAIN.md §3). */
import { z } from 'zod';

const slug = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');

export const centerId = slug;
export const windowId = slug;
export const officerId = slug;

/** An instant with its UTC offset, e.g. 2026-10-09T09:15:00+08:00. */
export const isoInstant = z.iso.datetime({ offset: true });

/** A calendar month, e.g. 2026-10. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

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

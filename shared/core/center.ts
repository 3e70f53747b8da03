/** The center and its windows and officers (中心、窗口、工作人员) — DOMAIN.md §1. */
import * as z from 'zod';
import { centerId, officerId, windowId } from './records/common.ts';

export const center = z.strictObject({
  centerId,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  address: z.string(),
  phone: z.string(),
  /** The day the center began recording here: nothing dated earlier is accepted. */
  startDate: z.iso.date().optional(),
});
export type Center = z.infer<typeof center>;

export const serviceWindow = z.strictObject({
  windowId,
  /** Counter name as shown in the hall, e.g. "市场监管综合窗口". */
  name: z.string().min(1),
  /** The dispatching department (派驻单位). */
  department: z.string().min(1),
  departmentEn: z.string().min(1),
});
export type ServiceWindow = z.infer<typeof serviceWindow>;

/** One stay at a window: from its first day until the next posting's. */
export const posting = z.strictObject({ windowId, from: z.iso.date() });
export type Posting = z.infer<typeof posting>;

export const officer = z.strictObject({
  officerId,
  name: z.string().min(1),
  /** The window the officer is at now. */
  windowId,
  role: z.enum(['head', 'staff']),
  /** First day stationed at the center (进驻日期). */
  startDate: z.iso.date(),
  /**
   * 窗口调整: the officer's windows in order, each from its first day. Kept when an
   * administrator moves the officer, so a record is checked against the window the
   * officer was at on the record's date. Absent: at `windowId` since `startDate`.
   */
  postings: z.array(posting).optional(),
});
export type Officer = z.infer<typeof officer>;

/** The window the officer was at on the date, or undefined before the officer's start. */
export function windowOfOfficerAt(o: Officer, date: string): string | undefined {
  if (date < o.startDate) return undefined;
  const postings = o.postings ?? [];
  let at: string | undefined;
  for (const p of postings) if (p.from <= date) at = p.windowId;
  // Before the first recorded posting the officer was where the first posting's history starts.
  return at ?? postings[0]?.windowId ?? o.windowId;
}

/**
 * The officer as an administrator writes it, keeping the history: a move to another window
 * appends a posting from `movedOn`; the same window leaves the history as it was.
 */
export function withPosting(previous: Officer | undefined, next: Officer, movedOn: string): Officer {
  if (!previous) return next.postings ? next : { ...next, postings: [{ windowId: next.windowId, from: next.startDate }] };
  const history = previous.postings ?? [{ windowId: previous.windowId, from: previous.startDate }];
  if (previous.windowId === next.windowId) return { ...next, postings: history };
  // A second move on the same day replaces that day's posting.
  const kept = history.filter((p) => p.from < movedOn);
  return { ...next, postings: [...kept, { windowId: next.windowId, from: movedOn }] };
}

export type SubjectProblem =
  | { readonly officerId: string; readonly kind: 'unknown' }
  | { readonly officerId: string; readonly kind: 'not-yet-started'; readonly startDate: string }
  | { readonly officerId: string; readonly kind: 'other-window'; readonly windowId: string };

/**
 * Whether each officer a record names is on the roster on the record's date, and — for a
 * record filed under a window — at that window then (DOMAIN.md §2: one writes only for
 * one's own window, so its officers are the only subjects one may name).
 */
export function subjectProblems(
  roster: ReadonlyMap<string, Officer>,
  officerIds: readonly string[],
  date: string,
  windowId: string | undefined,
): SubjectProblem[] {
  return officerIds.flatMap((id): SubjectProblem[] => {
    const o = roster.get(id);
    if (!o) return [{ officerId: id, kind: 'unknown' }];
    const at = windowOfOfficerAt(o, date);
    if (at === undefined) return [{ officerId: id, kind: 'not-yet-started', startDate: o.startDate }];
    if (windowId !== undefined && at !== windowId) return [{ officerId: id, kind: 'other-window', windowId: at }];
    return [];
  });
}

/**
 * Complaint record (投诉) — DOMAIN.md §3.8; seed 003 §投诉处置办法.
 *
 * Registered by a supervisor when a complaint about a window comes in: by phone, letter or
 * visit, e-mail, on site, or referred by the 12345 hotline; or filed by the public on the
 * site's form (channel `web`), which asks only what a citizen knows. The complainant's name and
 * contact are kept (the seed asks for them) but never shown outside the center (保密原则).
 *
 * Deadlines (办结时限): a simple on-site complaint whose facts are clear is settled on the
 * spot, the same day; others within 3 working days, extended to at most 10 working days
 * with the reason stated to the complainant; a 12345 referral by the deadline it came with.
 */
import * as z from 'zod';
import type { Deadline, WorkingCalendar } from '../calendar.ts';
import { fieldsValid, instantOf, isoDate, officerId, onFirstUse, reference, text, windowId } from './common.ts';
import { type RecordType, notAfterToday } from './types.ts';

export const COMPLAINT_CHANNELS = ['phone', 'letter-visit', 'email', 'hotline-12345', 'on-site', 'web'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

const COMPLAINT_WORKING_DAYS = 3;
const COMPLAINT_EXTENDED_WORKING_DAYS = 10;

export const complaintBody = onFirstUse(() => z
  .strictObject({
    receivedDate: isoDate,
    channel: z.enum(COMPLAINT_CHANNELS),
    /** On-site only: the facts are clear and it is settled on the spot (当场解决). */
    simple: z.boolean().optional(),
    windowId,
    officerId: officerId.optional(),
    summary: text(2000),
    complainantName: text(64).optional(),
    complainantContact: text(200).optional(),
    /** 12345 referrals only: the hotline's ticket and the deadline it sets. */
    referralNumber: reference.optional(),
    referralDeadline: isoDate.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.simple && b.channel !== 'on-site') {
      ctx.addIssue({ code: 'custom', path: ['simple'], message: 'only an on-site complaint is settled on the spot / 仅现场投诉可当场解决' });
    }
    const referral = b.channel === 'hotline-12345';
    if (referral && b.referralDeadline === undefined) {
      ctx.addIssue({ code: 'custom', path: ['referralDeadline'], message: 'a 12345 referral carries its deadline / 12345转办件须填写办理时限' });
    }
    for (const field of ['referralNumber', 'referralDeadline'] as const) {
      if (!referral && b[field] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} is for 12345 referrals only / 仅12345转办件填写` });
      }
    }
    if (b.referralDeadline !== undefined && b.referralDeadline < b.receivedDate) {
      ctx.addIssue({ code: 'custom', path: ['referralDeadline'], message: 'referralDeadline is before receivedDate / 办理时限早于收到日期' });
    }
  }, { when: fieldsValid }));
export type ComplaintBody = z.infer<ReturnType<typeof complaintBody>>;

/** Shown to no one outside the center: strip them from anything public. */
export const COMPLAINT_PRIVATE_FIELDS = ['complainantName', 'complainantContact'] as const satisfies readonly (keyof ComplaintBody)[];

/**
 * The day a complaint must be settled by (it ends at that day's close). `extended`: the
 * complainant was told why it takes longer; the deadline becomes 10 working days. A 12345
 * referral keeps the hotline's deadline either way.
 */
export function complaintDeadline(
  complaint: Pick<ComplaintBody, 'receivedDate' | 'channel' | 'simple' | 'referralDeadline'>,
  calendar: WorkingCalendar,
  extended = false,
): Deadline {
  if (complaint.channel === 'hotline-12345' && complaint.referralDeadline !== undefined) {
    return { date: complaint.referralDeadline, provisional: false };
  }
  if (extended) return calendar.addWorkingDays(complaint.receivedDate, COMPLAINT_EXTENDED_WORKING_DAYS);
  if (complaint.channel === 'on-site' && complaint.simple) return calendar.addWorkingDays(complaint.receivedDate, 0);
  return calendar.addWorkingDays(complaint.receivedDate, COMPLAINT_WORKING_DAYS);
}

/** Closed after the deadline, or still open after it. Dates are Beijing dates. */
export const isComplaintOverdue = (deadline: string, closedDate: string | undefined, today: string): boolean =>
  (closedDate ?? today) > deadline;

// Shared by the staff's and the public's complaint; each builds its own body schema on first use.
const complaintFields: Omit<RecordType<ComplaintBody>, 'body'> = {
  type: 'complaint',
  label: { zh: '投诉', en: 'complaint' },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.receivedDate),
  monthOf: (b) => b.receivedDate.slice(0, 7),
  officersOf: (b) => (b.officerId ? [b.officerId] : []),
  privateFields: COMPLAINT_PRIVATE_FIELDS,
  checkAt: (b, now) => notAfterToday('receivedDate', b.receivedDate, now),
};

export const complaintRecord: RecordType<ComplaintBody> = {
  ...complaintFields,
  get body() {
    return complaintBody();
  },
};

/**
 * What a citizen files on the site: the window, what happened and how to reach them. The
 * channel is the web form; the supervisors' fields (on-site settlement, 12345 referral)
 * are not theirs to set.
 */
export const publicComplaintBody = onFirstUse(() => z
  .strictObject({
    receivedDate: isoDate,
    windowId,
    officerId: officerId.optional(),
    summary: text(2000),
    complainantName: text(64).optional(),
    complainantContact: text(200).optional(),
  })
  .transform((b): ComplaintBody => ({ ...b, channel: 'web' })));

export const publicComplaintRecord: RecordType<ComplaintBody> = {
  ...complaintFields,
  get body() {
    return publicComplaintBody() as unknown as z.ZodType<ComplaintBody>;
  },
};

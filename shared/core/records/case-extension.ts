/**
 * Case extension (延时办结) — DOMAIN.md §3.4; seed 003 §限时办结制度 第4条: "确需延时办结的,
 * 须报业务科和有关分管领导, 并经同意后告知服务相对人延时办结的理由和具体时间, 业务科负责备案".
 *
 * The business section (a supervisor here) records the approval: the case, the new date it
 * promised the applicant and the reason. The new date replaces the promised deadline
 * (rules/case-timeliness.ts); the latest approval counts. It sits in the month of approval.
 */
import * as z from 'zod';
import { caseNumber, fieldsValid, instantOf, isoDate, onFirstUse, person, text, windowId } from './common.ts';
import { type RecordType, notAfterToday } from './types.ts';

export const caseExtensionBody = onFirstUse(() => z
  .strictObject({
    windowId,
    caseNumber,
    /** The day the extension was approved. */
    approvedDate: isoDate,
    /** Who approved it (业务科 and the leader in charge). */
    approvedBy: person,
    /** The new deadline told to the applicant (具体时间): the case is due by its close. */
    newDeadline: isoDate,
    /** 延时办结的理由. */
    reason: text(200),
  })
  .refine((b) => b.newDeadline >= b.approvedDate, {
    path: ['newDeadline'],
    message: 'newDeadline is before approvedDate / 延时后的办结期限早于批准日期',
    when: fieldsValid,
  }));
export type CaseExtensionBody = z.infer<ReturnType<typeof caseExtensionBody>>;

export const caseExtensionRecord: RecordType<CaseExtensionBody> = {
  type: 'case-extension',
  label: { zh: '延时办结', en: 'case extension' },
  get body() {
    return caseExtensionBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.approvedDate),
  monthOf: (b) => b.approvedDate.slice(0, 7),
  checkAt: (b, now) => notAfterToday('approvedDate', b.approvedDate, now),
};

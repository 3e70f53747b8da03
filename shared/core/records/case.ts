/**
 * Case record (办件) — DOMAIN.md §3.4; seed 002 §项目办件规则.
 *
 * A window registers a case when it accepts it. A case finished on the spot (即办件, 答复件)
 * is registered with its completed date; any other case is completed by a later
 * `case-completion` record. Completion is a record of its own because records are
 * append-only and each sits in one month: a case accepted in October and completed in
 * November counts as accepted in October and as completed (on time or late) in November.
 */
import * as z from 'zod';
import type { Deadline, WorkingCalendar } from '../calendar.ts';
import { caseNumber, fieldsValid, instantOf, isoDate, officerId, onFirstUse, windowId } from './common.ts';
import { type RecordType, notAfterToday } from './types.ts';

export const CASE_TYPES = ['immediate', 'promised', 'reply', 'joint', 'referred'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export const CASE_TYPE_NAMES: Record<CaseType, { zh: string; en: string }> = {
  immediate: { zh: '即办件', en: 'immediate case' },
  promised: { zh: '承诺件', en: 'promised-deadline case' },
  reply: { zh: '答复件', en: 'reply case' },
  joint: { zh: '联办件', en: 'joint case' },
  referred: { zh: '报批件', en: 'case referred for approval' },
};

// 即办件 "即收即办", 答复件 "当场作出解释": both are settled on the day; 承诺件 "需要1个工作日以上".
const SAME_DAY: ReadonlySet<CaseType> = new Set(['immediate', 'reply']);

export const caseBody = onFirstUse(() => z
  .strictObject({
    windowId,
    officerId,
    caseNumber,
    caseType: z.enum(CASE_TYPES),
    acceptedDate: isoDate,
    /** Working days promised to the applicant, counted after the day of acceptance. */
    promisedWorkingDays: z.number().int().nonnegative().max(250),
    completedDate: isoDate.optional(),
  })
  .superRefine((b, ctx) => {
    if (SAME_DAY.has(b.caseType) && b.promisedWorkingDays !== 0) {
      ctx.addIssue({ code: 'custom', path: ['promisedWorkingDays'], message: `a ${b.caseType} case promises 0 working days / 即办件、答复件当日办结` });
    }
    if (b.caseType === 'promised' && b.promisedWorkingDays === 0) {
      ctx.addIssue({ code: 'custom', path: ['promisedWorkingDays'], message: 'a promised case takes at least 1 working day / 承诺件办理时限至少1个工作日' });
    }
    if (b.completedDate !== undefined && b.completedDate < b.acceptedDate) {
      ctx.addIssue({ code: 'custom', path: ['completedDate'], message: 'completedDate is before acceptedDate / 办结日期早于受理日期' });
    }
  }, { when: fieldsValid }));
export type CaseBody = z.infer<ReturnType<typeof caseBody>>;

/**
 * The promised deadline: the close of the promised working day after acceptance (即办件: the
 * day). An approved extension moves it: rules/case-timeliness.ts.
 */
export const caseDeadline = (c: Pick<CaseBody, 'acceptedDate' | 'promisedWorkingDays'>, calendar: WorkingCalendar): Deadline =>
  calendar.addWorkingDays(c.acceptedDate, c.promisedWorkingDays);

export const caseRecord: RecordType<CaseBody> = {
  type: 'case',
  label: { zh: '办件', en: 'case' },
  get body() {
    return caseBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.acceptedDate),
  monthOf: (b) => b.acceptedDate.slice(0, 7),
  officersOf: (b) => [b.officerId],
  checkAt: (b, now) => [
    ...notAfterToday('acceptedDate', b.acceptedDate, now),
    ...(b.completedDate ? notAfterToday('completedDate', b.completedDate, now) : []),
  ],
};

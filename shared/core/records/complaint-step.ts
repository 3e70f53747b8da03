/**
 * Complaint step (投诉处理进度) — the lifecycle of a complaint, DOMAIN.md §3.8:
 * registered → investigating → verified or unfounded → closed. Registration is the
 * complaint record itself; each later step is one of these. A step may state why the
 * complaint needs longer than 3 working days (at most 10, seed 003 §投诉处置办法 五、(二)).
 *
 * Center-level: a step names the complaint, not the window.
 */
import * as z from 'zod';
import { fieldsValid, instantOf, isoDate, onFirstUse, recordId, text } from './common.ts';
import { type FieldIssue, type RecordType, notAfterToday } from './types.ts';

export const COMPLAINT_STEPS = ['investigating', 'verified', 'unfounded', 'closed'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];

const FOLLOWS: Record<ComplaintStep, readonly (ComplaintStep | 'registered')[]> = {
  investigating: ['registered', 'investigating'],
  verified: ['registered', 'investigating'],
  unfounded: ['registered', 'investigating'],
  closed: ['verified', 'unfounded'],
};

const findingCode = onFirstUse(() => z.string().regex(/^[A-Z][A-Z0-9-]*$/, 'a finding code such as W-SVC-COMPLAINT-VERIFIED / 扣分代码'));

export const complaintStepBody = onFirstUse(() => z
  .strictObject({
    complaintId: recordId,
    step: z.enum(COMPLAINT_STEPS),
    date: isoDate,
    note: text(2000).optional(),
    extensionReason: z.string().trim().min(5, 'state the reason in at least 5 characters / 请说明延期原因（至少5个字）').max(500).optional(),
    /**
     * A verifying step names the finding codes the verified complaint carries, for the
     * window and for the officer complained about (§3.8); the findings and, where a code
     * carries one, the vetoes follow from it (rules/verified-events.ts).
     */
    windowCodes: z.array(findingCode()).min(1).max(5).optional(),
    officerCodes: z.array(findingCode()).min(1).max(5).optional(),
  })
  .refine((b) => (b.windowCodes === undefined && b.officerCodes === undefined) || b.step === 'verified', {
    path: ['step'],
    message: 'only a verifying step names finding codes / 只有“查实”环节可填写扣分代码',
    when: fieldsValid,
  }));
export type ComplaintStepBody = z.infer<ReturnType<typeof complaintStepBody>>;

/** Whether `step` may follow the complaint's latest step; investigating may be recorded again (an extension). */
export function checkComplaintStep(latest: ComplaintStep | 'registered', step: ComplaintStep): FieldIssue[] {
  return FOLLOWS[step].includes(latest)
    ? []
    : [{ path: 'step', message: `${step} cannot follow ${latest} / 投诉处理环节顺序不对` }];
}

export const complaintStepRecord: RecordType<ComplaintStepBody> = {
  type: 'complaint-step',
  label: { zh: '投诉处理进度', en: 'complaint step' },
  get body() {
    return complaintStepBody();
  },
  windowOf: () => undefined,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  checkAt: (b, now) => notAfterToday('date', b.date, now),
};

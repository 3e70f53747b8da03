/**
 * Appeal decision (申诉复核) — a second supervisor, not the one who verified the veto, upholds
 * or overturns it with a reason. An overturned veto is superseded, so it is no longer an
 * input to eligibility. Center-level.
 */
import * as z from 'zod';
import { instantOf, isoDate, onFirstUse, person, recordId } from './common.ts';
import { type FieldIssue, type RecordType, notAfterToday } from './types.ts';

export const appealDecisionBody = onFirstUse(() => z.strictObject({
  appealId: recordId,
  decision: z.enum(['upheld', 'overturned']),
  reason: z.string().trim().min(5, 'state the reason in at least 5 characters / 请说明理由（至少5个字）').max(1000),
  decidedBy: person,
  date: isoDate,
}));
export type AppealDecisionBody = z.infer<ReturnType<typeof appealDecisionBody>>;

/** The decider must not be who verified the veto; names are compared ignoring case. */
export function checkAppealDecider(veto: { readonly verifiedBy: string }, decision: Pick<AppealDecisionBody, 'decidedBy'>): FieldIssue[] {
  return veto.verifiedBy.trim().toLowerCase() === decision.decidedBy.trim().toLowerCase()
    ? [{ path: 'decidedBy', message: 'a second supervisor decides the appeal / 申诉须由核实人以外的督查人员复核' }]
    : [];
}

export const appealDecisionRecord: RecordType<AppealDecisionBody> = {
  type: 'appeal-decision',
  label: { zh: '申诉复核', en: 'appeal decision' },
  get body() {
    return appealDecisionBody();
  },
  windowOf: () => undefined,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  checkAt: (b, now) => notAfterToday('date', b.date, now),
};

/**
 * Case completion (办结) — the completion of a case registered open (see case.ts). It names
 * the case by its number and sits in the month of completion, where the on-time rate and
 * the overdue working days are counted.
 */
import * as z from 'zod';
import { caseNumber, instantOf, isoDate, officerId, onFirstUse, windowId } from './common.ts';
import { type RecordType, notAfterToday } from './types.ts';

export const caseCompletionBody = onFirstUse(() => z.strictObject({
  windowId,
  caseNumber,
  completedDate: isoDate,
  /** Who completed it, when not the officer who accepted it. */
  officerId: officerId.optional(),
}));
export type CaseCompletionBody = z.infer<ReturnType<typeof caseCompletionBody>>;

export const caseCompletionRecord: RecordType<CaseCompletionBody> = {
  type: 'case-completion',
  label: { zh: '办结', en: 'case completion' },
  get body() {
    return caseCompletionBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.completedDate),
  monthOf: (b) => b.completedDate.slice(0, 7),
  officersOf: (b) => (b.officerId ? [b.officerId] : []),
  checkAt: (b, now) => notAfterToday('completedDate', b.completedDate, now),
};

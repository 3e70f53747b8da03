/**
 * Veto appeal (否决申诉) — DOMAIN.md §5 **Assumption** (due process, after 好差评's 申诉复核):
 * the subject of a veto appeals within the window (veto.ts `checkAppealDeadline`), stating
 * the grounds. Center-level: it names the veto, not the window.
 */
import * as z from 'zod';
import { instantOf, isoDate, onFirstUse, recordId, text } from './common.ts';
import { type RecordType, notAfterToday } from './types.ts';

export const vetoAppealBody = onFirstUse(() => z.strictObject({
  /** The veto record, or the finding whose code carries the veto. */
  vetoId: recordId,
  date: isoDate,
  grounds: text(2000),
}));
export type VetoAppealBody = z.infer<ReturnType<typeof vetoAppealBody>>;

export const vetoAppealRecord: RecordType<VetoAppealBody> = {
  type: 'veto-appeal',
  label: { zh: '否决申诉', en: 'veto appeal' },
  get body() {
    return vetoAppealBody();
  },
  windowOf: () => undefined,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  checkAt: (b, now) => notAfterToday('date', b.date, now),
};

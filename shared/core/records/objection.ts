/**
 * Objection (异议) — DOMAIN.md §3.15, §6: anyone may object to an entry of a proposed list
 * during its public notice (公示). The objector's contact is kept for the answer and never
 * published. Center-level; the handler checks that the notice is open.
 */
import * as z from 'zod';
import { candidateId, instantOf, isoDate, onFirstUse, reference, text } from './common.ts';
import { type RecordType, notAfterToday } from './types.ts';

export const objectionBody = onFirstUse(() => z.strictObject({
  noticeId: reference,
  /** The entry objected to: the candidate's id on the notice. */
  entry: candidateId,
  /** The day the objection was raised (a letter may be typed in later). */
  date: isoDate,
  text: text(500),
  contact: text(200).optional(),
}));
export type ObjectionBody = z.infer<ReturnType<typeof objectionBody>>;

export const OBJECTION_PRIVATE_FIELDS = ['contact'] as const satisfies readonly (keyof ObjectionBody)[];

export const objectionRecord: RecordType<ObjectionBody> = {
  type: 'objection',
  label: { zh: '异议', en: 'objection' },
  get body() {
    return objectionBody();
  },
  windowOf: () => undefined,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  privateFields: OBJECTION_PRIVATE_FIELDS,
  checkAt: (b, now) => notAfterToday('date', b.date, now),
};

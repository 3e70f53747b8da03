/**
 * Commendation (表扬) — DOMAIN.md §3.11, §4.4: a banner (锦旗) or a letter of thanks (感谢信)
 * from a service recipient, praise in the media with its level (区级 … 国家级), or a gift
 * handed in (主动上交礼品礼金). Verified by a supervisor; it earns the bonus its code gives.
 */
import * as z from 'zod';
import { LEVELS, fieldsValid, instantOf, isoDate, officerId, onFirstUse, person, text, windowId } from './common.ts';
import { type RecordType, notAfterToday } from './types.ts';

export const COMMENDATION_KINDS = ['banner', 'letter', 'media', 'gift-handed-in'] as const;

export const commendationBody = onFirstUse(() => z
  .strictObject({
    windowId,
    /** The officer praised, if the praise names one. */
    officerId: officerId.optional(),
    kind: z.enum(COMMENDATION_KINDS),
    /** Media praise only. */
    level: z.enum(LEVELS).optional(),
    date: isoDate,
    note: text(500),
    verifiedBy: person,
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'media' && b.level === undefined) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'media praise needs its level / 媒体表扬须注明级别' });
    }
    if (b.kind !== 'media' && b.level !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'only media praise has a level / 仅媒体表扬分级别' });
    }
  }, { when: fieldsValid }));
export type CommendationBody = z.infer<ReturnType<typeof commendationBody>>;

export const commendationRecord: RecordType<CommendationBody> = {
  type: 'commendation',
  label: { zh: '表扬', en: 'commendation' },
  get body() {
    return commendationBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  officersOf: (b) => (b.officerId ? [b.officerId] : []),
  checkAt: (b, now) => notAfterToday('date', b.date, now),
};

/**
 * Nomination (推荐) — DOMAIN.md §3.12, §6; seed 003 §优秀服务窗口和服务明星评选办法 三、(三)2.
 *
 * A window head nominates officers of the window, each with short deeds (事迹 ≤ 100
 * characters), or the window itself (≤ 200), by the 20th of the quarter's third month: one
 * officer for a window of 1–5 officers, two for 6 or more. Supervisors may nominate
 * outstanding officers directly (中心科室可向考核小组直接推荐), also after that day.
 * Filed in the quarter's third month, where the selection of the quarter reads it.
 */
import * as z from 'zod';
import type { Role } from '../roles.ts';
import { monthsOf } from '../rules/period.ts';
import { dateOf, fieldsValid, instantOf, monthOf, officerId, onFirstUse, quarter, text, windowId } from './common.ts';
import type { FieldIssue, RecordType } from './types.ts';

const nominationFields = {
  quarter,
  windowId,
  /** A supervisor's direct nomination: no deadline, no quota. */
  direct: z.boolean().optional(),
};

const officerNomination = onFirstUse(() => z
  .strictObject({
    nominee: z.literal('officers'),
    ...nominationFields,
    officers: z.array(z.strictObject({ officerId, deeds: text(100) })).min(1).max(10),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.officers.forEach(({ officerId: id }, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['officers', i, 'officerId'], message: `${id} is nominated twice / 重复推荐` });
      seen.add(id);
    });
  }, { when: fieldsValid }));

const windowNomination = onFirstUse(() => z.strictObject({
  nominee: z.literal('window'),
  ...nominationFields,
  deeds: text(200),
}));

export const nominationBody = onFirstUse(() => z.discriminatedUnion('nominee', [officerNomination(), windowNomination()]));
export type NominationBody = z.infer<ReturnType<typeof nominationBody>>;

const thirdMonth = (q: string): string => monthsOf(q)[2]!;

/** How many officers a window nominates: 1 with 1–5 officers, 2 with 6 or more. */
export function nominationLimit(officerCount: number): number {
  if (!Number.isSafeInteger(officerCount) || officerCount < 0) throw new RangeError(`officer count ${officerCount}`);
  return officerCount === 0 ? 0 : officerCount <= 5 ? 1 : 2;
}

/** The last day for a window's nominations: the 20th of the quarter's third month. */
export const nominationDeadline = (q: string): string => `${thirdMonth(q)}-20`;

/** Whether a window's nomination made on `date` (Beijing) is in time for the quarter. */
export function checkNominationDeadline(q: string, date: string): FieldIssue[] {
  const deadline = nominationDeadline(q);
  return date > deadline
    ? [{ path: 'quarter', message: `nominations for ${q} closed on ${deadline} / ${q}推荐已于${deadline}截止` }]
    : [];
}

/** Only a supervisor nominates directly; the handler knows the role, the body does not. */
export function checkDirectNomination(role: Role, body: Pick<NominationBody, 'direct'>): FieldIssue[] {
  return body.direct && role !== 'supervisor'
    ? [{ path: 'direct', message: 'only a supervisor nominates directly / 仅中心科室可直接推荐' }]
    : [];
}

export const nominationRecord: RecordType<NominationBody> = {
  type: 'nomination',
  label: { zh: '推荐', en: 'nomination' },
  get body() {
    return nominationBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(nominationDeadline(b.quarter)),
  monthOf: (b) => thirdMonth(b.quarter),
  officersOf: (b) => (b.nominee === 'officers' ? b.officers.map((o) => o.officerId) : []),
  checkAt: (b, now) => {
    if (monthsOf(b.quarter)[0]! > monthOf(now)) return [{ path: 'quarter', message: `${b.quarter} has not begun / 该季度尚未开始` }];
    return b.direct ? [] : checkNominationDeadline(b.quarter, dateOf(now));
  },
};

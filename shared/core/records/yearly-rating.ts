/**
 * Yearly rating (年度考核评分) — DOMAIN.md §3.16, §4.6; seed 003 §窗口工作人员年度考核的实施办法
 * 五. Of the 40 yearly points, each rater gives its share:
 *   window head: original-unit leader 10, peer heads 6, center departments 24;
 *   staff:       original-unit leader 6, window head 10, center departments 24.
 * The body does not know whether the officer is a head, so it only bounds the points by
 * the largest share (24); the handler, which knows the role, applies
 * `checkYearlyRatingShare`. Center-level, filed in December of the year.
 */
import * as z from 'zod';
import { cmp, pts } from '../points.ts';
import { RATER_NAMES, type RaterKind, type YearlyAssessmentRules } from '../rules/yearly-assessment.ts';
import { dateOf, decimalPoints, fieldsValid, officerId, onFirstUse, person, year } from './common.ts';
import type { FieldIssue, RecordType } from './types.ts';

const RATER_KINDS = Object.keys(RATER_NAMES) as [RaterKind, ...RaterKind[]];
const LARGEST_SHARE = '24';

export const yearlyRatingBody = onFirstUse(() => z.strictObject({
  year,
  raterKind: z.enum(RATER_KINDS),
  /** Who rated: the leader, the head, a peer head or the department, as the form names them. */
  ratedBy: person,
  officerId,
  points: decimalPoints.refine((p) => cmp(pts(p), pts(LARGEST_SHARE)) <= 0, {
    message: `at most ${LARGEST_SHARE} points / 不超过${LARGEST_SHARE}分`,
    when: fieldsValid,
  }),
}));
export type YearlyRatingBody = z.infer<ReturnType<typeof yearlyRatingBody>>;

/** Whether this rater rates an officer of this role, and within its share (the rulebook's `raterShares`). */
export function checkYearlyRatingShare(
  role: 'head' | 'staff',
  raterKind: RaterKind,
  points: string,
  shares: YearlyAssessmentRules['raterShares'],
): FieldIssue[] {
  const share = shares[role].find((s) => s.rater === raterKind);
  const [en, zh] = role === 'head' ? ['a window head', '窗口负责人'] : ['staff', '工作人员'];
  const rater = RATER_NAMES[raterKind].zh;
  if (!share) return [{ path: 'raterKind', message: `${raterKind} does not rate ${en} / ${rater}不为${zh}评分` }];
  return cmp(pts(points), pts(share.points)) > 0
    ? [{ path: 'points', message: `${raterKind} gives ${en} at most ${share.points} points / ${rater}为${zh}评分不超过${share.points}分` }]
    : [];
}

export const yearlyRatingRecord: RecordType<YearlyRatingBody> = {
  type: 'yearly-rating',
  label: { zh: '年度考核评分', en: 'yearly rating' },
  get body() {
    return yearlyRatingBody();
  },
  windowOf: () => undefined,
  at: (b) => `${b.year}-12-01T00:00:00.000Z`,
  monthOf: (b) => `${b.year}-12`,
  officersOf: (b) => [b.officerId],
  checkAt: (b, now) =>
    b.year > dateOf(now).slice(0, 4)
      ? [{ path: 'year', message: 'year is after the current year / 年份晚于今年' }]
      : [],
};

/**
 * Whether the caller may give a rating of this kind to this officer (DOMAIN.md §4.6): a
 * head rates its own window's staff as window head and the other windows' heads as a peer
 * head; center departments are supervisors or panel members; the original unit's rating is
 * entered by a supervisor from the unit's signed sheet.
 */
export function checkRaterFits(
  caller: { readonly role: string; readonly windowId?: string | undefined },
  raterKind: RaterKind,
  officer: { readonly role: 'head' | 'staff'; readonly windowId: string },
): FieldIssue[] {
  const refuse = (en: string, zh: string): FieldIssue[] => [{ path: 'raterKind', message: `${en} / ${zh}` }];
  switch (raterKind) {
    case 'window-head':
      if (caller.role !== 'head') return refuse('only a window head rates as window head', '只有窗口负责人可以窗口负责人身份评分');
      if (officer.role !== 'staff' || officer.windowId !== caller.windowId) {
        return refuse('a window head rates the staff of its own window', '窗口负责人只为本窗口工作人员评分');
      }
      return [];
    case 'peer-heads':
      if (caller.role !== 'head') return refuse('only a window head rates as a peer head', '只有窗口负责人可参加负责人互评');
      if (officer.role !== 'head' || officer.windowId === caller.windowId) {
        return refuse('a peer head rates the heads of other windows', '负责人互评只为其他窗口的负责人评分');
      }
      return [];
    case 'center-departments':
      return caller.role === 'supervisor' || caller.role === 'panel'
        ? []
        : refuse('center departments are supervisors or panel members', '中心相关科室评分须由督查人员或考核小组成员提交');
    case 'unit-leader':
      return caller.role === 'supervisor'
        ? []
        : refuse("a supervisor enters the original unit's rating from its signed sheet", '原单位评分由督查人员依据签字评分表录入');
  }
}

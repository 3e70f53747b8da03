/**
 * Ballot (民主测评) — DOMAIN.md §3.13, §4.5; seed 001 (a) 五、(二). A window head scores each
 * candidate of an honor 0–100; the democratic part of the composite is the mean of the
 * ballots. The voter is whoever submits it. Center-level, filed in the period's last month.
 */
import * as z from 'zod';
import { monthsOf } from '../rules/period.ts';
import { candidateId, fieldsValid, honorId, instantOf, monthOf, onFirstUse, period } from './common.ts';
import type { FieldIssue, RecordType } from './types.ts';

/** 0–100 with at most one decimal; kept as a decimal string, whether it came as text or a number. */
const score = onFirstUse(() => z
  .union([z.string().trim(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^(100(\.0)?|[1-9]?\d(\.\d)?)$/, 'a score from 0 to 100, at most one decimal / 分数为0–100，至多一位小数')));

/** The most candidates one sheet scores (it keeps a ballot's record and fact items small). */
export const MAX_SCORES_PER_SHEET = 100;

/** The scores of one voter or panel member, one per candidate of the honor. */
export const scoreSheetBody = onFirstUse(() => z
  .strictObject({
    honorId,
    period,
    scores: z.array(z.strictObject({ candidateId, score: score() })).min(1).max(MAX_SCORES_PER_SHEET),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.scores.forEach(({ candidateId: id }, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['scores', i, 'candidateId'], message: `${id} is scored twice / 重复评分` });
      seen.add(id);
    });
  }, { when: fieldsValid }));
export type ScoreSheetBody = z.infer<ReturnType<typeof scoreSheetBody>>;

const lastMonth = (p: string): string => monthsOf(p).at(-1)!;

/** Placement and checks shared by ballots and panel scores. */
export const scoreSheetPlacement = {
  windowOf: () => undefined,
  at: (b: ScoreSheetBody) => instantOf(`${lastMonth(b.period)}-01`),
  monthOf: (b: ScoreSheetBody) => lastMonth(b.period),
  checkAt: (b: ScoreSheetBody, now: Date): FieldIssue[] =>
    monthsOf(b.period)[0]! > monthOf(now) ? [{ path: 'period', message: `${b.period} has not begun / 该期间尚未开始` }] : [],
};

export const ballotRecord: RecordType<ScoreSheetBody> = {
  type: 'ballot',
  label: { zh: '民主测评', en: 'ballot' },
  get body() {
    return scoreSheetBody();
  },
  ...scoreSheetPlacement,
};

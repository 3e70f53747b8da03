/**
 * 考核等次 — grades from score bands: the monthly officer grade (seed 002
 * §窗口工作人员考核实施细则 二、评定与奖惩: ≥90 优秀, ≥75 称职, ≥60 基本称职) and the yearly
 * officer grade (seed 003 §年度考核的实施办法 六、考核结果: ≥90, ≥80, ≥60). DOMAIN.md §4.4, §4.6.
 *
 * A grade is read from the score as presented (two decimals, half up), so that a score
 * shown as 90.00 is never graded below 90.
 */
import * as z from 'zod';
import { type Points, cmp, pts, round2 } from '../points.ts';
import { decimal } from '../rulebook/fields.ts';

export const GRADES = ['excellent', 'competent', 'basic', 'incompetent'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_NAMES: Record<Grade, { zh: string; en: string }> = {
  excellent: { zh: '优秀', en: 'excellent' },
  competent: { zh: '称职', en: 'competent' },
  basic: { zh: '基本称职', en: 'basically competent' },
  incompetent: { zh: '不称职', en: 'incompetent' },
};

/** Bands from the highest minimum down; the last starts at 0 so every score has a grade. */
export const gradeBands = z
  .array(z.strictObject({ grade: z.enum(GRADES), min: decimal }))
  .min(1)
  .superRefine((bands, ctx) => {
    bands.forEach((band, i) => {
      const next = bands[i + 1];
      if (next && cmp(pts(next.min), pts(band.min)) >= 0) {
        ctx.addIssue({ code: 'custom', path: [i + 1, 'min'], message: 'band minimums must fall strictly' });
      }
    });
    if (bands.at(-1)?.min !== '0') ctx.addIssue({ code: 'custom', path: [bands.length - 1, 'min'], message: 'the last band starts at 0' });
  });
export type GradeBands = z.infer<typeof gradeBands>;

export function gradeOf(score: Points, bands: GradeBands): Grade {
  const shown = round2(score);
  const band = bands.find((b) => cmp(shown, pts(b.min)) >= 0);
  if (!band) throw new RangeError('no grade band holds a negative score');
  return band.grade;
}

/** Field schemas shared by the parts of a rulebook (评选规则), and reading a points spec. */
import * as z from 'zod';
import { type Points, cmp, pts } from '../points.ts';
import { findingCode } from './finding-code.ts';

export const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal such as "0.5"');

/** A text in both languages the site shows. */
export const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens');

/** The seed clause a rule comes from, as finding codes cite theirs. */
export const seedSource = findingCode.shape.source;

/** Fixed points, or a range the verifier chooses within — as finding codes give theirs. */
export const pointsSpec = findingCode.shape.points;
export type PointsSpec = z.infer<typeof pointsSpec>;

/**
 * The points one occurrence costs or earns: the fixed value, or the value the verifier
 * chose, which must lie within the range.
 */
export function chosenPoints(spec: PointsSpec, chosen: string | undefined, what: string): Points {
  if ('fixed' in spec) {
    if (chosen !== undefined && cmp(pts(chosen), pts(spec.fixed)) !== 0) {
      throw new RangeError(`${what} is fixed at ${spec.fixed} points, not ${chosen}`);
    }
    return pts(spec.fixed);
  }
  if (chosen === undefined) throw new RangeError(`${what} needs points chosen within ${spec.min}–${spec.max}`);
  const value = pts(chosen);
  if (cmp(value, pts(spec.min)) < 0 || cmp(value, pts(spec.max)) > 0) {
    throw new RangeError(`${what}: ${chosen} points is outside ${spec.min}–${spec.max}`);
  }
  return value;
}

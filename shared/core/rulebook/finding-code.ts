/**
 * Finding codes (扣分/加分事项): the itemized deductions and bonuses of a rulebook, each
 * citing the clause of the seed it comes from (DOMAIN.md §4.4).
 */
import * as z from 'zod';

const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a positive decimal such as "0.5"');

export const findingCode = z
  .strictObject({
    /** Stable code, e.g. `W-SVC-COMPLAINT` — upper-case letters, digits and hyphens. */
    code: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/),
    zh: z.string().min(1),
    en: z.string().min(1),
    /** A category id of the rulebook (e.g. `window.service`, `officer.discipline`). */
    category: z.string().min(1),
    /** A deduction takes points off its category; a bonus is added after the categories. */
    effect: z.enum(['deduction', 'bonus']),
    /** Fixed points, or a range the verifier chooses within. */
    points: z.union([
      z.strictObject({ fixed: decimal }),
      z.strictObject({ min: decimal, max: decimal }),
    ]),
    /** What one unit is: an occurrence, or (overdue cases) a case per working day late. */
    per: z.enum(['occurrence', 'case-working-day', 'level']).default('occurrence'),
    subject: z.enum(['window', 'officer', 'both']),
    /**
     * An officer code whose event costs the window too (seed 004: "扣分直接计入窗口单位"): one
     * finding, and the window pays this window code for it. The window code is then never
     * entered by itself, so the event is not filed twice.
     */
    windowCode: z.string().optional(),
    /**
     * The code of another seed for the very same act (seed 004's patrol lateness and seed 002's
     * 迟到): a rulebook holds one of the two, so an act is never filed two ways.
     */
    sameActAs: z.string().optional(),
    veto: z.enum(['none', 'quarter', 'year']),
    source: z.strictObject({
      seed: z.enum(['000', '001', '002', '003', '004']),
      /** The clause as the seed words its heading, e.g. `§窗口考核细则 一.3`. */
      clause: z.string().min(1),
    }),
  });
export type FindingCode = z.infer<typeof findingCode>;
export type FindingCodeInput = z.input<typeof findingCode>;

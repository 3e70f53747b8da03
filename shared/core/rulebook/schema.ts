/**
 * Rulebook (评选规则): the versioned set of categories, finding codes, weights, quotas,
 * thresholds and tie-breakers a center scores and selects by (DOMAIN.md §1, §7). A rulebook
 * is data validated here; `defineRulebook` adds the sha256 of its canonical JSON, which
 * every result records so that a change of rules never passes for the old ones.
 */
import * as z from 'zod';
import { contentHash } from '../canonical.ts';
import { cmp, pts, sum } from '../points.ts';
import { attendanceRules } from '../rules/attendance.ts';
import { electronicEvaluationRules } from '../rules/electronic-evaluation.ts';
import { gradeBands } from '../rules/grades.ts';
import { hygieneRules } from '../rules/hygiene.ts';
import { monthlyGradingRules } from '../rules/monthly-grades.ts';
import { isNoLongerThan } from '../rules/period.ts';
import { compositeWeights } from '../rules/quarterly-composite.ts';
import { tieBreaker } from '../rules/ranking.ts';
import { yearlyAssessmentRules } from '../rules/yearly-assessment.ts';
import { findingCode } from './finding-code.ts';
import { bilingual, decimal, seedSource, slug } from './fields.ts';
import { honor } from './honor.ts';

/** Parts of a window category computed by their own rules rather than by deductions. */
const COMPONENTS = ['electronic-evaluation', 'hygiene'] as const;
export type Component = (typeof COMPONENTS)[number];

const category = z.strictObject({
  /** `window.service`, `officer.discipline`, … */
  id: z.string().regex(/^(window|officer)\.[a-z]+$/),
  name: bilingual,
  max: decimal,
  components: z.array(z.enum(COMPONENTS)).default([]),
  source: seedSource,
});
export type Category = z.infer<typeof category>;

const subjectScheme = z.strictObject({
  categories: z.array(category).min(1),
  /** Where bonuses go: added after the categories, the total capped by `bonusCap`. */
  bonusCategory: z.strictObject({ id: z.string().regex(/^(window|officer)\.bonus$/), name: bilingual }),
});
export type SubjectScheme = z.infer<typeof subjectScheme>;

const workingDays = z.strictObject({ workingDays: z.number().int().positive() });

const rulebookShape = z.strictObject({
  id: slug,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0'),
  /**
   * The first day of the month this version applies from (rulebook/in-force.ts); absent: it
   * applies to every date. Months are scored under one version, so it starts a month.
   */
  effectiveFrom: z.iso.date().regex(/-01$/, 'the first day of a month, such as 2027-01-01 / 须为某月1日').optional(),
  /**
   * A campaign's rulebook (活动, seed 004's 服务质量月 in July): it applies only in these
   * months of each year; in the others the version before it does (rulebook/in-force.ts).
   */
  campaignMonths: z.array(z.number().int().min(1).max(12)).min(1).optional(),
  name: bilingual,
  summary: bilingual,
  window: subjectScheme,
  officer: subjectScheme,
  /** The monthly total is capped at Σ category maxima + this. */
  bonusCap: decimal,
  findingCodes: z.array(findingCode),
  electronicEvaluation: electronicEvaluationRules.optional(),
  hygiene: hygieneRules.optional(),
  attendance: attendanceRules,
  monthlyOfficerGrades: gradeBands,
  /** Seed 002's window grades, 优秀 caps, derived codes and 调离 flag (DOMAIN.md §4.4); absent elsewhere. */
  monthlyGrading: monthlyGradingRules.optional(),
  yearlyAssessment: yearlyAssessmentRules.optional(),
  compositeWeights: compositeWeights.optional(),
  /** Applied in order to candidates with equal scores at a cut (DOMAIN.md §6). */
  tieBreakers: z.array(tieBreaker),
  honors: z.array(honor),
  /**
   * 公示: the proposed list is public this many working days; an entry withdrawn on an
   * upheld objection passes to the next eligible candidate, or its place stays empty.
   */
  notice: z.strictObject({
    workingDays: z.number().int().positive(),
    onWithdrawal: z.enum(['next-candidate', 'leave-empty']).default('next-candidate'),
  }),
  /** A vetoed subject may appeal within this many working days of notification. */
  appeal: workingDays,
  /**
   * 结账: a month's records close at the end of this working day of the next month (default
   * 5, see `closing.ts`); after it a month's facts change only by a supervisor's correction.
   */
  monthCloseWorkingDays: z.number().int().positive().max(20).optional(),
});

type Shape = z.infer<typeof rulebookShape>;
type Issue = { path: (string | number)[]; message: string };

function checkSchemes(rb: Shape): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const subject of ['window', 'officer'] as const) {
    const scheme = rb[subject];
    if (scheme.bonusCategory.id !== `${subject}.bonus`) {
      issues.push({ path: [subject, 'bonusCategory', 'id'], message: `must be ${subject}.bonus` });
    }
    scheme.categories.forEach((c, i) => {
      const path = [subject, 'categories', i];
      if (!c.id.startsWith(`${subject}.`)) issues.push({ path: [...path, 'id'], message: `a ${subject} category id starts with ${subject}.` });
      if (seen.has(c.id)) issues.push({ path: [...path, 'id'], message: `category ${c.id} is listed twice` });
      seen.add(c.id);
      if (subject === 'officer' && c.components.length > 0) issues.push({ path: [...path, 'components'], message: 'only window categories have computed components' });
      const componentMax = c.components.map((component) => {
        const rules = component === 'electronic-evaluation' ? rb.electronicEvaluation : rb.hygiene;
        if (!rules) issues.push({ path: [...path, 'components'], message: `${component} needs its rules in the rulebook` });
        return pts(rules?.maxPoints ?? '0');
      });
      if (cmp(sum(componentMax), pts(c.max)) > 0) issues.push({ path: [...path, 'max'], message: 'the computed components exceed the category maximum' });
    });
  }
  const components = [...rb.window.categories.flatMap((c) => c.components)];
  if (new Set(components).size !== components.length) issues.push({ path: ['window', 'categories'], message: 'a component is computed in two categories' });
  return issues;
}

function checkFindingCodes(rb: Shape): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  rb.findingCodes.forEach((code, i) => {
    if (seen.has(code.code)) issues.push({ path: ['findingCodes', i, 'code'], message: `code ${code.code} is listed twice` });
    seen.add(code.code);
    const subjects = code.subject === 'both' ? (['window', 'officer'] as const) : [code.subject];
    const allowed = subjects.flatMap((s) =>
      code.effect === 'bonus' ? [rb[s].bonusCategory.id] : rb[s].categories.map((c) => c.id),
    );
    if (!allowed.includes(code.category)) {
      issues.push({ path: ['findingCodes', i, 'category'], message: `${code.code}: category ${code.category} is not a ${code.effect} category of its subject` });
    }
  });
  const codes = new Set(rb.findingCodes.map((c) => c.code));
  rb.findingCodes.forEach((code, i) => {
    if (code.sameActAs !== undefined && codes.has(code.sameActAs)) {
      issues.push({ path: ['findingCodes', i, 'sameActAs'], message: `${code.code} and ${code.sameActAs} are one act: keep one of them` });
    }
    if (code.windowCode === undefined) return;
    const paid = rb.findingCodes.find((c) => c.code === code.windowCode);
    if (code.subject !== 'officer' || !paid || paid.subject !== 'window' || paid.effect !== code.effect) {
      issues.push({ path: ['findingCodes', i, 'windowCode'], message: `${code.code}: ${code.windowCode} is not a window code of the same effect for an officer code` });
    }
  });
  for (const [key, derived] of Object.entries(rb.monthlyGrading?.derivedCodes ?? {})) {
    const code = rb.findingCodes.find((c) => c.code === derived);
    if (!code || code.subject === 'window') issues.push({ path: ['monthlyGrading', 'derivedCodes', key], message: `${derived} is not an officer code of the rulebook` });
  }
  return issues;
}

function checkHonors(rb: Shape): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  rb.honors.forEach((h, i) => {
    const path = ['honors', i];
    if (ids.has(h.id)) issues.push({ path: [...path, 'id'], message: `honor ${h.id} is listed twice` });
    ids.add(h.id);
    if (h.entry.kind === 'title-holders') {
      const { honorId } = h.entry;
      const source = rb.honors.find((o) => o.id === honorId);
      if (!source || source.subject !== h.subject || !isNoLongerThan(source.period, h.period) || source.period === h.period) {
        issues.push({ path: [...path, 'entry'], message: `${honorId} is not a shorter-period honor of the same subject` });
      }
    }
    if ((h.ranking.kind === 'titles-then-mean-score') !== (h.entry.kind === 'title-holders')) {
      issues.push({ path: [...path, 'ranking'], message: 'titles-then-mean-score ranks title holders, and only they' });
    }
    if (h.ranking.kind === 'composite' && !rb.compositeWeights) issues.push({ path: [...path, 'ranking'], message: 'a composite honor needs compositeWeights' });
    if (h.subject === 'enterprise' && h.ranking.kind !== 'panel-score') issues.push({ path: [...path, 'ranking'], message: 'enterprises have no monthly score; rank them by panel score' });
    const { minDaysOnDuty, excludeHeadsOfBottomWindows, minOnTimeCompletionPercent } = h.eligibility;
    if (h.subject !== 'officer' && (minDaysOnDuty !== undefined || excludeHeadsOfBottomWindows !== undefined)) {
      issues.push({ path: [...path, 'eligibility'], message: 'days on duty and bottom-window heads apply to officers' });
    }
    if (h.subject !== 'window' && minOnTimeCompletionPercent !== undefined) {
      issues.push({ path: [...path, 'eligibility'], message: 'on-time completion applies to windows' });
    }
  });
  const metrics = rb.tieBreakers.map((t) => t.metric);
  if (new Set(metrics).size !== metrics.length) issues.push({ path: ['tieBreakers'], message: 'a tie-breaker is listed twice' });
  return issues;
}

export const rulebookContent = rulebookShape.superRefine((rb, ctx) => {
  for (const issue of [...checkSchemes(rb), ...checkFindingCodes(rb), ...checkHonors(rb)]) {
    ctx.addIssue({ code: 'custom', ...issue });
  }
});
type RulebookContent = z.infer<typeof rulebookContent>;
export type RulebookInput = z.input<typeof rulebookContent>;

export type Rulebook = RulebookContent & { readonly hash: string };

/** Validates a rulebook and fixes its content hash. */
export function defineRulebook(input: RulebookInput): Rulebook {
  const content = rulebookContent.parse(input);
  return { ...content, hash: contentHash(content) };
}

/**
 * 百分考核 — monthly 100-point scores of windows and officers (平时考核).
 * Seed 002 §窗口单位考核实施细则 and §窗口工作人员考核实施细则 ("扣完为止"); seed 003
 * §年度考核的实施办法 四、考核内容 (the default officer categories); DOMAIN.md §4.4.
 *
 *   category score = computed components + max(0, (max − components' max) − Σ deductions)
 *   total          = min(Σ category scores + Σ bonuses, Σ category maxima + bonus cap)
 *   officer grade  = from the rulebook's monthly bands (≥ 90 优秀, ≥ 75 称职, ≥ 60 基本称职)
 *
 * A window's 优质服务 category holds two computed components: the electronic evaluation
 * (§4.1) and the hygiene inspection (§4.2); its other points take deductions. A component
 * not yet available (the quarter's inspection) is reported as pending and adds nothing.
 */
import type { LedgerLine } from '../ledger.ts';
import { type Points, ZERO, cmp, fraction, min, mul, neg, pts, sub, sum, toExact } from '../points.ts';
import type { FindingCode } from '../rulebook/finding-code.ts';
import { chosenPoints } from '../rulebook/fields.ts';
import { type RulebookRef, rulebookRef } from '../rulebook/ref.ts';
import type { Component, Rulebook } from '../rulebook/schema.ts';
import { type ElectronicEvaluationInput, type ElectronicEvaluationResult, electronicEvaluation } from './electronic-evaluation.ts';
import { type Grade, gradeOf } from './grades.ts';
import type { HygieneResult } from './hygiene.ts';

export interface FindingOccurrence {
  readonly code: string;
  readonly recordId: string;
  /** The points the verifier chose, for a code with a range; fixed codes need none. */
  readonly points?: string;
  /** Working days late (`case-working-day` codes) or the level (`level` codes); else 1. */
  readonly units?: number;
}

export interface OfficerMonthInput {
  readonly officerId: string;
  readonly month: string;
  readonly findings: readonly FindingOccurrence[];
}

export interface WindowMonthInput {
  readonly windowId: string;
  readonly month: string;
  /** Needed when a category computes the electronic evaluation. */
  readonly evaluation?: ElectronicEvaluationInput;
  /** The quarter's hygiene result; needed when a category computes hygiene. */
  readonly hygiene?: HygieneResult;
  readonly findings: readonly FindingOccurrence[];
}

export interface CategoryScore {
  readonly id: string;
  readonly max: Points;
  readonly score: Points;
}

export interface MonthlyScore {
  readonly subject: 'window' | 'officer';
  readonly subjectId: string;
  readonly month: string;
  readonly rulebook: RulebookRef;
  readonly score: Points;
  readonly categories: readonly CategoryScore[];
  /** Σ bonuses before the cap on the total. */
  readonly bonus: Points;
  /** Σ points the finding codes took off, before the floors: a tie-breaker (fewer is better). */
  readonly deductionPoints: Points;
  /** Components not yet available; the score is provisional while any is listed. */
  readonly pending: readonly Component[];
  /** Officers only. */
  readonly grade: Grade | null;
  /**
   * Windows whose rulebook computes it: the electronic evaluation component as it entered
   * this score, with its counts — the one number the month's public page shows (§4.1).
   */
  readonly electronicEvaluation?: ElectronicEvaluationResult & { readonly valid: number; readonly volume: number };
  readonly ledger: readonly LedgerLine[];
}

interface Applied {
  readonly code: FindingCode;
  readonly line: LedgerLine;
}

const occurrenceOrder = (a: FindingOccurrence, b: FindingOccurrence): number =>
  a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

/**
 * A finding whose code the rulebook does not have (recorded under an earlier version, or a
 * preset that drops it) counts nothing under this rulebook: a line of 0 says so, so that a
 * change of rulebook scores what the new one has and skips the rest (DOMAIN.md §7).
 */
function skippedFindings(findings: readonly FindingOccurrence[], rulebook: Rulebook): LedgerLine[] {
  const codes = new Set(rulebook.findingCodes.map((c) => c.code));
  return [...findings]
    .sort(occurrenceOrder)
    .filter((f) => !codes.has(f.code))
    .map((f) => ({ code: 'CODE.NOT_IN_RULEBOOK', points: ZERO, records: [f.recordId], detail: { code: f.code, rulebook: rulebook.id } }));
}

function applyFindings(subject: 'window' | 'officer', findings: readonly FindingOccurrence[], rulebook: Rulebook): Applied[] {
  const codes = new Map(rulebook.findingCodes.map((c) => [c.code, c]));
  const seen = new Set<string>();
  return [...findings].sort(occurrenceOrder).flatMap((occurrence) => {
    const code = codes.get(occurrence.code);
    if (!code) return [];
    if (code.subject !== subject && code.subject !== 'both') {
      throw new RangeError(`finding ${occurrence.recordId}: ${code.code} applies to a ${code.subject}, not a ${subject}`);
    }
    const key = `${occurrence.recordId}|${occurrence.code}`;
    if (seen.has(key)) throw new RangeError(`finding ${occurrence.recordId}: ${code.code} counted twice`);
    seen.add(key);
    const units = occurrence.units ?? 1;
    if (!Number.isInteger(units) || units < 1 || (code.per === 'occurrence' && units !== 1)) {
      throw new RangeError(`finding ${occurrence.recordId}: ${units} units of ${code.code} (per ${code.per})`);
    }
    const points = mul(chosenPoints(code.points, occurrence.points, code.code), fraction(units));
    return [
      {
        code,
        line: {
          code: code.code,
          points: code.effect === 'bonus' ? points : neg(points),
          records: [occurrence.recordId],
          detail: { category: code.category, ...(units !== 1 ? { units } : {}), ...(occurrence.points ? { chosen: occurrence.points } : {}) },
        },
      },
    ];
  });
}

interface ComponentLines {
  readonly max: Points;
  readonly lines: readonly LedgerLine[];
  readonly pending: boolean;
  readonly evaluation?: NonNullable<MonthlyScore['electronicEvaluation']>;
}

function windowComponent(component: Component, input: WindowMonthInput, rulebook: Rulebook): ComponentLines {
  if (component === 'electronic-evaluation') {
    const rules = rulebook.electronicEvaluation;
    if (!input.evaluation || !rules) throw new RangeError(`window ${input.windowId}: no evaluation counts`);
    const evaluation = { ...electronicEvaluation(input.evaluation, rules), valid: input.evaluation.valid, volume: input.evaluation.volume };
    return { max: pts(rules.maxPoints), lines: evaluation.ledger, pending: false, evaluation };
  }
  const rules = rulebook.hygiene;
  if (!input.hygiene || !rules) throw new RangeError(`window ${input.windowId}: no hygiene result`);
  const { hygiene } = input;
  return { max: pts(rules.maxPoints), lines: hygiene.status === 'pending' ? [] : hygiene.ledger, pending: hygiene.status === 'pending' };
}

function score(
  subject: 'window' | 'officer',
  subjectId: string,
  month: string,
  findings: readonly FindingOccurrence[],
  component: (component: Component) => ComponentLines,
  rulebook: Rulebook,
): MonthlyScore {
  const scheme = rulebook[subject];
  const applied = applyFindings(subject, findings, rulebook);
  const ledger: LedgerLine[] = [];
  const pending: Component[] = [];
  let evaluation: ComponentLines['evaluation'];
  const categories = scheme.categories.map((category) => {
    const computed = category.components.map(component);
    evaluation ??= computed.find((c) => c.evaluation)?.evaluation;
    pending.push(...category.components.filter((_, i) => computed[i]!.pending));
    const base = sub(pts(category.max), sum(computed.map((c) => c.max)));
    const deductions = applied.filter((a) => a.code.effect === 'deduction' && a.code.category === category.id).map((a) => a.line);
    const raw = sum([base, ...deductions.map((l) => l.points)]);
    const floor: LedgerLine[] =
      cmp(raw, ZERO) < 0 ? [{ code: 'CAT.FLOOR', points: neg(raw), records: [], detail: { category: category.id } }] : [];
    const lines = [
      ...computed.flatMap((c) => c.lines.map((line) => ({ ...line, detail: { ...line.detail, category: category.id } }))),
      { code: 'CAT.BASE', points: base, records: [], detail: { category: category.id } },
      ...deductions,
      ...floor,
    ];
    ledger.push(...lines);
    return { id: category.id, max: pts(category.max), score: sum(lines.map((l) => l.points)) };
  });
  const stray = applied.find(
    (a) => a.code.effect === 'deduction' && !scheme.categories.some((c) => c.id === a.code.category),
  );
  if (stray) throw new RangeError(`${stray.code.code}: category ${stray.code.category} is not a ${subject} category`);

  const bonuses = applied.filter((a) => a.code.effect === 'bonus');
  const misplaced = bonuses.find((a) => a.code.category !== scheme.bonusCategory.id);
  if (misplaced) throw new RangeError(`${misplaced.code.code}: a ${subject} bonus goes to ${scheme.bonusCategory.id}`);
  ledger.push(...bonuses.map((a) => a.line), ...skippedFindings(findings, rulebook));

  const ceiling = sum([...categories.map((c) => c.max), pts(rulebook.bonusCap)]);
  const uncapped = sum(ledger.map((l) => l.points));
  if (cmp(uncapped, ceiling) > 0) {
    ledger.push({ code: 'TOTAL.CAP', points: sub(ceiling, uncapped), records: [], detail: { ceiling: toExact(ceiling) } });
  }
  const total = min(uncapped, ceiling);
  return {
    subject,
    subjectId,
    month,
    rulebook: rulebookRef(rulebook),
    score: total,
    categories,
    bonus: sum(bonuses.map((a) => a.line.points)),
    deductionPoints: neg(sum(applied.filter((a) => a.code.effect === 'deduction').map((a) => a.line.points))),
    pending,
    grade: subject === 'officer' ? gradeOf(total, rulebook.monthlyOfficerGrades) : null,
    ...(evaluation ? { electronicEvaluation: evaluation } : {}),
    ledger,
  };
}

const noComponent = (): never => {
  throw new RangeError('officer categories have no computed components');
};

export function officerMonthlyScore(input: OfficerMonthInput, rulebook: Rulebook): MonthlyScore {
  return score('officer', input.officerId, input.month, input.findings, noComponent, rulebook);
}

export function windowMonthlyScore(input: WindowMonthInput, rulebook: Rulebook): MonthlyScore {
  return score('window', input.windowId, input.month, input.findings, (c) => windowComponent(c, input, rulebook), rulebook);
}

/**
 * Finding record (扣分/加分事项) — DOMAIN.md §3.7, §4.4. A deduction or bonus against a
 * window or an officer, with a code of the rulebook, the evidence and who verified it.
 * Patrols, inspections, complaints and mystery-shopper reports (暗访) produce findings; the
 * source names the record it came from, so a verified complaint leads to its finding.
 *
 * How much a code takes: fixed codes their points (nothing else may be given); range codes
 * the points the verifier chose within the range; `per: 'level'` codes the level of the
 * medium (区级 1 … 国家级 4); `per: 'case-working-day'` codes the working days late (count).
 */
import * as z from 'zod';
import { cmp, pts } from '../points.ts';
import type { FindingCode } from '../rulebook/finding-code.ts';
import { defaultFindingCodes } from '../rulebook/findings/index.ts';
import { LEVELS, decimalPoints, fieldsValid, instantOf, isoDate, officerId, onFirstUse, person, recordId, text, windowId } from './common.ts';
import { type FieldIssue, type RecordType, type RulesAtIntake, notAfterToday } from './types.ts';

/** The seed defaults' codes (the demo's and the default rulebook's); intake checks a center's own. */
let byCode: ReadonlyMap<string, FindingCode> | undefined;
export const defaultFindingCodesByCode = (): ReadonlyMap<string, FindingCode> => (byCode ??= new Map(defaultFindingCodes().map((c) => [c.code, c])));

export const FINDING_SOURCES = ['patrol', 'inspection', 'complaint', 'mystery-shopper', 'other'] as const;

/** A code as a record gives it: upper-case letters, digits and hyphens. */
export const findingCodeId = onFirstUse(() => z.string().trim().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'a finding code such as W-SVC-QUARREL / 扣分代码'));

/** What one occurrence of a code amounts to; which fields a code needs depends on the code. */
export const findingAmount = onFirstUse(() => ({
  points: decimalPoints.optional(),
  level: z.enum(LEVELS).optional(),
  count: z.number().int().positive().max(250).optional(),
}));
type Amount = { points?: string | undefined; level?: string | undefined; count?: number | undefined };

type Path = (string | number)[];
/** An issue before zod files it: the refinements below share these checks. */
export interface Issue {
  readonly path: Path;
  readonly message: string;
}

export const unknownCode = (code: string, path: Path): Issue => ({
  path,
  message: `${code} is not a finding code of the center's rulebook / 本中心评选规则中没有该扣分加分代码`,
});

/**
 * The codes that follow from something else and are never typed in: those the rulebook derives
 * from a window's monthly grade (seed 002), and the window's part of an officer code that
 * charges the window too (seed 004) — entering it would file one event twice.
 */
export function derivedCodeIssues(code: string, rulebook: RulesAtIntake, path: Path): Issue[] {
  const derived = Object.values(rulebook.monthlyGrading?.derivedCodes ?? {});
  if (derived.includes(code)) {
    return [{ path, message: `${code} follows from the window's monthly grade and is not entered / 该代码由窗口月度考核等次自动产生，不能录入` }];
  }
  const charging = rulebook.findingCodes.filter((c) => c.windowCode === code).map((c) => c.code);
  return charging.length > 0
    ? [{ path, message: `${code} follows from an officer's finding (such as ${charging[0]}): record the officer's code once / 该窗口扣分随工作人员扣分一并产生，请只录入工作人员代码` }]
    : [];
}

/** Issues with dotted paths, as intake reports them. */
export const asFieldIssues = (issues: readonly Issue[]): FieldIssue[] => issues.map(({ path, message }) => ({ path: path.join('.'), message }));

/** Whether the code may be charged to this subject: a window code to a window, and so on. */
export function subjectIssues(code: FindingCode, subject: 'window' | 'officer', path: Path): Issue[] {
  return code.subject === subject || code.subject === 'both'
    ? []
    : [{ path, message: `${code.code} applies to a ${code.subject}, not a ${subject} / 该代码不适用于此对象` }];
}

/** Whether points, level and count are what the code needs — and nothing it does not. */
export function amountIssues(code: FindingCode, amount: Amount, at: Path): Issue[] {
  const issues: Issue[] = [];
  const { points } = amount;
  if ('fixed' in code.points) {
    if (points !== undefined && cmp(pts(points), pts(code.points.fixed)) !== 0) {
      issues.push({ path: [...at, 'points'], message: `${code.code} is fixed at ${code.points.fixed} points / 该代码分值固定为${code.points.fixed}分` });
    }
  } else {
    const range = `${code.points.min}–${code.points.max}`;
    if (points === undefined) {
      issues.push({ path: [...at, 'points'], message: `${code.code} needs points within ${range} / 须在${range}分之间选定分值` });
    } else if (cmp(pts(points), pts(code.points.min)) < 0 || cmp(pts(points), pts(code.points.max)) > 0) {
      issues.push({ path: [...at, 'points'], message: `${points} is outside ${range} for ${code.code} / 分值超出${range}分` });
    }
  }
  if (code.per === 'level' && amount.level === undefined) {
    issues.push({ path: [...at, 'level'], message: `${code.code} needs the level (district … national) / 须注明级别` });
  }
  if (code.per !== 'level' && amount.level !== undefined) {
    issues.push({ path: [...at, 'level'], message: `${code.code} takes no level / 该代码不分级别` });
  }
  if (code.per === 'case-working-day' && amount.count === undefined) {
    issues.push({ path: [...at, 'count'], message: `${code.code} needs the working days late / 须注明超期工作日数` });
  }
  if (code.per !== 'case-working-day' && amount.count !== undefined) {
    issues.push({ path: [...at, 'count'], message: `${code.code} counts one occurrence / 该代码按次计` });
  }
  return issues;
}

export const addIssues = (ctx: z.RefinementCtx, issues: readonly Issue[]): void => {
  for (const { path, message } of issues) ctx.addIssue({ code: 'custom', path, message });
};

export const findingBody = onFirstUse(() => z
  .strictObject({
    code: findingCodeId(),
    ...findingAmount(),
    subject: z.enum(['window', 'officer']),
    /** The window, also for an officer's finding: the window the officer staffs. */
    windowId,
    officerId: officerId.optional(),
    date: isoDate,
    evidence: text(2000),
    verifiedBy: person,
    sourceKind: z.enum(FINDING_SOURCES),
    sourceRecordId: recordId.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.subject === 'officer' && b.officerId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['officerId'], message: 'an officer finding names the officer / 须注明工作人员' });
    }
  }, { when: fieldsValid }));
export type FindingBody = z.infer<ReturnType<typeof findingBody>>;

/** The code against the rulebook's codes: known, for this subject, with the amount it needs. */
export function findingRuleIssues(b: FindingBody, rulebook: RulesAtIntake): FieldIssue[] {
  const code = rulebook.findingCodes.find((c) => c.code === b.code);
  if (!code) return asFieldIssues([unknownCode(b.code, ['code'])]);
  const derived = derivedCodeIssues(b.code, rulebook, ['code']);
  if (derived.length > 0) return asFieldIssues(derived);
  return asFieldIssues([...subjectIssues(code, b.subject, ['subject']), ...amountIssues(code, b, [])]);
}

export const findingRecord: RecordType<FindingBody> = {
  type: 'finding',
  label: { zh: '扣分加分事项', en: 'finding' },
  get body() {
    return findingBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  officersOf: (b) => (b.officerId ? [b.officerId] : []),
  checkAt: (b, now) => notAfterToday('date', b.date, now),
  checkRules: (b, rulebook) => findingRuleIssues(b, rulebook),
};

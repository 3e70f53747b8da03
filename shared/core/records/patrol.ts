/**
 * Patrol record (巡查) — DOMAIN.md §3.6; seed 003 §窗口巡查制度, seed 004.
 *
 * Supervisors patrol the hall twice a day (morning, afternoon) and spot-check through the
 * cameras (CCTV); each round is written down, with what was found at a window: dress, badge,
 * etiquette, the evaluator's display, absence from post, a phone … each under a code of the
 * rulebook. The patrol is the log of the round; the points are taken by the finding records
 * that cite it (source `patrol`), once someone has verified them — so a deduction has one
 * way into a score, whatever produced it.
 */
import * as z from 'zod';
import { instantOf, isoDate, officerId, onFirstUse, text, windowId } from './common.ts';
import type { FindingCode } from '../rulebook/finding-code.ts';
import { type Issue, amountIssues, asFieldIssues, derivedCodeIssues, findingAmount, findingCodeId, unknownCode } from './finding.ts';
import { type FieldIssue, type RecordType, type RulesAtIntake, notAfterToday } from './types.ts';

export const PATROL_SESSIONS = ['morning', 'afternoon', 'cctv'] as const;

export const patrolBody = onFirstUse(() => z
  .strictObject({
    date: isoDate,
    session: z.enum(PATROL_SESSIONS),
    windowId,
    /** The officer concerned, when a finding is about one. */
    officerId: officerId.optional(),
    findings: z.array(z.strictObject({ code: findingCodeId(), ...findingAmount(), note: text(500) })).max(20),
    note: text(500).optional(),
  }));
export type PatrolBody = z.infer<ReturnType<typeof patrolBody>>;

/** Each finding's code against the rulebook's codes. */
export function patrolRuleIssues(b: PatrolBody, rulebook: RulesAtIntake): FieldIssue[] {
  const byCode = new Map<string, FindingCode>(rulebook.findingCodes.map((c) => [c.code, c]));
  return asFieldIssues(
    b.findings.flatMap((f, i): Issue[] => {
      const path = ['findings', i, 'code'];
      const code = byCode.get(f.code);
      if (!code) return [unknownCode(f.code, path)];
      const derived = derivedCodeIssues(f.code, rulebook, path);
      if (derived.length > 0) return derived;
      if (code.effect !== 'deduction') return [{ path, message: `${f.code} is a bonus; a patrol records shortcomings / 巡查只记录问题，不记加分` }];
      // A window code fits any patrol at the window; an officer code needs the officer.
      const unnamed: Issue[] =
        code.subject === 'officer' && b.officerId === undefined
          ? [{ path, message: `${f.code} concerns an officer: name the officer / 该代码针对工作人员，须注明工作人员` }]
          : [];
      return [...unnamed, ...amountIssues(code, f, ['findings', i])];
    }),
  );
}

export const patrolRecord: RecordType<PatrolBody> = {
  type: 'patrol',
  label: { zh: '巡查', en: 'patrol' },
  get body() {
    return patrolBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  officersOf: (b) => (b.officerId ? [b.officerId] : []),
  checkAt: (b, now) => notAfterToday('date', b.date, now),
  checkRules: (b, rulebook) => patrolRuleIssues(b, rulebook),
};

/**
 * An officer's own view (本人查询, issue #15 item 3): their months — score, grade, every
 * ledger line named in words, attendance and rating counts — and what they still need:
 * points to the next grade, days on duty still missing for an honor's eligibility, the
 * vetoes that stand against them and until when, and their appeals.
 *
 * Pure: the handler reads the stored month results, aggregates and the selection facts of
 * the current periods (the same facts a selection reads, so the two never disagree).
 */
import { RULE_LINE_NAMES } from './ledger-names.ts';
import type { LedgerLineDocument } from './ledger.ts';
import { format2, fromExact, pts, round2, sub } from './points.ts';
import type { Honor } from './rulebook/honor.ts';
import type { Rulebook } from './rulebook/schema.ts';
import { type Exclusion, type VetoEvent, exclusions } from './rules/eligibility.ts';
import { GRADE_NAMES, type Grade } from './rules/grades.ts';
import { lastDayOf, monthsOf, quarterOf } from './rules/period.ts';

type Words = { readonly zh: string; readonly en: string };

/** A month's stored 100-point score of the officer (functions/jobs/monthly-scores.ts). */
export interface StoredOfficerScore {
  /** Exact points. */
  readonly score: string;
  readonly grade: Grade | null;
  readonly pending: readonly string[];
  readonly ledger: readonly LedgerLineDocument[];
  readonly rulebook?: { readonly id: string; readonly version: string };
}

export interface OfficerMonthSources {
  readonly month: string;
  readonly score?: StoredOfficerScore;
  /** The officer-month aggregate's counters (sign-ins, absences, leave by kind). */
  readonly officerCounters: Readonly<Record<string, number>>;
  /** Ratings naming the officer, from the window-month aggregate. */
  readonly ratings: { readonly evaluations: number; readonly satisfied: number };
}

export interface NamedLedgerLine {
  readonly code: string;
  readonly name: Words;
  /** The rulebook's clause for a finding code (seed and clause), none for a fixed rule. */
  readonly clause?: string;
  /** The category the line counts in, by name: a finding's, or a fixed line's (its detail names it). */
  readonly category?: Words;
  /** Two decimals, signed. */
  readonly points: string;
  readonly records: readonly string[];
  readonly detail?: Readonly<Record<string, string | number>>;
}

export interface OfficerMonth {
  readonly month: string;
  readonly scoreShown: string | null;
  readonly grade: { readonly id: Grade; readonly name: Words } | null;
  /** The next grade up and the points (two decimals) the shown score lacks for it; null at the top or unscored. */
  readonly nextGrade: { readonly id: Grade; readonly name: Words; readonly pointsNeeded: string } | null;
  readonly pending: readonly string[];
  readonly ledger: readonly NamedLedgerLine[];
  readonly attendance: { readonly signIns: number; readonly absences: number; readonly leave: Readonly<Record<string, number>> };
  readonly ratings: { readonly evaluations: number; readonly satisfied: number };
}

const signed2 = (exact: string): string => {
  const shown = format2(fromExact(exact));
  return shown.startsWith('-') || shown === '0.00' ? shown : `+${shown}`;
};

/** Names a ledger line: a finding by the rulebook's words and clause, a fixed rule by its name. */
export function nameLedgerLine(line: LedgerLineDocument, rulebook: Rulebook): NamedLedgerLine {
  const finding = rulebook.findingCodes.find((c) => c.code === line.code);
  const fixed = RULE_LINE_NAMES[line.code] ?? RULE_LINE_NAMES[line.code.split('.').slice(0, 2).join('.')];
  const categoryId = finding?.category ?? (typeof line.detail?.category === 'string' ? line.detail.category : undefined);
  const schemes = [rulebook.officer, rulebook.window];
  const category =
    schemes.flatMap((s) => s.categories).find((c) => c.id === categoryId)?.name ?? schemes.map((s) => s.bonusCategory).find((c) => c.id === categoryId)?.name;
  return {
    code: line.code,
    name: finding ? { zh: finding.zh, en: finding.en } : (fixed ?? { zh: line.code, en: line.code }),
    ...(finding ? { clause: `${finding.source.seed} ${finding.source.clause}` } : {}),
    ...(category ? { category } : {}),
    points: signed2(line.points),
    records: line.records,
    ...(line.detail ? { detail: line.detail } : {}),
  };
}

const LEAVE_PREFIX = 'attendance.leave.';

export function officerMonth(sources: OfficerMonthSources, rulebook: Rulebook): OfficerMonth {
  const { score } = sources;
  const bands = rulebook.monthlyOfficerGrades;
  let nextGrade: OfficerMonth['nextGrade'] = null;
  if (score?.grade) {
    const at = bands.findIndex((b) => b.grade === score.grade);
    const up = at > 0 ? bands[at - 1]! : undefined;
    // The grade is read from the score as shown (grades.ts), so the gap is from the shown score too.
    if (up) nextGrade = { id: up.grade, name: GRADE_NAMES[up.grade], pointsNeeded: format2(sub(pts(up.min), round2(fromExact(score.score)))) };
  }
  const leave = Object.fromEntries(
    Object.entries(sources.officerCounters)
      .filter(([name, n]) => name.startsWith(LEAVE_PREFIX) && n !== 0)
      .map(([name, n]) => [name.slice(LEAVE_PREFIX.length), n]),
  );
  return {
    month: sources.month,
    scoreShown: score ? format2(fromExact(score.score)) : null,
    grade: score?.grade ? { id: score.grade, name: GRADE_NAMES[score.grade] } : null,
    nextGrade,
    pending: score?.pending ?? [],
    ledger: (score?.ledger ?? []).map((line) => nameLedgerLine(line, rulebook)),
    attendance: {
      signIns: sources.officerCounters['attendance.signIns'] ?? 0,
      absences: sources.officerCounters['attendance.absences'] ?? 0,
      leave,
    },
    ratings: sources.ratings,
  };
}

/** A veto against the officer as it stands: what, from which records, and the last day it bars honors. */
export interface StandingVeto {
  readonly code: string;
  readonly name: Words;
  readonly month: string;
  readonly scope: 'quarter' | 'year';
  /** The last day of the quarter or year the veto bars (eligibility.ts: its month's quarter, or year). */
  readonly until: string;
  readonly records: readonly string[];
}

export function standingVeto(veto: VetoEvent, rulebook: Rulebook): StandingVeto {
  const code = rulebook.findingCodes.find((c) => c.code === veto.code);
  const scope = veto.scope ?? (code?.veto === 'year' ? 'year' : 'quarter');
  const lastMonth = scope === 'year' ? `${veto.month.slice(0, 4)}-12` : monthsOf(quarterOf(veto.month)).at(-1)!;
  return {
    code: veto.code,
    name: code ? { zh: code.zh, en: code.en } : { zh: '一票否决', en: 'veto' },
    month: veto.month,
    scope,
    until: lastDayOf(lastMonth),
    records: veto.records,
  };
}

/** The officer's standing for one honor of the current period. */
export interface HonorStanding {
  readonly honorId: string;
  readonly name: Words;
  readonly period: string;
  /** Whether the officer is among the period's contenders yet (scored in it). */
  readonly scored: boolean;
  /** Where the honor asks for days on duty [seed 001: 60]. */
  readonly daysOnDuty: { readonly days: number; readonly required: number; readonly stillNeeded: number } | null;
  /** Every reason the officer is out of the honor now, by rule; none means nothing stands in the way. */
  readonly exclusions: readonly Exclusion[];
}

export interface HonorStandingSources {
  readonly honor: Honor;
  readonly period: string;
  /** The officer as a contender of the period (selection facts), if scored in it. */
  readonly contender?: Parameters<typeof exclusions>[0];
  readonly vetoes: readonly VetoEvent[];
  readonly lowest: ReadonlyMap<string, { rank: number; of: number }> | null;
}

export function honorStanding(sources: HonorStandingSources, rulebook: Rulebook): HonorStanding {
  const { honor, period, contender } = sources;
  const required = honor.eligibility.minDaysOnDuty;
  const days = contender?.daysOnDuty?.days;
  return {
    honorId: honor.id,
    name: honor.name,
    period,
    scored: contender !== undefined,
    daysOnDuty: required !== undefined && days !== undefined ? { days, required, stillNeeded: Math.max(0, required - days) } : null,
    exclusions: contender ? exclusions(contender, { honor, period, vetoes: sources.vetoes, lowest: sources.lowest, rulebook }) : [],
  };
}

/** A veto appeal the officer's window made, with its decision once a second supervisor made it. */
export interface OfficerAppeal {
  readonly appealId: string;
  readonly vetoId: string;
  readonly date: string;
  readonly grounds: string;
  readonly decision: { readonly decision: 'upheld' | 'overturned'; readonly reason: string; readonly date: string } | null;
}

/** Appeals against the officer's vetoes (by the veto's record ids), each with its latest decision. */
export function officerAppeals(
  vetoRecords: ReadonlySet<string>,
  appeals: readonly { readonly recordId: string; readonly body: { vetoId: string; date: string; grounds: string } }[],
  decisions: readonly { readonly recordId: string; readonly body: { appealId: string; decision: 'upheld' | 'overturned'; reason: string; date: string } }[],
): OfficerAppeal[] {
  return appeals
    .filter((a) => vetoRecords.has(a.body.vetoId))
    .map((a) => {
      const latest = decisions
        .filter((d) => d.body.appealId === a.recordId)
        .sort((x, y) => (x.body.date < y.body.date ? -1 : x.body.date > y.body.date ? 1 : x.recordId < y.recordId ? -1 : 1))
        .at(-1);
      return {
        appealId: a.recordId,
        vetoId: a.body.vetoId,
        date: a.body.date,
        grounds: a.body.grounds,
        decision: latest ? { decision: latest.body.decision, reason: latest.body.reason, date: latest.body.date } : null,
      };
    })
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** Whether a veto still bars honors on `today` (its `until` not passed). */
export const vetoStands = (veto: StandingVeto, today: string): boolean => veto.until >= today;

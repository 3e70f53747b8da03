/**
 * 评选依据 — what a selection ranks and excludes on, gathered from the period's aggregates and
 * stored monthly scores into the plain input of rules/selection.ts. DOMAIN.md §5, §6.
 *
 * - Entrants: every window or officer with a monthly score in the period (`all`); the
 *   nominated (`nominations`: the quarter's nomination records, a window's own or a
 *   supervisor's direct one); the holders of another honor's final titles within the period
 *   (`title-holders`). **Assumption:** a nominated honor without per-window nominations
 *   (seed 000's gold awards, where units apply to the panel) enters whoever the panel's
 *   sheets score — an application is what the panel scores.
 * - Ballots and panel scores: the sheets filed for the honor and period; each sheet is one
 *   voter (intake takes one sheet per voter), so the record id stands for the voter.
 * - Vetoes: supervisors' veto records and findings whose code carries a veto, in the
 *   period's months (an overturned veto is superseded and gone from the aggregates); and those
 *   that follow by themselves: a verified complaint's codes, an inspection's smokers
 *   (rules/verified-events.ts).
 * - Days on duty: calendar days stationed in the period less spells of leave that is not work
 *   duty (rules/day-spells.ts), from the officer's day map. A leave on record counts as
 *   approved: intake refuses a late registration.
 * - On-time completion: cases completed in the period — registered complete, or completed by
 *   a later record naming the case — against the promised deadline, as intake judged them
 *   (window-month counters). **Assumption:** a completion of a case that was never
 *   registered cannot be checked and counts as on time.
 * - Best-window facts (an honor ranked by seed 002's best-window scheme): the window-month's
 *   volume, overdue case-days and on-time cases by share of promised time saved (counters,
 *   judged at intake); the findings filed under the window — its own and its officers' —
 *   with its commendations as their bonus codes (a finding naming the commendation as its
 *   source replaces it); and the complaints about it verified in the month.
 * - Precondition facts (seed 001 (c), rules/city-nomination.ts): the past titles or grades
 *   the job read, the officer's current posting (its first day at the current window), the
 *   period's satisfaction rate (counters), complaints about the subject verified in the period,
 *   and the subject's own findings and veto records of the period.
 * - Tie-breaker metrics over the period: satisfaction rate (counters), deduction points
 *   (the monthly scores' deductions) and sign-in rate (a window's: over its officers).
 *
 * Pure and deterministic; the store layer reads the sources (functions/jobs/selections.ts).
 */
import { COUNTER, type Counters, dayMap, officerSubject, parseMemberLine, windowSubject, CENTER_SUBJECT } from '../aggregates.ts';
import type { WorkingCalendar } from '../calendar.ts';
import type { Officer, ServiceWindow } from '../center.ts';
import { type Points, ZERO, add, div, fraction, mul } from '../points.ts';
import type { ScoreSheetBody } from '../records/ballot.ts';
import type { ComplaintBody } from '../records/complaint.ts';
import type { CommendationBody } from '../records/commendation.ts';
import { LEVELS } from '../records/common.ts';
import type { ComplaintStepBody } from '../records/complaint-step.ts';
import type { FindingBody } from '../records/finding.ts';
import type { InspectionBody } from '../records/inspection.ts';
import type { NominationBody } from '../records/nomination.ts';
import type { VetoBody } from '../records/veto.ts';
import type { Honor } from '../rulebook/honor.ts';
import type { Rulebook } from '../rulebook/schema.ts';
import { type AttendanceDay, type LeaveKind, type OfficerAttendanceMonth, officerSignInRate, quarterlySignInRate, windowMonthlySignInRate } from '../rules/attendance.ts';
import type { BestWindowFacts, BestWindowOccurrence } from '../rules/best-window.ts';
import type { CityFacts } from '../rules/city-nomination.ts';
import { type DayMap, type DayMark, daysOnDuty } from '../rules/day-spells.ts';
import type { EligibilityFacts, VetoEvent, WindowStanding } from '../rules/eligibility.ts';
import { vetoEvents } from '../rules/eligibility.ts';
import { addMonths, lastDayOf, monthsOf } from '../rules/period.ts';
import { smokingVetoes, verifiedComplaintEvents } from '../rules/verified-events.ts';
import type { MonthlyScoreRef, ScoreSlip } from '../rules/quarterly-composite.ts';
import { weightedMonthlyMean } from '../rules/quarterly-composite.ts';
import type { TieBreakMetrics } from '../rules/ranking.ts';
import type { Contender, SelectionInput } from '../rules/selection.ts';
import type { MonthAggregates } from '../score-inputs.ts';

/** A stored monthly 100-point score, as the selection reads it. */
export interface StoredMonthlyScore {
  readonly score: Points;
  readonly deductionPoints: Points;
  readonly resultId: string;
}

export interface SelectionSources {
  readonly honor: Honor;
  readonly period: string;
  readonly windows: readonly ServiceWindow[];
  readonly officers: readonly Officer[];
  /** Aggregates by month, for `selectionMonths(period)`; a month without any may be absent. */
  readonly aggregates: ReadonlyMap<string, MonthAggregates>;
  /** Stored monthly scores by month, then by subject (`W#w01`, `O#o001`). */
  readonly monthlyScores: ReadonlyMap<string, ReadonlyMap<string, StoredMonthlyScore>>;
  /** Final titles of the honor a `title-holders` entry names, won within the period. */
  readonly titles: readonly { readonly subjectId: string; readonly period: string; readonly recordId: string }[];
  /**
   * For an honor with the city scheme's preconditions: the years each window held the title
   * the rulebook names, or each officer the yearly 优秀 grade, with where it is recorded.
   */
  readonly pastTitles?: readonly { readonly subjectId: string; readonly year: string; readonly record: string }[];
  readonly calendar: WorkingCalendar;
}

export interface SelectionFacts {
  readonly input: SelectionInput;
  /** Short deeds (事迹) of each nominee, for the notice and the board. */
  readonly deeds: ReadonlyMap<string, string>;
}

/**
 * How many months before its period a selection reads: a complaint verified in the period may
 * have been received up to a quarter earlier, and a spell of leave that crosses the period's
 * start counts its days from where it began.
 */
export const LOOKBACK_MONTHS = 3;

/** The months whose aggregates a selection of `period` reads, oldest first: the lookback, then the period's own. */
export function selectionMonths(period: string): string[] {
  const months = monthsOf(period);
  const before = Array.from({ length: LOOKBACK_MONTHS }, (_, i) => addMonths(months[0]!, i - LOOKBACK_MONTHS));
  return [...before, ...months];
}

interface Member<Body> {
  readonly recordId: string;
  readonly body: Body;
}

const byRecordId = (a: { recordId: string }, b: { recordId: string }): number => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0);

function members<Body>(sources: SelectionSources, months: readonly string[], subject: string, type: string): Member<Body>[] {
  return months
    .flatMap((m) => sources.aggregates.get(m)?.get(subject)?.members[type] ?? [])
    .map((line) => parseMemberLine(line) as unknown as Member<Body>)
    .sort(byRecordId);
}

function counterSum(sources: SelectionSources, months: readonly string[], subject: string, name: keyof Counters & string): number {
  return months.reduce((n, m) => n + (sources.aggregates.get(m)?.get(subject)?.counters[name] ?? 0), 0);
}

function monthlyScoresOf(sources: SelectionSources, months: readonly string[], subject: string): MonthlyScoreRef[] {
  return months.flatMap((month) => {
    const stored = sources.monthlyScores.get(month)?.get(subject);
    return stored ? [{ month, score: stored.score, resultId: stored.resultId }] : [];
  });
}

function attendanceMonths(sources: SelectionSources, months: readonly string[], officerId: string): OfficerAttendanceMonth[] {
  return months.map((month) => {
    const entries = sources.aggregates.get(month)?.get(officerSubject(officerId))?.entries ?? {};
    const days: AttendanceDay[] = dayMap(entries).map((d) => ({
      date: d.date,
      ...(d.signIn ? { signInAt: d.signIn.at } : {}),
      ...(d.leave ? { leave: { kind: d.leave.kind as LeaveKind, approved: true } } : {}),
      records: [d.signIn?.recordId, d.leave?.recordId, d.absent?.recordId].filter((id): id is string => !!id).sort(),
    }));
    return { officerId, month, workingDays: sources.calendar.workingDaysInMonth(month).dates, days };
  });
}

function satisfactionRate(sources: SelectionSources, months: readonly string[], subject: string): Points | null {
  const evaluations = counterSum(sources, months, subject, 'evaluations');
  return evaluations === 0 ? null : div(mul(fraction(counterSum(sources, months, subject, 'satisfied')), fraction(100)), fraction(evaluations));
}

function deductionPoints(sources: SelectionSources, months: readonly string[], subject: string): Points | null {
  const stored = months.flatMap((m) => sources.monthlyScores.get(m)?.get(subject) ?? []);
  return stored.length === 0 ? null : stored.reduce((sum, s) => add(sum, s.deductionPoints), ZERO);
}

/**
 * Cases completed in the period and how many on time, from the window-months' counters:
 * intake judged each completion against its case's promised deadline (the case found by
 * its number; a completion of a case never registered counts as on time). The late ones
 * are referred to by the counters that hold them.
 */
function completionOf(sources: SelectionSources, windowId: string): NonNullable<EligibilityFacts['completion']> {
  const period = monthsOf(sources.period);
  const subject = windowSubject(windowId);
  const completed = counterSum(sources, period, subject, COUNTER.completed);
  const onTime = counterSum(sources, period, subject, COUNTER.completedOnTime);
  const records = period.filter((m) => (sources.aggregates.get(m)?.get(subject)?.counters[COUNTER.completedLate] ?? 0) > 0).map((m) => `${m}/${subject}#${COUNTER.completedLate}`);
  return { completed, onTime, records };
}

/** The bonus code a window's commendation earns under the best-window scheme, as in its monthly score. */
const COMMENDATION_CODES: Readonly<Record<CommendationBody['kind'], string>> = {
  banner: 'B-W-BANNER',
  letter: 'B-W-THANKS-LETTER',
  media: 'B-W-MEDIA-PRAISE',
  'gift-handed-in': 'B-W-GIFT-HANDED-IN',
};

/** Complaints verified in the period, by the window they name and by the officer they name. */
function verifiedComplaintsBySubject(sources: SelectionSources): Map<string, { complaintId: string; stepId: string }[]> {
  const complaints = new Map(
    sources.windows
      .flatMap((w) => members<ComplaintBody>(sources, selectionMonths(sources.period), windowSubject(w.windowId), 'complaint'))
      .map((c) => [c.recordId, c.body]),
  );
  const bySubject = new Map<string, { complaintId: string; stepId: string }[]>();
  const note = (subject: string, entry: { complaintId: string; stepId: string }) => bySubject.set(subject, [...(bySubject.get(subject) ?? []), entry]);
  for (const { recordId, body } of members<ComplaintStepBody>(sources, monthsOf(sources.period), CENTER_SUBJECT, 'complaint-step')) {
    const complaint = body.step === 'verified' ? complaints.get(body.complaintId) : undefined;
    if (!complaint) continue;
    note(windowSubject(complaint.windowId), { complaintId: body.complaintId, stepId: recordId });
    if (complaint.officerId) note(officerSubject(complaint.officerId), { complaintId: body.complaintId, stepId: recordId });
  }
  return bySubject;
}

/** The first day of the officer's current stay at the current window (a move away and back starts it again). */
function atWindowSince(officer: Officer): string {
  const postings = officer.postings ?? [];
  let since = officer.startDate;
  postings.forEach((p, i) => {
    if (p.windowId === officer.windowId && (i === 0 || postings[i - 1]!.windowId !== officer.windowId)) since = p.from;
  });
  return since;
}

/** What the city scheme's preconditions read about one window or officer in the period. */
function cityFacts(sources: SelectionSources, subjectKind: 'window' | 'officer', subjectId: string, verified: ReadonlyMap<string, readonly { complaintId: string; stepId: string }[]>, officer?: Officer): CityFacts {
  const months = monthsOf(sources.period);
  const subject = subjectKind === 'window' ? windowSubject(subjectId) : officerSubject(subjectId);
  const findings = [
    ...members<FindingBody>(sources, months, subject, 'finding').filter(({ body }) => body.subject === subjectKind).map(({ recordId, body }) => ({ code: body.code, recordId })),
    ...members<VetoBody>(sources, months, subject, 'veto').filter(({ body }) => body.subject === subjectKind && body.code).map(({ recordId, body }) => ({ code: body.code!, recordId })),
  ];
  return {
    titles: (sources.pastTitles ?? []).filter((t) => t.subjectId === subjectId).map(({ year, record }) => ({ year, record })),
    ...(officer ? { atWindowSince: atWindowSince(officer) } : {}),
    satisfactionPercent: satisfactionRate(sources, months, subject),
    satisfactionRecords: months.filter((m) => (sources.aggregates.get(m)?.get(subject)?.counters.evaluations ?? 0) > 0).map((m) => `${m}/${subject}#evaluations`),
    verifiedComplaints: [...(verified.get(subject) ?? [])],
    findings,
  };
}

const SAVED = /^completed\.saved\.(\d+)$/;

/** What seed 002's best-window scheme reads about a window in the selection's month. */
function bestWindowFacts(sources: SelectionSources, windowId: string, verified: ReadonlyMap<string, readonly { complaintId: string; stepId: string }[]>): BestWindowFacts {
  const months = monthsOf(sources.period);
  const subject = windowSubject(windowId);
  const counterRecords = (name: string) => months.filter((m) => (sources.aggregates.get(m)?.get(subject)?.counters[name] ?? 0) !== 0).map((m) => `${m}/${subject}#${name}`);
  const faster = new Map<number, number>();
  const fasterRecords: string[] = [];
  for (const m of months) {
    for (const [name, cases] of Object.entries(sources.aggregates.get(m)?.get(subject)?.counters ?? {})) {
      const match = SAVED.exec(name);
      if (!match || cases <= 0) continue;
      faster.set(Number(match[1]), (faster.get(Number(match[1])) ?? 0) + cases);
      fasterRecords.push(`${m}/${subject}#${name}`);
    }
  }
  const findings = members<FindingBody>(sources, months, subject, 'finding');
  const replaced = new Set(findings.flatMap((f) => (f.body.sourceRecordId ? [`${f.body.sourceRecordId}|${f.body.code}`] : [])));
  const occurrences: BestWindowOccurrence[] = [
    ...findings.map(({ recordId, body }) => {
      const units = body.count ?? (body.level ? LEVELS.indexOf(body.level) + 1 : undefined);
      return { code: body.code, recordId, ...(units !== undefined ? { units } : {}) };
    }),
    ...members<CommendationBody>(sources, months, subject, 'commendation')
      .map(({ recordId, body }) => ({ code: COMMENDATION_CODES[body.kind], recordId, ...(body.level ? { units: LEVELS.indexOf(body.level) + 1 } : {}) }))
      .filter((o) => !replaced.has(`${o.recordId}|${o.code}`)),
  ];
  return {
    windowId,
    volume: { accepted: counterSum(sources, months, subject, COUNTER.volume), records: counterRecords(COUNTER.volume) },
    overdue: { caseDays: counterSum(sources, months, subject, COUNTER.overdueWorkingDays), records: counterRecords(COUNTER.overdueWorkingDays) },
    faster: [...faster].sort(([a], [b]) => a - b).map(([savedPercent, cases]) => ({ savedPercent, cases })),
    fasterRecords: fasterRecords.sort(),
    occurrences,
    verifiedComplaints: [...(verified.get(subject) ?? [])].sort((a, b) => (a.stepId < b.stepId ? -1 : a.stepId > b.stepId ? 1 : 0)),
  };
}

/** The smoking veto an inspection's named officers get, where the rulebook has it (seed 003 §禁烟制度). */
const SMOKING_VETO = 'V-O-SMOKING';

/**
 * Vetoes that follow by themselves in the period's months: those a verified complaint's codes
 * carry (the complaint read from the months before too), and the smoking vetoes of the
 * officers a hygiene inspection names.
 */
function derivedVetoes(sources: SelectionSources, rulebook: Rulebook): VetoEvent[] {
  const months = monthsOf(sources.period);
  const windows = sources.windows.map((w) => windowSubject(w.windowId));
  const complaints = new Map(
    windows.flatMap((subject) => members<ComplaintBody>(sources, selectionMonths(sources.period), subject, 'complaint')).map((c) => [c.recordId, c.body]),
  );
  const fromComplaints = members<ComplaintStepBody>(sources, months, CENTER_SUBJECT, 'complaint-step')
    .filter(({ body }) => body.step === 'verified' && (body.windowCodes || body.officerCodes))
    .flatMap(({ recordId, body }) => {
      const complaint = complaints.get(body.complaintId);
      if (!complaint) return [];
      return verifiedComplaintEvents(
        { complaintId: body.complaintId, windowId: complaint.windowId, ...(complaint.officerId ? { officerId: complaint.officerId } : {}), stepId: recordId, date: body.date, ...(body.windowCodes ? { windowCodes: body.windowCodes } : {}), ...(body.officerCodes ? { officerCodes: body.officerCodes } : {}) },
        rulebook.findingCodes,
      ).vetoes;
    });
  const smoking = rulebook.findingCodes.some((c) => c.code === SMOKING_VETO)
    ? windows
        .flatMap((subject) => members<InspectionBody>(sources, months, subject, 'inspection'))
        .flatMap(({ recordId, body }) => smokingVetoes({ inspectionId: recordId, date: body.date, deductions: body.deductions }, SMOKING_VETO, rulebook.findingCodes))
    : [];
  return [...fromComplaints, ...smoking];
}

function vetoesOf(sources: SelectionSources, rulebook: Rulebook, subject: 'window' | 'officer', subjectId: string, derived: readonly VetoEvent[]): VetoEvent[] {
  const key = subject === 'window' ? windowSubject(subjectId) : officerSubject(subjectId);
  return [
    ...monthsOf(sources.period).flatMap((month) => {
      const recorded = members<VetoBody>(sources, [month], key, 'veto')
        .filter(({ body }) => body.subject === subject)
        .map(({ recordId, body }) => ({ subject, subjectId, code: body.code ?? 'reason', scope: body.scope, month, records: [recordId] }));
      const findings = members<FindingBody>(sources, [month], key, 'finding')
        .filter(({ body }) => body.subject === subject)
        .map(({ recordId, body }) => ({ code: body.code, recordId }));
      return [...recorded, ...vetoEvents(subject, subjectId, month, findings, rulebook)];
    }),
    ...derived.filter((v) => v.subject === subject && v.subjectId === subjectId),
  ];
}

function windowContender(sources: SelectionSources, rulebook: Rulebook, windowId: string, months: readonly string[]): Contender {
  const subject = windowSubject(windowId);
  const officers = sources.officers.filter((o) => o.windowId === windowId);
  const rates = months.map((m) => windowMonthlySignInRate(officers.map((o) => attendanceMonths(sources, [m], o.officerId)[0]!), rulebook.attendance).rate);
  const metrics: TieBreakMetrics = {
    'satisfaction-rate': satisfactionRate(sources, months, subject),
    'deduction-points': deductionPoints(sources, months, subject),
    'sign-in-rate': quarterlySignInRate(rates),
  };
  return { id: windowId, metrics, monthlyScores: monthlyScoresOf(sources, months, subject), completion: completionOf(sources, windowId) };
}

/** The officer's day map over the months read: a sign-in wins over a leave of the same day. */
function dutyDayMap(attendance: readonly OfficerAttendanceMonth[], signInBy: string): DayMap {
  const days: Record<string, DayMark> = {};
  for (const month of attendance) {
    for (const day of month.days) {
      if (day.signInAt !== undefined) days[day.date] = day.signInAt <= signInBy ? 'on-time' : 'late';
      else if (day.leave) days[day.date] = day.leave.kind;
    }
  }
  return days;
}

function officerContender(sources: SelectionSources, rulebook: Rulebook, officer: Officer, months: readonly string[]): Contender {
  const subject = officerSubject(officer.officerId);
  const attendance = attendanceMonths(sources, months, officer.officerId);
  // The months before the period too, so that a spell crossing its start claims its rest days.
  const known = attendanceMonths(sources, selectionMonths(sources.period), officer.officerId);
  const duty = daysOnDuty(
    {
      officerId: officer.officerId,
      period: { from: `${months[0]!}-01`, to: lastDayOf(months.at(-1)!) },
      stationedSince: officer.startDate,
      days: dutyDayMap(known, rulebook.attendance.signInBy),
      sources: known.flatMap((m) => m.days.flatMap((d) => d.records)),
    },
    rulebook.attendance.onDutyLeaveKinds,
    sources.calendar,
  );
  const metrics: TieBreakMetrics = {
    'satisfaction-rate': satisfactionRate(sources, months, subject),
    'deduction-points': deductionPoints(sources, months, subject),
    'sign-in-rate': officerSignInRate(attendance, rulebook.attendance).rate,
  };
  return {
    id: officer.officerId,
    windowId: officer.windowId,
    role: officer.role,
    metrics,
    monthlyScores: monthlyScoresOf(sources, months, subject),
    daysOnDuty: { days: duty.days, records: duty.offDuty.length > 0 ? [...new Set(duty.ledger.flatMap((l) => l.records))] : [] },
  };
}

/** Sheets of the honor and period, by candidate. */
function sheets(sources: SelectionSources, type: 'ballot' | 'panel-score'): Map<string, ScoreSlip[]> {
  const lastMonth = monthsOf(sources.period).at(-1)!;
  const bySubject = new Map<string, ScoreSlip[]>();
  for (const { recordId, body } of members<ScoreSheetBody>(sources, [lastMonth], CENTER_SUBJECT, type)) {
    if (body.honorId !== sources.honor.id || body.period !== sources.period) continue;
    for (const { candidateId, score } of body.scores) {
      bySubject.set(candidateId, [...(bySubject.get(candidateId) ?? []), { by: recordId, score, recordId }]);
    }
  }
  return bySubject;
}

interface Nominated {
  readonly nominations: Map<string, { by: 'window' | 'supervisor'; recordId: string }[]>;
  readonly deeds: Map<string, string>;
}

function nominationsOf(sources: SelectionSources): Nominated {
  const nominations: Nominated['nominations'] = new Map();
  const deeds = new Map<string, string>();
  const note = (id: string, by: 'window' | 'supervisor', recordId: string, text: string) => {
    nominations.set(id, [...(nominations.get(id) ?? []), { by, recordId }]);
    if (!deeds.has(id)) deeds.set(id, text);
  };
  const months = monthsOf(sources.period);
  for (const { windowId } of sources.windows) {
    for (const { recordId, body } of members<NominationBody>(sources, months, windowSubject(windowId), 'nomination')) {
      if (body.quarter !== sources.period) continue;
      const by = body.direct ? 'supervisor' : 'window';
      if (body.nominee === 'window') {
        if (sources.honor.subject === 'window') note(body.windowId, by, recordId, body.deeds);
      } else if (sources.honor.subject === 'officer') {
        for (const o of body.officers) note(o.officerId, by, recordId, o.deeds);
      }
    }
  }
  return { nominations, deeds };
}

/** The selection input of one honor and period, with the nominees' deeds. */
export function selectionFacts(sources: SelectionSources, rulebook: Rulebook): SelectionFacts {
  const { honor, period } = sources;
  const months = monthsOf(period);
  const lastDay = months.at(-1)!;
  const ballots = sheets(sources, 'ballot');
  const panel = sheets(sources, 'panel-score');
  const { nominations, deeds } = nominationsOf(sources);
  const applied = honor.entry.kind === 'nominations' && !honor.entry.perWindow;
  const titles = new Map<string, { period: string; recordId: string }[]>();
  for (const t of sources.titles) titles.set(t.subjectId, [...(titles.get(t.subjectId) ?? []), { period: t.period, recordId: t.recordId }]);

  const withSelectionFacts = (c: Contender): Contender => ({
    ...c,
    ...(applied
      ? { nominations: (panel.get(c.id) ?? []).map((s) => ({ by: 'supervisor' as const, recordId: s.recordId })) }
      : nominations.has(c.id) ? { nominations: nominations.get(c.id)! } : {}),
    ...(titles.has(c.id) ? { titles: titles.get(c.id)! } : {}),
    ...(ballots.has(c.id) ? { ballots: ballots.get(c.id)! } : {}),
    ...(panel.has(c.id) ? { panelScores: panel.get(c.id)! } : {}),
  });

  const windowIds = sources.windows.map((w) => w.windowId).sort();
  // Officers stationed by the period's end; one who came later has no month in it.
  const officers = sources.officers.filter((o) => o.startDate.slice(0, 7) <= lastDay).sort((a, b) => (a.officerId < b.officerId ? -1 : 1));
  const scored = (c: Contender): boolean => (c.monthlyScores ?? []).length > 0 || honor.ranking.kind === 'panel-score';
  const city = honor.eligibility.cityPreconditions;
  let complaints: Map<string, { complaintId: string; stepId: string }[]> | undefined;
  const verified = () => (complaints ??= verifiedComplaintsBySubject(sources));
  let contenders: Contender[];
  switch (honor.subject) {
    case 'window': {
      contenders = windowIds.map((w) => {
        const c = windowContender(sources, rulebook, w, months);
        return {
          ...c,
          ...(honor.ranking.kind === 'best-window-scheme' ? { bestWindow: bestWindowFacts(sources, w, verified()) } : {}),
          ...(city ? { city: cityFacts(sources, 'window', w, verified()) } : {}),
        };
      });
      break;
    }
    case 'officer':
      contenders = officers.map((o) => {
        const c = officerContender(sources, rulebook, o, months);
        return city ? { ...c, city: cityFacts(sources, 'officer', o.officerId, verified(), o) } : c;
      });
      break;
    case 'enterprise':
      contenders = [...panel.keys()].sort().map((id) => ({ id, metrics: {} }));
      break;
  }
  contenders = contenders.filter(scored).map(withSelectionFacts);

  const needsStandings = honor.eligibility.excludeHeadsOfBottomWindows !== undefined;
  const windowStandings: WindowStanding[] = needsStandings
    ? windowIds.flatMap((w) => {
        const c = windowContender(sources, rulebook, w, months);
        const scores = c.monthlyScores ?? [];
        return scores.length === 0 ? [] : [{ windowId: w, score: weightedMonthlyMean(scores).mean, metrics: c.metrics }];
      })
    : [];
  const subject = honor.subject === 'enterprise' ? null : honor.subject;
  const derived = subject ? derivedVetoes(sources, rulebook) : [];
  const vetoes = subject ? contenders.flatMap((c) => vetoesOf(sources, rulebook, subject, c.id, derived)) : [];
  const windowOfficers = Object.fromEntries(windowIds.map((w) => [w, officers.filter((o) => o.windowId === w).length]));
  return {
    input: { honorId: honor.id, period, contenders, vetoes, windowStandings, windowOfficers },
    deeds,
  };
}

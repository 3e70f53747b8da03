/**
 * 月度百分考核的输入 — what the monthly 100-point scores (DOMAIN.md §4.4) read, taken from the
 * aggregates rather than from the records, so a score run reads a few items per window and
 * officer, however many ratings and sign-ins the month had.
 * Each record type becomes a rule input as follows:
 *
 * - `evaluation`, `volume` (window counters) → the electronic evaluation's E, S and V (§4.1).
 *   E and S lose the ratings that are not valid: the ratings of a confirmed consecutive flag
 *   beyond its first (one service, rated once), and one rating per self-rating record.
 *   **Assumption:** aggregates keep counts, not single ratings, and neither a flag nor a
 *   self-rating record says how its ratings went, so each invalid rating is taken to have
 *   been satisfied (S −1 as well as E −1, never below 0): a repeated or self-made rating
 *   is there to raise satisfaction, and this way it never helps the window.
 * - `evaluator-conduct` → a conduct deduction of the window's component (§4.1) and, when it
 *   names the officer, the officer's O-EVAL-* code, which carries the same points into the
 *   officer's score. A verified `device-fault` of the same window whose [from, to] holds
 *   the observation cancels both, for the conduct a fault can cause: the evaluator dark
 *   (`evaluator-off`) or showing no prompt (`no-prompt`). Refusing, self-rating and
 *   repeated pressing are acts of a person, which no fault excuses. A fault is filed in the
 *   month it began, so this month's and the month before's are read.
 * - `consecutive-flag-decision` `confirm` → one `consecutive` deduction of the window per
 *   flag (the flag names no officer, so only the window's component pays), and E and S
 *   reduced as above. A cleared or undecided flag changes nothing: its ratings stay valid.
 * - `inspection` of the month's quarter, in whichever month of the quarter it was filed →
 *   the hygiene component (§4.2), the same for each month of the quarter; pending while
 *   the quarter has none and has not ended (Beijing time, from the run's `now`), missing
 *   after.
 * - `finding` → a finding occurrence of its subject: a window finding that names an officer
 *   is filed under the officer too, yet it is the window's. An officer's finding whose code
 *   names a `windowCode` (seed 004's patrol items) costs the window that code as well — one
 *   event, one finding, both pay. Range codes carry the
 *   verifier's points, `level` codes the level (区级 1 … 国家级 4), `case-working-day` codes
 *   the working days late.
 * - `commendation` → the bonus code of its kind for the window (banner B-W-BANNER, letter
 *   B-W-THANKS-LETTER, media B-W-MEDIA-PRAISE by level, gift handed in B-W-GIFT-HANDED-IN)
 *   and, when it names an officer, the officer's: media B-O-MEDIA-PRAISE by level; a letter
 *   and a banner B-O-THANKS-LETTER (seed 002 rewards "书面感谢和表扬", and a banner is praise
 *   in writing); a gift handed in has no officer bonus in the seeds. Window and officer are
 *   two assessments, so praising both is not "重复奖惩".
 *
 * - `complaint-step` `verified` naming codes → those codes as findings of the complaint's
 *   window and of the officer it names (rules/verified-events.ts), in the month of the
 *   verifying step, each linked to the complaint; a code that carries a veto is a 0-point
 *   line of its own, so the ledger shows the veto beside the points. The complaint is read
 *   by the job (`complaintsNamed`): it may have come in months before it was verified.
 * - `inspection` whose smoking or cigarette-butt item names officers → for each officer, in
 *   the inspection's month, the officer code of that item (O-DISC-SMOKING,
 *   O-DISC-CIGARETTE-BUTT) and the smoking veto (V-O-SMOKING) as the selections apply it
 *   (rules/verified-events.ts `smokingVetoes`), linked to the inspection. The window already
 *   pays through its hygiene component.
 *
 * A derived occurrence (from a commendation, a conduct record, a verified complaint or an
 * inspection) gives way to a finding of the same subject and code that names that record
 * as its source, so an event recorded both ways counts once; and it is left out when the
 * rulebook has no such code for the subject — the rulebook decides what earns or costs
 * points. Attendance, cases, training roll calls, patrols, complaints without a verifying
 * step's codes and veto records reach the monthly score only through the findings
 * supervisors record for them (the 旷工 forfeit is yearly: rules/yearly-assessment.ts).
 *
 * Pure and deterministic: the same aggregates in any order give the same inputs.
 */
import { CENTER_SUBJECT, type Counters, type Entries, type MonthPart, type Members, officerSubject, parseMemberLine, windowSubject } from './aggregates.ts';
import { contentHash } from './canonical.ts';
import type { Officer } from './center.ts';
import { toLedgerDocument } from './ledger.ts';
import type { CommendationBody } from './records/commendation.ts';
import type { ComplaintBody } from './records/complaint.ts';
import type { ComplaintStepBody } from './records/complaint-step.ts';
import { LEVELS, monthOf } from './records/common.ts';
import type { ConsecutiveFlagDecisionBody } from './records/consecutive-flag-decision.ts';
import type { DeviceFaultBody } from './records/device-fault.ts';
import type { EvaluatorConductBody } from './records/evaluator-conduct.ts';
import type { FindingBody } from './records/finding.ts';
import type { InspectionBody } from './records/inspection.ts';
import type { Rulebook } from './rulebook/schema.ts';
import type { ConsecutiveFlag } from './rules/consecutive-ratings.ts';
import type { ConductKind, ConductOccurrence } from './rules/electronic-evaluation.ts';
import { type HygieneInspection, type HygieneResult, hygieneComponent } from './rules/hygiene.ts';
import type { FindingOccurrence, OfficerMonthInput, WindowMonthInput } from './rules/monthly-score.ts';
import { addMonths, monthsOf, quarterOf } from './rules/period.ts';
import { smokingVetoes, verifiedComplaintEvents } from './rules/verified-events.ts';

interface SubjectAggregate {
  readonly counters: Counters;
  /** The subject-month's facts by record type. */
  readonly members: Members;
  /** The officer-month's attendance day map (absent: no day recorded). */
  readonly entries?: Entries;
}

/** One month's aggregates by subject (`W#w01`, `O#o001`, `C`). */
export type MonthAggregates = ReadonlyMap<string, SubjectAggregate>;

export interface ScoreSources {
  readonly centerId: string;
  readonly month: string;
  readonly windowIds: readonly string[];
  readonly officers: readonly Pick<Officer, 'officerId' | 'startDate'>[];
  /** Aggregates by month, for the months `sourceMonths` names; a month without any may be absent. */
  readonly aggregates: ReadonlyMap<string, MonthAggregates>;
  /** The month's consecutive-rating flags, each with its window. */
  readonly flags: readonly (ConsecutiveFlag & { readonly windowId: string })[];
  /** When the run happens: whether the quarter has ended decides pending or missing hygiene. */
  readonly now: Date;
  /** The complaints the month's verifying steps name (`complaintsNamed`), as they stand now. */
  readonly complaints?: ReadonlyMap<string, Pick<ComplaintBody, 'windowId' | 'officerId'>>;
}

export interface ScoreInputs {
  readonly windows: readonly WindowMonthInput[];
  readonly officers: readonly OfficerMonthInput[];
}

const FAULT_CAUSED: ReadonlySet<ConductKind> = new Set(['evaluator-off', 'no-prompt']);

const OFFICER_CONDUCT_CODES: Readonly<Record<ConductKind, string>> = {
  'evaluator-off': 'O-EVAL-DEVICE-OFF',
  'no-prompt': 'O-EVAL-NOT-PROMPTED',
  refused: 'O-EVAL-REFUSED',
  consecutive: 'O-EVAL-CONSECUTIVE',
  'self-rating': 'O-EVAL-SELF',
};

const WINDOW_COMMENDATION_CODES: Readonly<Record<CommendationBody['kind'], string>> = {
  banner: 'B-W-BANNER',
  letter: 'B-W-THANKS-LETTER',
  media: 'B-W-MEDIA-PRAISE',
  'gift-handed-in': 'B-W-GIFT-HANDED-IN',
};

const OFFICER_COMMENDATION_CODES: Readonly<Partial<Record<CommendationBody['kind'], string>>> = {
  banner: 'B-O-THANKS-LETTER',
  letter: 'B-O-THANKS-LETTER',
  media: 'B-O-MEDIA-PRAISE',
};

/** The officer codes of the inspection items that name officers (seed 003 §禁烟制度, §卫生工作考核办法 三、(二) 第5条). */
const INSPECTION_OFFICER_CODES: Readonly<Record<string, string>> = {
  smoking: 'O-DISC-SMOKING',
  'cigarette-butt': 'O-DISC-CIGARETTE-BUTT',
};
/** The veto an inspection's smokers get, where the rulebook has it (as the selections apply it). */
const SMOKING_VETO = 'V-O-SMOKING';

const previousMonth = (month: string): string => addMonths(month, -1);

/**
 * The facts the monthly scores read of the month they score: the windows' and officers'
 * conduct, flag decisions, commendations, findings, inspections and device faults, and the
 * center's complaint steps (their verified codes). The others — complaints (read by id when a
 * step names one), nominations, ballots, objections, training roll calls — are not read.
 */
export const SCORE_FACT_TYPES: readonly string[] = [
  'commendation',
  'complaint-step',
  'consecutive-flag-decision',
  'device-fault',
  'evaluator-conduct',
  'finding',
  'inspection',
];

/** The months a month's scores read something of: the month before (faults) and the quarter's (inspections). */
export const sourceMonths = (month: string): string[] => [...new Set([previousMonth(month), ...monthsOf(quarterOf(month))])].sort();

/**
 * What a month's scores read of each month `sourceMonths` names: of the month itself its
 * aggregates and `SCORE_FACT_TYPES`; of the month before its device faults; of the quarter's
 * other months their inspections.
 */
export function sourceParts(month: string): [string, MonthPart][] {
  const quarter = monthsOf(quarterOf(month));
  return sourceMonths(month).map((m) => {
    if (m === month) return [m, { aggregates: true, types: SCORE_FACT_TYPES }];
    const types = [...(m === previousMonth(month) ? ['device-fault'] : []), ...(quarter.includes(m) ? ['inspection'] : [])];
    return [m, { aggregates: false, types }];
  });
}

const byRecordId = <T extends { readonly recordId: string }>(a: T, b: T): number =>
  a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;

interface Member<Body> {
  readonly recordId: string;
  readonly body: Body;
}

/**
 * Bodies were checked at intake; the aggregate keeps them as canonical JSON. A month's lists
 * are read by several subjects' inputs and by every month of its quarter: each is parsed once.
 */
const parsedMembers = new WeakMap<readonly string[], readonly Member<unknown>[]>();
function membersOf<Body>(sources: ScoreSources, month: string, subject: string, type: string): readonly Member<Body>[] {
  const lines = sources.aggregates.get(month)?.get(subject)?.members[type];
  if (!lines) return [];
  let parsed = parsedMembers.get(lines);
  if (!parsed) parsedMembers.set(lines, (parsed = lines.map((line) => parseMemberLine(line) as unknown as Member<unknown>).sort(byRecordId)));
  return parsed as readonly Member<Body>[];
}

/** The id of the fault that exempts this conduct, if any. */
function cancellingFault(faults: readonly Member<DeviceFaultBody>[], conduct: EvaluatorConductBody): string | undefined {
  if (!FAULT_CAUSED.has(conduct.kind)) return undefined;
  const at = Date.parse(conduct.observedAt);
  return faults.find((f) => f.body.windowId === conduct.windowId && Date.parse(f.body.from) <= at && at <= Date.parse(f.body.to))?.recordId;
}

/** The month's verifying steps that name codes. */
function verifyingSteps(aggregates: ReadonlyMap<string, MonthAggregates>, month: string): Member<ComplaintStepBody>[] {
  return (aggregates.get(month)?.get(CENTER_SUBJECT)?.members['complaint-step'] ?? [])
    .map((line) => parseMemberLine(line) as unknown as Member<ComplaintStepBody>)
    .filter(({ body }) => body.step === 'verified' && (body.windowCodes !== undefined || body.officerCodes !== undefined))
    .sort(byRecordId);
}

/** The complaints a month's score needs read: those its verifying steps name. */
export function complaintsNamed(aggregates: ReadonlyMap<string, MonthAggregates>, month: string): string[] {
  return [...new Set(verifyingSteps(aggregates, month).map((s) => s.body.complaintId))].sort();
}

interface Derived {
  readonly windows: ReadonlyMap<string, readonly FindingOccurrence[]>;
  readonly officers: ReadonlyMap<string, readonly FindingOccurrence[]>;
}

/** What the month's verified complaints and inspections carry by themselves, by subject. */
function derivedEvents(sources: ScoreSources, windowIds: readonly string[], rulebook: Rulebook): Derived {
  const windows = new Map<string, FindingOccurrence[]>();
  const officers = new Map<string, FindingOccurrence[]>();
  const push = (map: Map<string, FindingOccurrence[]>, id: string, occurrences: readonly FindingOccurrence[]) => {
    if (occurrences.length > 0) map.set(id, [...(map.get(id) ?? []), ...occurrences]);
  };
  for (const { recordId, body } of verifyingSteps(sources.aggregates, sources.month)) {
    const complaint = sources.complaints?.get(body.complaintId);
    if (!complaint) throw new RangeError(`complaint ${body.complaintId} of step ${recordId} was not read`);
    const events = verifiedComplaintEvents(
      {
        complaintId: body.complaintId,
        windowId: complaint.windowId,
        ...(complaint.officerId ? { officerId: complaint.officerId } : {}),
        stepId: recordId,
        date: body.date,
        ...(body.windowCodes ? { windowCodes: body.windowCodes } : {}),
        ...(body.officerCodes ? { officerCodes: body.officerCodes } : {}),
      },
      rulebook.findingCodes,
    );
    push(windows, complaint.windowId, events.window);
    for (const [officerId, occurrences] of events.officers) push(officers, officerId, occurrences);
  }
  const vetoes = rulebook.findingCodes.some((c) => c.code === SMOKING_VETO && c.veto !== 'none' && c.subject !== 'window');
  for (const windowId of windowIds) {
    for (const { recordId, body } of membersOf<InspectionBody>(sources, sources.month, windowSubject(windowId), 'inspection')) {
      for (const { item, officerIds } of body.deductions) {
        const code = INSPECTION_OFFICER_CODES[item];
        if (code) for (const officerId of new Set(officerIds ?? [])) push(officers, officerId, [{ code, recordId }]);
      }
      if (!vetoes) continue;
      for (const veto of smokingVetoes({ inspectionId: recordId, date: body.date, deductions: body.deductions }, SMOKING_VETO, rulebook.findingCodes)) {
        push(officers, veto.subjectId, [{ code: veto.code, recordId }]);
      }
    }
  }
  return { windows, officers };
}

function findingOccurrence({ recordId, body }: Member<FindingBody>): FindingOccurrence {
  const units = body.count ?? (body.level ? LEVELS.indexOf(body.level) + 1 : undefined);
  return { code: body.code, recordId, ...(body.points !== undefined ? { points: body.points } : {}), ...(units !== undefined ? { units } : {}) };
}

/** A finding's occurrences, and the derived ones no finding replaces and the rulebook knows. */
function withDerived(
  subject: 'window' | 'officer',
  findings: readonly Member<FindingBody>[],
  derived: readonly FindingOccurrence[],
  rulebook: Rulebook,
): FindingOccurrence[] {
  const recorded = new Set(findings.flatMap((f) => (f.body.sourceRecordId ? [`${f.body.sourceRecordId}|${f.body.code}`] : [])));
  const known = new Set(rulebook.findingCodes.filter((c) => c.subject === subject || c.subject === 'both').map((c) => c.code));
  const kept = derived.filter((d) => known.has(d.code) && !recorded.has(`${d.recordId}|${d.code}`));
  return [...findings.map(findingOccurrence), ...kept].sort(
    (a, b) => byRecordId(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

function windowInput(
  sources: ScoreSources,
  windowId: string,
  faults: readonly Member<DeviceFaultBody>[],
  derived: readonly FindingOccurrence[],
  rulebook: Rulebook,
): WindowMonthInput {
  const { centerId, month } = sources;
  const subject = windowSubject(windowId);
  const counters = sources.aggregates.get(month)?.get(subject)?.counters ?? {};
  const members = <Body>(type: string) => membersOf<Body>(sources, month, subject, type);

  const conductRecords = members<EvaluatorConductBody>('evaluator-conduct');
  const flags = new Map(sources.flags.filter((f) => f.windowId === windowId).map((f) => [f.flagId, f]));
  const confirmed = members<ConsecutiveFlagDecisionBody>('consecutive-flag-decision').flatMap((d) => {
    const flag = d.body.decision === 'confirm' ? flags.get(d.body.flagId) : undefined;
    return flag ? [{ decisionId: d.recordId, extraRatings: flag.ratings - 1 }] : [];
  });
  const selfRatings = conductRecords.filter((c) => c.body.kind === 'self-rating');
  const conduct: ConductOccurrence[] = [
    ...conductRecords.map(({ recordId, body }) => {
      const cancelledBy = cancellingFault(faults, body);
      return { kind: body.kind, recordId, ...(cancelledBy ? { cancelledBy } : {}) };
    }),
    ...confirmed.map(({ decisionId }) => ({ kind: 'consecutive' as const, recordId: decisionId })),
  ].sort(byRecordId);

  const invalid = confirmed.reduce((n, c) => n + c.extraRatings, 0) + selfRatings.length;
  const valid = Math.max(0, (counters.evaluations ?? 0) - invalid);
  const satisfied = Math.min(valid, Math.max(0, (counters.satisfied ?? 0) - invalid));
  const aggregateId = `${centerId}/${month}/${subject}`;
  const invalidating = [...confirmed.map((c) => c.decisionId), ...selfRatings.map((s) => s.recordId)].sort();

  const commendations = members<CommendationBody>('commendation').map(({ recordId, body }) =>
    bonus(WINDOW_COMMENDATION_CODES[body.kind], recordId, body),
  );
  // One event, one finding: an officer's finding whose code charges the window (seed 004).
  const windowCodes = new Map(rulebook.findingCodes.flatMap((c) => (c.windowCode ? [[c.code, c.windowCode] as const] : [])));
  const chargedToWindow = members<FindingBody>('finding').flatMap(({ recordId, body }) => {
    const code = body.subject === 'officer' ? windowCodes.get(body.code) : undefined;
    return code ? [{ code, recordId }] : [];
  });
  return {
    windowId,
    month,
    evaluation: {
      volume: counters.volume ?? 0,
      valid,
      satisfied,
      conduct,
      sources: { evaluations: [`${aggregateId}#evaluations`, ...invalidating], volume: [`${aggregateId}#volume`] },
    },
    ...(rulebook.hygiene ? { hygiene: hygieneOf(sources, windowId, rulebook.hygiene) } : {}),
    findings: withDerived(
      'window',
      members<FindingBody>('finding').filter((f) => f.body.subject === 'window'),
      [...commendations, ...chargedToWindow, ...derived],
      rulebook,
    ),
  };
}

function bonus(code: string, recordId: string, body: CommendationBody): FindingOccurrence {
  return { code, recordId, ...(body.level ? { units: LEVELS.indexOf(body.level) + 1 } : {}) };
}

function hygieneOf(sources: ScoreSources, windowId: string, rules: NonNullable<Rulebook['hygiene']>): HygieneResult {
  const months = monthsOf(quarterOf(sources.month));
  const inspections: HygieneInspection[] = months
    .flatMap((m) => membersOf<InspectionBody>(sources, m, windowSubject(windowId), 'inspection'))
    .map(({ recordId, body }) => ({
      recordId,
      deductions: body.deductions.map(({ item, points }) => ({ item, ...(points !== undefined ? { points } : {}) })),
    }))
    .sort(byRecordId);
  return hygieneComponent({ inspections, quarterEnded: monthOf(sources.now) > months.at(-1)! }, rules);
}

function officerInput(
  sources: ScoreSources,
  officerId: string,
  faults: readonly Member<DeviceFaultBody>[],
  derived: readonly FindingOccurrence[],
  rulebook: Rulebook,
): OfficerMonthInput {
  const subject = officerSubject(officerId);
  // Filed under the officer because they name the officer: no need to check whom they name.
  const members = <Body>(type: string) => membersOf<Body>(sources, sources.month, subject, type);

  const conduct = members<EvaluatorConductBody>('evaluator-conduct')
    .filter(({ body }) => !cancellingFault(faults, body))
    .map(({ recordId, body }) => ({ code: OFFICER_CONDUCT_CODES[body.kind], recordId }));
  const commendations = members<CommendationBody>('commendation').flatMap(({ recordId, body }) => {
    const code = OFFICER_COMMENDATION_CODES[body.kind];
    return code ? [bonus(code, recordId, body)] : [];
  });
  return {
    officerId,
    month: sources.month,
    findings: withDerived(
      'officer',
      members<FindingBody>('finding').filter((f) => f.body.subject === 'officer'),
      [...conduct, ...commendations, ...derived],
      rulebook,
    ),
  };
}

/**
 * The rule inputs of every window, and of every officer stationed by the month's end (one
 * who came later has no month to score). Sorted by id.
 */
export function monthlyScoreInputs(sources: ScoreSources, rulebook: Rulebook): ScoreInputs {
  const windowIds = [...sources.windowIds].sort();
  const faults = [previousMonth(sources.month), sources.month]
    .flatMap((m) => windowIds.flatMap((w) => membersOf<DeviceFaultBody>(sources, m, windowSubject(w), 'device-fault')))
    .sort(byRecordId);
  const officerIds = sources.officers.filter((o) => o.startDate.slice(0, 7) <= sources.month).map((o) => o.officerId).sort();
  const derived = derivedEvents(sources, windowIds, rulebook);
  return {
    windows: windowIds.map((w) => windowInput(sources, w, faults, derived.windows.get(w) ?? [], rulebook)),
    officers: officerIds.map((o) => officerInput(sources, o, faults, derived.officers.get(o) ?? [], rulebook)),
  };
}

/** The hash a run marker keeps: equal inputs, equal hash (hygiene's exact points as text). */
export function scoreInputsHash(inputs: ScoreInputs): string {
  const hygiene = (h: HygieneResult | undefined) =>
    h && (h.status === 'pending' ? { status: h.status } : { status: h.status, ledger: toLedgerDocument(h.ledger) });
  return contentHash({
    windows: inputs.windows.map((w) => ({ ...w, hygiene: hygiene(w.hygiene) })),
    officers: inputs.officers,
  });
}

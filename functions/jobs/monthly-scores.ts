/**
 * The monthly 100-point scores (百分考核, DOMAIN.md §4.4): aggregates → rule inputs
 * (core/score-inputs) → a score with its ledger per window and per officer, stored as the
 * month's results. A marker of its own per period records the inputs and rulebook it ran
 * on, so a re-run over unchanged inputs writes nothing.
 *
 * Under a rulebook with seed 002's grading layer (`monthlyGrading`), the month is graded as
 * well (rules/monthly-grades.ts `gradeMonth`): windows first, then the officer codes their
 * grades carry, then the officers, with the 优秀 caps and the 调离 flags. The flags read the
 * officers' decided complaints of the last year and their stored grades of the months before.
 */
import { CENTER_SUBJECT, type MonthPart, officerSubject, parseMemberLine, windowSubject } from '#core/aggregates';
import { toLedgerDocument } from '#core/ledger';
import { format2, toExact } from '#core/points';
import { rulebookRef } from '#core/rulebook/ref';
import type { Rulebook } from '#core/rulebook/schema';
import { contentHash } from '#core/canonical';
import { type Officer, windowOfOfficerAt } from '#core/center';
import type { ComplaintStepBody } from '#core/records/complaint-step';
import type { Grade } from '#core/rules/grades';
import { type DecidedComplaint, type MonthGrading, type OfficerGradingFacts, type TransferFlag, gradeMonth } from '#core/rules/monthly-grades';
import { type MonthlyScore, officerMonthlyScore, windowMonthlyScore } from '#core/rules/monthly-score';
import { addMonths, lastDayOf } from '#core/rules/period';
import type { ComplaintBody } from '#core/records/complaint';
import { type MonthAggregates, complaintsNamed, monthlyScoreInputs, scoreInputsHash, sourceParts } from '#core/score-inputs';
import { type MonthReader, listAggregatesForMonth } from '#store/aggregates';
import { type RosterReader, rosterReader } from '#store/center';
import type { Store } from '#store/client';
import { listFlags } from '#store/flags';
import { getRecord } from '#store/records';
import { type ResultsReader, resultsReader, runMarkerName, writeResultsIfChanged } from '#store/results';

const RULE = 'monthly-score';
const MARKER = runMarkerName(RULE);

export interface MonthlyScoresOutcome {
  readonly centerId: string;
  readonly month: string;
  readonly windows: number;
  readonly officers: number;
  /** False when the inputs and rulebook were those of the last run: nothing was written. */
  readonly changed: boolean;
}

export async function runMonthlyScores(
  store: Store,
  centerId: string,
  month: string,
  rulebook: Rulebook,
  now: Date,
  readMonth: MonthReader = (m, part) => listAggregatesForMonth(store, centerId, m, part),
  roster: RosterReader = rosterReader(store, centerId),
  results: ResultsReader = resultsReader(store, centerId),
): Promise<MonthlyScoresOutcome> {
  const [windows, officers, flags, aggregates] = await Promise.all([
    roster.windows(),
    roster.officers(),
    listFlags(store, centerId, month),
    Promise.all(sourceParts(month).map(async ([m, part]) => [m, await readMonth(m, part)] as const)),
  ]);
  const byMonth = new Map(aggregates);
  const complaints = await readComplaints(store, centerId, byMonth, month);
  const inputs = monthlyScoreInputs(
    { centerId, month, windowIds: windows.map((w) => w.windowId), officers, aggregates: byMonth, flags, now, complaints },
    rulebook,
  );
  const counts = { centerId, month, windows: inputs.windows.length, officers: inputs.officers.length };
  const gradingRules = rulebook.monthlyGrading;
  const gradingFacts = gradingRules
    ? await readGradingFacts(store, centerId, month, officers, inputs.officers.map((o) => o.officerId), gradingRules.transferAfter.incompetentMonthsInARow - 1, readMonth, results)
    : undefined;
  // The grading's own facts (earlier months' grades and complaints) are inputs too.
  const inputHash = gradingFacts ? contentHash([scoreInputsHash(inputs), gradingFacts]) : scoreInputsHash(inputs);
  const { hash: rulebookHash } = rulebookRef(rulebook);
  const changed = await writeResultsIfChanged(store, centerId, month, MARKER, { inputHash, rulebookHash }, now, () => {
    const windowScores = inputs.windows.map((input) => windowMonthlyScore(input, rulebook));
    const score = (input: (typeof inputs.officers)[number]) => officerMonthlyScore(input, rulebook);
    const grading =
      gradingRules && gradingFacts
        ? gradeMonth(month, windowScores, inputs.officers, gradingFacts, score, gradingRules, rulebook.tieBreakers)
        : undefined;
    const officerScores = grading?.officerScores ?? inputs.officers.map(score);
    return [...windowScores, ...officerScores].map((s) => ({ subject: resultSubject(s), document: { ...scoreDocument(s, inputHash), ...gradeDocument(s, grading) } }));
  }, SCORES, (standing) => results.remember(month, SCORES, standing));
  return { ...counts, changed };
}

/** A subject's grade of the month under seed 002's layer, and an officer's 调离 flags (supervisors only: no officer result is public). */
function gradeDocument(score: MonthlyScore, grading: MonthGrading<MonthlyScore> | undefined): Record<string, unknown> {
  if (!grading) return {};
  const list = score.subject === 'window' ? grading.windowGrades : grading.officerGrades;
  const graded = list.grades.find((g) => g.subjectId === score.subjectId);
  const tied = list.tie?.subjectIds.includes(score.subjectId) ?? false;
  const flags: readonly TransferFlag[] = score.subject === 'officer' ? grading.transferFlags.filter((f) => f.officerId === score.subjectId) : [];
  return {
    monthlyGrade: { grade: graded?.grade ?? null, capped: graded?.capped ?? false, excellentCap: list.cap, tiedAtCap: tied },
    ...(score.subject === 'officer' ? { transferFlags: flags.map(({ rule, evidence }) => ({ rule, evidence: [...evidence] })) } : {}),
  };
}

/** How many months of complaints the 调离 rule reads back: a year, the seed's reporting horizon. */
const COMPLAINT_LOOKBACK_MONTHS = 12;

/** What the 调离 flags read of each month: its complaint steps and the complaints as they stand. */
const GRADING_PART: MonthPart = { aggregates: false, types: ['complaint-step', 'complaint'] };

/**
 * What the 调离 flags need beyond the month: each officer's window at the month's end, the
 * complaints about them decided within the last year (received order, verified or not), and
 * their stored grades of the months before (as many as a run of 不称职 needs).
 */
async function readGradingFacts(
  store: Store,
  centerId: string,
  month: string,
  officers: readonly Officer[],
  scored: readonly string[],
  monthsBack: number,
  readMonth: MonthReader,
  results: ResultsReader,
): Promise<OfficerGradingFacts[]> {
  const months = Array.from({ length: COMPLAINT_LOOKBACK_MONTHS }, (_, i) => addMonths(month, i - COMPLAINT_LOOKBACK_MONTHS + 1));
  const aggregates = await Promise.all(months.map(async (m) => [m, await readMonth(m, GRADING_PART)] as const));
  const decided = new Map<string, { verified: boolean; month: string }>();
  for (const [m, byMonth] of aggregates) {
    for (const line of byMonth.get(CENTER_SUBJECT)?.members['complaint-step'] ?? []) {
      const { body } = parseMemberLine(line) as unknown as { body: ComplaintStepBody };
      if (body.step === 'verified' || body.step === 'unfounded') decided.set(body.complaintId, { verified: body.step === 'verified', month: m });
    }
  }
  // A step names the complaint as it stood when decided; a correction since carries the decision
  // (the aggregates hold the complaint as it stands now).
  const standing = new Set(
    aggregates.flatMap(([, byMonth]) => [...byMonth.values()].flatMap((subject) => (subject.members.complaint ?? []).map((line) => parseMemberLine(line).recordId))),
  );
  for (const [id, decision] of [...decided].filter(([id]) => !standing.has(id))) {
    const now = (await recordAsItStands(store, centerId, id))?.record.id;
    if (now && now !== id && !decided.has(now)) decided.set(now, decision);
  }
  const previous = await Promise.all(
    Array.from({ length: monthsBack }, (_, i) => addMonths(month, -1 - i)).map(async (m) => [m, await results.list(m, 'MS#O#')] as const),
  );
  const byId = new Map(officers.map((o) => [o.officerId, o]));
  return [...scored].sort().map((officerId) => {
    const complaints: DecidedComplaint[] = aggregates.flatMap(([, byMonth]) =>
      (byMonth.get(officerSubject(officerId))?.members.complaint ?? []).flatMap((line) => {
        const { recordId, body } = parseMemberLine(line);
        const decision = decided.get(recordId);
        return decision ? [{ complaintId: recordId, received: String(body.receivedDate), verified: decision.verified, decidedIn: decision.month }] : [];
      }),
    );
    const earlierGrades = previous.flatMap(([m, docs]) =>
      docs
        .filter((d) => d.officerId === officerId)
        .map((d) => ({ month: m, grade: ((d.monthlyGrade as { grade?: Grade | null } | undefined)?.grade ?? (d.grade as Grade | null)) ?? null })),
    );
    const officer = byId.get(officerId);
    return { officerId, windowId: officer ? windowOfOfficerAt(officer, lastDayOf(month)) : undefined, complaints, earlierGrades };
  });
}

/**
 * The complaints the month's verifying steps name, as they stand: a corrected complaint by its
 * correction (a correction may name another officer), followed along the chain.
 */
async function readComplaints(
  store: Store,
  centerId: string,
  aggregates: ReadonlyMap<string, MonthAggregates>,
  month: string,
): Promise<Map<string, Pick<ComplaintBody, 'windowId' | 'officerId'>>> {
  const read = async (id: string): Promise<[string, Pick<ComplaintBody, 'windowId' | 'officerId'>]> => {
    const found = await recordAsItStands(store, centerId, id);
    if (!found || found.record.type !== 'complaint') throw new Error(`complaint ${id} named by a verifying step is not in the store`);
    const body = found.record.body as ComplaintBody;
    return [id, { windowId: body.windowId, ...(body.officerId ? { officerId: body.officerId } : {}) }];
  };
  return new Map(await Promise.all(complaintsNamed(aggregates, month).map(read)));
}

/** A record followed along its corrections to the one that stands. */
async function recordAsItStands(store: Store, centerId: string, id: string): ReturnType<typeof getRecord> {
  let found = await getRecord(store, centerId, id);
  for (let hops = 0; found?.supersededBy && hops < 20; hops += 1) found = await getRecord(store, centerId, found.supersededBy);
  return found;
}

const SCORES = 'MS#';
const resultSubject = (score: MonthlyScore): string =>
  `${SCORES}${score.subject === 'window' ? windowSubject(score.subjectId) : officerSubject(score.subjectId)}`;

/** Exact points for recomputing and comparing, two decimals (half up) for showing. */
function scoreDocument(score: MonthlyScore, inputHash: string): Record<string, unknown> {
  return {
    rule: RULE,
    subject: score.subject,
    [score.subject === 'window' ? 'windowId' : 'officerId']: score.subjectId,
    month: score.month,
    score: toExact(score.score),
    scoreShown: format2(score.score),
    categories: score.categories.map((c) => ({ id: c.id, max: toExact(c.max), score: toExact(c.score), scoreShown: format2(c.score) })),
    bonus: toExact(score.bonus),
    deductionPoints: toExact(score.deductionPoints),
    pending: [...score.pending],
    grade: score.grade,
    ...(score.electronicEvaluation ? { electronicEvaluation: evaluationDocument(score.electronicEvaluation) } : {}),
    ledger: toLedgerDocument(score.ledger),
    rulebook: score.rulebook,
    inputHash,
  };
}

/** The electronic evaluation as it entered the window's score: what the month's page publishes (§4.1). */
function evaluationDocument(evaluation: NonNullable<MonthlyScore['electronicEvaluation']>): Record<string, unknown> {
  return {
    component: toExact(evaluation.component),
    required: evaluation.required,
    shortfall: evaluation.shortfall,
    satisfactionRate: evaluation.satisfactionRate ? toExact(evaluation.satisfactionRate) : null,
    valid: evaluation.valid,
    volume: evaluation.volume,
    ledger: toLedgerDocument(evaluation.ledger),
  };
}

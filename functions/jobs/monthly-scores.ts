/**
 * The monthly 100-point scores (百分考核, DOMAIN.md §4.4): aggregates → rule inputs
 * (core/score-inputs) → a score with its ledger per window and per officer, stored as the
 * month's results. A marker of its own per period records the inputs and rulebook it ran
 * on, so a re-run over unchanged inputs writes nothing.
 */
import { officerSubject, windowSubject } from '#core/aggregates';
import { toLedgerDocument } from '#core/ledger';
import { format2, toExact } from '#core/points';
import { rulebookRef } from '#core/rulebook/ref';
import type { Rulebook } from '#core/rulebook/schema';
import { type MonthlyScore, officerMonthlyScore, windowMonthlyScore } from '#core/rules/monthly-score';
import type { ComplaintBody } from '#core/records/complaint';
import { type MonthAggregates, complaintsNamed, monthlyScoreInputs, scoreInputsHash, sourceMonths } from '#core/score-inputs';
import { type MonthReader, listAggregatesForMonth } from '#store/aggregates';
import { listOfficers, listWindows } from '#store/center';
import type { Store } from '#store/client';
import { listFlags } from '#store/flags';
import { getRecord } from '#store/records';
import { runMarkerName, writeResultsIfChanged } from '#store/results';

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
  readMonth: MonthReader = (m) => listAggregatesForMonth(store, centerId, m),
): Promise<MonthlyScoresOutcome> {
  const months = sourceMonths(month);
  const [windows, officers, flags, aggregates] = await Promise.all([
    listWindows(store, centerId),
    listOfficers(store, centerId),
    listFlags(store, centerId, month),
    Promise.all(months.map(async (m) => [m, await readMonth(m)] as const)),
  ]);
  const byMonth = new Map(aggregates);
  const complaints = await readComplaints(store, centerId, byMonth, month);
  const inputs = monthlyScoreInputs(
    { centerId, month, windowIds: windows.map((w) => w.windowId), officers, aggregates: byMonth, flags, now, complaints },
    rulebook,
  );
  const counts = { centerId, month, windows: inputs.windows.length, officers: inputs.officers.length };
  const inputHash = scoreInputsHash(inputs);
  const { hash: rulebookHash } = rulebookRef(rulebook);
  const changed = await writeResultsIfChanged(store, centerId, month, MARKER, { inputHash, rulebookHash }, now, () =>
    [
      ...inputs.windows.map((input) => windowMonthlyScore(input, rulebook)),
      ...inputs.officers.map((input) => officerMonthlyScore(input, rulebook)),
    ].map((score) => ({ subject: resultSubject(score), document: scoreDocument(score, inputHash) })),
  );
  return { ...counts, changed };
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
    let found = await getRecord(store, centerId, id);
    for (let hops = 0; found?.supersededBy && hops < 20; hops += 1) found = await getRecord(store, centerId, found.supersededBy);
    if (!found || found.record.type !== 'complaint') throw new Error(`complaint ${id} named by a verifying step is not in the store`);
    const body = found.record.body as ComplaintBody;
    return [id, { windowId: body.windowId, ...(body.officerId ? { officerId: body.officerId } : {}) }];
  };
  return new Map(await Promise.all(complaintsNamed(aggregates, month).map(read)));
}

const resultSubject = (score: MonthlyScore): string =>
  `MS#${score.subject === 'window' ? windowSubject(score.subjectId) : officerSubject(score.subjectId)}`;

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

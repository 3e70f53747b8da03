/**
 * The month's publication: each window's 100-point score and the electronic-evaluation
 * component (§4.1) it took, both from the stored monthly scores (so it runs after them) —
 * one number for the score, the page, the downloads and the window's ledger. Unchanged
 * inputs write nothing.
 */
import { AGGREGATES_ONLY, windowSubject } from '#core/aggregates';
import type { WorkingCalendar } from '#core/calendar';
import { contentHash } from '#core/canonical';
import { closeDateOf } from '#core/closing';
import { dateOf } from '#core/records/common';
import { div, format2, fraction, fromExact } from '#core/points';
import { rulebookRef } from '#core/rulebook/ref';
import type { Rulebook } from '#core/rulebook/schema';
import type { WindowGrade } from '#core/rules/monthly-grades';
import { type MonthReader, listAggregatesForMonth } from '#store/aggregates';
import type { Store } from '#store/client';
import { type RosterReader, getCenter, rosterReader } from '#store/center';
import { putPublished } from '#store/published';
import { type ResultsReader, getRunMarker, putRunMarker, resultsReader } from '#store/results';
import { withCorrections } from './month-corrections.ts';

export interface MonthlyRunOutcome {
  readonly centerId: string;
  readonly month: string;
  readonly windows: number;
  /** False when the inputs and rulebook were those of the last run: nothing was written. */
  readonly changed: boolean;
}

export async function scoreAndPublishMonth(
  store: Store,
  centerId: string,
  month: string,
  rulebook: Rulebook,
  now: Date,
  readMonth: MonthReader = (m, part) => listAggregatesForMonth(store, centerId, m, part),
  /** The center's calendar: with it the month is published with its close date and state. */
  calendar?: WorkingCalendar,
  roster: RosterReader = rosterReader(store, centerId),
  results: ResultsReader = resultsReader(store, centerId),
): Promise<MonthlyRunOutcome> {
  const [profile, windows, aggregates, windowScores] = await Promise.all([
    getCenter(store, centerId),
    roster.windows(),
    readMonth(month, AGGREGATES_ONLY),
    storedWindowScores(results, month),
  ]);
  if (!profile) throw new Error(`no center ${centerId}`);
  const ref = rulebookRef(rulebook);
  const closesOn = calendar ? closeDateOf(month, calendar, rulebook.monthCloseWorkingDays) : undefined;
  // The state is an input: the first run after the close day republishes the month as closed.
  const state = closesOn ? (dateOf(now) > closesOn ? 'closed' : 'provisional') : undefined;

  // The component is the one the window's score took (monthly-scores.ts), never recomputed
  // from raw counts: conduct deductions and invalid ratings are in it. A rulebook without an
  // electronic evaluation (seed 002, 004) publishes the scores and the plain counts.
  const rows = windows.map((w) => {
    const counters = aggregates.get(windowSubject(w.windowId))?.counters ?? {};
    const stored = windowScores.get(w.windowId);
    // Seed 002's window grade, where the rulebook publishes it; officers' grades never leave the results.
    const grade = rulebook.monthlyGrading?.publishWindowGrades && stored ? { grade: stored.grade } : {};
    return { windowId: w.windowId, counters, score: stored?.scoreShown ?? null, evaluation: stored?.electronicEvaluation ?? null, ...grade };
  });
  const inputHash = contentHash({ month, rows, state });
  // The component is stored once, in the window's monthly score (the ledger shows it from
  // there: window-ledger.ts). The run keeps only its marker, written after the publication,
  // so a run that dies before publishing publishes on the next.
  const marker = await getRunMarker(store, centerId, month, RUN_MARKER);
  if (marker?.inputHash === inputHash && marker.rulebookHash === ref.hash) return { centerId, month, windows: windows.length, changed: false };
  // The start date is the center's own intake limit, not part of its public profile.
  const { startDate: _startDate, ...publicProfile } = profile;
  await putPublished(store, {
    kind: 'center',
    ...publicProfile,
    windows: windows.map(({ windowId, name, department, departmentEn }) => ({ windowId, name, department, departmentEn })),
  });
  // A month published as final and now moved carries the corrections that moved it.
  await putPublished(store, await withCorrections(store, {
    kind: 'monthly-evaluation',
    centerId,
    period: month,
    publishedAt: now.toISOString(),
    rulebook: ref,
    ...(closesOn && state ? { closesOn, state } : {}),
    windows: rows.map(({ windowId, counters, score, evaluation, ...grade }) => {
      const valid = evaluation?.valid ?? counters.evaluations ?? 0;
      const satisfied = counters.satisfied ?? 0;
      const rate = evaluation ? (evaluation.satisfactionRate === null ? null : fromExact(evaluation.satisfactionRate)) : valid === 0 ? null : div(fraction(satisfied * 100), fraction(valid));
      return {
        windowId,
        component: evaluation ? format2(fromExact(evaluation.component)) : null,
        satisfactionRate: rate ? format2(rate) : null,
        evaluations: valid,
        required: evaluation?.required ?? 0,
        volume: evaluation?.volume ?? counters.volume ?? 0,
        score,
        ...grade,
      };
    }),
  }));
  await putRunMarker(store, centerId, month, { inputHash, rulebookHash: ref.hash, computedAt: now.toISOString() }, RUN_MARKER);
  return { centerId, month, windows: windows.length, changed: true };
}

const WINDOW_SCORES = `MS#${windowSubject('')}`;
/** The electronic evaluation keeps the period's first marker, `#RUN`. */
const RUN_MARKER = '#RUN';

interface StoredEvaluation {
  readonly component: string;
  readonly required: number;
  readonly shortfall: number;
  readonly satisfactionRate: string | null;
  readonly valid: number;
  readonly volume: number;
  readonly ledger: unknown;
}

/** The month's stored window scores (two decimals) and the electronic evaluation each took, by window. */
async function storedWindowScores(
  results: ResultsReader,
  month: string,
): Promise<Map<string, { scoreShown: string; electronicEvaluation: StoredEvaluation | null; grade: WindowGrade | null }>> {
  const items = await results.list(month, WINDOW_SCORES);
  return new Map(
    items.map((item) => [
      String(item.windowId),
      {
        scoreShown: String(item.scoreShown),
        electronicEvaluation: (item.electronicEvaluation as StoredEvaluation | undefined) ?? null,
        grade: (item.monthlyGrade as { grade: WindowGrade | null } | undefined)?.grade ?? null,
      },
    ]),
  );
}

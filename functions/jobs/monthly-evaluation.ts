/**
 * The monthly electronic-evaluation run: aggregates → component per window (§4.1) →
 * results with ledgers → the published month, with each window's 100-point score once the
 * month's scores are run (so it runs after them). Unchanged inputs write nothing.
 */
import { type Counters, windowSubject } from '#core/aggregates';
import { contentHash } from '#core/canonical';
import { toLedgerDocument } from '#core/ledger';
import { format2, toExact } from '#core/points';
import { rulebookRef } from '#core/rulebook/ref';
import type { Rulebook } from '#core/rulebook/schema';
import { type ElectronicEvaluationRules, electronicEvaluation } from '#core/rules/electronic-evaluation';
import { type MonthReader, listAggregatesForMonth } from '#store/aggregates';
import type { Store } from '#store/client';
import { getCenter, listWindows } from '#store/center';
import { putPublished } from '#store/published';
import { listResults, writeResultsIfChanged } from '#store/results';

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
  readMonth: MonthReader = (m) => listAggregatesForMonth(store, centerId, m),
): Promise<MonthlyRunOutcome> {
  const [profile, windows, aggregates, windowScores] = await Promise.all([
    getCenter(store, centerId),
    listWindows(store, centerId),
    readMonth(month),
    shownWindowScores(store, centerId, month),
  ]);
  if (!profile) throw new Error(`no center ${centerId}`);
  const rules = rulebook.electronicEvaluation;
  if (!rules) throw new Error(`rulebook ${rulebook.id} ${rulebook.version} has no electronic evaluation`);
  const ref = rulebookRef(rulebook);

  const inputs = windows.map((w) => ({ windowId: w.windowId, counters: aggregates.get(windowSubject(w.windowId))?.counters ?? {} }));
  const inputHash = contentHash({ month, inputs, windowScores: [...windowScores].sort() });
  const scored = inputs.map(({ windowId, counters }) => ({ windowId, counters, ...scoreWindow(centerId, month, windowId, counters, rules) }));
  const changed = await writeResultsIfChanged(store, centerId, month, RUN_MARKER, { inputHash, rulebookHash: ref.hash }, now, () =>
    scored.map((s) => ({
      subject: `EE#${windowSubject(s.windowId)}`,
      document: {
        rule: 'electronic-evaluation',
        windowId: s.windowId,
        component: toExact(s.result.component),
        required: s.result.required,
        shortfall: s.result.shortfall,
        ledger: toLedgerDocument(s.result.ledger),
        rulebookHash: ref.hash,
        inputHash,
      },
    })),
  );
  if (!changed) return { centerId, month, windows: windows.length, changed: false };
  await putPublished(store, {
    kind: 'center',
    ...profile,
    windows: windows.map(({ windowId, name, department, departmentEn }) => ({ windowId, name, department, departmentEn })),
  });
  await putPublished(store, {
    kind: 'monthly-evaluation',
    centerId,
    period: month,
    publishedAt: now.toISOString(),
    rulebook: ref,
    windows: scored.map((s) => ({
      windowId: s.windowId,
      component: format2(s.result.component),
      satisfactionRate: s.result.satisfactionRate ? format2(s.result.satisfactionRate) : null,
      evaluations: s.valid,
      required: s.result.required,
      volume: s.volume,
      score: windowScores.get(s.windowId) ?? null,
    })),
  });
  return { centerId, month, windows: windows.length, changed: true };
}

const WINDOW_SCORES = `MS#${windowSubject('')}`;
/** The electronic evaluation keeps the period's first marker, `#RUN`. */
const RUN_MARKER = '#RUN';

/** The month's stored window scores as shown (two decimals), by window. */
async function shownWindowScores(store: Store, centerId: string, month: string): Promise<Map<string, string>> {
  const items = await listResults(store, centerId, month, WINDOW_SCORES);
  return new Map(items.map((item) => [String(item.windowId), String(item.scoreShown)]));
}

function scoreWindow(centerId: string, month: string, windowId: string, counters: Counters, rules: ElectronicEvaluationRules) {
  const aggregateId = `${centerId}/${month}/${windowSubject(windowId)}`;
  const valid = counters.evaluations ?? 0;
  const volume = counters.volume ?? 0;
  const result = electronicEvaluation(
    {
      volume,
      valid,
      satisfied: counters.satisfied ?? 0,
      sources: { evaluations: [`${aggregateId}#evaluations`], volume: [`${aggregateId}#volume`] },
    },
    rules,
  );
  return { result, valid, volume };
}

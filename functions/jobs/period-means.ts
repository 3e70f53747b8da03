/**
 * The quarterly and yearly figure of every window and officer (季度/年度平均分, DOMAIN.md §4.5):
 * the mean of its stored monthly 100-point scores, one ledger line per month, so a
 * selection ranks on it without reading a record. Unchanged monthly scores write nothing.
 */
import { contentHash } from '#core/canonical';
import { toLedgerDocument } from '#core/ledger';
import { format2, fromExact, toExact } from '#core/points';
import { rulebookRef } from '#core/rulebook/ref';
import type { Rulebook } from '#core/rulebook/schema';
import { weightedMonthlyMean, type MonthlyScoreRef } from '#core/rules/quarterly-composite';
import { monthsOf } from '#core/rules/period';
import type { Store } from '#store/client';
import { type ResultsReader, resultsReader, runMarkerName, writeResultsIfChanged } from '#store/results';

const RULE = 'period-mean';
const MARKER = runMarkerName(RULE);
const MONTHLY = 'MS#';
const MEANS = 'MEAN#';

export interface PeriodMeansOutcome {
  readonly period: string;
  readonly subjects: number;
  readonly changed: boolean;
}

export async function runPeriodMeans(
  store: Store,
  centerId: string,
  period: string,
  rulebook: Rulebook,
  now: Date,
  results: ResultsReader = resultsReader(store, centerId),
): Promise<PeriodMeansOutcome> {
  const scores = new Map<string, MonthlyScoreRef[]>();
  // Each month's scores alone (not their ledgers), the months read at once; from memory when this run just scored them.
  const months = await Promise.all(monthsOf(period).map(async (month) => [month, await results.list(month, MONTHLY, ['score'])] as const));
  for (const [month, items] of months) {
    for (const item of items) {
      const subject = String(item.sk).slice(MONTHLY.length);
      scores.set(subject, [...(scores.get(subject) ?? []), { month, score: fromExact(String(item.score)), resultId: `${centerId}/${month}/${item.sk}` }]);
    }
  }
  const subjects = [...scores.keys()].sort();
  const inputHash = contentHash(subjects.map((s) => [s, scores.get(s)!.map((r) => [r.month, toExact(r.score)])]));
  const { hash: rulebookHash } = rulebookRef(rulebook);
  const changed = await writeResultsIfChanged(store, centerId, period, MARKER, { inputHash, rulebookHash }, now, () =>
    subjects.map((subject) => {
      const mean = weightedMonthlyMean(scores.get(subject)!);
      return {
        subject: `${MEANS}${subject}`,
        document: {
          rule: RULE,
          period,
          months: scores.get(subject)!.length,
          mean: toExact(mean.mean),
          meanShown: format2(mean.mean),
          ledger: toLedgerDocument(mean.ledger),
          rulebook: rulebookRef(rulebook),
          inputHash,
        },
      };
    }),
    MEANS,
  );
  return { period, subjects: subjects.length, changed };
}

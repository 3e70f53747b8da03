/**
 * Loads a synthetic center into each store straight through the data layer, as the demo loader does: the
 * center and its people, and the aggregates, facts and consecutive-rating flags folded
 * once from its records — the items intake would have written one by one.
 *
 * The raw record items (one partition each: ratings, cases, completions, sign-ins …) and
 * the case-number items are not written to the store: the score run reads none of them
 * (the counting store of the score section shows it: no read of a record or case
 * partition), and at tenfold they are millions of items that DynamoDB Local takes an hour
 * to load. They go into the SQL recount's tables instead, which read them all.
 */
import { createCalendar } from '#core/calendar';
import { defaultRulebook } from '#core/rulebook/default';
import { putCenter, putMembers } from '#store/center';
import type { Store } from '#store/client';
import { foldedItems } from '#store/demo-loader';
import type { DemoRecord } from '../../shared/demo/record.ts';
import type { SqlRecount } from './sql-recount.ts';
import type { SyntheticCenter } from './synthetic-center.ts';

export interface Loaded {
  readonly ratings: number;
  /** Records by type, in all months (what the SQL recount holds for the raw months). */
  readonly records: Readonly<Record<string, number>>;
  /** Items written to the store: aggregates, facts, flags. */
  readonly storedItems: number;
  readonly seconds: number;
}

export async function loadSynthetic(
  stores: readonly Store[],
  synthetic: SyntheticCenter,
  options: {
    /** The months folded and written (all of the center's by default). */
    months?: readonly string[];
    rawMonths: readonly string[];
    sql?: SqlRecount;
    log: (line: string) => void;
  },
): Promise<Loaded> {
  const started = performance.now();
  const { centerId } = synthetic.center;
  for (const store of stores) {
    await putCenter(store, synthetic.center);
    await putMembers(store, centerId, synthetic.windows, synthetic.officers);
  }
  const calendar = createCalendar();
  const interval = defaultRulebook().electronicEvaluation?.consecutiveIntervalSeconds;
  const counts: Record<string, number> = {};
  // Aggregates by key: a training's officers belong to several windows, so the items folded
  // from one batch are merged with those of the others (counters add, entries are set).
  const aggregates = new Map<string, Record<string, unknown>>();
  let others: Record<string, unknown>[] = [];
  let storedItems = 0;
  const fold = async (batch: readonly DemoRecord[]) => {
    const records = batch.map((r) => ({ ...r, centerId, credential: 'bench-loader' }));
    for (const r of records) counts[r.type] = (counts[r.type] ?? 0) + 1;
    // By the record's own month: a completion may fall in the month after its case's batch.
    options.sql?.insert(records.filter((r) => options.rawMonths.includes(r.month)));
    for (const item of foldedItems(centerId, records, calendar, interval)) {
      const pk = String(item.pk);
      if (pk.includes('#R#') || pk.includes('#CASE#')) continue;
      if (!pk.includes('#AGG#')) {
        others.push(item);
        continue;
      }
      const key = `${pk}|${String(item.sk)}`;
      const held = aggregates.get(key);
      aggregates.set(key, held ? mergeAggregate(held, item) : item);
    }
    if (others.length >= 5_000) {
      for (const store of stores) await store.putMany(others);
      storedItems += others.length;
      others = [];
    }
  };
  for (const month of options.months ?? synthetic.shape.months) {
    for (const { windowId } of synthetic.windows) await fold(synthetic.windowMonth(windowId, month));
    await fold(synthetic.centerMonth(month));
    options.log(`  ${centerId}: ${month} folded`);
  }
  for (const store of stores) await store.putMany([...others, ...aggregates.values()]);
  storedItems += others.length + aggregates.size;
  const seconds = (performance.now() - started) / 1000;
  return { ratings: counts.evaluation ?? 0, records: counts, storedItems, seconds: Number(seconds.toFixed(1)) };
}

/** Two aggregate items of one key: numbers (counters) add, everything else (entries) is set. */
function mergeAggregate(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...a };
  for (const [name, value] of Object.entries(b)) {
    merged[name] = typeof value === 'number' && typeof a[name] === 'number' ? (a[name] as number) + value : value;
  }
  return merged;
}

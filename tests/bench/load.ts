/**
 * Loads a synthetic center straight through the data layer, as the demo loader does: the
 * center and its people, raw records in bulk and the aggregates, facts, case numbers and
 * flags folded once — the items intake would have written one by one. Aggregates are written for every month;
 * raw records only for the months a measurement reads (the scored quarter), since nothing
 * measured reads the others. The same raw records can go into the SQL recount's tables.
 */
import { createCalendar } from '#core/calendar';
import { DEFAULT_RULEBOOK } from '#core/rulebook/default';
import { putCenter, putMembers } from '#store/center';
import type { Store } from '#store/client';
import { foldedItems } from '#store/demo-loader';
import type { SqlRecount } from './sql-recount.ts';
import type { SyntheticCenter } from './synthetic-center.ts';

export interface Loaded {
  readonly ratings: number;
  readonly ratingsInRawMonths: number;
  readonly rawItems: number;
  readonly aggregateItems: number;
  readonly seconds: number;
}

// Items held before a bulk write: large enough to keep the writers busy, small enough for memory.
const FLUSH_AT = 20_000;

export async function loadSynthetic(
  store: Store,
  synthetic: SyntheticCenter,
  options: { rawMonths: readonly string[]; sql?: SqlRecount; log: (line: string) => void },
): Promise<Loaded> {
  const started = performance.now();
  const { centerId } = synthetic.center;
  await putCenter(store, synthetic.center);
  await putMembers(store, centerId, synthetic.windows, synthetic.officers);
  const aggregates: Record<string, unknown>[] = [];
  let pending: Record<string, unknown>[] = [];
  let rawItems = 0;
  let ratings = 0;
  let ratingsInRawMonths = 0;
  const calendar = createCalendar();
  const interval = DEFAULT_RULEBOOK.electronicEvaluation?.consecutiveIntervalSeconds;
  const flush = async () => {
    await store.putMany(pending);
    rawItems += pending.length;
    pending = [];
  };
  for (const month of synthetic.shape.months) {
    const raw = options.rawMonths.includes(month);
    for (const { windowId } of synthetic.windows) {
      const records = synthetic.windowMonth(windowId, month).map((r) => ({ ...r, centerId, credential: 'bench-loader' }));
      const rated = records.filter((r) => r.type === 'evaluation').length;
      ratings += rated;
      // A window-month's subjects (the window and its officers) belong to it alone, so folding per window-month is exact.
      const items = foldedItems(centerId, records, calendar, interval);
      const isRecord = (item: Record<string, unknown>) => String(item.pk).includes('#R#');
      aggregates.push(...items.filter((item) => !isRecord(item)));
      if (!raw) continue;
      ratingsInRawMonths += rated;
      options.sql?.insert(records);
      pending.push(...items.filter(isRecord));
      if (pending.length >= FLUSH_AT) {
        await flush();
        options.log(`  ${centerId}: ${rawItems} raw items written`);
      }
    }
  }
  await flush();
  await store.putMany(aggregates);
  const seconds = (performance.now() - started) / 1000;
  return { ratings, ratingsInRawMonths, rawItems, aggregateItems: aggregates.length, seconds: Number(seconds.toFixed(1)) };
}

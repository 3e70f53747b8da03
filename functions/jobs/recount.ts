/**
 * The audit recount (审计复核): recomputes a period's aggregates from the raw records and
 * reports every subject where they differ from the stored ones, which the score runs read.
 * `npm run score -- --recount` calls it.
 */
import { type MonthRecount, compareAggregates, expectedAggregates } from '#core/recount';
import { monthsOf } from '#core/rules/period';
import { listAggregatesForMonth } from '#store/aggregates';
import type { Store } from '#store/client';
import { listCenterMonthRecords, recordFacts } from '#store/records';

export async function recountMonth(store: Store, centerId: string, month: string): Promise<MonthRecount> {
  const [{ records, superseded }, stored] = await Promise.all([
    listCenterMonthRecords(store, centerId, month),
    listAggregatesForMonth(store, centerId, month),
  ]);
  return compareAggregates(month, expectedAggregates(records.map(recordFacts), superseded), stored);
}

export interface PeriodRecount {
  readonly centerId: string;
  readonly period: string;
  /** In calendar order. */
  readonly months: readonly MonthRecount[];
  /** True when no month has a mismatch. */
  readonly agrees: boolean;
}

/**
 * Recounts a month, quarter or year month by month; `onMonth` hears of each month as it is
 * done. One month at a time: a year of a large center is tens of thousands of records,
 * and an audit is no reason to take the table's capacity from intake.
 */
export async function recountPeriod(
  store: Store,
  centerId: string,
  period: string,
  onMonth?: (recount: MonthRecount, done: number, total: number) => void,
): Promise<PeriodRecount> {
  const months = monthsOf(period);
  const recounts: MonthRecount[] = [];
  for (const month of months) {
    const recount = await recountMonth(store, centerId, month);
    recounts.push(recount);
    onMonth?.(recount, recounts.length, months.length);
  }
  return { centerId, period, months: recounts, agrees: recounts.every((r) => r.mismatches.length === 0) };
}

/**
 * Loads a generated center straight through the data layer: record items in bulk, and the
 * aggregates, facts, case numbers and consecutive-rating flags folded once from them —
 * the same items intake would have written record by record.
 */
import { type WorkingCalendar, createCalendar } from '#core/calendar';
import { foldDeltas, recordEffects } from '#core/aggregates';
import { caseDeadline, type CaseBody } from '#core/records/case';
import { savedPercent } from '#core/rules/best-window';
import { consecutiveFlags } from '#core/rules/consecutive-ratings';
import { defaultRulebook } from '#core/rulebook/default';
import type { DemoCenter } from '../demo/demo-center.ts';
import { aggregateItem, factItem } from './aggregates.ts';
import { putCenter, putMembers } from './center.ts';
import { caseKey, flagPk } from './keys.ts';
import type { ItemStore } from './port.ts';
import { type StoredRecord, recordItem } from './records.ts';

const LOADER = 'demo-loader';
/** Rating ids a flag keeps (intake keeps the burst's first two, and counts them all). */
const FLAG_IDS = 2;

/**
 * Every item of a set of records as intake would have left them: the records, the folded
 * aggregates, one item per fact, the case numbers, and the flags of each window-month's
 * ratings. Cases are judged against `calendar` as intake judges them.
 */
export function foldedItems(
  centerId: string,
  records: readonly StoredRecord[],
  calendar: WorkingCalendar,
  consecutiveIntervalSeconds: number | undefined,
): Record<string, unknown>[] {
  const promises = new Map<string, { deadline: string; acceptedDate: string; promisedWorkingDays: number }>();
  const cases: Record<string, unknown>[] = [];
  for (const r of records) {
    if (r.type !== 'case') continue;
    const body = r.body as unknown as CaseBody;
    const promise = { deadline: caseDeadline(body, calendar).date, acceptedDate: body.acceptedDate, promisedWorkingDays: body.promisedWorkingDays };
    promises.set(body.caseNumber, promise);
    cases.push({ ...caseKey(centerId, body.caseNumber), ...promise, windowId: r.windowId, recordId: r.id });
  }
  const judged = (promise: { deadline: string; acceptedDate: string; promisedWorkingDays: number } | undefined, completedDate: string) => {
    if (promise === undefined) return { registered: false, onTime: true };
    const { deadline } = promise;
    const onTime = completedDate <= deadline;
    const saved = onTime ? savedPercent(promise.acceptedDate, promise.promisedWorkingDays, completedDate, calendar) : null;
    return { deadline, onTime, overdueWorkingDays: calendar.workingDaysBetween(deadline, completedDate).count, ...(saved !== null ? { savedPercent: saved } : {}) };
  };
  const withDerived = records.map((r): StoredRecord => {
    if (r.type === 'case') {
      const promise = promises.get(String(r.body.caseNumber))!;
      return { ...r, derived: typeof r.body.completedDate === 'string' ? judged(promise, r.body.completedDate) : { deadline: promise.deadline } };
    }
    if (r.type === 'case-completion') return { ...r, derived: judged(promises.get(String(r.body.caseNumber)), String(r.body.completedDate)) };
    return r;
  });
  const effects = withDerived.map(recordEffects);
  const aggregates = foldDeltas(effects.flatMap((e) => e.deltas)).map((total) => aggregateItem(centerId, total));
  const facts = effects.flatMap((e) => e.facts).map((fact) => factItem(centerId, fact));

  const flags: Record<string, unknown>[] = [];
  if (consecutiveIntervalSeconds !== undefined) {
    const ratings = new Map<string, { recordId: string; device: string; at: string; caseNumber?: string }[]>();
    for (const r of records) {
      if (r.type !== 'evaluation') continue;
      const key = `${r.windowId}|${r.month}`;
      const list = ratings.get(key) ?? [];
      list.push({ recordId: r.id, device: r.submittedBy, at: String(r.body.ratedAt), ...(typeof r.body.caseNumber === 'string' ? { caseNumber: r.body.caseNumber } : {}) });
      ratings.set(key, list);
    }
    for (const [key, list] of ratings) {
      const [windowId, month] = key.split('|') as [string, string];
      for (const flag of consecutiveFlags(list, consecutiveIntervalSeconds)) {
        flags.push({ pk: flagPk(centerId, month), sk: flag.flagId, ...flag, ratingIds: flag.ratingIds.slice(0, FLAG_IDS), windowId, month });
      }
    }
  }
  return [...withDerived.map((r) => recordItem(r)), ...aggregates, ...facts, ...cases, ...flags];
}

export async function loadCenter(
  store: ItemStore,
  demo: DemoCenter,
  onProgress?: (written: number, total: number) => void,
): Promise<{ records: number; aggregates: number }> {
  const centerId = demo.center.centerId;
  await putCenter(store, demo.center);
  await putMembers(store, centerId, demo.windows, demo.officers);
  return loadRecords(store, centerId, demo.records, onProgress);
}

/** Generated records of a center already there (the demo's year before), folded and written as loadCenter writes them. */
export async function loadRecords(
  store: ItemStore,
  centerId: string,
  demoRecords: DemoCenter['records'],
  onProgress?: (written: number, total: number) => void,
): Promise<{ records: number; aggregates: number }> {
  // Who submitted each record and when stay as the generator tells them; the credential
  // says the record came in through the loader, not through intake.
  const records: StoredRecord[] = demoRecords.map((r) => ({ ...r, centerId, credential: LOADER }));
  const items = foldedItems(centerId, records, createCalendar(), defaultRulebook().electronicEvaluation?.consecutiveIntervalSeconds);
  await store.putMany(items, onProgress);
  return { records: records.length, aggregates: items.length - records.length };
}

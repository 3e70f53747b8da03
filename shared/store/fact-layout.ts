/**
 * Fact items are keyed type first (`{type}#{subject}#{recordId}`), so a score run reads only
 * the types its rules take. Earlier versions keyed them subject first
 * (`{subject}#{type}#{recordId}`); a table they wrote is rekeyed once, on start and before a
 * score run, and a marker item says it is done. The rekeying is idempotent: a run that dies
 * halfway is finished by the next.
 */
import { monthOf } from '#core/records/common';
import { addMonths } from '#core/rules/period';
import { getCenter } from './center.ts';
import { listCenterIds } from './center-list.ts';
import { factKey, factPk } from './keys.ts';
import type { ItemStore, WriteOp } from './port.ts';

export const FACT_LAYOUT_KEY = { pk: 'LAYOUT', sk: 'FACTS' } as const;
const TYPE_FIRST = 2;
/** The earliest month searched when a center's start date is later (history loaded from before it). */
const EARLIEST_MONTH = '2000-01';
/** Items moved per transaction: a put and a delete each. */
const ITEMS_A_WRITE = 50;

/** `W#w01#finding#r1` → the fact's subject, type and record id; undefined for a type-first key. */
export function subjectFirstFact(sk: string): { subject: string; type: string; recordId: string } | undefined {
  const parts = sk.split('#');
  if (parts[0] === 'C') return parts.length >= 3 ? { subject: 'C', type: parts[1]!, recordId: parts.slice(2).join('#') } : undefined;
  if (parts[0] !== 'W' && parts[0] !== 'O') return undefined;
  return parts.length >= 4 ? { subject: `${parts[0]}#${parts[1]}`, type: parts[2]!, recordId: parts.slice(3).join('#') } : undefined;
}

export interface Rekeyed {
  readonly centers: number;
  readonly months: number;
  readonly items: number;
}

/**
 * Rekeys every subject-first fact of every center, from the earlier of its start month and
 * 2000-01 to a year after `now`; nothing when the marker says the table is type first.
 */
export async function rekeyFactsTypeFirst(store: ItemStore, now: Date, log: (line: string) => void = () => undefined): Promise<Rekeyed | undefined> {
  const marker = await store.get(FACT_LAYOUT_KEY);
  if (Number(marker?.version ?? 0) >= TYPE_FIRST) return undefined;
  const centers = await listCenterIds(store);
  const last = addMonths(monthOf(now), 12);
  let months = 0;
  let items = 0;
  for (const centerId of centers) {
    const start = (await getCenter(store, centerId))?.startDate?.slice(0, 7) ?? EARLIEST_MONTH;
    for (let month = start < EARLIEST_MONTH ? start : EARLIEST_MONTH; month <= last; month = addMonths(month, 1)) {
      const moved = await rekeyMonth(store, centerId, month);
      if (moved > 0) {
        months += 1;
        items += moved;
        log(`facts rekeyed type first / 事实条目已改为按类型排序: ${centerId} ${month}, ${moved}`);
      }
    }
  }
  await store.write([{ op: 'put', item: { ...FACT_LAYOUT_KEY, version: TYPE_FIRST } }]);
  return { centers: centers.length, months, items };
}

async function rekeyMonth(store: ItemStore, centerId: string, month: string): Promise<number> {
  const old = (await store.query({ pk: factPk(centerId, month) })).flatMap((item) => {
    const fact = subjectFirstFact(String(item.sk));
    return fact ? [{ item, fact }] : [];
  });
  for (let i = 0; i < old.length; i += ITEMS_A_WRITE) {
    const ops: WriteOp[] = old.slice(i, i + ITEMS_A_WRITE).flatMap(({ item, fact }): WriteOp[] => [
      { op: 'put', item: { ...item, ...factKey(centerId, month, fact.subject, fact.type, fact.recordId) } },
      { op: 'delete', key: { pk: String(item.pk), sk: String(item.sk) } },
    ]);
    await store.write(ops);
  }
  return old.length;
}

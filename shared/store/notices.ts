/**
 * Public notices (公示) in force: what the selection publishes for objections. Intake reads
 * one to decide whether an objection may be taken.
 */
import { noticeKey } from './keys.ts';
import type { ItemStore } from './port.ts';

export interface Notice {
  readonly noticeId: string;
  /** The day it was published: objections are taken from then, though day 1 may be the next working day. */
  readonly publishedOn: string;
  /** First and last day of the notice (Beijing dates, both inclusive). */
  readonly startDate: string;
  readonly endDate: string;
  /** The candidates proposed on it. */
  readonly entries: readonly string[];
}

export async function putNotice(store: ItemStore, centerId: string, notice: Notice): Promise<void> {
  await store.write([{ op: 'put', item: { ...noticeKey(centerId, notice.noticeId), ...notice } }]);
}

export async function getNotice(store: ItemStore, centerId: string, noticeId: string): Promise<Notice | undefined> {
  const item = await store.get(noticeKey(centerId, noticeId));
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...notice } = item;
  return notice as unknown as Notice;
}

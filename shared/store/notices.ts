/**
 * Public notices (公示) in force: what the selection publishes for objections. Intake reads
 * one to decide whether an objection may be taken.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.ts';

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

const noticeKey = (centerId: string, noticeId: string) => ({ pk: `C#${centerId}#NOTICE`, sk: noticeId });

export async function putNotice(store: Store, centerId: string, notice: Notice): Promise<void> {
  await store.doc.send(new PutCommand({ TableName: store.tableName, Item: { ...noticeKey(centerId, notice.noticeId), ...notice } }));
}

export async function getNotice(store: Store, centerId: string, noticeId: string): Promise<Notice | undefined> {
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: noticeKey(centerId, noticeId) }));
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, ...notice } = Item;
  return notice as Notice;
}

/** The center profile, its windows and officers: one partition, one Query. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Center, type Officer, type ServiceWindow, center, officer, serviceWindow } from '#core/center';
import type { Store } from './client.ts';
import { centerKey, centerMembersPk, officerKey, windowKey } from './keys.ts';
import { writeInBatches } from './bulk.ts';
import { centerListingItem } from './centers.ts';
import { queryPartition } from './query.ts';

export async function putCenter(store: Store, profile: Center): Promise<void> {
  await store.doc.send(new PutCommand({ TableName: store.tableName, Item: { ...centerKey(profile.centerId), ...profile } }));
  // Listed for the jobs that run every center (centers.ts).
  await store.doc.send(new PutCommand({ TableName: store.tableName, Item: { ...centerListingItem(profile.centerId) } }));
}

export async function getCenter(store: Store, centerId: string): Promise<Center | undefined> {
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: centerKey(centerId) }));
  return Item ? center.parse(strip(Item)) : undefined;
}

export async function putMembers(
  store: Store,
  centerId: string,
  windows: readonly ServiceWindow[],
  officers: readonly Officer[],
): Promise<void> {
  await writeInBatches(store, [
    ...windows.map((w) => ({ ...windowKey(centerId, w.windowId), ...w })),
    ...officers.map((o) => ({ ...officerKey(centerId, o.officerId), ...o })),
  ]);
}

/** Windows in counter order (their ids sort in the hall's order). */
export async function listWindows(store: Store, centerId: string): Promise<ServiceWindow[]> {
  const items = await queryPartition(store, centerMembersPk(centerId), 'W#');
  return items.map((item) => serviceWindow.parse(strip(item)));
}

export async function listOfficers(store: Store, centerId: string): Promise<Officer[]> {
  const items = await queryPartition(store, centerMembersPk(centerId), 'O#');
  return items.map((item) => officer.parse(strip(item)));
}

function strip(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest;
}

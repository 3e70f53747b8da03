/**
 * The list of centers in the table: one small item per center in one partition, written
 * with the center's profile, so a scheduled job can run every center without a redeploy
 * when one is added. Written against the store port (port.ts).
 *
 * pk CENTERS   sk {center}
 */
import type { Item, ItemStore, WriteOp } from './port.ts';

export const CENTERS_PK = 'CENTERS';

export const centerListingItem = (centerId: string): Item => ({ pk: CENTERS_PK, sk: centerId, centerId });

/** The write that lists a center (idempotent: the same item each time its profile is written). */
export const listCenter = (centerId: string): WriteOp => ({ op: 'put', item: centerListingItem(centerId) });

/** Every center's id, in id order. */
export async function listCenterIds(store: Pick<ItemStore, 'query'>): Promise<string[]> {
  const items = await store.query({ pk: CENTERS_PK });
  return items.map((item) => String(item.sk));
}

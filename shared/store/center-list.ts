/**
 * The list of centers in the store, for the jobs that run for every center (the scheduler
 * of a server on one machine): one small item per center in one partition, written beside
 * the center's profile. A Query of that partition lists them — neither adapter scans.
 */
import type { ItemStore } from './port.ts';

export const CENTER_LIST_PK = 'CENTERS';
export const centerListKey = (centerId: string) => ({ pk: CENTER_LIST_PK, sk: `C#${centerId}` });
/** The item that lists a center; `putCenter` writes it with the profile. */
export const centerListItem = (centerId: string) => ({ ...centerListKey(centerId), centerId });

export async function listCenterIds(store: Pick<ItemStore, 'query'>): Promise<string[]> {
  const items = await store.query({ pk: CENTER_LIST_PK, skPrefix: 'C#' });
  return items.map((item) => String(item.centerId));
}

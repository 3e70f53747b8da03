/** Published documents (what the public site shows), by center. */
import { type PublishedDocument, documentKey, publishedDocument } from '#core/published';
import { publishedKey, publishedPk } from './keys.ts';
import type { ItemStore } from './port.ts';

/**
 * Writes a document unless the same one is stored (the site's rebuild listens to these
 * writes, so an unchanged document is not written again). Returns whether it wrote.
 */
export async function putPublished(store: ItemStore, doc: PublishedDocument): Promise<boolean> {
  const checked = publishedDocument.parse(doc);
  const key = publishedKey(checked.centerId, documentKey(checked));
  const document = JSON.stringify(checked);
  if ((await store.get(key))?.document === document) return false;
  await store.write([{ op: 'put', item: { ...key, document } }]);
  return true;
}

export async function listPublished(store: ItemStore, centerId: string): Promise<PublishedDocument[]> {
  const items = await store.query({ pk: publishedPk(centerId) });
  return items.map((item) => publishedDocument.parse(JSON.parse(String(item.document))));
}

/** One published document by its key (`documentKey`), or nothing. One GetItem. */
export async function getPublished(store: ItemStore, centerId: string, key: string): Promise<PublishedDocument | undefined> {
  const item = await store.get(publishedKey(centerId, key));
  return item ? publishedDocument.parse(JSON.parse(String(item.document))) : undefined;
}

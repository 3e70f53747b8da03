/** Published documents (what the public site shows), by center. */
import { gunzipSync, gzipSync } from 'node:zlib';
import { type PublishedDocument, documentKey, publishedDocument } from '#core/published';
import { publishedKey, publishedPk } from './keys.ts';
import type { Item, ItemStore } from './port.ts';

/**
 * A document longer than this is stored gzip-compressed (base64): a month of a large center's
 * windows with its corrections would otherwise pass the 8 KB item bound (issue #11).
 */
const COMPRESS_ABOVE_BYTES = 2048;

/** The item a document is stored as (its JSON, compressed when long), with that JSON. */
function encoded(doc: PublishedDocument): { readonly item: Item; readonly json: string } {
  const checked = publishedDocument.parse(doc);
  const json = JSON.stringify(checked);
  const body = Buffer.byteLength(json) > COMPRESS_ABOVE_BYTES ? { documentGzip: gzipSync(json, { level: 9 }).toString('base64') } : { document: json };
  return { item: { ...publishedKey(checked.centerId, documentKey(checked)), ...body }, json };
}

/** The item a document is stored as: its JSON, compressed when long. */
export const publishedItem = (doc: PublishedDocument): Item => encoded(doc).item;

const jsonOf = (item: Item): string =>
  typeof item.documentGzip === 'string' ? gunzipSync(Buffer.from(item.documentGzip, 'base64')).toString('utf8') : String(item.document);

const documentOf = (item: Item): PublishedDocument => publishedDocument.parse(JSON.parse(jsonOf(item)));

/**
 * Writes a document unless the same one is stored (the site's rebuild listens to these
 * writes, so an unchanged document is not written again). Returns whether it wrote.
 */
export async function putPublished(store: ItemStore, doc: PublishedDocument): Promise<boolean> {
  const { item, json } = encoded(doc);
  const stored = await store.get({ pk: String(item.pk), sk: String(item.sk) });
  if (stored && jsonOf(stored) === json) return false;
  await store.write([{ op: 'put', item }]);
  return true;
}

export async function listPublished(store: ItemStore, centerId: string): Promise<PublishedDocument[]> {
  const items = await store.query({ pk: publishedPk(centerId) });
  return items.map(documentOf);
}

/** One published document by its key (`documentKey`), or nothing. One GetItem. */
export async function getPublished(store: ItemStore, centerId: string, key: string): Promise<PublishedDocument | undefined> {
  const item = await store.get(publishedKey(centerId, key));
  return item ? documentOf(item) : undefined;
}

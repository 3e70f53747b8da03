/** Published documents (what the public site shows), by center. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { type PublishedDocument, documentKey, publishedDocument } from '#core/published';
import type { Store } from './client.ts';
import { publishedKey, publishedPk } from './keys.ts';
import { queryPartition } from './query.ts';

export async function putPublished(store: Store, doc: PublishedDocument): Promise<void> {
  const checked = publishedDocument.parse(doc);
  await store.doc.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...publishedKey(checked.centerId, documentKey(checked)), document: JSON.stringify(checked) },
    }),
  );
}

export async function listPublished(store: Store, centerId: string): Promise<PublishedDocument[]> {
  const items = await queryPartition(store, publishedPk(centerId));
  return items.map((item) => publishedDocument.parse(JSON.parse(String(item.document))));
}

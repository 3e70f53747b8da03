/**
 * Score results of a period: one item per subject with its ledger, and a run marker that
 * records the input and rulebook hashes, so re-running unchanged inputs writes nothing.
 * Each rule run over a period keeps a marker of its own (`#RUN` for the first one, the
 * electronic evaluation), so one rule's run never passes for another's.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.ts';
import { writeInBatches } from './bulk.ts';
import { resultKey, resultPk } from './keys.ts';
import { queryPartition } from './query.ts';

const RUN_MARKER = '#RUN';

export interface RunMarker {
  readonly inputHash: string;
  readonly rulebookHash: string;
  readonly computedAt: string;
}

/** A rule's own marker name, e.g. `#RUN#monthly-score`. */
export const runMarkerName = (rule: string): string => `${RUN_MARKER}#${rule}`;

export async function getRunMarker(store: Store, centerId: string, period: string, markerName = RUN_MARKER): Promise<RunMarker | undefined> {
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: resultKey(centerId, period, markerName), ConsistentRead: true }),
  );
  return Item as RunMarker | undefined;
}

/** Subject results first, the marker last: a run that dies half-way is simply run again. */
export async function putPeriodResults(
  store: Store,
  centerId: string,
  period: string,
  results: readonly { readonly subject: string; readonly document: Record<string, unknown> }[],
  marker: RunMarker,
  markerName = RUN_MARKER,
): Promise<void> {
  await writeInBatches(
    store,
    results.map((r) => ({ ...resultKey(centerId, period, r.subject), ...r.document })),
  );
  await writeInBatches(store, [{ ...resultKey(centerId, period, markerName), ...marker }]);
}

/** Every result of a period about one subject (`W#w01`, `O#o001`), with its ledger. */
export async function listSubjectResults(store: Store, centerId: string, period: string, subject: string): Promise<Record<string, unknown>[]> {
  const items = await queryPartition(store, resultPk(centerId, period));
  return items
    .filter((item) => String(item.sk).endsWith(`#${subject}`) && item.sk !== RUN_MARKER)
    .map(({ pk: _pk, ...item }) => item);
}

/** Whether a period has any result whose key starts with `prefix` (one item read at most). */
export async function hasResults(store: Store, centerId: string, period: string, prefix: string): Promise<boolean> {
  const { Items } = await store.doc.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': resultPk(centerId, period), ':prefix': prefix },
      Limit: 1,
    }),
  );
  return (Items ?? []).length > 0;
}

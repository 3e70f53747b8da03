/** Subject-month aggregates: moved by intake, read by score runs with one Query a month. */
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AggregateDelta, Counters } from '#core/aggregates';
import type { Store } from './client.ts';
import { aggregateKey, aggregatePk } from './keys.ts';
import { queryPartition } from './query.ts';

// Counters are top-level attributes (ADD cannot create a path inside a missing map); the
// prefix keeps them apart from the item's own attributes.
const COUNTER_PREFIX = 'n_';

type UpdateItem = NonNullable<NonNullable<TransactWriteCommandInput['TransactItems']>[number]['Update']>;

export function aggregateItemUpdate(tableName: string, centerId: string, delta: AggregateDelta): UpdateItem {
  const names: Record<string, string> = { '#month': 'month', '#subject': 'subject' };
  const values: Record<string, unknown> = { ':month': delta.month, ':subject': delta.subject };
  const adds = Object.entries(delta.counters)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value], i) => {
      names[`#c${i}`] = `${COUNTER_PREFIX}${name}`;
      values[`:c${i}`] = value;
      return `#c${i} :c${i}`;
    });
  return {
    TableName: tableName,
    Key: aggregateKey(centerId, delta.month, delta.subject),
    UpdateExpression: `SET #month = :month, #subject = :subject ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** A whole aggregate item, for bulk loads that fold their records first. */
export function aggregateItem(centerId: string, month: string, subject: string, counters: Counters): Record<string, unknown> {
  const item: Record<string, unknown> = { ...aggregateKey(centerId, month, subject), month, subject };
  for (const [name, value] of Object.entries(counters)) item[`${COUNTER_PREFIX}${name}`] = value;
  return item;
}

export function countersOf(item: Record<string, unknown>): Counters {
  const counters: Record<string, number> = {};
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(COUNTER_PREFIX)) counters[name.slice(COUNTER_PREFIX.length)] = Number(value);
  }
  return counters;
}

/** Every aggregate of a center-month, by subject (`W#w01`, `O#o001`). */
export async function listAggregatesForMonth(store: Store, centerId: string, month: string): Promise<Map<string, Counters>> {
  const items = await queryPartition(store, aggregatePk(centerId, month));
  return new Map(items.map((item) => [String(item.sk), countersOf(item)]));
}

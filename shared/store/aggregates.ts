/** Subject-month aggregates: moved by intake, read by score runs with one Query a month. */
import { GetCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AggregateDelta, Counters, Members } from '#core/aggregates';
import type { Store } from './client.ts';
import { aggregateKey, aggregatePk } from './keys.ts';
import { queryPartition } from './query.ts';

// Counters and members are top-level attributes: ADD cannot create a path inside a missing
// map, and one attribute per member lets a correction SET the new line and REMOVE the old
// one in a single update (two operations on one set attribute would overlap).
const COUNTER_PREFIX = 'n_';
const MEMBER_PREFIX = 'm_';
const memberAttribute = (set: string, line: string): { name: string; value: string } => {
  const tab = line.indexOf('\t');
  return { name: `${MEMBER_PREFIX}${set}|${line.slice(0, tab)}`, value: line.slice(tab + 1) };
};

export interface Aggregate {
  readonly counters: Counters;
  readonly members: Members;
}

type UpdateItem = NonNullable<NonNullable<TransactWriteCommandInput['TransactItems']>[number]['Update']>;

const byName = <T>(record: Readonly<Record<string, T>>): [string, T][] =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));

export function aggregateItemUpdate(tableName: string, centerId: string, delta: AggregateDelta): UpdateItem {
  const names: Record<string, string> = { '#month': 'month', '#subject': 'subject' };
  const values: Record<string, unknown> = { ':month': delta.month, ':subject': delta.subject };
  let n = 0;
  /** Registers an attribute (and its value) and returns their placeholders. */
  const placeholders = (attribute: string, value?: unknown): [string, string] => {
    const i = n++;
    names[`#a${i}`] = attribute;
    if (value !== undefined) values[`:v${i}`] = value;
    return [`#a${i}`, `:v${i}`];
  };
  const sets = ['#month = :month', '#subject = :subject'];
  const adds: string[] = [];
  const removes: string[] = [];
  for (const [counter, amount] of byName(delta.counters)) {
    const [attribute, value] = placeholders(`${COUNTER_PREFIX}${counter}`, amount);
    adds.push(`${attribute} ${value}`);
  }
  for (const [set, lines] of byName(delta.added ?? {})) {
    for (const line of lines) {
      const member = memberAttribute(set, line);
      const [attribute, value] = placeholders(member.name, member.value);
      sets.push(`${attribute} = ${value}`);
    }
  }
  for (const [set, lines] of byName(delta.removed ?? {})) {
    for (const line of lines) removes.push(placeholders(memberAttribute(set, line).name)[0]);
  }
  return {
    TableName: tableName,
    Key: aggregateKey(centerId, delta.month, delta.subject),
    UpdateExpression: [`SET ${sets.join(', ')}`, adds.length ? `ADD ${adds.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : '']
      .filter(Boolean)
      .join(' '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** A whole aggregate item, for bulk loads that fold their records first. */
export function aggregateItem(centerId: string, delta: AggregateDelta): Record<string, unknown> {
  const item: Record<string, unknown> = { ...aggregateKey(centerId, delta.month, delta.subject), month: delta.month, subject: delta.subject };
  for (const [name, value] of Object.entries(delta.counters)) item[`${COUNTER_PREFIX}${name}`] = value;
  for (const [set, lines] of Object.entries(delta.added ?? {})) {
    for (const line of lines) {
      const member = memberAttribute(set, line);
      item[member.name] = member.value;
    }
  }
  return item;
}

export function aggregateOf(item: Record<string, unknown>): Aggregate {
  const counters: Record<string, number> = {};
  const members: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(COUNTER_PREFIX)) counters[name.slice(COUNTER_PREFIX.length)] = Number(value);
    if (name.startsWith(MEMBER_PREFIX)) {
      const [set, recordId] = name.slice(MEMBER_PREFIX.length).split('|') as [string, string];
      (members[set] ??= []).push(`${recordId}\t${String(value)}`);
    }
  }
  for (const lines of Object.values(members)) lines.sort();
  return { counters, members };
}

/** Every aggregate of a center-month, by subject (`W#w01`, `O#o001`, `C`). */
export async function listAggregatesForMonth(store: Store, centerId: string, month: string): Promise<Map<string, Aggregate>> {
  const items = await queryPartition(store, aggregatePk(centerId, month));
  return new Map(items.map((item) => [String(item.sk), aggregateOf(item)]));
}

/**
 * One subject's aggregate of a center-month (the center's own: `C`), or an empty one; read
 * consistently, so a record written a moment ago (an objection about to be answered) is in it.
 */
export async function getAggregate(store: Store, centerId: string, month: string, subject: string): Promise<Aggregate> {
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: aggregateKey(centerId, month, subject), ConsistentRead: true }),
  );
  return Item ? aggregateOf(Item) : { counters: {}, members: {} };
}

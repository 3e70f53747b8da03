/**
 * Slots: small items whose conditions make a rule of a record type hold under concurrent
 * writers — one ballot per voter and period, a nomination quota per window and quarter, a
 * complaint step once. They join the record's transaction as guards.
 */
import type { GuardItem } from './records.ts';
import { queryPartition } from './query.ts';
import type { Store } from './client.ts';

const slotPk = (centerId: string, name: string): string => `C#${centerId}#SLOT#${name}`;

/** Taken once: a second record claiming the same slot is refused with `guard`. */
export function uniqueSlot(tableName: string, centerId: string, name: string, sk: string, guard: string, facts: Record<string, unknown> = {}): GuardItem {
  return {
    item: {
      Put: {
        TableName: tableName,
        Item: { pk: slotPk(centerId, name), sk, ...facts },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    guard,
  };
}

/** Counts up to a limit: claiming `amount` more than the room left is refused with `guard`. */
export function quotaSlot(tableName: string, centerId: string, name: string, amount: number, limit: number, guard: string): GuardItem {
  return {
    item: {
      Update: {
        TableName: tableName,
        Key: { pk: slotPk(centerId, name), sk: 'QUOTA' },
        UpdateExpression: 'ADD #used :amount',
        ConditionExpression: 'attribute_not_exists(#used) OR #used <= :room',
        ExpressionAttributeNames: { '#used': 'used' },
        ExpressionAttributeValues: { ':amount': amount, ':room': limit - amount },
      },
    },
    guard,
  };
}

/** The slots taken under one name, by sort key (e.g. the steps a complaint went through). */
export async function listSlots(store: Store, centerId: string, name: string): Promise<Record<string, unknown>[]> {
  return queryPartition(store, slotPk(centerId, name));
}

/**
 * Slots: small items whose conditions make a rule of a record type hold under concurrent
 * writers — one ballot per voter and period, a nomination quota per window and quarter, a
 * complaint step once. They join the record's write as guards.
 */
import type { Item, ItemStore } from './port.ts';
import { slotPk } from './keys.ts';
import type { GuardItem } from './records.ts';

/** Taken once: a second record claiming the same slot is refused with `guard`. */
export function uniqueSlot(centerId: string, name: string, sk: string, guard: string, facts: Record<string, unknown> = {}): GuardItem {
  return { op: { op: 'put', item: { pk: slotPk(centerId, name), sk, ...facts }, condition: { kind: 'absent' } }, guard };
}

/** Counts up to a limit: claiming `amount` more than the room left is refused with `guard`. */
export function quotaSlot(centerId: string, name: string, amount: number, limit: number, guard: string): GuardItem {
  return {
    op: {
      op: 'update',
      key: { pk: slotPk(centerId, name), sk: 'QUOTA' },
      add: { used: amount },
      condition: { kind: 'at-most', attribute: 'used', value: limit - amount },
    },
    guard,
  };
}

/** The slots taken under one name, by sort key (e.g. the steps a complaint went through). */
export async function listSlots(store: ItemStore, centerId: string, name: string): Promise<Item[]> {
  return store.query({ pk: slotPk(centerId, name) });
}

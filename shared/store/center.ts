/** The center profile, its windows and officers: one partition, one Query. */
import { centerListItem } from './center-list.ts';
import { type Center, type Officer, type ServiceWindow, center, officer, serviceWindow } from '#core/center';
import { centerKey, centerMembersPk, officerKey, windowKey } from './keys.ts';
import type { Item, ItemStore } from './port.ts';

export async function putCenter(store: ItemStore, profile: Center): Promise<void> {
  await store.write([{ op: 'put', item: { ...centerKey(profile.centerId), ...profile } }, { op: 'put', item: centerListItem(profile.centerId) }]);
}

export async function getCenter(store: ItemStore, centerId: string): Promise<Center | undefined> {
  const item = await store.get(centerKey(centerId));
  return item ? center.parse(strip(item)) : undefined;
}

export async function putMembers(store: ItemStore, centerId: string, windows: readonly ServiceWindow[], officers: readonly Officer[]): Promise<void> {
  await store.putMany([
    ...windows.map((w) => ({ ...windowKey(centerId, w.windowId), ...w })),
    ...officers.map((o) => ({ ...officerKey(centerId, o.officerId), ...o })),
  ]);
}

/** Windows in counter order (their ids sort in the hall's order). */
export async function listWindows(store: ItemStore, centerId: string): Promise<ServiceWindow[]> {
  const items = await store.query({ pk: centerMembersPk(centerId), skPrefix: 'W#' });
  return items.map((item) => serviceWindow.parse(strip(item)));
}

export async function listOfficers(store: ItemStore, centerId: string): Promise<Officer[]> {
  const items = await store.query({ pk: centerMembersPk(centerId), skPrefix: 'O#' });
  return items.map((item) => officer.parse(strip(item)));
}

/** A center's windows and officers, each read at most once: a quarter's or a year's score run shares one. */
export interface RosterReader {
  windows(): Promise<ServiceWindow[]>;
  officers(): Promise<Officer[]>;
}

export function rosterReader(store: ItemStore, centerId: string): RosterReader {
  const once = <T>(read: () => Promise<T>): (() => Promise<T>) => {
    let held: Promise<T> | undefined;
    return () => {
      if (!held) {
        held = read();
        held.catch(() => (held = undefined));
      }
      return held;
    };
  };
  return { windows: once(() => listWindows(store, centerId)), officers: once(() => listOfficers(store, centerId)) };
}

/** The sort keys of a center's window and officer settings (the admin API writes them). */
export const windowSettingKey = (centerId: string, windowId: string): string => windowKey(centerId, windowId).sk;
export const officerSettingKey = (centerId: string, officerId: string): string => officerKey(centerId, officerId).sk;

function strip(item: Item): Record<string, unknown> {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest;
}

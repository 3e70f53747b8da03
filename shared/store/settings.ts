/**
 * A center's settings, kept by its administrators: the profile, windows, officers, the
 * rulebook versions and calendar overrides. Rulebook versions are never overwritten: a
 * result names the version it used (§7).
 */
import type { CalendarOverrides } from '#core/calendar';
import type { Rulebook } from '#core/rulebook/schema';
import { type AuditEntry, auditOp } from './audit.ts';
import { centerListItem } from './center-list.ts';
import { centerKey, centerMembersPk } from './keys.ts';
import { ConditionFailed, type ItemStore, type WriteOp } from './port.ts';

export type Setting = { readonly sk: string; readonly value: Record<string, unknown> };

const rulebookSk = (version: string) => `RULEBOOK#${version}`;
const CALENDAR_SK = 'CALENDAR';

/**
 * Writes one setting, with its audit entry in the same write when one is given;
 * `once` refuses to overwrite (rulebook versions).
 */
export async function putSetting(
  store: ItemStore,
  centerId: string,
  setting: Setting,
  audit?: AuditEntry,
  options: { readonly once?: boolean } = {},
): Promise<'written' | 'exists'> {
  const ops: WriteOp[] = [
    { op: 'put', item: { pk: centerMembersPk(centerId), sk: setting.sk, ...setting.value }, ...(options.once ? { condition: { kind: 'absent' } } : {}) },
    ...(audit ? [auditOp(centerId, audit)] : []),
    // The profile lists the center among the store's centers (the scheduler runs for each).
    ...(setting.sk === centerKey(centerId).sk ? [{ op: 'put' as const, item: centerListItem(centerId) }] : []),
  ];
  try {
    await store.write(ops);
    return 'written';
  } catch (error) {
    if (options.once && error instanceof ConditionFailed && error.failed.includes(0)) return 'exists';
    throw error;
  }
}

export const centerSetting = (centerId: string, value: Record<string, unknown>): Setting => ({ sk: centerKey(centerId).sk, value });
export const rulebookSetting = (rulebook: Rulebook, writtenAt: string): Setting => ({
  sk: rulebookSk(rulebook.version),
  value: { rulebook: JSON.stringify(rulebook), writtenAt },
});
export const calendarSetting = (overrides: CalendarOverrides): Setting => ({ sk: CALENDAR_SK, value: { overrides } });

/** The center's rulebook versions in the order they were written; the last is in force. */
export async function listRulebooks(store: ItemStore, centerId: string): Promise<Rulebook[]> {
  const items = await store.query({ pk: centerMembersPk(centerId), skPrefix: 'RULEBOOK#' });
  return items
    .sort((a, b) => String(a.writtenAt).localeCompare(String(b.writtenAt)))
    .map((item) => JSON.parse(String(item.rulebook)) as Rulebook);
}

export async function getCalendarOverrides(store: ItemStore, centerId: string): Promise<CalendarOverrides> {
  const item = await store.get({ pk: centerMembersPk(centerId), sk: CALENDAR_SK });
  return (item?.overrides as CalendarOverrides | undefined) ?? {};
}

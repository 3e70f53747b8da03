/**
 * A center's settings, kept by its administrators: the profile, windows, officers, the
 * rulebook versions and calendar overrides. Each change is written with its audit line.
 * Rulebook versions are never overwritten: a result names the version it used (§7).
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarOverrides } from '#core/calendar';
import type { Rulebook } from '#core/rulebook/schema';
import type { Store } from './client.ts';
import { centerKey, centerMembersPk } from './keys.ts';
import { centerListingItem } from './centers.ts';
import { queryPartition } from './query.ts';
import { type AuditLine, auditItem } from './records.ts';

export type Setting = { readonly sk: string; readonly value: Record<string, unknown> };

const rulebookSk = (version: string) => `RULEBOOK#${version}`;
const CALENDAR_SK = 'CALENDAR';

/** Writes one setting with its audit line; `once` refuses to overwrite (rulebook versions). */
export async function putSetting(
  store: Store,
  centerId: string,
  setting: Setting,
  audit: AuditLine,
  options: { readonly once?: boolean } = {},
): Promise<'written' | 'exists'> {
  try {
    await store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: store.tableName,
              Item: { pk: centerMembersPk(centerId), sk: setting.sk, ...setting.value },
              ...(options.once ? { ConditionExpression: 'attribute_not_exists(pk)' } : {}),
            },
          },
          { Put: { TableName: store.tableName, Item: auditItem(centerId, audit) } },
          // A center's profile also lists the center, for the jobs that run every center.
          ...(setting.sk === centerKey(centerId).sk ? [{ Put: { TableName: store.tableName, Item: { ...centerListingItem(centerId) } } }] : []),
        ],
      }),
    );
    return 'written';
  } catch (error) {
    if (options.once && error instanceof TransactionCanceledException) {
      if (error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return 'exists';
    }
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
export async function listRulebooks(store: Store, centerId: string): Promise<Rulebook[]> {
  const items = await queryPartition(store, centerMembersPk(centerId), 'RULEBOOK#');
  return items
    .sort((a, b) => String(a.writtenAt).localeCompare(String(b.writtenAt)))
    .map((item) => JSON.parse(String(item.rulebook)) as Rulebook);
}

export async function getCalendarOverrides(store: Store, centerId: string): Promise<CalendarOverrides> {
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: { pk: centerMembersPk(centerId), sk: CALENDAR_SK } }));
  return (Item?.overrides as CalendarOverrides | undefined) ?? {};
}

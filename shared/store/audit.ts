/**
 * The audit trail of writes that are not records: administrators' settings, rulebook and
 * calendar changes, every act on a selection. Records leave their own line in their
 * intake transaction; both kinds are filed under the Beijing day of their instant and read
 * together. Each line's key holds its instant and a random id, and the put is conditional:
 * two writes in the same millisecond leave two lines, and no line is ever overwritten.
 *
 * Stand-in of the store port's version (same signatures), written against the current store.
 */
import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dateOf } from '#core/records/common';
import type { Store } from './client.ts';
import { auditPk } from './keys.ts';
import { queryPartition } from './query.ts';

export interface AuditEntry {
  at: string;
  who: string;
  role: string;
  credential: string;
  routeKey: string;
  requestId?: string;
  action: string;
  touched: string;
  detail?: Record<string, unknown>;
}

export async function appendAudit(store: Store, centerId: string, entry: AuditEntry): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const { at, ...rest } = entry;
    const item = { pk: auditPk(centerId, dateOf(at)), sk: `${at}#${randomUUID()}`, ...rest };
    try {
      await store.doc.send(new PutCommand({ TableName: store.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
      return;
    } catch (error) {
      // A random id colliding is all but impossible; a new one settles it if it ever does.
      if (!(error instanceof ConditionalCheckFailedException) || attempt >= 2) throw error;
    }
  }
}

/** Every audit line of one Beijing day, records' and settings' alike, oldest first. */
export async function listAuditForDay(store: Store, centerId: string, date: string): Promise<AuditEntry[]> {
  const items = await queryPartition(store, auditPk(centerId, date));
  return items.map(({ pk: _pk, sk, ...line }) => {
    const l = line as Record<string, unknown>;
    // A record's line names the record it wrote; a setting's or an act's says what it touched.
    const touched = typeof l.touched === 'string' ? l.touched : `${String(l.recordType)}:${String(l.recordId)}`;
    return { ...l, at: String(sk).split('#')[0]!, touched } as AuditEntry;
  });
}

/**
 * Records (记录): appended once, never edited. A record, its idempotency item, its index
 * entry, its audit line and the aggregates it moves are one TransactWriteItems, so a
 * record is counted once or not at all. A correction is a new record that supersedes an
 * earlier one; the same transaction marks the old one superseded and takes its
 * contribution back out of the aggregates.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { type AggregateDelta, CENTER_LEVEL_WINDOW, foldDeltas, negateDelta } from '#core/aggregates';
import { dateOf } from '#core/records/common';
import type { Store } from './client.ts';
import { aggregateItemUpdate } from './aggregates.ts';
import {
  type RecordKeyParts,
  auditKey,
  auditPk,
  idempotencyKey,
  recordIndexKey,
  recordKey,
  supersessionKey,
  windowKey,
  windowMonthPk,
} from './keys.ts';
import { queryPartition } from './query.ts';
import { TABLE } from './table.ts';

export interface StoredRecord extends RecordKeyParts {
  readonly submittedBy: string;
  readonly submittedAt: string;
  /** The credential the record came with (token id or client id). */
  readonly credential: string;
  readonly body: Readonly<Record<string, unknown>>;
  /** For a correction: the record it replaces, and why. */
  readonly supersedes?: string;
  readonly reason?: string;
}

export interface IdempotencyClaim {
  /** The caller's subject: keys are scoped per credential holder. */
  readonly subject: string;
  readonly key: string;
  /** Hash of the request body: the same key with another body is a conflict. */
  readonly requestHash: string;
  /** The answer to replay for a retry. */
  readonly response: { readonly status: number; readonly body: unknown };
}

export interface AuditEntry {
  readonly role: string;
  readonly routeKey: string;
  readonly requestId?: string;
}

export interface Append {
  readonly record: StoredRecord;
  readonly claim: IdempotencyClaim;
  readonly deltas: readonly AggregateDelta[];
  readonly audit: AuditEntry;
  /** The record a correction replaces, with the deltas it contributed. */
  readonly superseding?: { readonly record: StoredRecord; readonly deltas: readonly AggregateDelta[] };
  /** Conditions of the record type (one ballot per voter, a nomination quota …), named. */
  readonly guards?: readonly GuardItem[];
}

export interface GuardItem {
  readonly item: TransactItem;
  /** Reported back when the item's condition fails. */
  readonly guard: string;
}

// Devices may queue ratings offline for days; a week covers a long weekend plus a holiday.
const IDEMPOTENCY_TTL_SECONDS = 7 * 24 * 3600;

export type AppendOutcome =
  | { readonly kind: 'created' }
  | { readonly kind: 'replayed'; readonly response: IdempotencyClaim['response'] }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'unknown-window' }
  | { readonly kind: 'already-superseded' }
  | { readonly kind: 'refused'; readonly guard: string };

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Guard = 'idempotency' | 'window' | 'supersession' | 'unique' | (string & {});

/** The transaction's items, each with the guard its condition stands for. */
export function appendItems(tableName: string, append: Append, nowEpochSeconds: number): { item: TransactItem; guard?: Guard }[] {
  const { record, claim, superseding } = append;
  const put = (Item: Record<string, unknown>, guard: Guard) => ({
    item: { Put: { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } },
    guard,
  });
  const items: { item: TransactItem; guard?: Guard }[] = [
    put(
      {
        ...idempotencyKey(record.centerId, claim.subject, claim.key),
        requestHash: claim.requestHash,
        response: JSON.stringify(claim.response),
        recordId: record.id,
        [TABLE.ttlAttribute]: nowEpochSeconds + IDEMPOTENCY_TTL_SECONDS,
      },
      'idempotency',
    ),
    put(recordItem(record), 'unique'),
    put(recordIndexItem(record), 'unique'),
    {
      item: {
        Put: {
          TableName: tableName,
          Item: auditItem(record.centerId, {
            at: record.submittedAt,
            who: record.submittedBy,
            role: append.audit.role,
            credential: record.credential,
            routeKey: append.audit.routeKey,
            ...(append.audit.requestId ? { requestId: append.audit.requestId } : {}),
            action: superseding ? 'correct' : 'append',
            recordId: record.id,
            recordType: record.type,
            windowId: record.windowId,
            ...(superseding ? { supersedes: superseding.record.id, reason: record.reason } : {}),
          }),
        },
      },
    },
  ];
  // The window must exist in the center: checked inside the transaction, no extra read.
  if (record.windowId !== CENTER_LEVEL_WINDOW) {
    items.push({
      item: {
        ConditionCheck: {
          TableName: tableName,
          Key: windowKey(record.centerId, record.windowId),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      guard: 'window',
    });
  }
  if (superseding) {
    items.push(put({ ...supersessionKey(superseding.record), supersededBy: record.id, at: record.submittedAt }, 'supersession'));
  }
  items.push(...(append.guards ?? []));
  // One update per aggregate item: a transaction may not touch an item twice.
  const deltas = foldDeltas([...append.deltas, ...(superseding?.deltas ?? []).map(negateDelta)]);
  for (const delta of deltas) items.push({ item: { Update: aggregateItemUpdate(tableName, record.centerId, delta) } });
  return items;
}

const MAX_ATTEMPTS = 8;

/** Appends a record exactly once per idempotency key. */
export async function appendRecord(store: Store, append: Append, now: Date): Promise<AppendOutcome> {
  const items = appendItems(store.tableName, append, Math.floor(now.getTime() / 1000));
  for (let attempt = 1; ; attempt++) {
    try {
      await store.doc.send(new TransactWriteCommand({ TransactItems: items.map((i) => i.item) }));
      return { kind: 'created' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = items.find((item, i) => item.guard && reasons[i]?.Code === 'ConditionalCheckFailed')?.guard;
      if (failed === 'idempotency') return replay(store, append.record.centerId, append.claim);
      if (failed === 'window') return { kind: 'unknown-window' };
      if (failed === 'supersession') return { kind: 'already-superseded' };
      if (failed === 'unique') throw new Error(`record id ${append.record.id} collided`);
      if (failed) return { kind: 'refused', guard: failed };
      // Concurrent writers to one aggregate conflict; the transaction is all-or-nothing, so retry.
      const conflict = reasons.some((r) => r.Code === 'TransactionConflict');
      if (!conflict || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** attempt));
    }
  }
}

async function replay(store: Store, centerId: string, claim: IdempotencyClaim): Promise<AppendOutcome> {
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: idempotencyKey(centerId, claim.subject, claim.key), ConsistentRead: true }),
  );
  if (!Item) throw new Error('idempotency item vanished after a conditional check failed');
  if (Item.requestHash !== claim.requestHash) return { kind: 'conflict' };
  return { kind: 'replayed', response: JSON.parse(String(Item.response)) };
}

/** A record by id, with whether a correction has superseded it. */
export async function getRecord(
  store: Store,
  centerId: string,
  recordId: string,
): Promise<{ record: StoredRecord; supersededBy?: string } | undefined> {
  const { Item: index } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: recordIndexKey(centerId, recordId), ConsistentRead: true }),
  );
  if (!index) return undefined;
  const key = index.key as { pk: string; sk: string };
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: { pk: key.pk, sk: key.sk }, ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const record = toRecord(Item);
  const { pk, sk } = supersessionKey(record);
  const { Item: mark } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: { pk, sk }, ConsistentRead: true }));
  return { record, ...(mark ? { supersededBy: String(mark.supersededBy) } : {}) };
}

/** Records of one window-month, optionally of one type (ledger drill-down), superseded ones marked. */
export async function listWindowMonthRecords(
  store: Store,
  centerId: string,
  windowId: string,
  month: string,
  type?: string,
): Promise<(StoredRecord & { supersededBy?: string })[]> {
  const items = await queryPartition(store, windowMonthPk(centerId, windowId, month));
  const superseded = new Map(items.filter((i) => String(i.sk).startsWith('S#')).map((i) => [String(i.sk).slice(2), String(i.supersededBy)]));
  return items
    .filter((i) => String(i.sk).startsWith(type ? `R#${type}#` : 'R#'))
    .map(toRecord)
    .map((r) => (superseded.has(r.id) ? { ...r, supersededBy: superseded.get(r.id)! } : r));
}

export const recordItem = (record: StoredRecord): Record<string, unknown> => ({ ...recordKey(record), ...record });

export const recordIndexItem = (record: StoredRecord): Record<string, unknown> => {
  const { pk, sk } = recordKey(record);
  return { ...recordIndexKey(record.centerId, record.id), key: { pk, sk } };
};

export function toRecord(item: Record<string, unknown>): StoredRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _gs, ...record } = item;
  return record as unknown as StoredRecord;
}

export interface AuditLine {
  readonly at: string;
  readonly who: string;
  readonly role: string;
  readonly credential: string;
  readonly routeKey: string;
  readonly requestId?: string;
  readonly action: 'append' | 'correct' | 'configure';
  readonly recordId: string;
  readonly recordType: string;
  readonly windowId: string;
  readonly supersedes?: string;
  readonly reason?: string;
}

/** One line of the audit trail, filed under the Beijing day of its instant. */
export function auditItem(centerId: string, line: AuditLine): Record<string, unknown> {
  const { at, ...rest } = line;
  return { ...auditKey(centerId, dateOf(at), at, line.recordId), ...rest };
}

/** The audit trail of one Beijing day, oldest first. */
export async function listAuditForDay(store: Store, centerId: string, date: string): Promise<AuditLine[]> {
  const items = await queryPartition(store, auditPk(centerId, date));
  return items.map(({ pk: _pk, sk, ...line }) => ({ at: String(sk).split('#')[0]!, ...line }) as AuditLine);
}

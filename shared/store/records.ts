/**
 * Records (记录): appended once, never edited. A record, its idempotency item and the
 * aggregates it moves are one TransactWriteItems, so a record is counted once or not at all.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AggregateDelta } from '#core/aggregates';
import type { Store } from './client.ts';
import { aggregateItemUpdate } from './aggregates.ts';
import { type RecordKeyParts, idempotencyKey, recordKey, windowKey, windowMonthPk } from './keys.ts';
import { queryPartition } from './query.ts';
import { TABLE } from './table.ts';

export interface StoredRecord extends RecordKeyParts {
  readonly submittedBy: string;
  readonly submittedAt: string;
  /** The credential the record came with (token id or client id). */
  readonly credential: string;
  readonly body: Readonly<Record<string, unknown>>;
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

// Devices may queue ratings offline for days; a week covers a long weekend plus a holiday.
const IDEMPOTENCY_TTL_SECONDS = 7 * 24 * 3600;

export type AppendOutcome =
  | { readonly kind: 'created' }
  | { readonly kind: 'replayed'; readonly response: IdempotencyClaim['response'] }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'unknown-window' };

export function appendRecordItems(
  tableName: string,
  record: StoredRecord,
  claim: IdempotencyClaim,
  deltas: readonly AggregateDelta[],
  nowEpochSeconds: number,
): NonNullable<TransactWriteCommandInput['TransactItems']> {
  return [
    {
      Put: {
        TableName: tableName,
        Item: {
          ...idempotencyKey(record.centerId, claim.subject, claim.key),
          requestHash: claim.requestHash,
          response: JSON.stringify(claim.response),
          recordId: record.id,
          [TABLE.ttlAttribute]: nowEpochSeconds + IDEMPOTENCY_TTL_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: tableName,
        Item: recordItem(record),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    // The window must exist in the center: checked inside the transaction, no extra read.
    {
      ConditionCheck: {
        TableName: tableName,
        Key: windowKey(record.centerId, record.windowId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    ...deltas.map((delta) => ({ Update: aggregateItemUpdate(tableName, record.centerId, delta) })),
  ];
}

const MAX_ATTEMPTS = 8;

/** Appends a record exactly once per idempotency key. */
export async function appendRecord(
  store: Store,
  record: StoredRecord,
  claim: IdempotencyClaim,
  deltas: readonly AggregateDelta[],
  now: Date,
): Promise<AppendOutcome> {
  const items = appendRecordItems(store.tableName, record, claim, deltas, Math.floor(now.getTime() / 1000));
  for (let attempt = 1; ; attempt++) {
    try {
      await store.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return { kind: 'created' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return replay(store, record.centerId, claim);
      if (reasons[2]?.Code === 'ConditionalCheckFailed') return { kind: 'unknown-window' };
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

/** Records of one window-month, optionally of one type (ledger drill-down). */
export async function listWindowMonthRecords(
  store: Store,
  centerId: string,
  windowId: string,
  month: string,
  type?: string,
): Promise<StoredRecord[]> {
  const items = await queryPartition(store, windowMonthPk(centerId, windowId, month), type ? `R#${type}#` : 'R#');
  return items.map(toRecord);
}

export const recordItem = (record: StoredRecord): Record<string, unknown> => ({ ...recordKey(record), ...record });

export function toRecord(item: Record<string, unknown>): StoredRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _gs, ...record } = item;
  return record as unknown as StoredRecord;
}

/**
 * The DynamoDB adapter's own behaviour, beyond what the conformance suite asks of every
 * engine: conflicts between concurrent transactions really happen on DynamoDB Local and
 * are retried inside the adapter (none lost, none doubled), a failed condition names the
 * operations that failed, and a database that is not there is `StoreUnavailable`.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { EarlierLayout, ensureTable } from '#store/create-table';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoStore, MAX_ATTEMPTS, createDynamoStore } from '#store/dynamodb';
import { ConditionFailed, StoreUnavailable } from '#store/port';

let store: DynamoStore;

beforeAll(async () => {
  store = createDynamoStore({ endpoint: inject('dynamoEndpoint'), tableName: `t-${randomUUID()}` });
  await ensureTable(store);
});

describe('DynamoDB adapter', () => {
  it('retries transactions that conflict, so every acknowledged increment counts once', async () => {
    // DynamoDB Local runs transactions one at a time and never answers TransactionConflict
    // (320 concurrent 21-item transactions on one item: no conflict), so the service's
    // answer is put in at the SDK's boundary: the first 3 transactions are cancelled with
    // the reasons DynamoDB gives (the contended item's TransactionConflict, None for the rest)
    // before they reach the database, exactly as a cancelled transaction leaves nothing.
    const conflicted = createDynamoStore({ endpoint: inject('dynamoEndpoint'), tableName: store.tableName });
    let injected = 0;
    conflicted.doc.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { TransactItems?: unknown[] };
        if (input.TransactItems && injected < 3) {
          injected++;
          throw new TransactionCanceledException({
            message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict, None]',
            $metadata: { httpStatusCode: 400 },
            CancellationReasons: input.TransactItems.map((_, i) => ({ Code: i === 0 ? 'TransactionConflict' : 'None' })),
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'injectConflict' },
    );
    const counter = { pk: 'conflict', sk: 'counter' };
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        conflicted.write([
          { op: 'update', key: counter, add: { n: 1 } },
          { op: 'put', item: { pk: 'conflict', sk: `r${i}` }, condition: { kind: 'absent' } },
        ]),
      ),
    );
    expect(injected).toBe(3);
    expect(conflicted.conflictRetries).toBe(3);
    expect((await store.get(counter))?.n).toBe(8);
    expect((await store.query({ pk: 'conflict', skPrefix: 'r' })).length).toBe(8);

    // A transaction that conflicts every time gives up after MAX_ATTEMPTS: retry later (503).
    injected = -Infinity;
    await expect(conflicted.write([{ op: 'update', key: counter, add: { n: 1 } }, { op: 'check', key: counter, condition: { kind: 'present' } }])).rejects.toBeInstanceOf(
      StoreUnavailable,
    );
    expect(conflicted.conflictRetries).toBe(3 + MAX_ATTEMPTS - 1);
    expect((await store.get(counter))?.n).toBe(8);
  });

  it('names the operations whose condition failed, and writes none of them', async () => {
    await store.write([{ op: 'put', item: { pk: 'cond', sk: 'a', v: 1 } }]);
    const attempt = store.write([
      { op: 'put', item: { pk: 'cond', sk: 'b' }, condition: { kind: 'absent' } },
      { op: 'put', item: { pk: 'cond', sk: 'a', v: 2 }, condition: { kind: 'absent' } },
    ]);
    await expect(attempt).rejects.toEqual(new ConditionFailed([1]));
    expect(await store.get({ pk: 'cond', sk: 'b' })).toBeUndefined();
    // One operation alone is a plain conditional write: index 0.
    await expect(
      store.write([{ op: 'update', key: { pk: 'cond', sk: 'a' }, add: { w: 1 }, condition: { kind: 'equals', attribute: 'v', value: 9 } }]),
    ).rejects.toEqual(new ConditionFailed([0]));
    // at-most: 1 ≤ 1 goes through, then 2 > 1 does not.
    await store.write([{ op: 'update', key: { pk: 'cond', sk: 'q' }, add: { used: 1 }, condition: { kind: 'at-most', attribute: 'used', value: 0 } }]);
    await expect(
      store.write([{ op: 'update', key: { pk: 'cond', sk: 'q' }, add: { used: 1 }, condition: { kind: 'at-most', attribute: 'used', value: 0 } }]),
    ).rejects.toBeInstanceOf(ConditionFailed);
    expect((await store.get({ pk: 'cond', sk: 'q' }))?.used).toBe(1);
  });

  it('reports a database that is not there as StoreUnavailable', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused.
    const gone = createDynamoStore({ endpoint: 'http://127.0.0.1:9', tableName: 'none' });
    await expect(gone.get({ pk: 'x', sk: 'y' })).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(gone.write([{ op: 'put', item: { pk: 'x', sk: 'y' } }])).rejects.toBeInstanceOf(StoreUnavailable);
  });

  it('refuses a table of the earlier layout (one index), saying in both languages to delete .data/', async () => {
    const old = createDynamoStore({ endpoint: inject('dynamoEndpoint'), tableName: `t-${randomUUID()}` });
    await old.doc.send(
      new CreateTableCommand({
        TableName: old.tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk'].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'gsi1',
            KeySchema: [
              { AttributeName: 'gsi1pk', KeyType: 'HASH' },
              { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
    const refused = await ensureTable(old).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EarlierLayout);
    expect((refused as Error).message).toContain('请删除 .data/');
    expect((refused as Error).message).toContain('delete the .data/ folder');
    // A table of this layout is taken as it is.
    expect(await ensureTable(store)).toBe('existing');
  });
});

import { describe, expect, it } from 'vitest';
import { aggregateItemUpdate, aggregateItem, countersOf } from '#store/aggregates';
import { aggregateKey, idempotencyKey, recordKey } from '#store/keys';
import { appendRecordItems } from '#store/records';

const record = {
  id: 'r1',
  centerId: 'demo',
  windowId: 'w01',
  month: '2026-10',
  type: 'evaluation',
  at: '2026-10-15T02:20:00.000Z',
  submittedBy: 'device-w01',
  submittedAt: '2026-10-15T02:20:01.000Z',
  credential: 'jti-1',
  body: { windowId: 'w01', rating: '满意' },
};

describe('key design', () => {
  it('puts a record in its window-month partition and in the center-month index', () => {
    expect(recordKey(record)).toEqual({
      pk: 'C#demo#W#w01#M#2026-10',
      sk: 'R#evaluation#2026-10-15T02:20:00.000Z#r1',
      gsi1pk: 'C#demo#M#2026-10',
      gsi1sk: 'R#evaluation#2026-10-15T02:20:00.000Z#r1',
    });
  });

  it('scopes idempotency keys by center and credential subject', () => {
    expect(idempotencyKey('demo', 'device-w01', 'k1')).toEqual({ pk: 'C#demo#IDEM#device-w01#k1', sk: 'IDEM' });
  });

  it('keeps all aggregates of a center-month in one partition', () => {
    expect(aggregateKey('demo', '2026-10', 'W#w01')).toEqual({ pk: 'C#demo#AGG#2026-10', sk: 'W#w01' });
  });
});

describe('intake transaction', () => {
  const claim = { subject: 'device-w01', key: 'k1', requestHash: 'h', response: { status: 201, body: { id: 'r1' } } };
  const deltas = [{ month: '2026-10', subject: 'W#w01', counters: { satisfied: 1, evaluations: 1 } }];
  const items = appendRecordItems('table', record, claim, deltas, 1_000);

  it('guards the idempotency item and the record with conditions and checks the window exists', () => {
    expect(items[0]!.Put).toMatchObject({ ConditionExpression: 'attribute_not_exists(pk)', Item: { expiresAt: 1_000 + 7 * 24 * 3600 } });
    expect(items[1]!.Put).toMatchObject({ ConditionExpression: 'attribute_not_exists(pk)', Item: { id: 'r1', pk: 'C#demo#W#w01#M#2026-10' } });
    expect(items[2]!.ConditionCheck).toMatchObject({ Key: { pk: 'C#demo', sk: 'W#w01' }, ConditionExpression: 'attribute_exists(pk)' });
  });

  it('moves the aggregate with ADD on prefixed counters, in a stable order', () => {
    expect(items[3]!.Update).toEqual(aggregateItemUpdate('table', 'demo', deltas[0]!));
    expect(items[3]!.Update).toMatchObject({
      UpdateExpression: 'SET #month = :month, #subject = :subject ADD #c0 :c0, #c1 :c1',
      ExpressionAttributeNames: { '#c0': 'n_evaluations', '#c1': 'n_satisfied' },
    });
  });

  it('reads back the counters of a bulk-written aggregate item', () => {
    expect(countersOf(aggregateItem('demo', '2026-10', 'W#w01', { evaluations: 3, volume: 40 }))).toEqual({ evaluations: 3, volume: 40 });
  });
});

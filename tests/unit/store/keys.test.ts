import { describe, expect, it } from 'vitest';
import { aggregateItem, aggregateItemUpdate, aggregateOf } from '#store/aggregates';
import { aggregateKey, idempotencyKey, recordKey } from '#store/keys';
import { appendItems } from '#store/records';

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
  const audit = { role: 'device', routeKey: 'POST /api/v1/centers/{center}/evaluations' };
  const items = appendItems('table', { record, claim, deltas, audit }, 1_000).map((i) => i.item);

  it('guards the idempotency item, the record and its index, audits, and checks the window exists', () => {
    expect(items[0]!.Put).toMatchObject({ ConditionExpression: 'attribute_not_exists(pk)', Item: { expiresAt: 1_000 + 7 * 24 * 3600 } });
    expect(items[1]!.Put).toMatchObject({ ConditionExpression: 'attribute_not_exists(pk)', Item: { id: 'r1', pk: 'C#demo#W#w01#M#2026-10' } });
    expect(items[2]!.Put).toMatchObject({
      Item: { pk: 'C#demo#RID#r1', key: { pk: 'C#demo#W#w01#M#2026-10', sk: 'R#evaluation#2026-10-15T02:20:00.000Z#r1' } },
    });
    expect(items[3]!.Put).toMatchObject({
      Item: { pk: 'C#demo#AUDIT#2026-10-15', who: 'device-w01', role: 'device', credential: 'jti-1', action: 'append' },
    });
    expect(items[4]!.ConditionCheck).toMatchObject({ Key: { pk: 'C#demo', sk: 'W#w01' }, ConditionExpression: 'attribute_exists(pk)' });
  });

  it('marks the superseded record and folds its negated deltas into one update per aggregate', () => {
    const old = { ...record, id: 'r0', body: { windowId: 'w01', rating: '不满意' } };
    const oldDeltas = [{ month: '2026-10', subject: 'W#w01', counters: { evaluations: 1, satisfied: 0 } }];
    const correction = appendItems('table', { record: { ...record, supersedes: 'r0', reason: 'wrong button' }, claim, deltas, audit, superseding: { record: old, deltas: oldDeltas } }, 1_000);
    const mark = correction.find((i) => i.guard === 'supersession')!.item.Put!;
    expect(mark).toMatchObject({ Item: { pk: 'C#demo#W#w01#M#2026-10', sk: 'S#r0', supersededBy: 'r1' }, ConditionExpression: 'attribute_not_exists(pk)' });
    const updates = correction.filter((i) => i.item.Update).map((i) => i.item.Update!);
    // evaluations +1 −1 = 0; satisfied +1 −0 = +1; one update for the one window aggregate
    expect(updates).toHaveLength(1);
    expect(updates[0]!.ExpressionAttributeValues).toMatchObject({ ':v0': 0, ':v1': 1 });
    expect(correction.find((i) => i.item.Put?.Item?.action)!.item.Put!.Item).toMatchObject({ action: 'correct', supersedes: 'r0', reason: 'wrong button' });
  });

  it('moves the aggregate with ADD on prefixed counters, in a stable order', () => {
    expect(items[5]!.Update).toEqual(aggregateItemUpdate('table', 'demo', deltas[0]!));
    expect(items[5]!.Update).toMatchObject({
      UpdateExpression: 'SET #month = :month, #subject = :subject ADD #a0 :v0, #a1 :v1',
      ExpressionAttributeNames: { '#a0': 'n_evaluations', '#a1': 'n_satisfied' },
    });
  });

  it('reads back the counters and member sets of a bulk-written aggregate item', () => {
    const delta = { month: '2026-10', subject: 'W#w01', counters: { evaluations: 3, volume: 40 }, added: { finding: ['f2\t{}', 'f1\t{}'] } };
    expect(aggregateOf(aggregateItem('demo', delta))).toEqual({
      counters: { evaluations: 3, volume: 40 },
      members: { finding: ['f1\t{}', 'f2\t{}'] },
    });
  });

  it('sets and removes one attribute per member line, so a correction is one update', () => {
    const update = aggregateItemUpdate('table', 'demo', {
      month: '2026-10',
      subject: 'O#o001',
      counters: {},
      added: { finding: ['f2\t{"code":"O-A"}'] },
      removed: { finding: ['f1\t{"code":"O-B"}'] },
    });
    expect(update.UpdateExpression).toBe('SET #month = :month, #subject = :subject, #a0 = :v0 REMOVE #a1');
    expect(update.ExpressionAttributeNames).toMatchObject({ '#a0': 'm_finding|f2', '#a1': 'm_finding|f1' });
    expect(update.ExpressionAttributeValues).toMatchObject({ ':v0': '{"code":"O-A"}' });
  });
});

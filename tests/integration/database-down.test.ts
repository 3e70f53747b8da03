/**
 * The database goes away: every caller hears 503 with Retry-After in both languages (never a
 * bare 500), nothing is half-written, and once it is back the same request — same
 * Idempotency-Key — goes through. The system reaches DynamoDB Local through a TCP relay
 * this test cuts (closing the port and every open connection) and restores.
 */
import type { DynamoStore } from '#store/dynamodb';
import { type Server, type Socket, connect, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { windowSubject } from '#core/aggregates';
import { listAggregatesForMonth } from '#store/aggregates';
import { createStore } from '#store/client';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const NOW = new Date('2026-11-16T10:00:00+08:00');

/** A relay to DynamoDB Local that can be cut and restored on the same port. */
function relay(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => [client, upstream].forEach((x) => x.destroy()));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  return {
    open,
    endpoint: () => `http://127.0.0.1:${port}`,
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server!.close(() => resolve());
      }),
  };
}

let system: LocalSystem;
let device: string;
const link = relay(new URL(inject('dynamoEndpoint')));

beforeAll(async () => {
  await link.open();
  system = await startTestSystem(['2026-10'], { now: () => NOW }, link.endpoint());
  device = await system.issuer.sign({ role: 'device', subject: 'device-w01', centerId: 'demo', windowId: 'w01' });
});
afterAll(async () => {
  await system?.stop();
});

const rating = { windowId: 'w01', officerId: 'o002', ratedAt: '2026-11-13T10:00:00+08:00', scale: 'two-level', rating: '满意' };
const post = async (key: string) => {
  const response = await fetch(`${system.url}/api/v1/centers/demo/evaluations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${device}`, 'idempotency-key': key },
    body: JSON.stringify(rating),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
};

describe('with the database down', () => {
  it('answers 503 with Retry-After in both languages, writes nothing, and serves the retry once it is back', async () => {
    // Read straight from DynamoDB Local, not through the relay.
    const direct = createStore({ endpoint: inject('dynamoEndpoint'), tableName: (system.store as DynamoStore).tableName });
    const count = async () => (await listAggregatesForMonth(direct, 'demo', '2026-11')).get(windowSubject('w01'))?.counters.evaluations ?? 0;
    const before = await count();
    const key = crypto.randomUUID();

    await link.cut();
    const down = await post(key);
    expect(down.status).toBe(503);
    expect(Number(down.retryAfter)).toBeGreaterThan(0);
    expect(down.body.error).toMatchObject({ code: 'unavailable', message_zh: expect.stringContaining('数据库'), message_en: expect.stringContaining('database') });
    const read = await fetch(`${system.url}/api/v1/centers/demo/windows/w01/records?month=2026-11`, { headers: { authorization: `Bearer ${await system.issuer.sign({ role: 'supervisor', subject: 's', centerId: 'demo' })}` } });
    expect(read.status).toBe(503);
    expect(await count()).toBe(before);

    await link.open();
    const back = await post(key);
    expect(back.status).toBe(201);
    expect(await post(key)).toMatchObject({ status: 201, body: { id: back.body.id } });
    expect(await count()).toBe(before + 1);
  });
});

/**
 * `npm start` with `STORE=dynamodb-local` watches the JVM it started (issue #12 item 7): the
 * database is killed as a crash would kill it; a write meanwhile is refused as unavailable
 * (the handlers' 503 with Retry-After, tests/integration/database-down.test.ts), the watch
 * says in both languages that it restarts it and that it is back, and then writes go
 * through again on the same endpoint and the data kept on disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createDynamoStore } from '#store/dynamodb';
import { ensureTable } from '#store/create-table';
import { StoreUnavailable } from '#store/port';
import type { WatchEvent } from '../../infra/local/dynamodb-local.ts';
import { type OpenEngine, openEngine } from '../../infra/local/engine.ts';
import { localPaths } from '../../infra/local/paths.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'dynamodb-watch-'));
let engine: OpenEngine | undefined;
afterAll(async () => {
  await engine?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const until = async (what: string, done: () => boolean, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

it('restarts a killed DynamoDB Local, says so in both languages, and serves writes again', { timeout: 300_000 }, async () => {
  const events: WatchEvent[] = [];
  const saved = { STORE: process.env.STORE, DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT, TABLE_NAME: process.env.TABLE_NAME };
  try {
    engine = await openEngine('dynamodb-local', localPaths(dataDir), { onWatch: (e) => events.push(e) });
  } finally {
    Object.assign(process.env, saved);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  }
  const dynamo = engine.dynamo!;
  const store = createDynamoStore({ endpoint: engine.endpoint!, tableName: 'watch' });
  await ensureTable(store);
  await store.write([{ op: 'put', item: { pk: 'before', sk: 'x' } }]);
  const firstPid = dynamo.pid!;

  process.kill(firstPid, 'SIGKILL');
  await until('the death to be seen', () => events.some((e) => e.kind === 'died'));
  // Between death and restart the store answers unavailable, which the handlers turn into 503.
  const during = await store.write([{ op: 'put', item: { pk: 'during', sk: 'x' } }]).catch((e: unknown) => e);
  if (!events.some((e) => e.kind === 'restarted')) expect(during).toBeInstanceOf(StoreUnavailable);

  await until('the restart', () => events.some((e) => e.kind === 'restarted'));
  expect(dynamo.pid).not.toBe(firstPid);
  await store.write([{ op: 'put', item: { pk: 'after', sk: 'x' } }]);
  expect(await store.get({ pk: 'after', sk: 'x' })).toMatchObject({ pk: 'after' });

  const died = events.find((e) => e.kind === 'died')!;
  expect(died).toMatchObject({ signal: 'SIGKILL' });
  expect(died.message).toMatch(/restarting it/);
  expect(died.message).toMatch(/正在重启/);
  const back = events.find((e) => e.kind === 'restarted')!;
  expect(back.message).toContain(engine.endpoint!);
  expect(back.message).toMatch(/已恢复/);
});

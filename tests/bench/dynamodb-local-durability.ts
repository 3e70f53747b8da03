/**
 * `npx tsx tests/bench/dynamodb-local-durability.ts [put|transaction] [runs]`: whether
 * DynamoDB Local keeps every write it acknowledged when it is killed (SIGKILL) mid-run — the
 * database alone, no handler. Each run starts it on a fresh data folder, has 64 clients write
 * new items for 3 s (a PutItem each, or a TransactWriteItems of an item put if absent and a
 * counter's ADD, the shape of a rating's transaction), kills it, starts it again on the same
 * folder, and reads back every acknowledged item. Prints each lost item with the time of its
 * acknowledgement relative to the kill, and the totals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ensureTable } from '#store/create-table';
import { createDynamoStore } from '#store/dynamodb';
import { startDynamoLocal } from '../../infra/local/dynamodb-local.ts';

const TABLE = 'durability';
const CLIENTS = 64;
const WRITE_MS = 3000;
const shape = process.argv[2] === 'put' ? 'put' : 'transaction';
const runs = Number(process.argv[3] ?? 5);

async function run(): Promise<{ acknowledged: number; lost: number[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'durability-'));
  const local = await startDynamoLocal({ dataDir: folder });
  try {
    await ensureTable(createDynamoStore({ endpoint: local.endpoint, tableName: TABLE }));
    const doc = DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: local.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 }),
    );
    const acknowledged: { pk: string; at: number }[] = [];
    const body = 'x'.repeat(800);
    let stop = false;
    let next = 0;
    const client = async (c: number): Promise<void> => {
      while (!stop) {
        const pk = `item-${next++}`;
        const put = { TableName: TABLE, Item: { pk, sk: 'R', body } };
        try {
          if (shape === 'put') await doc.send(new PutCommand(put));
          else {
            const counter = { TableName: TABLE, Key: { pk: `counter-${c % 8}`, sk: 'A' }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } };
            await doc.send(new TransactWriteCommand({ TransactItems: [{ Put: { ...put, ConditionExpression: 'attribute_not_exists(pk)' } }, { Update: counter }] }));
          }
          acknowledged.push({ pk, at: performance.now() });
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
    await new Promise((r) => setTimeout(r, WRITE_MS));
    const killedAt = performance.now();
    await local.kill();
    stop = true;
    await Promise.all(clients);
    await local.restart();
    const lost: number[] = [];
    for (const { pk, at } of acknowledged) {
      const { Item } = await doc.send(new GetCommand({ TableName: TABLE, Key: { pk, sk: 'R' }, ConsistentRead: true }));
      if (!Item) lost.push(at - killedAt);
    }
    return { acknowledged: acknowledged.length, lost };
  } finally {
    await local.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

let acknowledged = 0;
let lost = 0;
for (let i = 1; i <= runs; i++) {
  const result = await run();
  acknowledged += result.acknowledged;
  lost += result.lost.length;
  const when = result.lost.map((ms) => `${ms >= 0 ? '+' : ''}${ms.toFixed(1)} ms`).join(', ');
  console.log(`run ${i}: ${result.acknowledged} ${shape}s acknowledged, ${result.lost.length} lost${when ? ` (acknowledged at ${when} from the kill)` : ''}`);
}
console.log(`${shape}: ${acknowledged} acknowledged in ${runs} runs, ${lost} lost`);

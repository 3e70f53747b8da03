/**
 * For the command-line tools: the DynamoDB Local of a running `npm start`, or one started on
 * the same data when the system is not running. Sets the environment the handlers read at
 * import, as in Lambda.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type LocalDynamo, startDynamoLocal } from './dynamodb-local.ts';
import type { LocalPaths } from './paths.ts';

export async function connectLocal(paths: LocalPaths): Promise<{ stop(): Promise<void> }> {
  const running = existsSync(paths.runtime) ? (JSON.parse(readFileSync(paths.runtime, 'utf8')) as { endpoint: string; tableName: string }) : undefined;
  let dynamo: LocalDynamo | undefined;
  let endpoint = running?.endpoint;
  if (!endpoint || !(await reachable(endpoint))) {
    console.log('npm start is not running; starting DynamoDB Local on .data / 系统未运行，临时启动本地 DynamoDB');
    dynamo = await startDynamoLocal({ dataDir: paths.dynamodb });
    endpoint = dynamo.endpoint;
  }
  process.env.DYNAMODB_ENDPOINT = endpoint;
  if (running?.tableName) process.env.TABLE_NAME = running.tableName;
  return { stop: async () => void (await dynamo?.stop()) };
}

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

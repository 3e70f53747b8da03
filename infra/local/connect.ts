/**
 * For the command-line tools: the store of a running `npm start` / `npm run serve`, or the
 * same data when the system is not running. The engine is the one `STORE` names (engine.ts);
 * SQLite needs nothing started (a second process waits for the server's writes, WAL mode),
 * DynamoDB Local is attached to, or started on `.data/` when none runs. Sets the
 * environment the handlers read at import, as in Lambda.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type Engine, engineFrom, openEngine } from './engine.ts';
import type { LocalPaths } from './paths.ts';

export async function connectLocal(paths: LocalPaths): Promise<{ stop(): Promise<void> }> {
  const running = existsSync(paths.runtime)
    ? (JSON.parse(readFileSync(paths.runtime, 'utf8')) as { engine?: Engine; endpoint?: string; tableName?: string })
    : undefined;
  // The engine STORE names; without one, the engine the system last ran on with this data.
  const engine = process.env.STORE ? engineFrom() : (running?.engine ?? engineFrom());
  if (engine === 'sqlite') return openEngine(engine, paths);
  if (running?.endpoint && (await reachable(running.endpoint))) {
    return openEngine(engine, paths, { endpoint: running.endpoint, ...(running.tableName ? { tableName: running.tableName } : {}) });
  }
  console.log('npm start is not running; starting DynamoDB Local on .data / 系统未运行，临时启动本地 DynamoDB');
  return openEngine(engine, paths);
}

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

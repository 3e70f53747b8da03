/**
 * Which database the system on one machine runs on, chosen in this one place for
 * `npm start`, `npm run serve` and the command-line tools:
 * - `sqlite` (the default): the embedded store, one file under `.data/`, no Java;
 * - `dynamodb-local`: DynamoDB Local as in the AWS tests (needs Java; its licence allows
 *   development and testing of the AWS path, not running a center on it).
 * The handlers read the choice from the environment at import, as Lambda does
 * (`STORE`, `SQLITE_FILE`; `DYNAMODB_ENDPOINT`, `TABLE_NAME`), through the store factory.
 */
import { TABLE } from '#store/table';
import { type LocalDynamo, type WatchEvent, startDynamoLocal } from './dynamodb-local.ts';
import type { LocalPaths } from './paths.ts';

export const ENGINES = ['sqlite', 'dynamodb-local'] as const;
export type Engine = (typeof ENGINES)[number];

/** The engine when `STORE` names none: the embedded store, which needs no Java. */
export const DEFAULT_ENGINE: Engine = 'sqlite';

export class UnknownEngineError extends Error {
  constructor(value: string) {
    super(`STORE=${value} is not an engine; use one of ${ENGINES.join(', ')} / STORE=${value} 不是可用的存储引擎，可选 ${ENGINES.join('、')}`);
    this.name = 'UnknownEngineError';
  }
}

export function engineFrom(env: NodeJS.ProcessEnv = process.env): Engine {
  const value = env.STORE?.trim();
  if (!value) return DEFAULT_ENGINE;
  if ((ENGINES as readonly string[]).includes(value)) return value as Engine;
  throw new UnknownEngineError(value);
}

export interface OpenEngine {
  readonly engine: Engine;
  /** One line for the start banner: `SQLite: /…/honor-board.sqlite` or `DynamoDB Local: http://…`. */
  readonly banner: string;
  /** DynamoDB Local's address (dynamodb-local only). */
  readonly endpoint?: string;
  /** The SQLite file (sqlite only). */
  readonly file?: string;
  /** The DynamoDB Local this process started and watches (dynamodb-local without `endpoint`). */
  readonly dynamo?: LocalDynamo;
  stop(): Promise<void>;
}

/** The console line for each step of the watch, in both languages (`npm start` prints them). */
export const printWatchEvent = (event: WatchEvent): void => {
  const line = `  [${new Date().toISOString()}] ${event.message}`;
  if (event.kind === 'restarted') console.log(line);
  else console.error(line);
};

/**
 * Opens the engine for this process and sets the environment the store factory reads.
 * Only `dynamodb-local` needs Java (and checks for it); `endpoint` attaches to a running
 * DynamoDB Local instead of starting one (and leaves watching it to whoever started it).
 */
export async function openEngine(
  engine: Engine,
  paths: LocalPaths,
  options: { endpoint?: string; tableName?: string; onWatch?: (event: WatchEvent) => void } = {},
): Promise<OpenEngine> {
  if (engine === 'sqlite') {
    process.env.STORE = 'sqlite';
    process.env.SQLITE_FILE = paths.sqlite;
    return { engine, banner: `SQLite: ${paths.sqlite}`, file: paths.sqlite, stop: async () => undefined };
  }
  let dynamo: LocalDynamo | undefined;
  // The JVM this process starts is watched: if it dies it is started again on the same port
  // and folder, and the console says so; meanwhile the handlers answer 503 with Retry-After.
  if (!options.endpoint) dynamo = await startDynamoLocal({ dataDir: paths.dynamodb, watch: { onEvent: options.onWatch ?? printWatchEvent } });
  const endpoint = options.endpoint ?? dynamo!.endpoint;
  process.env.STORE = 'dynamodb-local';
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = options.tableName ?? TABLE.defaultName;
  return { engine, banner: `DynamoDB Local: ${endpoint}`, endpoint, ...(dynamo ? { dynamo } : {}), stop: async () => void (await dynamo?.stop()) };
}

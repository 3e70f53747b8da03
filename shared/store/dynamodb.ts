/**
 * The DynamoDB adapter of the store port (port.ts): the only module besides the table's
 * creation that speaks to the AWS SDK. One operation is a single Put/Update/Delete (a lone
 * check a one-item transaction); several are one TransactWriteItems. Conditions become
 * expressions with attribute-name placeholders, so no attribute name is ever a reserved
 * word or needs quoting by a module.
 *
 * Failures as the port names them:
 * - a condition that does not hold → `ConditionFailed` with the indexes of the operations
 *   whose condition failed (from the cancellation reasons of a transaction);
 * - a transaction that lost to a concurrent one (`TransactionConflict`) → retried here with
 *   jittered exponential backoff; still conflicting after `MAX_ATTEMPTS` → `StoreUnavailable`;
 * - no connection, a 5xx, throttling the SDK's own retries did not overcome →
 *   `StoreUnavailable` (the handler answers 503 and the caller retries with its key).
 * Anything else (a malformed request) is a bug and is thrown as the SDK threw it.
 */
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type Condition, ConditionFailed, type Item, type ItemStore, type Key, type QueryInput, StoreUnavailable, type WriteOp } from './port.ts';
import { TABLE } from './table.ts';

export interface DynamoStoreOptions {
  /** DynamoDB Local's address; `DYNAMODB_ENDPOINT` when absent, AWS when neither. */
  readonly endpoint?: string;
  readonly tableName?: string;
  readonly region?: string;
}

/** Attempts of a transaction that keeps losing to concurrent writers. */
export const MAX_ATTEMPTS = 8;
const BATCH = 25; // DynamoDB's limit per BatchWriteItem
const IN_FLIGHT = 4;

// Codes of errors that mean "the database is not there or not working right now".
const UNAVAILABLE_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

/** Whether an SDK error means the database is unreachable or overloaded (not a bug, not a condition). */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { code?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown };
  if (UNAVAILABLE_NAMES.has(e.name)) return true;
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return true;
  if (e instanceof AggregateError && e.errors.some(isUnavailable)) return true;
  return e.cause !== undefined && e.cause !== error && isUnavailable(e.cause);
}

const unavailable = (error: unknown): StoreUnavailable =>
  new StoreUnavailable(`DynamoDB unavailable: ${error instanceof Error ? error.message || error.name : String(error)}`, { cause: error });

/** Placeholders of one expression: `#n0` for names, `:v0` for values. */
class Expression {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private n = 0;
  private v = 0;
  name(attribute: string): string {
    const placeholder = `#n${this.n++}`;
    this.names[placeholder] = attribute;
    return placeholder;
  }
  value(value: unknown): string {
    const placeholder = `:v${this.v++}`;
    this.values[placeholder] = value;
    return placeholder;
  }
  /** The names and values for a command, leaving out empty maps (DynamoDB refuses them). */
  attributes(): { ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Record<string, unknown> } {
    return {
      ...(this.n > 0 ? { ExpressionAttributeNames: this.names } : {}),
      ...(this.v > 0 ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}

/** A port condition as a DynamoDB condition expression. */
export function conditionExpression(condition: Condition, x: Expression): string {
  switch (condition.kind) {
    case 'absent':
      return `attribute_not_exists(${x.name(TABLE.partitionKey)})`;
    case 'present':
      return `attribute_exists(${x.name(TABLE.partitionKey)})`;
    case 'missing':
      return `attribute_not_exists(${x.name(condition.attribute)})`;
    case 'equals':
      return `${x.name(condition.attribute)} = ${x.value(condition.value)}`;
    case 'at-most': {
      const name = x.name(condition.attribute);
      return `(attribute_not_exists(${name}) OR ${name} <= ${x.value(condition.value)})`;
    }
    case 'present-and-below': {
      const name = x.name(condition.attribute);
      return `(attribute_exists(${x.name(TABLE.partitionKey)}) AND (attribute_not_exists(${name}) OR ${name} < ${x.value(condition.value)}))`;
    }
  }
}

/** A transaction item (`Put`, `Update`, `Delete` or `ConditionCheck`) in document-client form. */
export type Native = Readonly<Partial<Record<'Put' | 'Update' | 'Delete' | 'ConditionCheck', Record<string, unknown>>>>;

const keyOf = (key: Key): Record<string, string> => ({ pk: key.pk, sk: key.sk });

/** One port operation as a transaction item (the single-operation commands take the same fields). */
export function nativeOp(tableName: string, op: WriteOp): Native {
  const x = new Expression();
  const condition = op.condition ? { ConditionExpression: conditionExpression(op.condition, x) } : {};
  switch (op.op) {
    case 'put':
      return { Put: { TableName: tableName, Item: { ...op.item }, ...condition, ...x.attributes() } } as Native;
    case 'delete':
      return { Delete: { TableName: tableName, Key: keyOf(op.key), ...condition, ...x.attributes() } } as Native;
    case 'check':
      return { ConditionCheck: { TableName: tableName, Key: keyOf(op.key), ...condition, ...x.attributes() } } as Native;
    case 'update': {
      const sets = Object.entries(op.set ?? {})
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => `${x.name(name)} = ${x.value(value)}`);
      const adds = Object.entries(op.add ?? {}).map(([name, amount]) => `${x.name(name)} ${x.value(amount)}`);
      const removes = (op.remove ?? []).map((name) => x.name(name));
      const clauses = [sets.length ? `SET ${sets.join(', ')}` : '', adds.length ? `ADD ${adds.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : ''];
      const expression = clauses.filter(Boolean).join(' ');
      if (!expression) throw new RangeError(`an update of ${op.key.pk} / ${op.key.sk} changes nothing`);
      return { Update: { TableName: tableName, Key: keyOf(op.key), UpdateExpression: expression, ...condition, ...x.attributes() } } as Native;
    }
  }
}

const pause = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 10 * 2 ** attempt)));

export class DynamoStore implements ItemStore {
  readonly engine = 'dynamodb' as const;
  /** How many times a transaction was retried after a conflict (for tests and the benchmark). */
  conflictRetries = 0;
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.doc = doc;
    this.tableName = tableName;
  }

  private async send<T>(command: unknown): Promise<T> {
    try {
      return (await this.doc.send(command as never)) as T;
    } catch (error) {
      if (isUnavailable(error)) throw unavailable(error);
      throw error;
    }
  }

  async get(key: Key): Promise<Item | undefined> {
    const { Item } = await this.send<{ Item?: Item }>(new GetCommand({ TableName: this.tableName, Key: keyOf(key), ConsistentRead: true }));
    return Item;
  }

  async query(input: QueryInput): Promise<Item[]> {
    const index = input.index === undefined ? undefined : TABLE.globalIndexes.find((i) => i.indexName === input.index);
    if (input.index !== undefined && !index) throw new Error(`no global index ${input.index} in TABLE`);
    const x = new Expression();
    const pkName = x.name(index?.partitionKey ?? TABLE.partitionKey);
    let condition = `${pkName} = ${x.value(input.pk)}`;
    if (input.skPrefix !== undefined && input.skPrefix !== '') {
      condition += ` AND begins_with(${x.name(index?.sortKey ?? TABLE.sortKey)}, ${x.value(input.skPrefix)})`;
    }
    const projection = input.attributes
      ? { ProjectionExpression: [TABLE.partitionKey, TABLE.sortKey, ...input.attributes].map((a) => x.name(a)).join(', ') }
      : {};
    const items: Item[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.send<{ Items?: Item[]; LastEvaluatedKey?: Record<string, unknown> }>(
        new QueryCommand({
          TableName: this.tableName,
          ...(index ? { IndexName: index.indexName } : { ConsistentRead: true }),
          KeyConditionExpression: condition,
          ...projection,
          ...x.attributes(),
          ScanIndexForward: !input.descending,
          ...(input.limit !== undefined ? { Limit: input.limit - items.length } : {}),
          ExclusiveStartKey,
        }),
      );
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey && (input.limit === undefined || items.length < input.limit));
    return items;
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    if (ops.length > 100) throw new RangeError(`a write takes at most 100 operations, not ${ops.length}`);
    const natives = ops.map((op) => nativeOp(this.tableName, op));
    for (let attempt = 1; ; attempt++) {
      try {
        await this.doc.send(this.command(natives) as never);
        return;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new ConditionFailed([0]);
        let conflict = error instanceof TransactionConflictException;
        if (error instanceof TransactionCanceledException) {
          const reasons = error.CancellationReasons ?? [];
          const failed = reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [i] : []));
          if (failed.length > 0) throw new ConditionFailed(failed);
          conflict = reasons.some((r) => r.Code === 'TransactionConflict');
          if (!conflict && reasons.some((r) => r.Code === 'ThrottlingError' || r.Code === 'ProvisionedThroughputExceeded')) throw unavailable(error);
        }
        if (isUnavailable(error)) throw unavailable(error);
        if (!conflict) throw error;
        if (attempt >= MAX_ATTEMPTS) throw unavailable(error);
        this.conflictRetries++;
        await pause(attempt);
      }
    }
  }

  private command(natives: readonly Native[]) {
    const [only] = natives;
    if (natives.length === 1 && only && !only.ConditionCheck) {
      if (only.Put) return new PutCommand(only.Put as never);
      if (only.Update) return new UpdateCommand(only.Update as never);
      return new DeleteCommand(only.Delete as never);
    }
    return new TransactWriteCommand({ TransactItems: natives as never });
  }

  async putMany(items: readonly Item[], onProgress?: (written: number, total: number) => void): Promise<void> {
    const batches: Item[][] = [];
    for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
    let next = 0;
    let written = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        await this.writeBatch(batch);
        written += batch.length;
        onProgress?.(written, items.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batches.length) }, worker));
  }

  private async writeBatch(batch: readonly Item[]): Promise<void> {
    let requests = batch.map((Item) => ({ PutRequest: { Item: { ...Item } } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 10) throw new StoreUnavailable(`${requests.length} items stayed unprocessed after ${attempt} attempts`);
      if (attempt > 0) await pause(attempt + 2);
      const { UnprocessedItems } = await this.send<{ UnprocessedItems?: Record<string, typeof requests> }>(
        new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
      );
      requests = UnprocessedItems?.[this.tableName] ?? [];
    }
  }
}

/** A DynamoDB store from options or the environment (`DYNAMODB_ENDPOINT`, `TABLE_NAME`, `AWS_REGION`). */
export function createDynamoStore(options: DynamoStoreOptions = {}): DynamoStore {
  const endpoint = options.endpoint ?? process.env.DYNAMODB_ENDPOINT;
  const client = new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? 'cn-north-1',
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 5 } : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return new DynamoStore(doc, options.tableName ?? process.env.TABLE_NAME ?? TABLE.defaultName);
}

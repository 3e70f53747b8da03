/**
 * The DynamoDB document client, created once per module (per Lambda container), and the
 * table name. Locally `DYNAMODB_ENDPOINT` points at DynamoDB Local.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE } from './table.ts';

export interface Store {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

export interface StoreOptions {
  readonly endpoint?: string;
  readonly tableName?: string;
  readonly region?: string;
}

export function createStore(options: StoreOptions = {}): Store {
  const endpoint = options.endpoint ?? process.env.DYNAMODB_ENDPOINT;
  const client = new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? 'cn-north-1',
    ...(endpoint
      ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 5 }
      : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { doc, tableName: options.tableName ?? process.env.TABLE_NAME ?? TABLE.defaultName };
}

let shared: Store | undefined;
/** The store of this process, from the environment; handlers use this one. */
export const defaultStore = (): Store => (shared ??= createStore());

/** Creates the table locally from the one definition in table.ts (CDK builds it in AWS). */
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoStore } from './dynamodb.ts';
import type { ItemStore } from './port.ts';
import { TABLE } from './table.ts';

/**
 * Makes sure the store's table exists. Only DynamoDB needs it done from outside: an
 * engine that creates its own schema when opened (SQLite) has nothing to do here.
 */
export async function ensureTable(store: ItemStore): Promise<'created' | 'existing'> {
  if (!(store instanceof DynamoStore)) return 'existing';
  return createDynamoTable(store);
}

async function createDynamoTable(store: DynamoStore): Promise<'created' | 'existing'> {
  const attributes = new Set<string>([TABLE.partitionKey, TABLE.sortKey]);
  for (const index of TABLE.globalIndexes) attributes.add(index.partitionKey).add(index.sortKey);
  try {
    await store.doc.send(
      new CreateTableCommand({
        TableName: store.tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: TABLE.globalIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    await refuseEarlierLayout(store);
    return 'existing';
  }
  await store.doc.send(
    new UpdateTimeToLiveCommand({
      TableName: store.tableName,
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
    }),
  );
  const { Table } = await store.doc.send(new DescribeTableCommand({ TableName: store.tableName }));
  if (Table?.TableStatus !== 'ACTIVE') throw new Error(`table ${store.tableName} is ${Table?.TableStatus}`);
  return 'created';
}

/** A table whose global indexes are not TABLE's was written by an earlier version. */
export class EarlierLayout extends Error {
  constructor(tableName: string, found: readonly string[]) {
    super(
      `表 ${tableName} 由旧版本创建（索引 ${found.join(', ') || '无'}），数据布局已变，无法沿用：请删除 .data/ 目录后重新运行 npm start（将重新载入示范中心）。\n` +
        `Table ${tableName} was written by an earlier version (indexes ${found.join(', ') || 'none'}); the data layout has changed and it cannot be used: delete the .data/ folder and run npm start again (the demo center is loaded afresh).`,
    );
    this.name = 'EarlierLayout';
  }
}

async function refuseEarlierLayout(store: DynamoStore): Promise<void> {
  const { Table } = await store.doc.send(new DescribeTableCommand({ TableName: store.tableName }));
  const found = (Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName ?? '').sort();
  const wanted = TABLE.globalIndexes.map((i) => i.indexName as string).sort();
  if (found.join() !== wanted.join()) throw new EarlierLayout(store.tableName, found);
}

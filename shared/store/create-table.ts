/** Creates the table locally from the one definition in table.ts (CDK builds it in AWS). */
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { Store } from './client.ts';
import { TABLE } from './table.ts';

export async function ensureTable(store: Store): Promise<'created' | 'existing'> {
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
    if (error instanceof ResourceInUseException) return 'existing';
    throw error;
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

import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE } from '../../shared/store/table.ts';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/** The one table, built from the same definition the local runtime uses (shared/store/table.ts). */
export class Data extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: stringKey(TABLE.partitionKey),
      sortKey: stringKey(TABLE.sortKey),
      globalSecondaryIndexes: TABLE.globalIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
      })),
      // Idempotency keys only need to outlive client retries; DynamoDB deletes them after expiresAt.
      timeToLiveAttribute: TABLE.ttlAttribute,
      // Keys of every change: what tells the site's build that a published document changed.
      dynamoStream: StreamViewType.KEYS_ONLY,
      // Traffic comes in bursts (office hours, month-end runs) and is small: pay per request.
      billing: Billing.onDemand(),
      // Records are the evidence behind published honor boards: restorable to any second of 35 days...
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // ...and neither a stack update nor a console click can drop the table.
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}

import { Stack } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnPipe } from 'aws-cdk-lib/aws-pipes';
import { Construct } from 'constructs';
import { PUBLISHED_PK_SUFFIX } from '../../shared/store/keys.ts';

/** What the site's build listens for on the bus. */
export const SITE_EVENT = { source: 'honor-board', detailType: 'Published documents changed' } as const;

/**
 * Publishing → site regeneration: every write of a published document (a month's results,
 * a notice, a final list, the plaque's history) leaves its key on the table's stream; a pipe
 * passes those — and only those — to an event bus as `SITE_EVENT`, where the site's build
 * (CodeBuild, or any target) is routed with one rule. Writers need no client for it.
 */
export class Publishing extends Construct {
  readonly bus: EventBus;
  readonly pipe: CfnPipe;

  constructor(scope: Construct, id: string, props: { readonly table: TableV2 }) {
    super(scope, id);
    this.bus = new EventBus(this, 'Bus', { description: 'Honor board: published documents changed; route the site build here' });
    const streamArn = props.table.tableStreamArn;
    if (!streamArn) throw new Error('the table needs its stream for the site’s regeneration');

    const role = new Role(this, 'PipeRole', {
      assumedBy: new ServicePrincipal('pipes.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }),
    });
    role.addToPolicy(
      new PolicyStatement({ actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'], resources: [streamArn] }),
    );
    this.bus.grantPutEventsTo(role);

    this.pipe = new CfnPipe(this, 'Pipe', {
      roleArn: role.roleArn,
      source: streamArn,
      sourceParameters: {
        dynamoDbStreamParameters: {
          startingPosition: 'LATEST',
          // A burst of documents (a month's publish) becomes one event per batch, not one per item.
          batchSize: 100,
          maximumBatchingWindowInSeconds: 30,
          maximumRetryAttempts: 3,
        },
        filterCriteria: {
          filters: [{ pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ suffix: PUBLISHED_PK_SUFFIX }] } } } }) }],
        },
      },
      target: this.bus.eventBusArn,
      targetParameters: {
        eventBridgeEventBusParameters: { source: SITE_EVENT.source, detailType: SITE_EVENT.detailType },
        // The partition key names the center: `C#{center}#PUB`.
        inputTemplate: '{"partition": "<$.dynamodb.Keys.pk.S>", "event": "<$.eventName>"}',
      },
    });
  }
}

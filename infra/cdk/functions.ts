import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, type CfnElement, DockerImage, Duration, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FunctionName } from '../../shared/core/api/routes.ts';
import { FACT_PARTITIONS_LIKE } from '../../shared/store/keys.ts';
import { logGroup } from './logs.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface FunctionSettings {
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /**
   * The DynamoDB actions the function's store calls make, on the table and its indexes.
   * Scan and DeleteItem are never granted: reads go by key (ARCHITECTURE.md, Data) and records
   * are append-only (DOMAIN.md §3).
   */
  readonly tableActions: readonly string[];
  /**
   * May delete fact items, and only those (a condition on the partition key): a correction
   * takes its record's facts back, and a table an earlier version wrote has its facts rekeyed.
   */
  readonly deletesFacts?: true;
}


/** Every Lambda of the system, by the name of its entry file under functions/. */
const FUNCTIONS = {
  'submit-record': {
    description: 'Intake: validates a record and appends it with its aggregates in one transaction',
    memorySize: 512,
    // An HTTP API waits at most 30 s; a single transaction needs well under a second.
    timeout: Duration.seconds(10),
    // appendRecord: a TransactWriteItems of Put (record, facts, slots), ConditionCheck
    // (window), Update (aggregates, quotas, supersession mark) and, for a correction, Delete
    // (the facts of the record it corrects); GetItem to replay an earlier answer and to find
    // a record by id; Query for the center's officers, complaint steps and notices.
    tableActions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'ConditionCheckItem'],
    deletesFacts: true,
  },
  'read-records': {
    description: 'Reads: a window’s records, the audit trail, the complaint report, the API contract',
    memorySize: 512,
    timeout: Duration.seconds(10),
    // listWindowMonthRecords, listAuditForDay, listAggregatesForMonth, listSlots and the
    // center's rulebooks (Query), its calendar overrides (GetItem); nothing is written.
    tableActions: ['GetItem', 'Query'],
  },
  'manage-center': {
    description: 'Administration: center, windows, officers, rulebook versions, calendar overrides',
    memorySize: 512,
    timeout: Duration.seconds(10),
    // putSetting: a TransactWriteItems of Put (setting, audit line), conditional for rulebooks.
    tableActions: ['PutItem', 'ConditionCheckItem'],
  },
  'run-scores': {
    description: 'Scheduled score run: reads aggregates, writes results and publishes the lists',
    memorySize: 1024,
    // A scheduled run takes every listed center in turn: Lambda's longest, room for some 50
    // centers' quarter at the benchmark's 15 s each (at M); a province needs a run per center
    // (README, Deploy to AWS, Scheduled jobs).
    timeout: Duration.minutes(15),
    // getCenter and getRunMarker (GetItem), listWindows and listAggregatesForMonth (Query),
    // putPeriodResults (BatchWriteItem), putPublished (PutItem); a table an earlier version
    // wrote has its facts rekeyed once (fact-layout.ts: transactions of Put and Delete).
    tableActions: ['GetItem', 'Query', 'BatchWriteItem', 'PutItem'],
    deletesFacts: true,
  },
  'manage-selections': {
    description: 'Selections: candidates, ranking, panel decisions, amendments, notices, objections',
    memorySize: 1024,
    // An act may gather a period's facts (a year of aggregates) before it answers.
    timeout: Duration.seconds(29),
    // getSelection/listSelections, settings, aggregates and results (Query, GetItem);
    // saveSelection (conditional PutItem), putNotice and putPublished (PutItem).
    tableActions: ['GetItem', 'Query', 'PutItem'],
  },
  'run-selections': {
    description: 'Scheduled daily tick: opens due selections, advances those whose deadline passed, publishes',
    memorySize: 1024,
    // Every listed center in turn, as run-scores.
    timeout: Duration.minutes(15),
    tableActions: ['GetItem', 'Query', 'PutItem'],
  },
  'read-roster': {
    description: 'Console reads: officers and windows for pickers, finding codes, the to-do list, an officer’s own standing',
    memorySize: 1024,
    // An officer's standing gathers the current periods' selection facts (a year of aggregates), as a selection does.
    timeout: Duration.seconds(29),
    // listOfficers, listWindows, rulebooks, selections, flags, facts, results and aggregates (Query); calendar overrides and aggregates (GetItem).
    tableActions: ['GetItem', 'Query'],
  },
  'manage-imports': {
    description: 'Spreadsheet imports: preview every row, then append each as intake does',
    memorySize: 1024,
    // A month's sheet of one window is a few hundred rows, each one transaction.
    timeout: Duration.seconds(29),
    // appendRecord per row (TransactWriteItems of Put, ConditionCheck, Update and a correction's Delete of facts; GetItem to replay), the roster (Query).
    tableActions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'ConditionCheckItem'],
    deletesFacts: true,
  },
  'read-exports': {
    description: 'Spreadsheet exports: window and officer scores, a selection’s candidate sheet, the yearly assessment',
    memorySize: 1024,
    timeout: Duration.seconds(29),
    // The roster, results, selections and rulebooks (Query), the center (GetItem).
    tableActions: ['GetItem', 'Query'],
  },
} satisfies Record<FunctionName | 'run-scores' | 'run-selections', FunctionSettings>;

type LambdaName = keyof typeof FUNCTIONS;
export type LambdaFunctions = Record<LambdaName, LambdaFunction>;

/**
 * A function's code: its entry bundled on this machine by esbuild's JS API (bundle-lambda.mjs:
 * ES module, minified, source map, the AWS SDK inside, zod with its English locale
 * only), as NodejsFunction would but with the plugin its CLI bundling cannot take. No Docker,
 * the same result offline; the asset is hashed by its output.
 */
function bundledCode(entry: string): Code {
  return Code.fromAsset(PROJECT_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: local bundling always succeeds or fails the synth.
      image: DockerImage.fromRegistry('local-bundling-only'),
      // What bundles it, per entry: the bundling options are also the key CDK caches a bundle under.
      command: ['node', 'infra/cdk/bundle-lambda.mjs', relative(PROJECT_ROOT, entry), '/asset-output'],
      local: {
        tryBundle(outputDir: string): boolean {
          const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'infra/cdk/bundle-lambda.mjs'), entry, outputDir], {
            cwd: PROJECT_ROOT,
            stdio: ['ignore', 'inherit', 'inherit'],
          });
          if (result.status !== 0) throw new Error(`bundling ${entry} failed (exit ${result.status})`);
          return true;
        },
      },
    },
  });
}

/** The Lambdas, each bundled from its entry file with esbuild, with its own role and an error alarm. */
export class Functions extends Construct {
  readonly byName: LambdaFunctions;

  constructor(scope: Construct, id: string, props: { readonly table: TableV2 }) {
    super(scope, id);
    const tableId = Stack.of(this).getLogicalId(props.table.node.defaultChild as CfnElement);
    const build = (name: LambdaName, settings: FunctionSettings): LambdaFunction => {
      const logs = logGroup(this, `${name}-logs`);
      // A role of its own rather than AWSLambdaBasicExecutionRole, which may write to every log group.
      const role = new Role(this, `${name}-role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
      logs.grantWrite(role);
      role.addToPolicy(
        new PolicyStatement({
          actions: settings.tableActions.map((action) => `dynamodb:${action}`),
          // Records are listed through the global indexes (window-month, center-month, audit day).
          resources: [props.table.tableArn, `${props.table.tableArn}/index/*`],
        }),
      );
      if (settings.deletesFacts) {
        role.addToPolicy(
          new PolicyStatement({
            actions: ['dynamodb:DeleteItem'],
            resources: [props.table.tableArn],
            conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [FACT_PARTITIONS_LIKE] } },
          }),
        );
      }
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${tableId}.Arn>/index/*]`,
        reason: 'The wildcard is the global indexes of this one table (window-month, center-month, audit day), which records are listed through; an index takes no writes.',
      });

      const fn = new LambdaFunction(this, name, {
        code: bundledCode(join(PROJECT_ROOT, 'functions', `${name}.ts`)),
        handler: 'index.handler',
        description: settings.description,
        // The same Node major as development and tests (ARCHITECTURE.md, toolchain).
        runtime: Runtime.NODEJS_24_X,
        // Graviton: about 20 % cheaper per GB-second than x86, and nothing here is native code.
        architecture: Architecture.ARM_64,
        memorySize: settings.memorySize,
        timeout: settings.timeout,
        role,
        logGroup: logs,
        // No --enable-source-maps: it parses the whole map at every cold start; the bundle
        // maps its stack traces itself, lazily (infra/cdk/source-mapped-stacks.mjs).
        environment: { TABLE_NAME: props.table.tableName },
      });

      new Alarm(this, `${name}-errors`, {
        alarmDescription: `${name} failed (unhandled error or timeout)`,
        metric: fn.metricErrors({ period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      new Alarm(this, `${name}-throttles`, {
        alarmDescription: `${name} was throttled (the account's concurrency is used up)`,
        metric: fn.metricThrottles({ period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      return fn;
    };
    const names = Object.keys(FUNCTIONS) as LambdaName[];
    this.byName = Object.fromEntries(names.map((name) => [name, build(name, FUNCTIONS[name])])) as LambdaFunctions;
  }
}

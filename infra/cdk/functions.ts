import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import type { FunctionName } from '../../functions/routes.ts';
import { logGroup } from './logs.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface FunctionSettings {
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /**
   * The DynamoDB actions the function's store calls make, on the table itself (no index yet).
   * Scan and DeleteItem are never granted: reads go by key (ARCHITECTURE.md, Data) and records
   * are append-only (DOMAIN.md §3).
   */
  readonly tableActions: readonly string[];
  /** Extra esbuild arguments for this function's bundle. */
  readonly esbuildArgs?: Readonly<Record<string, string[]>>;
}

/**
 * For the functions that read or write spreadsheets: Node's own stream module in place of
 * its copy (readable-stream), and stand-ins for exceljs's CSV dependencies, which the
 * bundle loads but never calls (infra/cdk/stubs/README.md) — within the 1 MB budget.
 */
const SHEET_BUNDLING = {
  '--alias': [
    'readable-stream=stream',
    `fast-csv=${join(PROJECT_ROOT, 'infra/cdk/stubs/fast-csv.js')}`,
    `dayjs=${join(PROJECT_ROOT, 'infra/cdk/stubs/dayjs')}`,
  ],
};

/** Every Lambda of the system, by the name of its entry file under functions/. */
const FUNCTIONS = {
  'submit-record': {
    description: 'Intake: validates a record and appends it with its aggregates in one transaction',
    memorySize: 512,
    // An HTTP API waits at most 30 s; a single transaction needs well under a second.
    timeout: Duration.seconds(10),
    // appendRecord: a TransactWriteItems of Put (record, index, audit, idempotency item,
    // supersession mark, slots), ConditionCheck (window) and Update (aggregates, quotas);
    // GetItem to replay an earlier answer and to find a record by id; Query for the center's
    // officers, complaint steps and notices.
    tableActions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'ConditionCheckItem'],
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
    timeout: Duration.minutes(5),
    // getCenter and getRunMarker (GetItem), listWindows and listAggregatesForMonth (Query),
    // putPeriodResults (BatchWriteItem), putPublished (PutItem).
    tableActions: ['GetItem', 'Query', 'BatchWriteItem', 'PutItem'],
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
    timeout: Duration.minutes(5),
    tableActions: ['GetItem', 'Query', 'PutItem'],
  },
  'read-roster': {
    description: 'Console reads: officers and windows for pickers, the rulebook’s finding codes',
    memorySize: 512,
    timeout: Duration.seconds(10),
    // listOfficers, listWindows and the center's rulebooks (Query), calendar overrides (GetItem).
    tableActions: ['GetItem', 'Query'],
  },
  'manage-imports': {
    description: 'Spreadsheet imports: preview every row, then append each as intake does',
    memorySize: 1024,
    // A month's sheet of one window is a few hundred rows, each one transaction.
    timeout: Duration.seconds(29),
    // appendRecord per row (TransactWriteItems of Put, ConditionCheck, Update; GetItem to replay), the roster (Query).
    tableActions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'ConditionCheckItem'],
    esbuildArgs: SHEET_BUNDLING,
  },
  'read-exports': {
    description: 'Spreadsheet exports: window scores of a month, a selection’s candidate sheet',
    memorySize: 1024,
    timeout: Duration.seconds(29),
    // The roster, results, selections and rulebooks (Query), the center (GetItem).
    tableActions: ['GetItem', 'Query'],
    esbuildArgs: SHEET_BUNDLING,
  },
} satisfies Record<FunctionName | 'run-scores' | 'run-selections', FunctionSettings>;

type LambdaName = keyof typeof FUNCTIONS;
export type LambdaFunctions = Record<LambdaName, NodejsFunction>;

/** The Lambdas, each bundled from its entry file with esbuild, with its own role and an error alarm. */
export class Functions extends Construct {
  readonly byName: LambdaFunctions;

  constructor(scope: Construct, id: string, props: { readonly table: TableV2 }) {
    super(scope, id);
    const build = (name: LambdaName, settings: FunctionSettings): NodejsFunction => {
      const logs = logGroup(this, `${name}-logs`);
      // A role of its own rather than AWSLambdaBasicExecutionRole, which may write to every log group.
      const role = new Role(this, `${name}-role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
      logs.grantWrite(role);
      role.addToPolicy(
        new PolicyStatement({
          actions: settings.tableActions.map((action) => `dynamodb:${action}`),
          resources: [props.table.tableArn],
        }),
      );

      const fn = new NodejsFunction(this, name, {
        entry: join(PROJECT_ROOT, 'functions', `${name}.ts`),
        handler: 'handler',
        description: settings.description,
        // The same Node major as development and tests (ARCHITECTURE.md, toolchain).
        runtime: Runtime.NODEJS_24_X,
        // Graviton: about 20 % cheaper per GB-second than x86, and nothing here is native code.
        architecture: Architecture.ARM_64,
        memorySize: settings.memorySize,
        timeout: settings.timeout,
        role,
        logGroup: logs,
        environment: {
          TABLE_NAME: props.table.tableName,
          // Stack traces point at the TypeScript source through the bundled source maps.
          NODE_OPTIONS: '--enable-source-maps',
        },
        projectRoot: PROJECT_ROOT,
        depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
        bundling: {
          // The repo's esbuild bundles on this machine: no Docker, same result offline.
          forceDockerBundling: false,
          // The code is ES modules and Node 24 runs them natively; ESM builds of dependencies tree-shake better.
          format: OutputFormat.ESM,
          mainFields: ['module', 'main'],
          // Bundled CommonJS dependencies call require(), which an ES module lacks: provide it.
          banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
          // nodejs24.x ships AWS SDK v3; leaving it out keeps the bundle far below the 1 MB budget.
          bundleAwsSDK: false,
          // Small bundles start fast; the source maps keep stack traces readable.
          minify: true,
          sourceMap: true,
          sourcesContent: false,
          // Error messages carry Chinese text: keep it as UTF-8 rather than \u escapes.
          charset: Charset.UTF8,
          ...(settings.esbuildArgs ? { esbuildArgs: { ...settings.esbuildArgs } } : {}),
        },
      });

      new Alarm(this, `${name}-errors`, {
        alarmDescription: `${name} failed (unhandled error or timeout)`,
        metric: fn.metricErrors({ period: Duration.minutes(5) }),
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

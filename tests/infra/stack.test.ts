/**
 * The CDK stack's template, built in-process without bundling (the bundles have their own
 * test in bundling.test.ts): every fact is checked against the definition it must come from
 * (TABLE, ROUTES, ROLES), and cdk-nag's AWS Solutions rules must pass.
 */
import { readFileSync } from 'node:fs';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { ROUTES, type RouteDefinition, routeKey } from '../../functions/routes.ts';
import { HonorBoardStack } from '../../infra/cdk/honor-board-stack.ts';
import { SITE_EVENT } from '../../infra/cdk/publishing.ts';
import { DEVICE_SCOPE, ROLES } from '../../shared/core/roles.ts';
import { TABLE } from '../../shared/store/table.ts';

// The same feature flags `cdk synth` gets from cdk.json; an empty bundling-stacks list skips esbuild.
const { context } = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'));
const app = new App({ context: { ...context, 'aws:cdk:bundling-stacks': [] } });
const stack = new HonorBoardStack(app, 'HonorBoard');
const template = Template.fromStack(stack);

const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as CfnElement);
const tableId = logicalId(stack.data.table);
const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
const functions = Object.entries(stack.functions.byName);

describe('table', () => {
  it('is the one table of shared/store/table.ts: keys, GSI and TTL', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
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
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
    });
  });

  it('is on-demand, point-in-time recoverable, protected from deletion and retained', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    });
  });
});

describe('functions', () => {
  it('are the functions of the route table and the two scheduled jobs, each with an error alarm', () => {
    const expected = [...new Set<string>([...ROUTES.map((r) => r.fn), 'run-scores', 'run-selections'])].sort();
    expect(functions.map(([name]) => name).sort()).toEqual(expected);
    template.resourceCountIs('AWS::Lambda::Function', functions.length);
    for (const [, fn] of functions) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'Errors',
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(fn) } }],
      });
    }
  });

  it.each(functions)('%s runs on nodejs24.x, arm64, with TABLE_NAME and source maps', (_name, fn) => {
    const { Properties } = template.findResources('AWS::Lambda::Function')[logicalId(fn)] ?? {};
    expect(Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Environment: { Variables: { TABLE_NAME: { Ref: tableId }, NODE_OPTIONS: '--enable-source-maps' } },
    });
  });

  it('may touch only the table itself, never Scan or DeleteItem, and use no managed policy', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    // The functions' statements; the site pipe's stream read is checked with the pipe.
    const readsStream = (s: { Action: string | string[] }) => [s.Action].flat().includes('dynamodb:GetRecords');
    const dynamo = statements.filter((s) => [s.Action].flat().some((action) => action.startsWith('dynamodb:')) && !readsStream(s));
    expect(dynamo).toHaveLength(functions.length);
    for (const statement of dynamo) {
      expect(statement.Resource).toEqual(tableArn);
      expect([statement.Action].flat()).not.toEqual(expect.arrayContaining(['dynamodb:Scan']));
      expect([statement.Action].flat()).not.toEqual(expect.arrayContaining(['dynamodb:DeleteItem']));
    }
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('HTTP API', () => {
  const routes: readonly RouteDefinition[] = ROUTES;

  it('has one route per entry of ROUTES', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Route', routes.length);
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
  });

  it.each(routes.map((route) => [routeKey(route), route] as const))(
    '%s reaches its function, behind the JWT authorizer unless public',
    (key, route) => {
      const [found] = Object.values(template.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: key } }));
      const [authorizerId] = Object.keys(template.findResources('AWS::ApiGatewayV2::Authorizer'));
      if (route.roles.includes('public')) expect(found?.Properties.AuthorizerId).toBeUndefined();
      else expect(found?.Properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
      const integrationId = found?.Properties.Target['Fn::Join'][1][1].Ref;
      const integration = template.findResources('AWS::ApiGatewayV2::Integration')[integrationId];
      expect(integration?.Properties.IntegrationUri).toEqual({
        'Fn::GetAtt': [logicalId(stack.functions.byName[route.fn]), 'Arn'],
      });
    },
  );

  it('trusts tokens of the user pool, for the web and the device client', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack.auth.userPool), 'ProviderURL'] }]] },
        Audience: [{ Ref: logicalId(stack.auth.webClient) }, { Ref: logicalId(stack.auth.deviceClient) }],
      },
    });
  });
});

describe('user pool', () => {
  it('has a group per role except public, and the center and window attributes', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup'));
    expect(groups.map((g) => g.Properties.GroupName).sort()).toEqual(ROLES.filter((r) => r !== 'public').sort());
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'center_id', AttributeDataType: 'String', Mutable: true }),
        Match.objectLike({ Name: 'window_id', AttributeDataType: 'String', Mutable: true }),
      ]),
    });
  });

  it('gives devices the client-credentials flow with the evaluation scope', () => {
    const servers = template.findResources('AWS::Cognito::UserPoolResourceServer', {
      Properties: { Identifier: DEVICE_SCOPE.resourceServer, Scopes: [Match.objectLike({ ScopeName: DEVICE_SCOPE.scope })] },
    });
    const [resourceServerId] = Object.keys(servers);
    expect(resourceServerId).toBeDefined();
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: true,
      AllowedOAuthFlows: ['client_credentials'],
      // `<resource server>/<scope>`, the resource server's Ref being its identifier.
      AllowedOAuthScopes: [{ 'Fn::Join': ['', [{ Ref: resourceServerId }, `/${DEVICE_SCOPE.scope}`]] }],
    });
  });

  it('lets no web user rewrite their own center or window', () => {
    const client = template.findResources('AWS::Cognito::UserPoolClient')[logicalId(stack.auth.webClient)];
    expect(client?.Properties.WriteAttributes).toEqual(['name']);
  });
});

describe('score-run and selection-tick schedules', () => {
  // Beijing time; EventBridge cron fields: minute hour day-of-month month day-of-week year.
  const CADENCES = [
    ['daily', 'cron(30 0 * * ? *)', 'run-scores', { period: 'current-month' }],
    ['monthly', 'cron(0 1 1 * ? *)', 'run-scores', { period: 'previous-month' }],
    ['quarterly', 'cron(0 2 1 1,4,7,10 ? *)', 'run-scores', { period: 'previous-quarter' }],
    ['yearly', 'cron(0 3 1 1 ? *)', 'run-scores', { period: 'previous-year' }],
    ['selection tick', 'cron(0 4 * * ? *)', 'run-selections', {}],
  ] as const;
  const arnOf = (name: 'run-scores' | 'run-selections') => ({ 'Fn::GetAtt': [logicalId(stack.functions.byName[name]), 'Arn'] });
  const runScoresArn = arnOf('run-scores');
  const runSelectionsArn = arnOf('run-selections');
  const queueId = logicalId(stack.schedules.deadLetters);
  const queueArn = { 'Fn::GetAtt': [queueId, 'Arn'] };
  const roleId = logicalId(stack.schedules.role);

  it('are one per center and cadence, the demo center by default', () => {
    expect(stack.schedules.centers).toEqual(['demo']);
    template.resourceCountIs('AWS::Scheduler::Schedule', CADENCES.length);
    template.resourceCountIs('AWS::Scheduler::ScheduleGroup', 1);
  });

  it.each(CADENCES)('%s: %s in Asia/Shanghai, invoking %s with %o, with retries and the DLQ', (_cadence, cron, target, input) => {
    const [groupId] = Object.keys(template.findResources('AWS::Scheduler::ScheduleGroup'));
    const found = template.findResources('AWS::Scheduler::Schedule', {
      Properties: {
        ScheduleExpression: cron,
        ScheduleExpressionTimezone: 'Asia/Shanghai',
        FlexibleTimeWindow: { Mode: 'OFF' },
        State: 'ENABLED',
        Target: {
          Arn: arnOf(target),
          RoleArn: { 'Fn::GetAtt': [roleId, 'Arn'] },
          Input: JSON.stringify({ centerId: 'demo', ...input }),
          RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: queueArn },
        },
      },
    });
    expect(Object.values(found)).toHaveLength(1);
    // In the stack's group, created before it.
    expect(Object.values(found)[0]).toMatchObject({ DependsOn: [groupId] });
    expect(Object.values(found)[0]?.Properties.GroupName).toBe(
      template.findResources('AWS::Scheduler::ScheduleGroup')[groupId!]?.Properties.Name,
    );
  });

  it('run as a role the scheduler of this account and group alone assumes, which may only invoke the two jobs and send to the DLQ', () => {
    const [groupId] = Object.keys(template.findResources('AWS::Scheduler::ScheduleGroup'));
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' }, 'aws:SourceArn': { 'Fn::GetAtt': [groupId, 'Arn'] } } },
          },
        ],
      },
    });
    const policies = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }));
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement) as { Action: string; Effect: string; Resource: unknown }[];
    expect(statements.map((s) => `${s.Effect} ${s.Action}`).sort()).toEqual(['Allow lambda:InvokeFunction', 'Allow sqs:SendMessage']);
    // The functions and their versions and aliases (`:*`), nothing else.
    expect(statements.find((s) => s.Action === 'lambda:InvokeFunction')?.Resource).toEqual(
      expect.arrayContaining([runScoresArn, { 'Fn::Join': ['', [runScoresArn, ':*']] }, runSelectionsArn, { 'Fn::Join': ['', [runSelectionsArn, ':*']] }]),
    );
    expect(statements.find((s) => s.Action === 'lambda:InvokeFunction')?.Resource).toHaveLength(4);
    expect(statements.find((s) => s.Action === 'sqs:SendMessage')?.Resource).toEqual(queueArn);
  });

  it('send what fails to an encrypted, TLS-only queue that raises an alarm', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: [Match.objectLike({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })],
      },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it.each(['run-scores', 'run-selections'] as const)('also catch a %s that throws: Lambda retries it twice within the hour, then sends it to the same queue', (name) => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(stack.functions.byName[name]) },
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnFailure: { Destination: queueArn } },
    });
  });

  it('take the centers from the `centers` context value, and refuse an id intake would refuse', () => {
    const withCenters = (centers: unknown) =>
      new HonorBoardStack(new App({ context: { ...context, 'aws:cdk:bundling-stacks': [], centers } }), 'HonorBoard');
    const two = Template.fromStack(withCenters('demo,east'));
    two.resourceCountIs('AWS::Scheduler::Schedule', 2 * CADENCES.length);
    const inputs = Object.values(two.findResources('AWS::Scheduler::Schedule')).map((r) => JSON.parse(r.Properties.Target.Input));
    expect(inputs.map((i) => `${i.centerId} ${i.period ?? 'tick'}`).sort()).toEqual(
      ['demo', 'east'].flatMap((center) => CADENCES.map(([, , , input]) => `${center} ${'period' in input ? input.period : 'tick'}`)).sort(),
    );
    expect(() => withCenters('East Hall')).toThrow(/lower-case letters, digits and hyphens/);
  });
});

describe('site regeneration on publish', () => {
  const busArn = { 'Fn::GetAtt': [logicalId(stack.publishing.bus), 'Arn'] };

  it('streams the table’s keys', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', { StreamSpecification: { StreamViewType: 'KEYS_ONLY' } });
  });

  it('pipes the writes of published documents, and only those, to the site’s event bus', () => {
    const pipes = Object.values(template.findResources('AWS::Pipes::Pipe'));
    expect(pipes).toHaveLength(1);
    const { Properties: pipe } = pipes[0]!;
    expect(JSON.parse(pipe.SourceParameters.FilterCriteria.Filters[0].Pattern)).toEqual({ dynamodb: { Keys: { pk: { S: [{ suffix: '#PUB' }] } } } });
    expect(pipe.Target).toEqual(busArn);
    expect(pipe.TargetParameters.EventBridgeEventBusParameters).toEqual({ Source: SITE_EVENT.source, DetailType: SITE_EVENT.detailType });
    expect(JSON.parse(pipe.TargetParameters.InputTemplate.replace(/"<[^>]+>"/g, '"x"'))).toEqual({ partition: 'x', event: 'x' });
  });

  it('lets the pipe read the stream and put events on the bus, nothing more', () => {
    const role = pipesRole();
    const statements = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: role }] } })).flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    expect(statements.map((s) => s.Action).flat().sort()).toEqual(
      ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams', 'events:PutEvents'].sort(),
    );
    expect(statements.find((s) => s.Action === 'events:PutEvents')?.Resource).toEqual(busArn);
  });

  function pipesRole(): string {
    const [pipe] = Object.values(template.findResources('AWS::Pipes::Pipe'));
    return (pipe!.Properties.RoleArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  }
});

it('outputs the API URL, the table name, the user pool id and the site’s event bus', () => {
  for (const name of ['ApiUrl', 'TableName', 'UserPoolId', 'SiteEventBus']) template.hasOutput(name, {});
});

it('passes the cdk-nag AWS Solutions checks, errors and warnings, or acknowledges them with a reason', () => {
  const report = new AwsSolutionsChecks().validateScope(stack);
  const findings = report.violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => `${violation.ruleName} ${resource.constructPath ?? resource.resourceLogicalId}`),
  );
  expect(findings).toEqual([]);
  expect(report.success).toBe(true);
});

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
import { CALLBACK_PATH, cognitoOrigins } from '../../infra/cdk/auth.ts';
import { EdgeStack, PUBLIC_POST_SUFFIXES, RATE_LIMITS } from '../../infra/cdk/edge-stack.ts';
import { HonorBoardStack, SIGN_IN_SCOPE } from '../../infra/cdk/honor-board-stack.ts';
import { LOG_RETENTION_DAYS } from '../../infra/cdk/logs.ts';
import { ONE_EVENT_PER_BATCH, PUBLISHED_PARTITIONS, SITE_EVENT } from '../../infra/cdk/publishing.ts';
import { ROLES } from '../../shared/core/roles.ts';
import { securityHeaders } from '../../shared/core/security-headers.ts';
import { FACT_PARTITIONS_LIKE, aggregateKey, factPk, flagPk, recordKey, resultKey } from '../../shared/store/keys.ts';
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

  it.each(functions)('%s runs on nodejs24.x, arm64, with TABLE_NAME (stack traces mapped by the bundle, not by --enable-source-maps)', (_name, fn) => {
    const { Properties } = template.findResources('AWS::Lambda::Function')[logicalId(fn)] ?? {};
    expect(Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Environment: { Variables: { TABLE_NAME: { Ref: tableId } } },
    });
  });

  it('may touch only the table itself, never Scan or DeleteItem, and use no managed policy', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown; Condition?: unknown }[],
    );
    // The functions' statements; the pipe's stream read, the site build's Query and the fact deletes are checked with them.
    const readsStream = (s: { Action: string | string[] }) => [s.Action].flat().includes('dynamodb:GetRecords');
    const conditioned = (s: { Condition?: unknown }) => s.Condition !== undefined;
    const dynamo = statements.filter((s) => [s.Action].flat().some((action) => action.startsWith('dynamodb:')) && !readsStream(s) && !conditioned(s));
    expect(dynamo).toHaveLength(functions.length);
    for (const statement of dynamo) {
      // The table and its global indexes (records are listed through them), nothing else.
      expect(statement.Resource).toEqual([tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }]);
      expect([statement.Action].flat()).not.toEqual(expect.arrayContaining(['dynamodb:Scan']));
      expect([statement.Action].flat()).not.toEqual(expect.arrayContaining(['dynamodb:DeleteItem']));
    }
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('lets only intake, imports and the score run delete, and only fact items', () => {
    const deletes = Object.entries(template.findResources('AWS::IAM::Policy')).flatMap(([id, policy]) =>
      (policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown; Condition?: unknown }[])
        .filter((s) => [s.Action].flat().includes('dynamodb:DeleteItem'))
        .map((statement) => ({ id, statement })),
    );
    expect(deletes.map(({ id }) => id.replace(/role.*$/, '')).sort()).toEqual(['Functionsmanageimports', 'Functionsrunscores', 'Functionssubmitrecord']);
    for (const { statement } of deletes) {
      expect(statement).toEqual({
        Action: 'dynamodb:DeleteItem',
        Effect: 'Allow',
        Resource: tableArn,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [FACT_PARTITIONS_LIKE] } },
      });
    }
    // The pattern takes every fact partition and no other kind of item.
    const like = new RegExp(`^${FACT_PARTITIONS_LIKE.replace(/[*?]/g, (c) => (c === '*' ? '.*' : '.'))}$`);
    expect(like.test(factPk('demo', '2026-10'))).toBe(true);
    for (const other of [recordKey('demo', 'r-1'), aggregateKey('demo', '2026-10', 'W#w01'), resultKey('demo', '2026-10', 'MS#W#w01'), { pk: flagPk('demo', '2026-10') }]) {
      expect(like.test(other.pk)).toBe(false);
    }
  });
});

describe('HTTP API', () => {
  const routes: readonly RouteDefinition[] = ROUTES;
  const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');
  const authorizerFor = (pool: CfnElement['node']['scope'] & object, client: object) =>
    Object.entries(authorizers).find(([, a]) =>
      JSON.stringify(a.Properties.JwtConfiguration) ===
      JSON.stringify({
        Audience: [{ Ref: logicalId(client as never) }],
        Issuer: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(pool as never), 'ProviderURL'] }]] },
      }),
    )?.[0];
  const staffAuthorizer = authorizerFor(stack.auth.userPool, stack.auth.webClient);
  const deviceAuthorizer = authorizerFor(stack.auth.devicePool, stack.auth.deviceClient);

  it('has one route per entry of ROUTES, and two JWT authorizers: the staff pool’s web client, the device pool’s device client', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Route', routes.length);
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 2);
    expect(staffAuthorizer).toBeDefined();
    expect(deviceAuthorizer).toBeDefined();
    for (const authorizer of Object.values(authorizers)) {
      expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] });
    }
  });

  it.each(routes.map((route) => [routeKey(route), route] as const))(
    '%s reaches its function, behind its pool’s authorizer unless public',
    (key, route) => {
      const [found] = Object.values(template.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: key } }));
      if (route.roles.includes('public')) expect(found?.Properties.AuthorizerId).toBeUndefined();
      else {
        const authorizer = route.roles.includes('device') ? deviceAuthorizer : staffAuthorizer;
        expect(found?.Properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizer } });
      }
      const integrationId = found?.Properties.Target['Fn::Join'][1][1].Ref;
      const integration = template.findResources('AWS::ApiGatewayV2::Integration')[integrationId];
      expect(integration?.Properties.IntegrationUri).toEqual({
        'Fn::GetAtt': [logicalId(stack.functions.byName[route.fn]), 'Arn'],
      });
    },
  );
});

describe('staff sign-in', () => {
  const distributionDomain = { 'Fn::GetAtt': [logicalId(stack.site.distribution), 'DomainName'] };

  it('has a group per role of a person, and the center and window attributes', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup', { Properties: { UserPoolId: { Ref: logicalId(stack.auth.userPool) } } }));
    expect(groups.map((g) => g.Properties.GroupName).sort()).toEqual(ROLES.filter((r) => r !== 'public' && r !== 'device').sort());
    const pool = template.findResources('AWS::Cognito::UserPool')[logicalId(stack.auth.userPool)]!.Properties;
    expect(pool.Schema).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Name: 'center_id', AttributeDataType: 'String' }),
        expect.objectContaining({ Name: 'window_id', AttributeDataType: 'String' }),
      ]),
    );
    // People need a second factor, and only an admin creates them.
    expect(pool).toMatchObject({ MfaConfiguration: 'ON', EnabledMfas: ['SOFTWARE_TOKEN_MFA'], AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
  });

  it('signs in on the managed login with the authorization code (PKCE is the public client’s), back to the site’s callback', () => {
    const client = template.findResources('AWS::Cognito::UserPoolClient')[logicalId(stack.auth.webClient)]!.Properties;
    expect(client).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: SIGN_IN_SCOPE.split(' '),
      CallbackURLs: [{ 'Fn::Join': ['', ['https://', distributionDomain, CALLBACK_PATH]] }],
      SupportedIdentityProviders: ['COGNITO'],
      // Center and window decide what a user may write, so only an admin may change them.
      WriteAttributes: ['name'],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { UserPoolId: { Ref: logicalId(stack.auth.userPool) }, ManagedLoginVersion: 2 });
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', {
      UserPoolId: { Ref: logicalId(stack.auth.userPool) },
      ClientId: { Ref: logicalId(stack.auth.webClient) },
    });
  });

  it('tells the site where to sign in: the build writes the pool’s issuer and the web client into /auth/config.json', () => {
    const project = template.findResources('AWS::CodeBuild::Project')[logicalId(stack.publishing.project)]!.Properties;
    const env = Object.fromEntries(project.Environment.EnvironmentVariables.map((v: { Name: string; Value: unknown }) => [v.Name, v.Value]));
    expect(env).toMatchObject({
      AUTH_ISSUER: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack.auth.userPool), 'ProviderURL'] }]] },
      AUTH_CLIENT_ID: { Ref: logicalId(stack.auth.webClient) },
      AUTH_SCOPE: SIGN_IN_SCOPE,
    });
  });
});

describe('devices', () => {
  it('are users of a pool of their own: created by an admin, in the device group, with center and window only an admin sets', () => {
    const pool = template.findResources('AWS::Cognito::UserPool')[logicalId(stack.auth.devicePool)]!.Properties;
    expect(pool).toMatchObject({ MfaConfiguration: 'OFF', AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
    expect(pool.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(32);
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup', { Properties: { UserPoolId: { Ref: logicalId(stack.auth.devicePool) } } }));
    expect(groups.map((g) => g.Properties.GroupName)).toEqual(['device']);
    const client = template.findResources('AWS::Cognito::UserPoolClient')[logicalId(stack.auth.deviceClient)]!.Properties;
    expect(client).toMatchObject({ GenerateSecret: false, ExplicitAuthFlows: expect.arrayContaining(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']), EnableTokenRevocation: true });
    // An ID token lives an hour: a revoked device is out within it.
    expect(client).toMatchObject({ IdTokenValidity: 60, TokenValidityUnits: expect.objectContaining({ IdToken: 'minutes' }) });
    expect(client.WriteAttributes ?? []).toEqual([]);
    expect(client.AllowedOAuthFlows).toBeUndefined();
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

  it('are one per cadence, for every center: none is named in the stack', () => {
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
          // No center: the job runs every center listed in the table.
          Input: JSON.stringify(input),
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

  it('name no center, and the stack holds no demo data', () => {
    const inputs = Object.values(template.findResources('AWS::Scheduler::Schedule')).map((r) => JSON.parse(r.Properties.Target.Input));
    for (const input of inputs) expect(input).not.toHaveProperty('centerId');
    expect(JSON.stringify(template.toJSON())).not.toMatch(/"demo"|demo-center/);
  });
});

describe('the public site', () => {
  const distribution = () => Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
  const bucketId = logicalId(stack.site.bucket);

  it('is a private, encrypted, TLS-only bucket', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    const policy = Object.values(template.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: bucketId } } }))[0]!;
    const statements = policy.Properties.PolicyDocument.Statement as { Effect: string; Principal: unknown; Condition?: unknown; Action: unknown }[];
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    // Only CloudFront, for this distribution, may read it (origin access control).
    const reads = statements.filter((st) => st.Effect === 'Allow');
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(JSON.stringify(read.Condition)).toContain(logicalId(stack.site.distribution));
    }
  });

  it('is served by CloudFront through origin access control, HTTPS only, behind the web ACL of the edge stack', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const config = distribution();
    const s3Origin = config.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    expect(s3Origin.DomainName).toEqual({ 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] });
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.WebACLId).toEqual({ Ref: 'WebAclArn' });
    // Missing pages get the site's own 404 page.
    expect(config.CustomErrorResponses).toEqual([{ ErrorCode: 404, ResponseCode: 404, ResponsePagePath: '/404.html', ErrorCachingMinTTL: 60 }]);
  });

  it('routes /api/* to the HTTP API on the same origin: every method, nothing cached, the viewer’s headers and Authorization passed on', () => {
    const config = distribution();
    const api = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/api/*');
    expect(api).toMatchObject({ AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'], ViewerProtocolPolicy: 'https-only' });
    // AWS's managed AllViewerExceptHostHeader origin request policy.
    expect(api.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
    const origin = config.Origins.find((o: { Id: string }) => o.Id === api.TargetOriginId);
    expect(origin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
    expect(JSON.stringify(origin.DomainName)).toContain(logicalId(stack.api.httpApi));
    const cache = template.findResources('AWS::CloudFront::CachePolicy')[api.CachePolicyId.Ref]!.Properties.CachePolicyConfig;
    expect(cache).toMatchObject({
      DefaultTTL: 0,
      MinTTL: 0,
      ParametersInCacheKeyAndForwardedToOrigin: { HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization'] }, QueryStringsConfig: { QueryStringBehavior: 'all' } },
    });
  });

  it('sends the security headers of shared/core/security-headers.ts, the sign-in’s issuer allowed, on pages and API answers', () => {
    const expected = securityHeaders(cognitoOrigins(stack));
    const [policyId, policy] = Object.entries(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]!;
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).toEqual(stack.resolve(expected['Content-Security-Policy']));
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: expected['X-Frame-Options'], Override: true });
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: expected['Referrer-Policy'], Override: true });
    const config = distribution();
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    expect(config.CacheBehaviors[0].ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    expect(expected['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});

describe('the web ACL (edge stack, us-east-1)', () => {
  const edge = new EdgeStack(new App({ context }), 'HonorBoardEdge', { env: { region: 'us-east-1' } });
  const edgeTemplate = Template.fromStack(edge);
  const acl = () => Object.values(edgeTemplate.findResources('AWS::WAFv2::WebACL'))[0]!.Properties;

  it('is for CloudFront and limits public posts per address far below the rest of the API', () => {
    expect(acl()).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    const rules = acl().Rules as { Name: string; Action?: unknown; Statement: { RateBasedStatement?: Record<string, any> } }[];
    const publicPosts = rules.find((r) => r.Name === 'public-posts-per-address')!;
    expect(publicPosts.Action).toEqual({ Block: {} });
    expect(publicPosts.Statement.RateBasedStatement).toMatchObject({ Limit: RATE_LIMITS.publicPosts, AggregateKeyType: 'IP', EvaluationWindowSec: 300 });
    const scope = JSON.stringify(publicPosts.Statement.RateBasedStatement!.ScopeDownStatement);
    // Both public intake routes of the route table, POST only.
    expect(PUBLIC_POST_SUFFIXES.slice().sort()).toEqual(['/public/complaints', '/public/objections']);
    for (const suffix of PUBLIC_POST_SUFFIXES) expect(scope).toContain(`"SearchString":"${suffix}"`);
    expect(scope).toContain('"Method":{}');
    const api = rules.find((r) => r.Name === 'api-per-address')!;
    expect(api.Statement.RateBasedStatement).toMatchObject({ Limit: RATE_LIMITS.api, AggregateKeyType: 'IP' });
    expect(RATE_LIMITS.publicPosts * 10).toBeLessThan(RATE_LIMITS.api);
    edgeTemplate.hasOutput('WebAclArn', {});
  });

  it('passes the cdk-nag AWS Solutions checks', () => {
    const report = new AwsSolutionsChecks(edge.node.root as App).validateScope(edge);
    expect(report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} ${r.constructPath ?? r.resourceLogicalId}`))).toEqual([]);
  });
});

describe('site regeneration on publish', () => {
  const busArn = { 'Fn::GetAtt': [logicalId(stack.publishing.bus), 'Arn'] };
  const projectId = logicalId(stack.publishing.project);

  it('streams the table’s keys', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', { StreamSpecification: { StreamViewType: 'KEYS_ONLY' } });
  });

  it('pipes the writes of published documents, and only those, in batches folded into one event each, to the bus', () => {
    const pipes = Object.values(template.findResources('AWS::Pipes::Pipe'));
    expect(pipes).toHaveLength(1);
    const { Properties: pipe } = pipes[0]!;
    expect(JSON.parse(pipe.SourceParameters.FilterCriteria.Filters[0].Pattern)).toEqual({ dynamodb: { Keys: { pk: { S: [{ suffix: '#PUB' }] } } } });
    expect(pipe.SourceParameters.DynamoDBStreamParameters).toMatchObject({
      MaximumBatchingWindowInSeconds: 60,
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(stack.publishing.pipeDeadLetters), 'Arn'] } },
    });
    expect(pipe.Enrichment).toEqual({ Ref: logicalId(stack.publishing.coalesce) });
    expect(pipe.Target).toEqual(busArn);
    expect(pipe.TargetParameters.EventBridgeEventBusParameters).toEqual({ Source: SITE_EVENT.source, DetailType: SITE_EVENT.detailType });
    const machine = template.findResources('AWS::StepFunctions::StateMachine')[logicalId(stack.publishing.coalesce)]!.Properties;
    expect(machine.StateMachineType).toBe('EXPRESS');
    // The whole batch becomes one element: one event, one build.
    const definition = JSON.parse(machine.DefinitionString);
    expect(definition).toMatchObject({ QueryLanguage: 'JSONata', StartAt: 'OneEvent', States: { OneEvent: { Type: 'Pass', Output: ONE_EVENT_PER_BATCH, End: true } } });
  });

  it('has a rule on the bus that starts the site build, with retries and a dead-letter queue', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule'));
    expect(rules).toHaveLength(1);
    const rule = rules[0]!.Properties;
    expect(rule.EventBusName).toEqual({ Ref: logicalId(stack.publishing.bus) });
    expect(rule.EventPattern).toEqual({ source: [SITE_EVENT.source], 'detail-type': [SITE_EVENT.detailType] });
    expect(rule.Targets).toHaveLength(1);
    expect(rule.Targets[0]).toMatchObject({
      Arn: { 'Fn::GetAtt': [projectId, 'Arn'] },
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(stack.publishing.ruleDeadLetters), 'Arn'] } },
      RetryPolicy: { MaximumEventAgeInSeconds: 7200 },
    });
  });

  it('builds one at a time with the npm scripts that run locally: site:publish, then sync and invalidate', () => {
    const project = template.findResources('AWS::CodeBuild::Project')[projectId]!.Properties;
    expect(project.ConcurrentBuildLimit).toBe(1);
    const spec = JSON.parse(project.Source.BuildSpec);
    const commands: string[] = spec.phases.build.commands;
    expect(commands[0]).toMatch(/^npm run site:publish -- --from-table "\$TABLE_NAME" --center "\$SITE_CENTER" --out dist$/);
    expect(commands[1]).toMatch(/^aws s3 sync dist "s3:\/\/\$SITE_BUCKET" --delete/);
    expect(commands[2]).toMatch(/^aws cloudfront create-invalidation --distribution-id "\$DISTRIBUTION_ID"/);
    const env = Object.fromEntries(project.Environment.EnvironmentVariables.map((v: { Name: string; Value: unknown }) => [v.Name, v.Value]));
    expect(env).toMatchObject({
      TABLE_NAME: { Ref: tableId },
      SITE_CENTER: { Ref: 'SiteCenter' },
      SITE_BUCKET: { Ref: logicalId(stack.site.bucket) },
      DISTRIBUTION_ID: { Ref: logicalId(stack.site.distribution) },
    });
  });

  it('lets the build read only the published partitions, write only the site bucket and invalidate only its distribution', () => {
    const roleId = logicalId(stack.publishing.project.role as never);
    const statements = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } })).flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    ) as { Action: string | string[]; Resource: unknown; Condition?: unknown }[];
    const actions = (st: { Action: string | string[] }) => [st.Action].flat();
    const dynamo = statements.filter((st) => actions(st).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:Query', Resource: tableArn, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [PUBLISHED_PARTITIONS] } } },
    ]);
    expect(PUBLISHED_PARTITIONS).toBe('C#*#PUB');
    const writes = statements.filter((st) => actions(st).some((a) => a === 's3:PutObject' || a === 's3:DeleteObject'));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [logicalId(stack.site.bucket), 'Arn'] }, '/*']] });
    const invalidations = statements.filter((st) => actions(st).some((a) => a.startsWith('cloudfront:')));
    expect(invalidations).toHaveLength(1);
    expect(actions(invalidations[0]!)).toEqual(['cloudfront:CreateInvalidation']);
    expect(JSON.stringify(invalidations[0]!.Resource)).toContain(`{"Ref":"${logicalId(stack.site.distribution)}"}`);
    // Nothing else writes anywhere: the rest is logs, reports and reading the source asset.
    const other = statements.flatMap(actions).filter((a) => !/^(logs:|codebuild:|s3:Get|s3:List|dynamodb:Query$|s3:PutObject$|s3:DeleteObject$|cloudfront:CreateInvalidation$)/.test(a));
    expect(other).toEqual([]);
  });

  it('lets the pipe read the stream, run the enrichment, put events on the bus and dead-letter, nothing more', () => {
    const role = (Object.values(template.findResources('AWS::Pipes::Pipe'))[0]!.Properties.RoleArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const statements = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: role }] } })).flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    expect(statements.map((st) => st.Action).flat().sort()).toEqual(
      [
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
        'events:PutEvents',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:SendMessage',
        'states:StartSyncExecution',
      ].sort(),
    );
    expect(statements.find((st) => st.Action === 'events:PutEvents')?.Resource).toEqual(busArn);
  });
});

describe('operations', () => {
  const topicId = logicalId(stack.operations.topic);
  const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
  const alarmOn = (namespace: string, metric: string) => alarms.filter((a) => a.Namespace === namespace && a.MetricName === metric);

  it('notifies the alarm topic from every alarm', () => {
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });

  it('mails the alarms to the address of the alarmEmail context value', () => {
    const withEmail = new HonorBoardStack(new App({ context: { ...context, 'aws:cdk:bundling-stacks': [], alarmEmail: 'ops@example.gov.cn' } }), 'HonorBoard');
    Template.fromStack(withEmail).hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.gov.cn' });
    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('has alarms on function errors and throttles, API 5xx, every dead-letter queue, the pipe, the rule and the build', () => {
    expect(alarmOn('AWS/Lambda', 'Errors')).toHaveLength(functions.length);
    expect(alarmOn('AWS/Lambda', 'Throttles')).toHaveLength(functions.length);
    expect(alarmOn('AWS/ApiGateway', '5xx')).toEqual([expect.objectContaining({ Dimensions: [{ Name: 'ApiId', Value: { Ref: logicalId(stack.api.httpApi) } }] })]);
    const queues = Object.keys(template.findResources('AWS::SQS::Queue'));
    expect(queues).toHaveLength(3);
    const queueAlarms = alarmOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible').map((a) => a.Dimensions[0].Value['Fn::GetAtt'][0]);
    expect(queueAlarms.sort()).toEqual(queues.sort());
    expect(alarmOn('AWS/EventBridge/Pipes', 'ExecutionFailed')).toEqual([expect.objectContaining({ Dimensions: [{ Name: 'PipeName', Value: { Ref: stack.getLogicalId(stack.publishing.pipe) } }] })]);
    expect(alarmOn('AWS/CodeBuild', 'FailedBuilds')).toEqual([expect.objectContaining({ Dimensions: [{ Name: 'ProjectName', Value: { Ref: logicalId(stack.publishing.project) } }] })]);
    expect(alarmOn('AWS/Events', 'FailedInvocations')).toHaveLength(1);
  });

  it('keeps every log group 180 days, and the access-log bucket as long', () => {
    const groups = Object.values(template.findResources('AWS::Logs::LogGroup'));
    expect(groups.length).toBeGreaterThan(functions.length);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(LOG_RETENTION_DAYS);
    expect(LOG_RETENTION_DAYS).toBe(180);
    template.hasResourceProperties('AWS::S3::Bucket', { LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 180 })] } });
  });
});

it('outputs what deploying and provisioning need', () => {
  for (const name of ['ApiUrl', 'TableName', 'UserPoolId', 'WebClientId', 'SignInDomain', 'DevicePoolId', 'DeviceClientId', 'SiteUrl', 'SiteBucket', 'DistributionId', 'SiteBuildProject', 'SiteEventBus', 'AlarmTopic']) {
    template.hasOutput(name, {});
  }
});

it('passes the cdk-nag AWS Solutions checks, errors and warnings, or acknowledges them with a reason', () => {
  const report = new AwsSolutionsChecks(app).validateScope(stack);
  const findings = report.violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => `${violation.ruleName} ${resource.constructPath ?? resource.resourceLogicalId}`),
  );
  expect(findings).toEqual([]);
  expect(report.success).toBe(true);
});

it('registers cdk-nag in the app, so `cdk synth` fails on a finding', () => {
  const source = readFileSync(new URL('../../infra/cdk/app.ts', import.meta.url), 'utf8');
  expect(source).toContain('Validations.of(app).addPlugins(new AwsSolutionsChecks(app');
});

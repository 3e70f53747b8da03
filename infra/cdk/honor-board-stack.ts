import { CfnOutput, CfnParameter, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { Construct } from 'constructs';
import { Api } from './api.ts';
import { Auth, cognitoOrigins } from './auth.ts';
import { Data } from './data.ts';
import { Functions } from './functions.ts';
import { Operations } from './operations.ts';
import { Publishing } from './publishing.ts';
import { Schedules } from './schedules.ts';
import { Site } from './site.ts';

/** The sign-in's scope: OpenID Connect, and the profile for the name shown. */
export const SIGN_IN_SCOPE = 'openid profile';

export type HonorBoardStackProps = StackProps;

const text = (scope: Construct, name: string): string | undefined => {
  const value: unknown = scope.node.tryGetContext(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/**
 * The whole system in one stack: table, sign-in, functions, the HTTP API, the public site
 * with its regeneration, the schedules and the alarms. Deploy-time values that the
 * template need not know are parameters (`WebAclArn` from the edge stack, `SiteCenter`);
 * what changes the template's shape is context (`domainName` + `certificateArn`,
 * `alarmEmail`). README, "Deploy to AWS".
 */
export class HonorBoardStack extends Stack {
  readonly data: Data;
  readonly auth: Auth;
  readonly functions: Functions;
  readonly api: Api;
  readonly site: Site;
  readonly schedules: Schedules;
  readonly publishing: Publishing;
  readonly operations: Operations;

  constructor(scope: Construct, id: string, props?: HonorBoardStackProps) {
    super(scope, id, props);
    const webAclArn = new CfnParameter(this, 'WebAclArn', {
      type: 'String',
      description: 'The WebAclArn output of the edge stack (AWS WAF for CloudFront, made in us-east-1)',
      allowedPattern: '^arn:aws[-a-z]*:wafv2:us-east-1:\\d{12}:global/webacl/.+$',
    });
    const siteCenter = new CfnParameter(this, 'SiteCenter', {
      type: 'String',
      description: 'The center whose public site this stack serves (its id, as created with PUT /api/v1/centers/{center})',
      allowedPattern: '^[a-z0-9][a-z0-9-]{0,39}$',
    });
    const domainName = text(this, 'domainName');
    const certificateArn = text(this, 'certificateArn');
    if (Boolean(domainName) !== Boolean(certificateArn)) throw new Error('give both domainName and certificateArn (an ACM certificate in us-east-1), or neither');

    this.data = new Data(this, 'Data');
    this.functions = new Functions(this, 'Functions', { table: this.data.table });
    this.api = new Api(this, 'Api');
    this.site = new Site(this, 'Site', {
      httpApi: this.api.httpApi,
      webAclArn: webAclArn.valueAsString,
      issuerOrigins: cognitoOrigins(this),
      ...(domainName && certificateArn
        ? { customDomain: { domainName, certificate: Certificate.fromCertificateArn(this, 'Certificate', certificateArn) } }
        : {}),
    });
    this.auth = new Auth(this, 'Auth', { siteOrigins: this.site.origins });
    this.api.addRoutes({
      functions: this.functions.byName,
      staff: { userPool: this.auth.userPool, client: this.auth.webClient },
      devices: { userPool: this.auth.devicePool, client: this.auth.deviceClient },
    });
    this.schedules = new Schedules(this, 'Schedules', {
      runScores: this.functions.byName['run-scores'],
      runSelections: this.functions.byName['run-selections'],
    });

    const siteUrl = this.site.origins.at(-1)!;
    this.publishing = new Publishing(this, 'Publishing', {
      table: this.data.table,
      bucket: this.site.bucket,
      distribution: this.site.distribution,
      siteCenter: siteCenter.valueAsString,
      siteUrl,
      signIn: { issuer: `https://${this.auth.userPool.userPoolProviderUrl}`, clientId: this.auth.webClient.userPoolClientId, scope: SIGN_IN_SCOPE },
    });
    this.operations = new Operations(this, 'Operations', {
      httpApi: this.api.httpApi,
      publishing: this.publishing,
      alarmEmail: text(this, 'alarmEmail'),
    });

    new CfnOutput(this, 'SiteUrl', { value: siteUrl });
    new CfnOutput(this, 'SiteBucket', { value: this.site.bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { value: this.site.distribution.distributionId });
    new CfnOutput(this, 'SiteBuildProject', { value: this.publishing.project.projectName });
    new CfnOutput(this, 'SiteEventBus', { value: this.publishing.bus.eventBusName });
    new CfnOutput(this, 'ApiUrl', { value: this.api.stage.url });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'WebClientId', { value: this.auth.webClient.userPoolClientId });
    new CfnOutput(this, 'SignInDomain', { value: this.auth.domain.baseUrl() });
    new CfnOutput(this, 'DevicePoolId', { value: this.auth.devicePool.userPoolId });
    new CfnOutput(this, 'DeviceClientId', { value: this.auth.deviceClient.userPoolClientId });
    new CfnOutput(this, 'AlarmTopic', { value: this.operations.topic.topicArn });
  }
}

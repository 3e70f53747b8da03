import { Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, type HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { type FunctionName, ROUTES, type RouteDefinition, routeKey } from '../../shared/core/api/routes.ts';
import type { LambdaFunctions } from './functions.ts';
import { logGroup } from './logs.ts';

/** A user pool and the app client whose ID tokens an authorizer accepts (the client id is the audience). */
export interface TokenSource {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
}

export interface RouteProps {
  readonly functions: LambdaFunctions;
  /** People: every route that is neither public nor for devices only. */
  readonly staff: TokenSource;
  /** Evaluation devices: the routes whose only role is `device`. */
  readonly devices: TokenSource;
}

/** One line of JSON per request: who called which route, and what came back. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    sourceIp: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLatencyMs: '$context.responseLatency',
    subject: '$context.authorizer.claims.sub',
    authorizerError: '$context.authorizer.error',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * The HTTP API: a route for every entry of functions/routes.ts, behind a Cognito JWT
 * authorizer. The routes are added once the user pools exist (`addRoutes`): the pools'
 * sign-in returns to the site, whose distribution needs the API first.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // The stage is added by hand because the default stage cannot take access-log settings.
    this.httpApi = new HttpApi(this, 'HttpApi', { createDefaultStage: false });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(logGroup(this, 'AccessLogs')), format: ACCESS_LOG_FORMAT },
      // Caps what a runaway device or script can cost; raise it when many centers share the stack.
      throttle: { rateLimit: 100, burstLimit: 200 },
    });
  }

  addRoutes(props: RouteProps): void {
    // API Gateway checks signature, expiry, issuer and audience; the handler reads role, center and
    // window from the claims (functions/principal.ts) and checks them against the route.
    // The issuer comes from the pool's provider URL, which is right in every partition (aws, aws-cn).
    const authorizerOf = (name: string, source: TokenSource) =>
      new HttpJwtAuthorizer(name, `https://${source.userPool.userPoolProviderUrl}`, { jwtAudience: [source.client.userPoolClientId] });
    const staff = authorizerOf('Cognito', props.staff);
    const devices = authorizerOf('CognitoDevices', props.devices);

    // One integration per function, shared by all of its routes.
    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    const integrationOf = (fn: FunctionName): HttpLambdaIntegration => {
      const integration = integrations.get(fn) ?? new HttpLambdaIntegration(fn, props.functions[fn]);
      integrations.set(fn, integration);
      return integration;
    };

    const routes: readonly RouteDefinition[] = ROUTES;
    for (const route of routes) {
      const open = route.roles.includes('public');
      const forDevices = route.roles.includes('device');
      // One authorizer per route, one issuer per authorizer: a route is for devices or for people, never both.
      if (forDevices && route.roles.length > 1) throw new Error(`${routeKey(route)}: a device route admits no other role`);
      const authorizer = forDevices ? devices : staff;
      const [added] = this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: integrationOf(route.fn),
        ...(open ? {} : { authorizer }),
      });
      if (open && added) {
        Validations.of(added).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `Anyone may call ${routeKey(route)} (its roles include public): objections and complaints need no account.`,
        });
      }
    }
  }
}

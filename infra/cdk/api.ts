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

export interface ApiProps {
  readonly functions: LambdaFunctions;
  readonly userPool: UserPool;
  /** The app clients whose tokens the API accepts (their ids are the JWT audiences). */
  readonly clients: readonly UserPoolClient[];
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

/** The HTTP API: a route for every entry of functions/routes.ts, behind the Cognito JWT authorizer. */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: ApiProps) {
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

    // API Gateway checks signature, expiry, issuer and audience; the handler reads role, center and
    // window from the claims (functions/principal.ts) and checks them against the route.
    // The issuer comes from the pool's provider URL, which is right in every partition (aws, aws-cn).
    const authorizer = new HttpJwtAuthorizer('Cognito', `https://${props.userPool.userPoolProviderUrl}`, {
      jwtAudience: props.clients.map((client) => client.userPoolClientId),
    });

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

import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { ROUTES, type RouteDefinition } from '../../functions/routes.ts';

/** Requests per client address in any 5 minutes (AWS WAF's evaluation window). */
export const RATE_LIMITS = {
  /** Public complaints and objections: a person writes a few; a script writes thousands. */
  publicPosts: 20,
  /** Everything under /api/: a center's devices and staff share one address behind its NAT. */
  api: 3000,
} as const;

/** The path endings of the routes anyone may post to, from the route table. */
export const PUBLIC_POST_SUFFIXES: readonly string[] = (ROUTES as readonly RouteDefinition[])
  .filter((route) => route.method === 'POST' && route.roles.includes('public'))
  .map((route) => route.path.slice(route.path.indexOf('/public/')));

const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true });
const byteMatch = (field: CfnWebACL.FieldToMatchProperty, positionalConstraint: string, searchString: string) => ({
  byteMatchStatement: { fieldToMatch: field, positionalConstraint, searchString, textTransformations: [{ priority: 0, type: 'NONE' }] },
});

/**
 * The web ACL of the site's distribution. A web ACL for CloudFront must be made in
 * us-east-1, so it has a stack of its own there (deployed first; its `WebAclArn` output is
 * the main stack's `WebAclArn` parameter).
 *
 * The stage throttle cannot tell a flood of anonymous complaints from the devices and staff
 * it would starve; these rules can: public posts are limited per address far below what the
 * rest of the API is allowed, and addresses AWS knows for abuse are refused.
 */
export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    if (PUBLIC_POST_SUFFIXES.length === 0) throw new Error('no public POST route: the rate rule would match nothing');
    const uriPath: CfnWebACL.FieldToMatchProperty = { uriPath: {} };
    const publicPath = PUBLIC_POST_SUFFIXES.flatMap((suffix) => [
      byteMatch(uriPath, 'ENDS_WITH', suffix),
      byteMatch(uriPath, 'ENDS_WITH', `${suffix}/`),
    ]);
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('honor-board'),
      rules: [
        {
          name: 'public-posts-per-address',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: RATE_LIMITS.publicPosts,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    byteMatch({ method: {} }, 'EXACTLY', 'POST'),
                    publicPath.length > 1 ? { orStatement: { statements: publicPath } } : publicPath[0]!,
                  ],
                },
              },
            },
          },
          visibilityConfig: visibility('public-posts'),
        },
        {
          name: 'api-per-address',
          priority: 1,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: RATE_LIMITS.api,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: byteMatch(uriPath, 'STARTS_WITH', '/api/'),
            },
          },
          visibilityConfig: visibility('api'),
        },
        {
          name: 'aws-ip-reputation',
          priority: 2,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesAmazonIpReputationList' } },
          visibilityConfig: visibility('ip-reputation'),
        },
      ],
    });
    new CfnOutput(this, 'WebAclArn', { value: this.webAcl.attrArn, description: 'The main stack’s WebAclArn parameter' });
  }
}

import { Duration, Fn, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  CacheQueryStringBehavior,
  CacheHeaderBehavior,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { AccessLevel } from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { securityHeaders } from '../../shared/core/security-headers.ts';
import { LOG_RETENTION_DAYS } from './logs.ts';

export interface SiteProps {
  readonly httpApi: HttpApi;
  /** The AWS WAF web ACL for CloudFront (its ARN; made by the edge stack in us-east-1). */
  readonly webAclArn: string;
  /** A custom domain and its ACM certificate (in us-east-1), when the site has one. */
  readonly customDomain?: { readonly domainName: string; readonly certificate: ICertificate };
  /** The origins of the OpenID Connect issuer and its sign-in pages, which the CSP must allow. */
  readonly issuerOrigins: readonly string[];
}

/** The site's pages are folders (`/stars/2026-q3/` → `…/index.html`): S3 behind OAC has no index documents. */
const INDEX_FUNCTION = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) request.uri = uri + 'index.html';
  else if (uri.lastIndexOf('.') < uri.lastIndexOf('/')) request.uri = uri + '/index.html';
  return request;
}`;

/**
 * The public site: a private bucket behind CloudFront with origin access control, and the
 * HTTP API under `/api/*` on the same origin (so the forms post to it and the session token
 * never crosses origins). The security headers are the local gateway's
 * (shared/core/security-headers.ts), with the sign-in's issuer allowed.
 *
 * In the AWS China regions (cn-north-1, cn-northwest-1) this differs:
 * - CloudFront there serves only a domain with an ICP filing (ICP备案), never the default
 *   `*.cloudfront.cn` name: `customDomain` is required and the certificate is imported into
 *   IAM (ACM in China issues no public certificates), and the filing must precede the deploy;
 * - origin access control and response-headers policies exist there; AWS WAF for CloudFront
 *   may not — where it is missing, drop `webAclArn` and put the rate rules on the API's
 *   stage throttle and an origin-side WAF instead;
 * - the sign-in's managed login domain is `*.auth.cn-north-1.amazoncognito.com`.
 */
export class Site extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  /** The site's public origins: the distribution's own name and the custom domain. */
  readonly origins: readonly string[];

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);

    // S3 server access logs and CloudFront standard logs, kept as long as the other logs.
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are delivered with an ACL.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(LOG_RETENTION_DAYS) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging its own access would log the log deliveries.',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // The previous build of each page stays for 30 days: a bad build is rolled back by restoring versions.
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site-bucket/',
      // The site is rebuilt from the table at any time: nothing in it is the only copy.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
    });

    const headers = securityHeaders(props.issuerOrigins);
    this.headers = new ResponseHeadersPolicy(this, 'Headers', {
      comment: 'Security headers of shared/core/security-headers.ts (the local gateway sends the same)',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: headers['Content-Security-Policy']!, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: headers['Referrer-Policy'] as HeadersReferrerPolicy, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: false, override: true },
      },
    });

    // The API's origin is its execute-api host; the stage is `$default`, so paths pass unchanged.
    const apiHost = Fn.select(2, Fn.split('/', props.httpApi.apiEndpoint));
    // Nothing under /api/ is cached, and the Authorization header reaches the API (CloudFront
    // forwards it only when a cache policy names it; with zero TTLs nothing is kept).
    const apiCache = new CachePolicy(this, 'ApiCache', {
      comment: 'API: never cached; Authorization passed on',
      defaultTtl: Duration.seconds(0),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList('Authorization'),
      queryStringBehavior: CacheQueryStringBehavior.all(),
    });
    const indexFunction = new CloudFrontFunction(this, 'IndexDocuments', {
      code: FunctionCode.fromInline(INDEX_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Folder addresses to their index.html',
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Honor board: the public site and /api/*',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket, { originAccessLevels: [AccessLevel.READ, AccessLevel.LIST] }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        compress: true,
        functionAssociations: [{ function: indexFunction, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(apiHost, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: apiCache,
          // Content-Type, Idempotency-Key and the rest reach the API; Host must be the API's own.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.headers,
        },
      },
      // With LIST granted, S3 answers a missing page 404 (not 403), which becomes the site's own 404 page.
      // (The API's 404s pass through as well but keep their status; its other errors are untouched.)
      errorResponses: [{ httpStatus: 404, responseHttpStatus: 404, responsePagePath: '/404.html', ttl: Duration.minutes(1) }],
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America, Europe and Asia (Hong Kong, Singapore, …): where the visitors of a Chinese center are served from outside China.
      priceClass: PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(props.customDomain
        ? {
            domainNames: [props.customDomain.domainName],
            certificate: props.customDomain.certificate,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    if (!props.customDomain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, which allows TLS 1.0 for old ' +
          'clients; give -c domainName and -c certificateArn (README, Deploy to AWS) and TLS 1.2 is the minimum.',
      });
    }
    Validations.of(this.distribution).acknowledge({
      id: 'Annotation::@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      reason:
        'The bucket holds only the public site (nothing to hide in a listing: every page is linked), LIST makes a missing page a 404, ' +
        'and the root and every folder map to their index.html (defaultRootObject and the IndexDocuments function), so no listing is ever served.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'The honor boards are public notices for anyone, anywhere: no geographic restriction.',
    });

    this.origins = [
      `https://${this.distribution.distributionDomainName}`,
      ...(props.customDomain ? [`https://${props.customDomain.domainName}`] : []),
    ];
  }
}

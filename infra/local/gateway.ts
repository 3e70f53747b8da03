/**
 * The local gateway: one origin for the built site (`/`) and the API (`/api/…`). An API
 * request is matched against the route table, its bearer token verified as the API
 * Gateway JWT authorizer would, and handed to the same handler Lambda runs, as an HTTP API
 * v2 event.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import FindMyWay from 'find-my-way';
import sirv from 'sirv';
import { ROLES, type Role } from '#core/roles';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type FunctionName, ROUTES, type RouteDefinition, routeKey } from '#core/api/routes';
import { SECURITY_HEADERS } from '#core/security-headers';
import { BODY_LIMIT_BYTES, type FailureCode, UNAVAILABLE_RETRY_AFTER_SECONDS, failure, isUnavailable } from '#functions/http';
import { claimsAsApiGateway, toApiGatewayEvent } from './api-event.ts';
import { DEV_CLIENTS, DEV_OIDC_PATH, type DevIssuer, type SignInConfig, devSignInConfig, handleDevOidc } from './dev-issuer.ts';

export type ApiHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer) => Promise<APIGatewayProxyStructuredResultV2>;

export interface GatewayOptions {
  readonly handlers: Readonly<Record<FunctionName, ApiHandler>>;
  /**
   * Verifies bearer tokens. The development issuer also signs: only with it are the
   * development sign-in routes (`/_dev/token`, `/_dev/oidc/…`) served.
   */
  readonly issuer: Pick<DevIssuer, 'verify'> & Partial<DevIssuer>;
  /** What `/auth/config.json` tells the site's sign-in; the development issuer's by default. */
  readonly signIn?: () => SignInConfig;
  /**
   * The caller's address (production: from a trusted proxy's X-Forwarded-For); the peer's by
   * default. API Gateway's `sourceIp` stands for it in AWS.
   */
  readonly clientAddress?: (req: IncomingMessage) => string;
  /** The built site; served live, so a rebuild shows without a restart. */
  readonly siteDir: string;
  /** Bodies above this are refused before the handler (the handler refuses them too). */
  readonly bodyLimitBytes?: number;
  readonly log?: (line: Record<string, unknown>) => void;
  /**
   * Posts each address may make to the public complaint and objection routes per window of
   * time (the AWS side throttles at the API stage and WAF). Default: 20 per 10 minutes.
   */
  readonly publicRateLimit?: { readonly points: number; readonly durationSeconds: number };
  /** The request time handed to the handlers (API Gateway's `timeEpoch`); tests pin it. */
  readonly now?: () => Date;
}

/** A citizen files a complaint or an objection or two, not dozens: the limit leaves room for retries. */
export const PUBLIC_RATE_LIMIT = { points: 20, durationSeconds: 600 } as const;

const API_PREFIX = '/api/';
/** Development sign-in: issues a demo token for a role. Exists only in the local gateway. */
const DEV_TOKEN_PATH = '/_dev/token';
/** The site's sign-in configuration (issuer, client, scope); in AWS a file the site build writes. */
const SIGN_IN_CONFIG_PATH = '/auth/config.json';

/** `{center}` (API Gateway) → `:center` (find-my-way). */
const routerPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

export function createGateway(options: GatewayOptions): Server {
  const bodyLimit = options.bodyLimitBytes ?? BODY_LIMIT_BYTES;
  const router = FindMyWay({ ignoreTrailingSlash: true });
  for (const route of ROUTES) router.on(route.method, routerPath(route.path), () => undefined, route);
  const limit = options.publicRateLimit ?? PUBLIC_RATE_LIMIT;
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
  const addressOf = options.clientAddress ?? ((req: IncomingMessage) => req.socket.remoteAddress ?? '127.0.0.1');
  const site = sirv(options.siteDir, { dev: true, extensions: ['html'], onNoMatch: (req, res) => notFound(options.siteDir, res) });

  return createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const dev = options.issuer.sign ? (options.issuer as DevIssuer) : undefined;
    if (url.pathname === DEV_TOKEN_PATH && dev) return void devToken(dev, url, res);
    if (url.pathname === SIGN_IN_CONFIG_PATH && (options.signIn || dev)) {
      const config = options.signIn?.() ?? devSignInConfig(dev!);
      return send(res, { statusCode: 200, headers: { 'cache-control': 'no-store' }, body: JSON.stringify(config) });
    }
    if (dev && url.pathname.startsWith(`${DEV_OIDC_PATH}/`)) {
      return void readBody(req, bodyLimit)
        .then((body) => handleDevOidc(dev, req, res, url, body === 'too-large' ? Buffer.alloc(0) : body))
        .catch(() => send(res, failure({ code: 'internal' })));
    }
    if (!url.pathname.startsWith(API_PREFIX)) return site(req, res);
    const started = performance.now();
    handleApi(options, router, limiter, addressOf, req, res, url, bodyLimit)
      .catch((error: unknown) => {
        // What the handler's own wrapper did not answer (it answers almost everything): the same shape.
        const unavailable = isUnavailable(error);
        options.log?.({ level: 'error', msg: 'handler failed', error: String((error as Error)?.stack ?? error) });
        if (!res.headersSent) {
          send(res, unavailable ? failure({ code: 'unavailable', retryAfter: UNAVAILABLE_RETRY_AFTER_SECONDS }) : failure({ code: 'internal' }));
        }
      })
      .finally(() =>
        options.log?.({ level: 'info', method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started) }),
      );
  });
}

async function handleApi(
  options: GatewayOptions,
  router: FindMyWay.Instance<FindMyWay.HTTPVersion.V1>,
  limiter: RateLimiterMemory,
  addressOf: (req: IncomingMessage) => string,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  bodyLimit: number,
): Promise<void> {
  const match = router.find(req.method as FindMyWay.HTTPMethod, url.pathname);
  if (!match) return refuse(res, 'notFound');
  const route = match.store as RouteDefinition;
  const sourceIp = addressOf(req);
  const requestId = randomUUID();
  res.setHeader('x-request-id', requestId);

  if (route.roles.includes('public') && route.method === 'POST') {
    const waited = await limiter.consume(sourceIp).then(
      () => undefined,
      (rejection: unknown) => (rejection instanceof RateLimiterRes ? rejection : Promise.reject(rejection)),
    );
    if (waited) {
      req.resume();
      return send(res, failure({ code: 'tooManyRequests', retryAfter: Math.max(1, Math.ceil(waited.msBeforeNext / 1000)) }));
    }
  }

  const body = await readBody(req, bodyLimit);
  if (body === 'too-large') return refuse(res, 'tooLarge');

  let claims: Record<string, string> | undefined;
  if (!route.roles.includes('public') || req.headers.authorization) {
    const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    // One authorizer per route in AWS: the device pool's client for device routes, the staff pool's for the
    // rest; a public route has none, so either pool's token is let through there.
    const audience = route.roles.includes('public')
      ? [DEV_CLIENTS.web, DEV_CLIENTS.device]
      : route.roles.includes('device')
        ? DEV_CLIENTS.device
        : DEV_CLIENTS.web;
    const payload = token ? await options.issuer.verify(token, { audience }).catch(() => undefined) : undefined;
    if (!payload) return refuse(res, 'unauthorized');
    claims = claimsAsApiGateway(payload);
  }

  const pathParameters = Object.fromEntries(
    Object.entries(match.params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const event = toApiGatewayEvent(
    {
      method: req.method ?? 'GET',
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers: req.headers,
      body,
      sourceIp,
      requestId,
      now: options.now?.() ?? new Date(),
    },
    routeKey(route),
    pathParameters,
    claims,
  );
  send(res, await options.handlers[route.fn](event));
}

async function devToken(issuer: DevIssuer, url: URL, res: ServerResponse): Promise<void> {
  const role = url.searchParams.get('role') as Role | null;
  const centerId = url.searchParams.get('center') ?? 'demo';
  const windowId = url.searchParams.get('window') ?? undefined;
  const officerId = role === 'officer' ? (url.searchParams.get('officer') ?? undefined) : undefined;
  if (!role || !(ROLES as readonly string[]).includes(role) || role === 'public') {
    const roles = ROLES.filter((r) => r !== 'public').join(', ');
    return send(res, failure({ code: 'invalidBody', issues: [{ path: 'role', message: `role must be one of ${roles} / 角色须为${roles}之一` }] }));
  }
  const subject = `dev-${role}${windowId ? `-${windowId}` : ''}${officerId ? `-${officerId}` : ''}`;
  const token = await issuer.sign({ role, subject, centerId, ...(windowId ? { windowId } : {}), ...(officerId ? { officerId } : {}), ttlSeconds: 8 * 3600 });
  send(res, { statusCode: 200, body: JSON.stringify({ token, role, centerId, windowId: windowId ?? null, officerId: officerId ?? null, subject }) });
}

/** The gateway's own refusals, in the API's one error shape. */
const refuse = (res: ServerResponse, code: FailureCode): void => send(res, failure({ code }));

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  const headers: Record<string, string | string[]> = { 'content-type': 'application/json; charset=utf-8' };
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(result.body === undefined ? '' : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}

function notFound(siteDir: string, res: ServerResponse): void {
  const page = join(siteDir, '404.html');
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(existsSync(page) ? readFileSync(page) : '<!doctype html><title>404</title><p>页面不存在 / Page not found</p>');
}

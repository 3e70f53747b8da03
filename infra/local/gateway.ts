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
import { BODY_LIMIT_BYTES } from '#functions/http';
import { type FunctionName, ROUTES, type RouteDefinition, routeKey } from '#functions/routes';
import { claimsAsApiGateway, toApiGatewayEvent } from './api-event.ts';
import { DEV_CLIENTS, DEV_OIDC_PATH, type DevIssuer, type SignInConfig, devSignInConfig, handleDevOidc } from './dev-issuer.ts';

export type ApiHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer) => Promise<APIGatewayProxyStructuredResultV2>;

export interface GatewayOptions {
  readonly handlers: Readonly<Record<FunctionName, ApiHandler>>;
  readonly issuer: DevIssuer;
  /** What `/auth/config.json` tells the site's sign-in; the development issuer's by default. */
  readonly signIn?: () => SignInConfig;
  /** The built site; served live, so a rebuild shows without a restart. */
  readonly siteDir: string;
  /** Bodies above this are refused before the handler (the handler refuses them too). */
  readonly bodyLimitBytes?: number;
  readonly log?: (line: Record<string, unknown>) => void;
}

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
  const site = sirv(options.siteDir, { dev: true, extensions: ['html'], onNoMatch: (req, res) => notFound(options.siteDir, res) });

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === DEV_TOKEN_PATH) return void devToken(options.issuer, url, res);
    if (url.pathname === SIGN_IN_CONFIG_PATH) {
      const config = options.signIn?.() ?? devSignInConfig(options.issuer);
      return send(res, { statusCode: 200, headers: { 'cache-control': 'no-store' }, body: JSON.stringify(config) });
    }
    if (url.pathname.startsWith(`${DEV_OIDC_PATH}/`)) {
      return void readBody(req, bodyLimit)
        .then((body) => handleDevOidc(options.issuer, req, res, url, body === 'too-large' ? Buffer.alloc(0) : body))
        .catch(() => send(res, { statusCode: 500, body: JSON.stringify({ message: 'Internal Server Error' }) }));
    }
    if (!url.pathname.startsWith(API_PREFIX)) return site(req, res);
    const started = performance.now();
    handleApi(options, router, req, res, url, bodyLimit)
      .catch((error: unknown) => {
        options.log?.({ level: 'error', msg: 'handler failed', error: String((error as Error)?.stack ?? error) });
        send(res, { statusCode: 500, body: JSON.stringify({ message: 'Internal Server Error' }) });
      })
      .finally(() =>
        options.log?.({ level: 'info', method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started) }),
      );
  });
}

async function handleApi(
  options: GatewayOptions,
  router: FindMyWay.Instance<FindMyWay.HTTPVersion.V1>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  bodyLimit: number,
): Promise<void> {
  const match = router.find(req.method as FindMyWay.HTTPMethod, url.pathname);
  if (!match) return send(res, { statusCode: 404, body: JSON.stringify({ message: 'Not Found' }) });
  const route = match.store as RouteDefinition;

  const body = await readBody(req, bodyLimit);
  if (body === 'too-large') return send(res, { statusCode: 413, body: JSON.stringify({ message: 'Request Entity Too Large' }) });

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
    if (!payload) return send(res, { statusCode: 401, body: JSON.stringify({ message: 'Unauthorized' }) });
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
      sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
      requestId: randomUUID(),
      now: new Date(),
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
  if (!role || !(ROLES as readonly string[]).includes(role) || role === 'public') {
    return send(res, { statusCode: 400, body: JSON.stringify({ message: `role must be one of ${ROLES.filter((r) => r !== 'public').join(', ')}` }) });
  }
  const subject = `dev-${role}${windowId ? `-${windowId}` : ''}`;
  const token = await issuer.sign({ role, subject, centerId, ...(windowId ? { windowId } : {}), ttlSeconds: 8 * 3600 });
  send(res, { statusCode: 200, body: JSON.stringify({ token, role, centerId, windowId: windowId ?? null, subject }) });
}

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

/**
 * What the server on one machine adds around the gateway: the health route, the site's
 * sign-in configuration, the caller's real address behind a trusted reverse proxy, TLS —
 * and in production mode no development route at all.
 */
import { readFileSync } from 'node:fs';
import { type IncomingMessage, type RequestListener, type ServerResponse, createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type Server, isIP } from 'node:net';

export const HEALTH_PATH = '/api/health';
export const AUTH_CONFIG_PATH = '/auth/config.json';
const DEV_PREFIX = '/_dev/';

const plain = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * The caller's address: the connection's peer, unless that peer is a trusted proxy — then
 * the rightmost address of `X-Forwarded-For` that is not itself a trusted proxy (the
 * addresses to its left were written by the caller and prove nothing).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: readonly string[]): string {
  const trustedSet = new Set(trusted.map(plain));
  const remote = plain(peer ?? '');
  if (!trustedSet.has(remote) || forwardedFor === undefined) return remote;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter((hop) => isIP(hop) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedSet.has(hops[i]!)) return hops[i]!;
  return remote;
}

export interface HealthCheck {
  readonly engine: string;
  /** Reads one item from the database; throws when it cannot. */
  probe(): Promise<unknown>;
}

/** `GET /api/health`: 200 when the database answers, 503 with `Retry-After` when it does not. */
export async function health(check: HealthCheck, timeoutMs = 5_000): Promise<{ status: number; body: Record<string, unknown> }> {
  const started = performance.now();
  try {
    await Promise.race([
      check.probe(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { status: 200, body: { status: 'ok', database: { engine: check.engine, ok: true, ms: Math.round(performance.now() - started) } } };
  } catch (error) {
    return {
      status: 503,
      body: {
        status: 'unavailable',
        message_zh: '数据库暂不可用',
        message_en: 'the database is not available',
        database: { engine: check.engine, ok: false, error: String((error as Error)?.message ?? error) },
      },
    };
  }
}

export interface SystemRoutes {
  readonly health: HealthCheck;
  /** What the site's sign-in reads (`{ issuer, clientId, scope }`); absent: the gateway's own (development). */
  readonly authConfig?: Readonly<Record<string, string>>;
  /** Production: the development routes (`/_dev/…`) do not exist. */
  readonly production: boolean;
}

/** The gateway's listener with the system routes in front of it. */
export function withSystemRoutes(gateway: RequestListener, routes: SystemRoutes): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
      res.end(JSON.stringify(body));
    };
    if (path === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      void health(routes.health).then(({ status, body }) => json(status, body, status === 503 ? { 'retry-after': '30' } : {}));
      return;
    }
    if (path === AUTH_CONFIG_PATH && routes.authConfig) return json(200, routes.authConfig);
    if (routes.production && path.startsWith(DEV_PREFIX)) {
      return json(404, { error: { code: 'not-found', message_zh: '页面不存在', message_en: 'Not Found' } });
    }
    gateway(req, res);
  };
}

/**
 * The server for the listener: HTTPS with the center's certificate and key when given,
 * otherwise plain HTTP (behind a reverse proxy that ends TLS, or for this machine alone).
 */
export function createSystemServer(listener: RequestListener, tls?: { certFile: string; keyFile: string }): Server {
  if (!tls) return createServer(listener);
  return createHttpsServer({ cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) }, listener);
}

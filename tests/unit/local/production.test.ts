/**
 * The pieces of production mode that need no server: the configuration's checks, the
 * mapping of an issuer's claims to the handlers' principal, whose forwarded address is
 * believed, the health answer, TLS serving, and the engine chosen from STORE.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { CLAIMS, principalOf } from '#functions/principal';
import { listCenterIds, centerListItem } from '#store/center-list';
import { openSqliteStore } from '#store/sqlite';
import { claimsAsApiGateway } from '../../../infra/local/api-event.ts';
import { DEFAULT_ENGINE, UnknownEngineError, engineFrom } from '../../../infra/local/engine.ts';
import { forThisClient, mapClaims } from '../../../infra/local/oidc.ts';
import { clientAddress, createSystemServer, health, withSystemRoutes } from '../../../infra/local/production.ts';
import { SERVE_SETTINGS, ServeConfigError, loadServeConfig } from '../../../infra/local/serve-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'honor-board-prod-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OIDC = { OIDC_ISSUER: 'https://id.example.gov.cn/realms/center', OIDC_CLIENT_ID: 'honor-board' };

describe('production configuration', () => {
  it('takes the defaults behind a reverse proxy', () => {
    const config = loadServeConfig({ ...OIDC, TRUSTED_PROXIES: '10.0.0.5, 10.0.0.6', HOST: '127.0.0.1' });
    expect(config).toEqual({
      host: '127.0.0.1',
      port: 8080,
      trustedProxies: ['10.0.0.5', '10.0.0.6'],
      oidc: { ...{ issuer: OIDC.OIDC_ISSUER, clientId: 'honor-board' }, scope: 'openid profile', claims: { roles: 'roles', center: 'center_id', window: 'window_id', officer: 'officer_id' } },
      scoreEverySeconds: 300,
      backup: { everyHours: 24, keep: 14 },
    });
  });

  it('serves TLS on 443 with the certificate and key, and reads the claim names', () => {
    const cert = join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', cert], { stdio: 'ignore' });
    const config = loadServeConfig({ ...OIDC, TLS_CERT_FILE: cert, TLS_KEY_FILE: join(dir, 'key.pem'), OIDC_ROLES_CLAIM: 'realm_access.roles', BACKUP_KEEP: '30' });
    expect(config.port).toBe(443);
    expect(config.host).toBe('0.0.0.0');
    expect(config.tls).toEqual({ certFile: cert, keyFile: join(dir, 'key.pem') });
    expect(config.oidc.claims.roles).toBe('realm_access.roles');
    expect(config.backup.keep).toBe(30);
  });

  it('refuses, naming every problem, in both languages', () => {
    const error = (() => {
      try {
        loadServeConfig({ OIDC_ISSUER: 'not a url', TLS_CERT_FILE: join(dir, 'missing.pem'), BACKUP_KEEP: '0', PORT: '70000' });
      } catch (e) {
        return e as ServeConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ServeConfigError);
    const text = error!.problems.join('\n');
    expect(text).toMatch(/OIDC_ISSUER: .*issuer URL.*身份提供方/);
    expect(text).toMatch(/OIDC_CLIENT_ID: .*须设置/);
    expect(text).toMatch(/TLS_CERT_FILE: TLS_CERT_FILE and TLS_KEY_FILE go together/);
    expect(text).toMatch(/TLS_CERT_FILE: .*missing\.pem does not exist/);
    expect(text).toMatch(/BACKUP_KEEP: a whole number of at least 1/);
    expect(text).toMatch(/PORT: a whole number from 0 to 65535/);
    // Plain HTTP on the network without a proxy in front is refused.
    expect(() => loadServeConfig({ ...OIDC })).toThrow(/needs TLS .* or a reverse proxy/);
  });
});

describe('deployment files', () => {
  it('the example settings name only settings production mode reads, and the unit runs npm run serve', () => {
    const example = readFileSync('deploy/honor-board.env.example', 'utf8');
    const names = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => !SERVE_SETTINGS.includes(name))).toEqual([]);
    const unit = readFileSync('deploy/honor-board.service', 'utf8');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/npm run serve$/m);
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/honor-board\/honor-board\.env$/m);
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.serve).toContain('NODE_ENV=production');
  });
});

describe('OIDC claims', () => {
  const claims = { roles: 'realm_access.roles', center: 'center_id', window: 'window_id', officer: 'officer_id' };
  const event = (payload: Record<string, unknown>) =>
    ({ requestContext: { authorizer: { jwt: { claims: claimsAsApiGateway(payload), scopes: [] } } } }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

  it('maps a Keycloak-style token to the principal the handlers read', () => {
    const payload = { sub: 'u-1', jti: 'j-1', realm_access: { roles: ['offline_access', 'clerk'] }, center_id: 'c1', window_id: 'w03' };
    expect(principalOf(event(mapClaims(payload, claims)))).toEqual({ subject: 'u-1', role: 'clerk', centerId: 'c1', windowId: 'w03', credential: 'j-1' });
  });

  it('binds an officer’s own account to the officer its configured claim names', () => {
    const payload = { sub: 'u-3', jti: 'j-3', realm_access: { roles: ['officer'] }, center_id: 'c1', officer_id: 'o007' };
    expect(principalOf(event(mapClaims(payload, claims)))).toEqual({ subject: 'u-3', role: 'officer', centerId: 'c1', officerId: 'o007', credential: 'j-3' });
  });

  it('takes roles only from the configured claim, never from claims named like the handlers’', () => {
    const payload = { sub: 'u-2', [CLAIMS.groups]: ['admin'], [CLAIMS.center]: 'other', roles: 'admin', center_id: 'c1' };
    const mapped = mapClaims(payload, claims);
    expect(mapped[CLAIMS.groups]).toBeUndefined();
    expect(mapped[CLAIMS.center]).toBe('c1');
    expect(principalOf(event(mapped))).toBeUndefined();
    // 'public' is not a role a token can carry; a plain string claim works.
    expect(mapClaims({ sub: 'u', roles: 'public supervisor' }, { ...claims, roles: 'roles' })[CLAIMS.groups]).toEqual(['supervisor']);
  });

  it('accepts a token for this client or the configured audience only', () => {
    const client = { clientId: 'honor-board' };
    expect(forThisClient({ aud: 'honor-board' }, client)).toBe(true);
    expect(forThisClient({ aud: ['account', 'x'], azp: 'honor-board' }, client)).toBe(true);
    expect(forThisClient({ aud: 'other', client_id: 'honor-board' }, client)).toBe(true);
    expect(forThisClient({ aud: 'other', azp: 'other' }, client)).toBe(false);
    expect(forThisClient({ aud: 'honor-board' }, { ...client, audience: 'api' })).toBe(false);
    expect(forThisClient({ aud: ['api'] }, { ...client, audience: 'api' })).toBe(true);
  });
});

describe('the caller’s address', () => {
  const proxies = ['10.0.0.5', '10.0.0.6'];
  it('believes X-Forwarded-For only from a trusted proxy, from the right', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', proxies)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', '198.51.100.1', proxies)).toBe('198.51.100.1');
    // The caller wrote the leftmost entry itself; the proxies appended the rest.
    expect(clientAddress('::ffff:10.0.0.5', '1.2.3.4, 198.51.100.1, 10.0.0.6', proxies)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.5', 'garbage', proxies)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', undefined, proxies)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', '198.51.100.1', [])).toBe('10.0.0.5');
  });
});

describe('health and the system routes', () => {
  it('answers 200 when the database answers and 503 when it does not', async () => {
    expect(await health({ engine: 'sqlite', probe: async () => undefined })).toMatchObject({ status: 200, body: { status: 'ok', database: { engine: 'sqlite', ok: true } } });
    const down = await health({ engine: 'sqlite', probe: () => Promise.reject(new Error('disk I/O error')) });
    expect(down).toMatchObject({ status: 503, body: { status: 'unavailable', message_zh: '数据库暂不可用', database: { ok: false, error: 'disk I/O error' } } });
    const silent = await health({ engine: 'dynamodb-local', probe: () => new Promise(() => undefined) }, 10);
    expect(silent).toMatchObject({ status: 503, body: { database: { error: 'no answer within 10 ms' } } });
  });

  it('serves over TLS with the configured certificate, without development routes in production', async () => {
    const listener = withSystemRoutes((_req, res) => res.writeHead(299).end('gateway'), {
      production: true,
      health: { engine: 'sqlite', probe: async () => undefined },
      authConfig: { issuer: 'https://id.example', clientId: 'honor-board', scope: 'openid' },
    });
    const server = createSystemServer(listener, { certFile: join(dir, 'cert.pem'), keyFile: join(dir, 'key.pem') });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const ca = execFileSync('cat', [join(dir, 'cert.pem')]);
    const fetchTls = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) =>
        get({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path, ca, servername: 'localhost' }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        }).on('error', reject),
      );
    try {
      expect(await fetchTls('/api/health')).toMatchObject({ status: 200 });
      expect(JSON.parse((await fetchTls('/auth/config.json')).body)).toEqual({ issuer: 'https://id.example', clientId: 'honor-board', scope: 'openid' });
      expect((await fetchTls('/_dev/token?role=admin')).status).toBe(404);
      expect(await fetchTls('/months/')).toEqual({ status: 299, body: 'gateway' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('engine and centers', () => {
  it('chooses the engine from STORE and refuses an unknown one in both languages', () => {
    expect(engineFrom({})).toBe(DEFAULT_ENGINE);
    expect(engineFrom({ STORE: 'sqlite' })).toBe('sqlite');
    expect(engineFrom({ STORE: 'dynamodb-local' })).toBe('dynamodb-local');
    expect(() => engineFrom({ STORE: 'postgres' })).toThrow(UnknownEngineError);
    expect(() => engineFrom({ STORE: 'postgres' })).toThrow(/不是可用的存储引擎/);
  });

  it('lists every center written to the list', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    await store.putMany([centerListItem('c2'), centerListItem('c1'), { pk: 'C#c1', sk: 'META' }]);
    expect(await listCenterIds(store)).toEqual(['c1', 'c2']);
    store.close();
  });
});

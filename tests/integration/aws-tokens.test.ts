/**
 * The tokens AWS issues, through the local gateway and the handlers: a device pool ID token
 * posts a rating; a person signs in by authorization code + PKCE with the site's own
 * sign-in code (site/src/scripts/oidc.ts, openid-client) and reads records with the ID
 * token it gets. The development issuer must mint exactly the claims a Cognito ID token
 * carries, so what passes here passes the API Gateway JWT authorizer and the same handlers.
 */
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listWindowMonthRecords } from '#store/records';
import { CALLBACK_PATH, DEV_CLIENTS, DEV_OIDC_PATH } from '../../infra/local/dev-issuer.ts';
import type { LocalSystem } from '../../infra/local/system.ts';
import { beginSignIn, completeSignIn, loadSignInConfig } from '../../site/src/scripts/oidc.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
/** The requests' clock, pinned inside October 2026 (open until 2026-11-06), after the rating's time. */
const CLOCK = new Date('2026-10-21T10:00:00+08:00');
beforeAll(async () => {
  system = await startTestSystem(undefined, { now: () => CLOCK });
});
afterAll(() => system?.stop());

/**
 * The claims of a Cognito user pool ID token (Amazon Cognito Developer Guide, "Understanding
 * the identity (ID) token"), for a user with groups and the two custom attributes of
 * infra/cdk/auth.ts; `nonce` and `at_hash` are added in the authorization-code flow.
 */
const COGNITO_ID_TOKEN_CLAIMS = [
  'sub',
  'cognito:groups',
  'iss',
  'cognito:username',
  'origin_jti',
  'aud',
  'event_id',
  'token_use',
  'auth_time',
  'custom:center_id',
  'custom:window_id',
  'exp',
  'iat',
  'jti',
].sort();

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
};

describe('a device pool ID token', () => {
  it('has the claims of a Cognito ID token, for the device client, and posts a rating of its own window', async () => {
    const token = await system.issuer.sign({ role: 'device', subject: 'dev-7f3a', centerId: 'demo', windowId: 'w01', ttlSeconds: 3600 });
    const claims = decodeJwt(token);
    expect(Object.keys(claims).sort()).toEqual(COGNITO_ID_TOKEN_CLAIMS);
    expect(claims).toMatchObject({
      token_use: 'id',
      aud: DEV_CLIENTS.device,
      iss: `${system.url}${DEV_OIDC_PATH}`,
      'cognito:groups': ['device'],
      'cognito:username': 'dev-7f3a',
      'custom:center_id': 'demo',
      'custom:window_id': 'w01',
    });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', kid: 'dev' });

    const response = await fetch(`${system.url}/api/v1/centers/demo/evaluations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ windowId: 'w01', ratedAt: '2026-10-20T09:15:00+08:00', scale: 'five-level', rating: '满意' }),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const stored = await listWindowMonthRecords(system.store, 'demo', 'w01', '2026-10');
    // The handler took its subject from the token's `sub`.
    expect(stored.find((r) => r.id === id)).toMatchObject({ type: 'evaluation', submittedBy: 'dev-7f3a' });
  });

  it('is no credential on a staff route, nor a staff token on a device route (two pools, two authorizers)', async () => {
    const device = await system.issuer.sign({ role: 'device', subject: 'dev-1', centerId: 'demo', windowId: 'w01' });
    const clerk = await system.issuer.sign({ role: 'clerk', subject: 'clerk-1', centerId: 'demo', windowId: 'w01' });
    const read = await fetch(`${system.url}/api/v1/centers/demo/windows/w01/records?month=2026-10`, { headers: { authorization: `Bearer ${device}` } });
    expect(read.status).toBe(401);
    const post = await fetch(`${system.url}/api/v1/centers/demo/evaluations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerk}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ windowId: 'w01', ratedAt: '2026-10-20T09:15:00+08:00', scale: 'five-level', rating: '满意' }),
    });
    expect(post.status).toBe(401);
  });
});

describe('staff sign-in: authorization code with PKCE, then the API with the ID token', () => {
  /** The person's part: the issuer's page is shown, a role is picked, the browser is sent back with a code. */
  async function approve(authorizeUrl: URL, choice: Record<string, string>): Promise<URL> {
    expect((await fetch(authorizeUrl)).status).toBe(200);
    const form = new URLSearchParams(authorizeUrl.searchParams);
    for (const [name, value] of Object.entries(choice)) form.set(name, value);
    const answer = await fetch(new URL(`${DEV_OIDC_PATH}/authorize`, system.url), { method: 'POST', body: form, redirect: 'manual' });
    expect(answer.status).toBe(302);
    return new URL(answer.headers.get('location')!);
  }

  it('signs a clerk in through /auth/config.json and discovery, and the token reads the clerk’s window', async () => {
    const config = await loadSignInConfig(system.url);
    expect(config).toEqual({ issuer: `${system.url}${DEV_OIDC_PATH}`, clientId: DEV_CLIENTS.web, scope: 'openid profile' });
    const storage = memoryStorage();
    const authorizeUrl = await beginSignIn(config, system.url, '/forms/attendance/', storage);
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(`${system.url}${CALLBACK_PATH}`);

    const callback = await approve(authorizeUrl, { role: 'clerk', center: 'demo', window: 'w01' });
    expect(callback.pathname).toBe(CALLBACK_PATH);
    const { idToken, returnPath } = await completeSignIn(config, callback, storage);
    expect(returnPath).toBe('/forms/attendance/');
    const claims = decodeJwt(idToken);
    expect(Object.keys(claims).filter((k) => k !== 'nonce' && k !== 'at_hash').sort()).toEqual(COGNITO_ID_TOKEN_CLAIMS);
    expect(claims).toMatchObject({ token_use: 'id', aud: DEV_CLIENTS.web, 'cognito:groups': ['clerk'], 'custom:window_id': 'w01' });

    const own = await fetch(`${system.url}/api/v1/centers/demo/windows/w01/records?month=2026-10&type=attendance`, { headers: { authorization: `Bearer ${idToken}` } });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { records: unknown[] }).records.length).toBeGreaterThan(0);
    const other = await fetch(`${system.url}/api/v1/centers/demo/windows/w02/records?month=2026-10`, { headers: { authorization: `Bearer ${idToken}` } });
    expect(other.status).toBe(403);
  });

  it('refuses a code exchanged without its verifier, a code used twice, and a request without PKCE', async () => {
    const config = await loadSignInConfig(system.url);
    const storage = memoryStorage();
    const callback = await approve(await beginSignIn(config, system.url, '/', storage), { role: 'supervisor', center: 'demo' });
    const code = callback.searchParams.get('code')!;
    const exchange = (verifier: string) =>
      fetch(new URL(`${DEV_OIDC_PATH}/token`, system.url), {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: DEV_CLIENTS.web, redirect_uri: `${system.url}${CALLBACK_PATH}`, code_verifier: verifier }),
      });
    const wrong = await exchange('x'.repeat(43));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    // The failed attempt spent the code: the right verifier is too late.
    const { verifier } = JSON.parse(storage.getItem('honor-board.sign-in')!) as { verifier: string };
    expect((await exchange(verifier)).status).toBe(400);

    const noPkce = new URL(`${DEV_OIDC_PATH}/authorize`, system.url);
    noPkce.search = new URLSearchParams({ client_id: DEV_CLIENTS.web, response_type: 'code', scope: 'openid', redirect_uri: `${system.url}${CALLBACK_PATH}` }).toString();
    expect((await fetch(noPkce)).status).toBe(400);
  });
});

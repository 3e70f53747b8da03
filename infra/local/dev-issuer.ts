/**
 * Local development issuer: an OpenID Connect provider with the same flow and the same
 * tokens as the Cognito user pools of the AWS stack (infra/cdk/auth.ts), so the site's
 * sign-in and the API see no difference between the two places.
 *
 * - Tokens are **Cognito ID tokens** in shape: `token_use: "id"`, `aud` = the app client,
 *   the role in `cognito:groups`, center and window as `custom:center_id` /
 *   `custom:window_id` (the names of `CLAIMS`), `cognito:username`, `auth_time`,
 *   `origin_jti`, `event_id`, `jti`. A device's token is the device pool's, for the device
 *   client; a person's is the staff pool's, for the web client.
 * - The flow is authorization code with PKCE (S256): discovery, JWKS, an authorize page
 *   where a role, center, window and (for an officer's own account) officer are picked instead of a password, and a token endpoint
 *   that checks the code verifier. (Refused in production: there the issuer is Cognito or
 *   the province's own.)
 * - `verify` checks a token as the API Gateway JWT authorizer does: signature, issuer,
 *   audience, expiry.
 *
 * Keys persist in `.data/` for `npm start`, so printed tokens keep working across restarts.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { type JWK, type JWTPayload, SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify } from 'jose';
import { ROLE_NAMES, ROLES, type Role } from '#core/roles';
import { CLAIMS } from '#functions/principal';

/** The issuer before the gateway knows its own address (tokens signed then name it). */
export const DEV_ISSUER = 'https://dev-issuer.honor-board.local';
/** Where the issuer lives on the local gateway's origin. */
export const DEV_OIDC_PATH = '/_dev/oidc';
/** The app clients, as the two user pools have them: the site's (people) and the devices'. */
export const DEV_CLIENTS = { web: 'honor-board-local', device: 'honor-board-local-devices' } as const;
/** The web client: what the site's sign-in asks for and what staff tokens are issued to. */
export const DEV_AUDIENCE = DEV_CLIENTS.web;
export const SIGN_IN_SCOPE = 'openid profile';
const ALG = 'RS256';
const KID = 'dev';
/** Where the site's sign-in comes back to (site/src/pages/auth/callback), as in the stack. */
export const CALLBACK_PATH = '/auth/callback/';

export interface TokenRequest {
  readonly role: Role;
  readonly subject: string;
  readonly centerId?: string;
  readonly windowId?: string;
  /** An officer's own account: the officer it is bound to (`custom:officer_id`). */
  readonly officerId?: string;
  /** Lifetime in seconds (default 30 days: demo tokens outlive a working session). */
  readonly ttlSeconds?: number;
  /** Echoed from the authorization request, as Cognito does. */
  readonly nonce?: string;
  /** The access token issued beside the ID token, for its `at_hash`. */
  readonly accessToken?: string;
}

export interface DevIssuer {
  /** The issuer identifier (`iss`): the gateway's origin + DEV_OIDC_PATH once it listens. */
  readonly issuer: string;
  /** Names the issuer by the gateway's origin (call once the port is known). */
  useOrigin(origin: string): void;
  /** An ID token of the shape Cognito issues: what the site and the devices send to the API. */
  sign(request: TokenRequest): Promise<string>;
  /** The access token issued beside it, as Cognito's (group, client, scope; no custom claims, so the API is not given it). */
  signAccess(request: TokenRequest): Promise<string>;
  /** Claims of a valid token; throws on a bad signature, issuer, audience or expiry. */
  verify(token: string, options?: { readonly audience?: string | readonly string[] }): Promise<JWTPayload>;
  /** The public key set (`jwks_uri`). */
  readonly jwks: { readonly keys: readonly JWK[] };
  /** Pending authorization codes: one use each, a minute to live. */
  readonly codes: Map<string, PendingCode>;
}

interface PendingCode {
  readonly request: TokenRequest;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly expiresAt: number;
}

async function loadOrCreateKeys(keyFile?: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  if (keyFile && existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, 'utf8'));
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const keys = { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(keys), { mode: 0o600 });
  }
  return keys;
}

const base64url = (bytes: Buffer): string => bytes.toString('base64url');
/** OpenID Connect `at_hash`: the left half of the access token's SHA-256. */
const atHash = (accessToken: string): string => base64url(createHash('sha256').update(accessToken).digest().subarray(0, 16));
export const pkceChallenge = (verifier: string): string => base64url(createHash('sha256').update(verifier).digest());

export async function createDevIssuer(keyFile?: string): Promise<DevIssuer> {
  const { privateJwk, publicJwk } = await loadOrCreateKeys(keyFile);
  const privateKey = await importJWK(privateJwk, ALG);
  const publicKey = await importJWK(publicJwk, ALG);
  let issuer = DEV_ISSUER;
  return {
    get issuer() {
      return issuer;
    },
    useOrigin(origin) {
      issuer = `${origin.replace(/\/$/, '')}${DEV_OIDC_PATH}`;
    },
    jwks: { keys: [{ ...publicJwk, kid: KID, alg: ALG, use: 'sig' }] },
    codes: new Map(),
    async sign({ role, subject, centerId, windowId, officerId, ttlSeconds = 30 * 24 * 3600, nonce, accessToken }) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        [CLAIMS.groups]: [role],
        'cognito:username': subject,
        ...(centerId ? { [CLAIMS.center]: centerId } : {}),
        ...(windowId ? { [CLAIMS.window]: windowId } : {}),
        ...(officerId ? { [CLAIMS.officer]: officerId } : {}),
        token_use: 'id',
        auth_time: now,
        origin_jti: randomUUID(),
        event_id: randomUUID(),
        ...(nonce ? { nonce } : {}),
        ...(accessToken ? { at_hash: atHash(accessToken) } : {}),
      })
        .setProtectedHeader({ alg: ALG, kid: KID })
        .setIssuer(issuer)
        .setAudience(role === 'device' ? DEV_CLIENTS.device : DEV_CLIENTS.web)
        .setSubject(subject)
        .setJti(randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(now + ttlSeconds)
        .sign(privateKey);
    },
    async signAccess({ role, subject, ttlSeconds = 3600 }) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        [CLAIMS.groups]: [role],
        client_id: role === 'device' ? DEV_CLIENTS.device : DEV_CLIENTS.web,
        token_use: 'access',
        scope: SIGN_IN_SCOPE,
        auth_time: now,
        origin_jti: randomUUID(),
        event_id: randomUUID(),
        username: subject,
      })
        .setProtectedHeader({ alg: ALG, kid: KID })
        .setIssuer(issuer)
        .setSubject(subject)
        .setJti(randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(now + ttlSeconds)
        .sign(privateKey);
    },
    async verify(token, options = {}) {
      const { payload } = await jwtVerify(token, publicKey, { issuer, algorithms: [ALG], requiredClaims: ['exp', 'sub'] });
      // As the API Gateway JWT authorizer: an ID token's `aud`, or an access token's `client_id`, must be an accepted client.
      const accepted: readonly string[] = [options.audience ?? [DEV_CLIENTS.web, DEV_CLIENTS.device]].flat();
      const audiences = [payload.aud ?? []].flat();
      const clientId = typeof payload.client_id === 'string' ? payload.client_id : undefined;
      const known = audiences.length ? audiences.some((aud) => accepted.includes(aud)) : clientId !== undefined && accepted.includes(clientId);
      if (!known) throw new Error('token is for another client');
      return payload;
    },
  };
}

export interface SignInConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
}

/** What `GET /auth/config.json` answers locally: this issuer and the web client. */
export const devSignInConfig = (issuer: DevIssuer): SignInConfig => ({ issuer: issuer.issuer, clientId: DEV_CLIENTS.web, scope: SIGN_IN_SCOPE });

type Answer = { status: number; headers?: Record<string, string>; body: string };
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify(body),
});
const oauthError = (error: string, description: string): Answer => json(400, { error, error_description: description });

/** Answers a request under DEV_OIDC_PATH (discovery, JWKS, authorize, token); `body` is the form-encoded body of a POST. */
export async function handleDevOidc(issuer: DevIssuer, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<void> {
  const answer = await devOidcAnswer(issuer, req.method ?? 'GET', url, body);
  res.writeHead(answer.status, answer.headers ?? {});
  res.end(answer.body);
}

export async function devOidcAnswer(issuer: DevIssuer, method: string, url: URL, body: Buffer): Promise<Answer> {
  const path = url.pathname.slice(DEV_OIDC_PATH.length);
  const base = issuer.issuer;
  if (path === '/.well-known/openid-configuration' && method === 'GET') {
    return json(200, {
      issuer: base,
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/jwks`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [ALG],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      scopes_supported: SIGN_IN_SCOPE.split(' '),
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', CLAIMS.groups, CLAIMS.center, CLAIMS.window, CLAIMS.officer],
    });
  }
  if (path === '/jwks' && method === 'GET') return json(200, issuer.jwks);
  if (path === '/authorize') {
    const params = method === 'POST' ? new URLSearchParams(body.toString('utf8')) : url.searchParams;
    const problem = authorizeProblem(params, new URL(issuer.issuer));
    if (problem) return { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page('Sign-in request refused / 登录请求被拒绝', `<p>${escape(problem)}</p>`) };
    if (method === 'GET') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: authorizePage(params) };
    if (method === 'POST') return approve(issuer, params);
  }
  if (path === '/token' && method === 'POST') return token(issuer, new URLSearchParams(body.toString('utf8')));
  return json(404, { error: 'not_found' });
}

/** Why an authorization request is refused, or undefined: only the web client, back to this origin's callback, with PKCE. */
function authorizeProblem(params: URLSearchParams, issuerUrl: URL): string | undefined {
  if (params.get('client_id') !== DEV_CLIENTS.web) return `unknown client_id: ${params.get('client_id') ?? '(none)'}`;
  if (params.get('response_type') !== 'code') return 'response_type must be code';
  const redirect = params.get('redirect_uri') ?? '';
  let target: URL | undefined;
  try {
    target = new URL(redirect);
  } catch {
    target = undefined;
  }
  if (!target || target.origin !== issuerUrl.origin || target.pathname !== CALLBACK_PATH) return `redirect_uri must be ${CALLBACK_PATH} on this origin`;
  if (params.get('code_challenge_method') !== 'S256' || !params.get('code_challenge')) return 'PKCE with S256 is required';
  if (!(params.get('scope') ?? '').split(' ').includes('openid')) return 'scope must include openid';
  return undefined;
}

const WINDOW_ROLES: readonly Role[] = ['device', 'clerk', 'head'];
const PEOPLE = ROLES.filter((role) => role !== 'public' && role !== 'device');

function approve(issuer: DevIssuer, params: URLSearchParams): Answer {
  const role = params.get('role') as Role | null;
  if (!role || !(PEOPLE as readonly string[]).includes(role)) return json(400, { error: 'invalid_request', error_description: 'role' });
  const centerId = (params.get('center') ?? '').trim();
  const windowId = (params.get('window') ?? '').trim();
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(centerId)) return json(400, { error: 'invalid_request', error_description: 'center' });
  const needsWindow = WINDOW_ROLES.includes(role);
  if (needsWindow && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(windowId)) return json(400, { error: 'invalid_request', error_description: 'window' });
  const officerId = (params.get('officer') ?? '').trim();
  const needsOfficer = role === 'officer';
  if (needsOfficer && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(officerId)) return json(400, { error: 'invalid_request', error_description: 'officer' });
  const code = base64url(randomBytes(24));
  issuer.codes.set(code, {
    request: {
      role,
      subject: `dev-${role}${needsWindow ? `-${windowId}` : ''}${needsOfficer ? `-${officerId}` : ''}`,
      centerId,
      ...(needsWindow ? { windowId } : {}),
      ...(needsOfficer ? { officerId } : {}),
      ttlSeconds: 3600,
      ...(params.get('nonce') ? { nonce: params.get('nonce')! } : {}),
    },
    clientId: DEV_CLIENTS.web,
    redirectUri: params.get('redirect_uri')!,
    codeChallenge: params.get('code_challenge')!,
    expiresAt: Date.now() + 60_000,
  });
  const back = new URL(params.get('redirect_uri')!);
  back.searchParams.set('code', code);
  if (params.get('state')) back.searchParams.set('state', params.get('state')!);
  back.searchParams.set('iss', issuer.issuer);
  return { status: 302, headers: { location: back.href, 'cache-control': 'no-store' }, body: '' };
}

async function token(issuer: DevIssuer, params: URLSearchParams): Promise<Answer> {
  if (params.get('grant_type') !== 'authorization_code') return oauthError('unsupported_grant_type', 'authorization_code only');
  const code = params.get('code') ?? '';
  const pending = issuer.codes.get(code);
  // A code is good once: a replayed code fails like an unknown one.
  issuer.codes.delete(code);
  if (!pending || pending.expiresAt < Date.now()) return oauthError('invalid_grant', 'unknown, used or expired code');
  if (params.get('client_id') !== pending.clientId) return oauthError('invalid_grant', 'client_id does not match the code');
  if (params.get('redirect_uri') !== pending.redirectUri) return oauthError('invalid_grant', 'redirect_uri does not match the code');
  const verifier = params.get('code_verifier') ?? '';
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier) || pkceChallenge(verifier) !== pending.codeChallenge) {
    return oauthError('invalid_grant', 'code_verifier does not match the code_challenge');
  }
  const accessToken = await issuer.signAccess(pending.request);
  const idToken = await issuer.sign({ ...pending.request, accessToken });
  return json(200, { id_token: idToken, access_token: accessToken, token_type: 'Bearer', expires_in: pending.request.ttlSeconds ?? 3600 });
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, content: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.6}label{display:block;margin:.8rem 0 .2rem}select,input,button{font:inherit;padding:.4rem;min-width:16rem}button{margin-top:1rem}.note{background:#fff4d6;padding:.6rem;border-radius:4px}</style></head>
<body><h1>${escape(title)}</h1>${content}</body></html>`;
}

/** The development sign-in page: a role, a center and a window instead of a password. */
function authorizePage(params: URLSearchParams): string {
  const hidden = ['client_id', 'response_type', 'redirect_uri', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method']
    .filter((name) => params.get(name) !== null)
    .map((name) => `<input type="hidden" name="${name}" value="${escape(params.get(name)!)}">`)
    .join('');
  const options = PEOPLE.map((role) => `<option value="${role}"${role === 'clerk' ? ' selected' : ''}>${escape(ROLE_NAMES[role].zh)} / ${escape(ROLE_NAMES[role].en)} (${role})</option>`).join('');
  return page(
    '开发用登录 / Development sign-in',
    `<p class="note">本地开发环境：选择角色即可登录，无需密码。生产环境使用 Cognito 或本省统一身份认证。<br>Local development: pick a role instead of a password. In production the sign-in is Cognito's or the province's own.</p>
<form method="post" action="${DEV_OIDC_PATH}/authorize">${hidden}
<label for="role">角色 Role</label><select id="role" name="role">${options}</select>
<label for="center">中心 Center</label><input id="center" name="center" value="demo" required pattern="[a-z0-9][a-z0-9-]{0,39}">
<label for="window">窗口 Window (评价器、登记员、窗口负责人 / device, clerk, head)</label><input id="window" name="window" value="w01" pattern="[a-z0-9][a-z0-9-]{0,39}">
<label for="officer">工号 Officer (工作人员本人 / officer's own view)</label><input id="officer" name="officer" value="o001" pattern="[a-z0-9][a-z0-9-]{0,39}">
<button type="submit">登录 Sign in</button></form>`,
  );
}

/**
 * Staff sign-in by OpenID Connect, authorization code with PKCE (S256), state and nonce —
 * the same code against Cognito's managed login in AWS, the development issuer locally and
 * a province's own issuer: which one is read at run time from `/auth/config.json`. The
 * protocol work is openid-client's; this module only keeps the request's secrets between
 * the redirect and the callback (sessionStorage of this tab) and hands back the ID token,
 * the credential the API takes (its claims carry role, center and window).
 */
import * as oidc from 'openid-client';

export interface SignInConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
}

/** Where the issuer sends the browser back to: a page of this site (site/src/pages/auth/callback). */
export const CALLBACK_PATH = '/auth/callback/';
const PENDING_KEY = 'honor-board.sign-in';

interface Pending {
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
  readonly returnPath: string;
}

/** The part of the Storage API this needs (sessionStorage in the browser). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export async function loadSignInConfig(origin: string, fetchImpl: typeof fetch = fetch): Promise<SignInConfig> {
  const response = await fetchImpl(new URL('/auth/config.json', origin), { cache: 'no-store' });
  if (!response.ok) throw new Error(`sign-in configuration: HTTP ${response.status}`);
  const config = (await response.json()) as Partial<SignInConfig>;
  if (typeof config.issuer !== 'string' || typeof config.clientId !== 'string' || typeof config.scope !== 'string') {
    throw new Error('sign-in configuration: issuer, clientId and scope are required');
  }
  return config as SignInConfig;
}

/** An http:// issuer is allowed only on this machine (the development issuer); anywhere else it must be https. */
const isLocal = (url: URL): boolean => url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

async function discover(config: SignInConfig): Promise<oidc.Configuration> {
  const issuer = new URL(config.issuer);
  return oidc.discovery(issuer, config.clientId, undefined, oidc.None(), isLocal(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined);
}

/** The issuer's authorization URL for this sign-in; the request's secrets are kept in `storage` for the callback. */
export async function beginSignIn(config: SignInConfig, origin: string, returnPath: string, storage: KeyValueStore): Promise<URL> {
  const server = await discover(config);
  const pending: Pending = { verifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce(), returnPath };
  storage.setItem(PENDING_KEY, JSON.stringify(pending));
  return oidc.buildAuthorizationUrl(server, {
    redirect_uri: new URL(CALLBACK_PATH, origin).href,
    scope: config.scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });
}

/**
 * The callback: checks state, exchanges the code with the verifier, checks the ID token's
 * issuer, audience, nonce and expiry, and returns it with where the person was going.
 * The request's secrets are used once: gone whether this succeeds or not.
 */
export async function completeSignIn(config: SignInConfig, callbackUrl: URL, storage: KeyValueStore): Promise<{ idToken: string; returnPath: string }> {
  const saved = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY);
  if (!saved) throw new Error('no sign-in in progress in this tab');
  const pending = JSON.parse(saved) as Pending;
  const server = await discover(config);
  const tokens = await oidc.authorizationCodeGrant(server, callbackUrl, {
    pkceCodeVerifier: pending.verifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  if (!tokens.id_token) throw new Error('the issuer returned no ID token');
  return { idToken: tokens.id_token, returnPath: pending.returnPath };
}

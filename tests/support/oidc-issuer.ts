/**
 * A real OpenID Connect issuer for the production-mode tests (`oidc-provider`, the library
 * many identity providers are built on): authorization code with PKCE for a public client,
 * JWT access tokens for the API's audience carrying the roles, center and window claims a
 * center's identity provider would be configured to add. The login page is replaced by an
 * account picked with `login_hint` (consent is implied: the site is a first-party client).
 */
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import * as client from 'openid-client';

export interface Account {
  readonly roles?: readonly string[];
  readonly center_id?: string;
  readonly window_id?: string;
}

export const SITE_CLIENT_ID = 'honor-board-site';
export const API_AUDIENCE = 'honor-board';
const API_RESOURCE = 'https://honor-board.api/';
export const SCOPE = 'openid profile honor';

export interface TestIssuer {
  readonly issuer: string;
  stop(): Promise<void>;
}

/** The site's sign-in callback: where the issuer sends the browser back with the code. */
export const siteRedirectUri = (siteUrl: string): string => `${siteUrl}/sign-in/callback/`;

export async function startOidcIssuer(options: { accounts: Readonly<Record<string, Account>>; siteUrls: readonly string[] }): Promise<TestIssuer> {
  const { accounts } = options;
  let provider: Provider | undefined;
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      // The login step: the account named by login_hint signs in.
      (async () => {
        const details = await provider!.interactionDetails(req, res);
        const accountId = String(details.params.login_hint ?? '');
        if (!(accountId in accounts)) throw new Error(`no test account ${accountId}`);
        await provider!.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      })().catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
      return;
    }
    provider!.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-1', alg: 'RS256', use: 'sig' };
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: SITE_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: options.siteUrls.map(siteRedirectUri),
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: ['test-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 3600, IdToken: 3600, AuthorizationCode: 60 },
    scopes: ['openid', 'profile', 'honor'],
    claims: { openid: ['sub'], profile: ['name'], honor: ['roles', 'center_id', 'window_id'] },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'honor', audience: API_AUDIENCE, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
      },
    },
    findAccount: (_ctx, sub) => (sub in accounts ? { accountId: sub, claims: () => ({ sub, name: sub, ...accounts[sub] }) } : undefined) as never,
    extraTokenClaims: (_ctx, token) => {
      const accountId = (token as { accountId?: string }).accountId;
      return accountId ? { ...accounts[accountId] } : undefined;
    },
    // A first-party client: the grant covers everything it asks for, no consent page.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope(SCOPE);
      grant.addOIDCClaims(['roles', 'center_id', 'window_id']);
      grant.addResourceScope(API_RESOURCE, 'honor');
      await grant.save();
      return grant;
    },
  });
  return {
    issuer,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Cookies across the redirects of a sign-in, as a browser keeps them. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Signs in as the site does: reads `/auth/config.json` from the system, discovers the
 * issuer, sends the browser (here: fetch following redirects with cookies) to the
 * authorization endpoint with a PKCE challenge, and redeems the code at the token endpoint
 * with the verifier. Returns the access token the site sends to the API.
 */
export async function signInAsSite(siteUrl: string, account: string): Promise<{ accessToken: string; idToken: string | undefined }> {
  const siteConfig = (await (await fetch(`${siteUrl}/auth/config.json`)).json()) as { issuer: string; clientId: string; scope: string };
  const config = await client.discovery(new URL(siteConfig.issuer), siteConfig.clientId, undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
  const redirectUri = siteRedirectUri(siteUrl);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  let url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: siteConfig.scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    login_hint: account,
  });
  const jar = new CookieJar();
  for (let hops = 0; !url.href.startsWith(redirectUri); hops++) {
    if (hops > 10) throw new Error('too many redirects while signing in');
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.keep(response);
    const location = response.headers.get('location');
    if (!location) throw new Error(`sign-in stopped at ${url} with ${response.status}: ${await response.text()}`);
    url = new URL(location, url);
  }
  const tokens = await client.authorizationCodeGrant(config, url, { pkceCodeVerifier: verifier, expectedState: state });
  return { accessToken: tokens.access_token, idToken: tokens.id_token };
}

/**
 * Sign-in through an external OpenID Connect issuer in production mode (the province's
 * 统一身份认证, Keycloak, any OIDC provider): the gateway verifies each bearer token against
 * the issuer's published keys (JWKS, found through its discovery document) — signature,
 * issuer, audience, expiry — and maps the configured claims (roles, center, window, officer) onto the
 * claim names the handlers read (`CLAIMS`, Cognito's), so a principal has the same shape
 * whichever issuer signed it. Claims of those names the issuer may have set are dropped
 * first: only the configured claims decide a role.
 */
import { type JWTPayload, createRemoteJWKSet, jwtVerify } from 'jose';
import { ROLES } from '#core/roles';
import { CLAIMS } from '#functions/principal';
import type { OidcConfig } from './serve-config.ts';

export interface TokenVerifier {
  /** Claims of a valid token, under the handlers' claim names; throws when it is not valid. */
  verify(token: string): Promise<JWTPayload>;
}

/** The value at a dotted path (`realm_access.roles`), or at the literal name when it has one. */
function claimAt(payload: JWTPayload, path: string): unknown {
  if (path in payload) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

const listOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];

/** The issuer's token claims as the handlers read them (pure; tested without an issuer). */
export function mapClaims(payload: JWTPayload, claims: OidcConfig['claims']): JWTPayload {
  const roles = listOf(claimAt(payload, claims.roles)).filter((r) => r !== 'public' && (ROLES as readonly string[]).includes(r));
  const center = claimAt(payload, claims.center);
  const window = claimAt(payload, claims.window);
  const officer = claimAt(payload, claims.officer);
  const mapped: JWTPayload = { ...payload };
  for (const name of Object.values(CLAIMS)) delete mapped[name];
  if (roles.length > 0) mapped[CLAIMS.groups] = roles;
  if (typeof center === 'string' && center) mapped[CLAIMS.center] = center;
  if (typeof window === 'string' && window) mapped[CLAIMS.window] = window;
  if (typeof officer === 'string' && officer) mapped[CLAIMS.officer] = officer;
  return mapped;
}

/** Whether the token was issued for this system: the configured audience, or the client. */
export function forThisClient(payload: JWTPayload, config: Pick<OidcConfig, 'clientId' | 'audience'>): boolean {
  const audiences = listOf(payload.aud);
  if (config.audience) return audiences.includes(config.audience);
  return audiences.includes(config.clientId) || payload.azp === config.clientId || payload.client_id === config.clientId;
}

export interface OidcVerifier extends TokenVerifier {
  /** What the site's sign-in needs (`GET /auth/config.json`). */
  readonly siteConfig: { readonly issuer: string; readonly clientId: string; readonly scope: string };
}

export function createOidcVerifier(config: OidcConfig, options: { fetch?: typeof fetch } = {}): OidcVerifier {
  const get = options.fetch ?? fetch;
  // Discovered on first use and kept; a failed discovery is tried again on the next token.
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const discover = async (): Promise<ReturnType<typeof createRemoteJWKSet>> => {
    const url = `${config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await get(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`OIDC discovery at ${url} answered ${response.status}`);
    const document = (await response.json()) as { issuer?: string; jwks_uri?: string };
    if (document.issuer !== config.issuer) throw new Error(`OIDC discovery at ${url} names the issuer ${document.issuer}, not ${config.issuer}`);
    if (!document.jwks_uri) throw new Error(`OIDC discovery at ${url} has no jwks_uri`);
    return createRemoteJWKSet(new URL(document.jwks_uri));
  };
  return {
    siteConfig: { issuer: config.issuer, clientId: config.clientId, scope: config.scope },
    async verify(token) {
      const jwks = await (keys ??= discover().catch((error: unknown) => {
        keys = undefined;
        throw error;
      }));
      const { payload } = await jwtVerify(token, jwks, { issuer: config.issuer, requiredClaims: ['exp', 'sub'] });
      if (!forThisClient(payload, config)) throw new Error('token not issued for this client');
      return mapClaims(payload, config.claims);
    },
  };
}

/**
 * Local development issuer: signs tokens that carry the claims a Cognito token carries
 * (role group, center id, window id) and verifies them as the API Gateway JWT authorizer
 * does — signature, issuer, audience, expiry. Keys persist in `.data/` for `npm start`, so
 * printed tokens keep working across restarts.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type JWK, type JWTPayload, SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify } from 'jose';
import type { Role } from '#core/roles';
import { CLAIMS } from '#functions/principal';

export const DEV_ISSUER = 'https://dev-issuer.honor-board.local';
export const DEV_AUDIENCE = 'honor-board-local';
const ALG = 'RS256';

export interface TokenRequest {
  readonly role: Role;
  readonly subject: string;
  readonly centerId?: string;
  readonly windowId?: string;
  /** Lifetime in seconds (default 30 days: demo tokens outlive a working session). */
  readonly ttlSeconds?: number;
}

export interface DevIssuer {
  sign(request: TokenRequest): Promise<string>;
  /** Claims of a valid token; throws on a bad signature, issuer, audience or expiry. */
  verify(token: string): Promise<JWTPayload>;
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

export async function createDevIssuer(keyFile?: string): Promise<DevIssuer> {
  const { privateJwk, publicJwk } = await loadOrCreateKeys(keyFile);
  const privateKey = await importJWK(privateJwk, ALG);
  const publicKey = await importJWK(publicJwk, ALG);
  return {
    async sign({ role, subject, centerId, windowId, ttlSeconds = 30 * 24 * 3600 }) {
      return new SignJWT({
        [CLAIMS.groups]: [role],
        ...(centerId ? { [CLAIMS.center]: centerId } : {}),
        ...(windowId ? { [CLAIMS.window]: windowId } : {}),
        token_use: 'access',
        client_id: DEV_AUDIENCE,
      })
        .setProtectedHeader({ alg: ALG, kid: 'dev' })
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setSubject(subject)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(privateKey);
    },
    async verify(token) {
      const { payload } = await jwtVerify(token, publicKey, {
        issuer: DEV_ISSUER,
        audience: DEV_AUDIENCE,
        algorithms: [ALG],
        requiredClaims: ['exp', 'sub'],
      });
      return payload;
    },
  };
}

/**
 * The caller, from the claims the API Gateway JWT authorizer passes on. People carry their
 * role in `cognito:groups`; an evaluation device's client-credentials token carries the
 * device scope instead. Center and window come as custom claims (for devices, added by the
 * user pool's pre-token-generation trigger from the device registration). API Gateway
 * hands claims over as strings, an array as "[a b]".
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { Principal } from '#core/access';
import { ROLES, type Role, deviceScopeName } from '#core/roles';

import { CLAIMS } from '#core/api/claims';

export { CLAIMS };

function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const text = value.trim();
  if (text.startsWith('[') && text.endsWith(']')) {
    const inner = text.slice(1, -1).trim();
    if (inner.startsWith('"')) return JSON.parse(text) as string[];
    return inner.split(/[\s,]+/).filter(Boolean);
  }
  return text ? [text] : [];
}

export function principalOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Principal | undefined {
  const claims = event.requestContext.authorizer?.jwt?.claims;
  if (!claims || typeof claims.sub !== 'string') return undefined;
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
  const role =
    groupsOf(claims[CLAIMS.groups]).find((g): g is Role => (ROLES as readonly string[]).includes(g)) ??
    (scopes.includes(deviceScopeName) ? 'device' : undefined);
  if (!role) return undefined;
  const optional = (name: string): string | undefined => (typeof claims[name] === 'string' ? String(claims[name]) : undefined);
  return {
    subject: claims.sub,
    role,
    centerId: optional(CLAIMS.center),
    windowId: optional(CLAIMS.window),
    credential: optional('jti') ?? optional('client_id') ?? claims.sub,
  };
}

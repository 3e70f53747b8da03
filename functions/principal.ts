/**
 * The caller, from the claims the API Gateway JWT authorizer passes on. Devices and people
 * both call with an ID token of their user pool (infra/cdk/auth.ts): the role is the group
 * (`cognito:groups`), center and window are the custom attributes an admin set on the user
 * (`custom:center_id`, `custom:window_id`; an officer's own account `custom:officer_id`). Only here are claim names read: another issuer
 * (the province's SSO) maps its own names in `CLAIMS`. API Gateway hands claims over as
 * strings, an array as "[a b]".
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { Principal } from '#core/access';
import { ROLES, type Role } from '#core/roles';

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
  // An access token carries the group but no custom claims: only ID tokens are credentials here.
  if (claims.token_use !== undefined && claims.token_use !== 'id') return undefined;
  const role = groupsOf(claims[CLAIMS.groups]).find((g): g is Role => (ROLES as readonly string[]).includes(g) && g !== 'public');
  if (!role) return undefined;
  const optional = (name: string): string | undefined => (typeof claims[name] === 'string' ? String(claims[name]) : undefined);
  return {
    subject: claims.sub,
    role,
    centerId: optional(CLAIMS.center),
    windowId: optional(CLAIMS.window),
    ...(role === 'officer' && optional(CLAIMS.officer) ? { officerId: optional(CLAIMS.officer)! } : {}),
    credential: optional('jti') ?? claims.sub,
  };
}

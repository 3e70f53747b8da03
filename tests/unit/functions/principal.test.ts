import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { principalOf } from '#functions/principal';

const withClaims = (claims: Record<string, string> | undefined) =>
  ({ requestContext: { authorizer: claims ? { jwt: { claims, scopes: [] } } : undefined } }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

describe('principalOf', () => {
  it('reads the role from the groups as API Gateway renders an array ("[a b]")', () => {
    const principal = principalOf(
      withClaims({ sub: 'u1', jti: 't1', 'cognito:groups': '[staff-portal clerk]', 'custom:center_id': 'demo', 'custom:window_id': 'w03' }),
    );
    expect(principal).toEqual({ subject: 'u1', role: 'clerk', centerId: 'demo', windowId: 'w03', credential: 't1' });
  });

  it('reads a JSON array and a single group too', () => {
    expect(principalOf(withClaims({ sub: 'u', 'cognito:groups': '["supervisor"]' }))?.role).toBe('supervisor');
    expect(principalOf(withClaims({ sub: 'u', 'cognito:groups': 'admin' }))?.role).toBe('admin');
  });

  it('takes a client-credentials token with the device scope as a device', () => {
    const principal = principalOf(
      withClaims({ sub: 'client-9', client_id: 'client-9', scope: 'honor-board/evaluations.write', 'custom:center_id': 'demo', 'custom:window_id': 'w01' }),
    );
    expect(principal).toMatchObject({ role: 'device', windowId: 'w01', credential: 'client-9' });
  });

  it('refuses a token without a known role or without a subject', () => {
    expect(principalOf(withClaims({ sub: 'u', 'cognito:groups': '[visitors]' }))).toBeUndefined();
    expect(principalOf(withClaims({ 'cognito:groups': '[admin]' }))).toBeUndefined();
    expect(principalOf(withClaims(undefined))).toBeUndefined();
  });
});

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

  it('takes a device pool ID token as a device of its center and window', () => {
    const principal = principalOf(
      withClaims({ sub: 'd-7', jti: 't7', token_use: 'id', aud: 'device-client', 'cognito:groups': '[device]', 'custom:center_id': 'demo', 'custom:window_id': 'w01' }),
    );
    expect(principal).toEqual({ subject: 'd-7', role: 'device', centerId: 'demo', windowId: 'w01', credential: 't7' });
  });

  it('refuses an access token: it has the group but not the center and window an admin set', () => {
    expect(principalOf(withClaims({ sub: 'u', token_use: 'access', client_id: 'web', 'cognito:groups': '[clerk]' }))).toBeUndefined();
  });

  it('refuses a token without a known role or without a subject', () => {
    expect(principalOf(withClaims({ sub: 'u', 'cognito:groups': '[visitors]' }))).toBeUndefined();
    // `public` is whoever has no token, never a group a token can claim.
    expect(principalOf(withClaims({ sub: 'u', 'cognito:groups': '[public]' }))).toBeUndefined();
    expect(principalOf(withClaims({ 'cognito:groups': '[admin]' }))).toBeUndefined();
    expect(principalOf(withClaims(undefined))).toBeUndefined();
  });

  it('binds an officer’s own account to its officer, and reads the officer claim for no other role', () => {
    expect(principalOf(withClaims({ sub: 'o', jti: 't', 'cognito:groups': '[officer]', 'custom:center_id': 'demo', 'custom:officer_id': 'o001' }))).toEqual({
      subject: 'o',
      role: 'officer',
      centerId: 'demo',
      officerId: 'o001',
      credential: 't',
    });
    // A clerk's token with an officer claim is still a clerk of its window, nothing more.
    expect(principalOf(withClaims({ sub: 'c', 'cognito:groups': '[clerk]', 'custom:center_id': 'demo', 'custom:window_id': 'w01', 'custom:officer_id': 'o001' }))?.officerId).toBeUndefined();
  });
});

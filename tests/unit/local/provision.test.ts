/**
 * Provisioning against a stand-in for the Cognito user-pool API on this machine: the
 * requests are signed as AWS expects (Signature V4 for cognito-idp, the JSON 1.1 target),
 * and a device becomes a user of the device pool with its center and window as the custom
 * attributes the ID token will carry, in the `device` group, with a permanent password.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoClient } from '../../../infra/aws/cognito.ts';
import { devicePassword, provisionDevice, provisionUser, revokeDevice } from '../../../infra/aws/provision.ts';

const calls: { target: string; authorization: string; body: Record<string, unknown> }[] = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    calls.push({ target: String(req.headers['x-amz-target']), authorization: String(req.headers.authorization), body: JSON.parse(Buffer.concat(chunks).toString()) });
    const refused = calls.at(-1)!.body.Username === 'taken';
    res.writeHead(refused ? 400 : 200, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(refused ? JSON.stringify({ __type: 'UsernameExistsException', message: 'User account already exists' }) : '{}');
  });
});
let endpoint = '';
const savedEnv = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
});
afterAll(() => {
  server.close();
  for (const [name, value] of [['AWS_ACCESS_KEY_ID', savedEnv.id], ['AWS_SECRET_ACCESS_KEY', savedEnv.secret]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const outputs = { UserPoolId: 'cn-north-1_Staff', DevicePoolId: 'cn-north-1_Devices', DeviceClientId: 'device-client' };

describe('provision device', () => {
  it('creates a device-pool user with its center and window, a permanent password and the device group, in signed requests', async () => {
    calls.length = 0;
    const call = cognitoClient('cn-north-1', endpoint);
    const device = await provisionDevice(call, outputs, 'cn-north-1', { centerId: 'demo', windowId: 'w07', suffix: 'ab12', password: 'P'.repeat(40) });
    expect(device).toEqual({ username: 'device-demo-w07-ab12', password: 'P'.repeat(40), clientId: 'device-client', region: 'cn-north-1', centerId: 'demo', windowId: 'w07' });
    expect(calls.map((c) => c.target)).toEqual([
      'AWSCognitoIdentityProviderService.AdminCreateUser',
      'AWSCognitoIdentityProviderService.AdminSetUserPassword',
      'AWSCognitoIdentityProviderService.AdminAddUserToGroup',
    ]);
    for (const { authorization } of calls) {
      expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/cn-north-1\/cognito-idp\/aws4_request, SignedHeaders=[^,]*x-amz-target[^,]*, Signature=[0-9a-f]{64}$/);
    }
    expect(calls[0]!.body).toEqual({
      UserPoolId: 'cn-north-1_Devices',
      Username: 'device-demo-w07-ab12',
      UserAttributes: [{ Name: 'custom:center_id', Value: 'demo' }, { Name: 'custom:window_id', Value: 'w07' }],
      MessageAction: 'SUPPRESS',
    });
    expect(calls[1]!.body).toMatchObject({ Password: 'P'.repeat(40), Permanent: true });
    expect(calls[2]!.body).toMatchObject({ GroupName: 'device' });
  });

  it('refuses an id intake would refuse before calling anything, and reports what AWS refused', async () => {
    calls.length = 0;
    const call = cognitoClient('cn-north-1', endpoint);
    await expect(provisionDevice(call, outputs, 'cn-north-1', { centerId: 'Demo Hall', windowId: 'w01' })).rejects.toThrow();
    expect(calls).toEqual([]);
    await expect(call('AdminCreateUser', { Username: 'taken' })).rejects.toThrow('AdminCreateUser: UsernameExistsException User account already exists');
  });

  it('revokes one device: signed out everywhere, then disabled', async () => {
    calls.length = 0;
    await revokeDevice(cognitoClient('cn-north-1', endpoint), outputs, 'device-demo-w07-ab12');
    expect(calls.map((c) => [c.target.split('.')[1], c.body.UserPoolId, c.body.Username])).toEqual([
      ['AdminUserGlobalSignOut', 'cn-north-1_Devices', 'device-demo-w07-ab12'],
      ['AdminDisableUser', 'cn-north-1_Devices', 'device-demo-w07-ab12'],
    ]);
  });

  it('makes passwords of 40 characters with every class the pool requires', () => {
    const passwords = Array.from({ length: 50 }, () => devicePassword());
    for (const password of passwords) {
      expect(password).toHaveLength(40);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).toMatch(/[-_.~!#%+=]/);
    }
    expect(new Set(passwords).size).toBe(50);
  });
});

describe('provision user', () => {
  it('creates a staff-pool user mailed a temporary password, in the role’s group, with center and window', async () => {
    calls.length = 0;
    await provisionUser(cognitoClient('cn-north-1', endpoint), outputs, { username: 'wang.li', email: 'wang.li@example.gov.cn', role: 'clerk', centerId: 'demo', windowId: 'w01' });
    expect(calls.map((c) => c.body)).toEqual([
      {
        UserPoolId: 'cn-north-1_Staff',
        Username: 'wang.li',
        UserAttributes: [
          { Name: 'email', Value: 'wang.li@example.gov.cn' },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'custom:center_id', Value: 'demo' },
          { Name: 'custom:window_id', Value: 'w01' },
        ],
        DesiredDeliveryMediums: ['EMAIL'],
      },
      { UserPoolId: 'cn-north-1_Staff', Username: 'wang.li', GroupName: 'clerk' },
    ]);
  });

  it('refuses a device or unknown role, and a clerk without a window', async () => {
    const call = cognitoClient('cn-north-1', endpoint);
    const base = { username: 'x', email: 'x@example.gov.cn', centerId: 'demo' };
    await expect(provisionUser(call, outputs, { ...base, role: 'device', windowId: 'w01' })).rejects.toThrow(/must be one of clerk, head, supervisor, panel, admin/);
    await expect(provisionUser(call, outputs, { ...base, role: 'head' })).rejects.toThrow(/needs --window/);
    // An officer's own account is bound to an officer, or it would read nothing.
    await expect(provisionUser(call, outputs, { ...base, role: 'officer' })).rejects.toThrow(/needs --officer/);
  });
});

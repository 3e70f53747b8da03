/**
 * `npm run provision`: creates the accounts of a deployed stack (README, "Deploy to AWS").
 *
 *   npm run provision -- device --center demo --window w01        an evaluation device
 *   npm run provision -- user --username wang.li --email wang.li@example.gov.cn --role clerk --center demo --window w01
 *   npm run provision -- revoke-device --username device-demo-w01-3f9a
 *
 * The pools come from the outputs `cdk deploy --outputs-file cdk-outputs.json` wrote
 * (`--outputs` names another file, `--stack` another stack); the region from `--region`,
 * AWS_REGION or the pools' ids. A device gets a user of the device pool with its center and
 * window (only an admin can change them), in the `device` group, with a 40-character random
 * password printed once; a person gets a user of the staff pool, mailed a temporary
 * password, who sets a TOTP second factor on first sign-in.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { centerId as centerIdSchema, officerId as officerIdSchema, windowId as windowIdSchema } from '#core/records/common';
import { ROLES, type Role } from '#core/roles';
import { CLAIMS } from '#functions/principal';
import { type CognitoCall, cognitoClient, cognitoEndpoint } from './cognito.ts';

export interface StackOutputs {
  readonly UserPoolId: string;
  readonly DevicePoolId: string;
  readonly DeviceClientId: string;
  readonly SiteUrl?: string;
}

/** A custom attribute's name in the admin API: the claim name is the attribute name. */
const attribute = (claim: string, value: string) => ({ Name: claim, Value: value });

const ALPHABET = {
  lower: 'abcdefghijkmnopqrstuvwxyz',
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  digits: '23456789',
  symbols: '-_.~!#%+=',
};

/** A device password: 40 characters with each class the pool's policy requires, from a CSPRNG. */
export function devicePassword(length = 40): string {
  const all = Object.values(ALPHABET).join('');
  const chars = Object.values(ALPHABET).map((set) => set[randomInt(set.length)]!);
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

export interface DeviceCredentials {
  readonly username: string;
  readonly password: string;
  readonly clientId: string;
  readonly region: string;
  readonly centerId: string;
  readonly windowId: string;
}

export async function provisionDevice(
  call: CognitoCall,
  outputs: StackOutputs,
  region: string,
  request: { readonly centerId: string; readonly windowId: string; readonly password?: string; readonly suffix?: string },
): Promise<DeviceCredentials> {
  const centerId = centerIdSchema.parse(request.centerId);
  const windowId = windowIdSchema.parse(request.windowId);
  // A device of its own per registration: replacing a device never reuses the old one's name.
  const username = `device-${centerId}-${windowId}-${request.suffix ?? randomBytes(2).toString('hex')}`;
  const password = request.password ?? devicePassword();
  const pool = { UserPoolId: outputs.DevicePoolId };
  await call('AdminCreateUser', {
    ...pool,
    Username: username,
    UserAttributes: [attribute(CLAIMS.center, centerId), attribute(CLAIMS.window, windowId)],
    MessageAction: 'SUPPRESS',
  });
  await call('AdminSetUserPassword', { ...pool, Username: username, Password: password, Permanent: true });
  await call('AdminAddUserToGroup', { ...pool, Username: username, GroupName: 'device' });
  return { username, password, clientId: outputs.DeviceClientId, region, centerId, windowId };
}

/** Signs the device out everywhere (its refresh token stops working) and disables it. */
export async function revokeDevice(call: CognitoCall, outputs: StackOutputs, username: string): Promise<void> {
  await call('AdminUserGlobalSignOut', { UserPoolId: outputs.DevicePoolId, Username: username });
  await call('AdminDisableUser', { UserPoolId: outputs.DevicePoolId, Username: username });
}

const PEOPLE = ROLES.filter((role): role is Exclude<Role, 'public' | 'device'> => role !== 'public' && role !== 'device');
const WINDOW_ROLES: readonly Role[] = ['clerk', 'head'];

export async function provisionUser(
  call: CognitoCall,
  outputs: StackOutputs,
  request: {
    readonly username: string;
    readonly email: string;
    readonly role: string;
    readonly centerId: string;
    readonly windowId?: string;
    /** An officer's own account: the officer it reads (`custom:officer_id`). */
    readonly officerId?: string;
  },
): Promise<{ username: string; role: Role }> {
  const role = PEOPLE.find((r) => r === request.role);
  if (!role) throw new Error(`--role 须为 / must be one of ${PEOPLE.join(', ')}`);
  const centerId = centerIdSchema.parse(request.centerId);
  if (WINDOW_ROLES.includes(role) && !request.windowId) throw new Error(`${role} 须指定窗口 / needs --window`);
  const windowId = request.windowId ? windowIdSchema.parse(request.windowId) : undefined;
  if (role === 'officer' && !request.officerId) throw new Error(`${role} 须指定工号 / needs --officer`);
  const officerId = role === 'officer' ? officerIdSchema.parse(request.officerId) : undefined;
  if (!/^[^@\s]+@[^@\s]+$/.test(request.email)) throw new Error('--email 须为邮箱地址 / must be an e-mail address');
  const pool = { UserPoolId: outputs.UserPoolId };
  await call('AdminCreateUser', {
    ...pool,
    Username: request.username,
    UserAttributes: [
      { Name: 'email', Value: request.email },
      { Name: 'email_verified', Value: 'true' },
      attribute(CLAIMS.center, centerId),
      ...(windowId ? [attribute(CLAIMS.window, windowId)] : []),
      ...(officerId ? [attribute(CLAIMS.officer, officerId)] : []),
    ],
    // Cognito mails a temporary password; the first sign-in sets a new one and a TOTP factor.
    DesiredDeliveryMediums: ['EMAIL'],
  });
  await call('AdminAddUserToGroup', { ...pool, Username: request.username, GroupName: role });
  return { username: request.username, role };
}

/** What the device's installer needs, and how the device gets its token. */
export function deviceInstructions(device: DeviceCredentials, siteUrl?: string): string {
  return [
    `评价器已创建 Device created: ${device.centerId} / ${device.windowId}`,
    `  username:  ${device.username}`,
    `  password:  ${device.password}    (只显示这一次 shown once: keep it in the device's secure storage)`,
    `  client id: ${device.clientId}`,
    `  region:    ${device.region}`,
    '',
    'Token (an ID token, valid one hour; refresh with REFRESH_TOKEN_AUTH, valid one day):',
    `  curl -s ${cognitoEndpoint(device.region)} -H 'content-type: application/x-amz-json-1.1' \\`,
    `    -H 'x-amz-target: AWSCognitoIdentityProviderService.InitiateAuth' \\`,
    `    -d '{"AuthFlow":"USER_PASSWORD_AUTH","ClientId":"${device.clientId}","AuthParameters":{"USERNAME":"${device.username}","PASSWORD":"…"}}'`,
    `  → AuthenticationResult.IdToken as "Authorization: Bearer …" on POST ${siteUrl ?? 'https://<site>'}/api/v1/centers/${device.centerId}/evaluations`,
    '',
    `Revoke: npm run provision -- revoke-device --username ${device.username}`,
  ].join('\n');
}

function readOutputs(file: string, stack: string): StackOutputs {
  if (!existsSync(file)) throw new Error(`${file} 不存在 / not found: deploy with  npx cdk deploy ${stack} --outputs-file ${file}`);
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Partial<StackOutputs>>;
  const outputs = all[stack];
  if (!outputs?.UserPoolId || !outputs.DevicePoolId || !outputs.DeviceClientId) throw new Error(`${file} has no outputs of stack ${stack}`);
  return outputs as StackOutputs;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      center: { type: 'string' },
      window: { type: 'string' },
      officer: { type: 'string' },
      username: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      outputs: { type: 'string', default: 'cdk-outputs.json' },
      stack: { type: 'string', default: 'HonorBoard' },
      region: { type: 'string' },
    },
  });
  const outputs = readOutputs(values.outputs!, values.stack!);
  // A pool id starts with its region (`cn-north-1_AbC…`).
  const region = values.region ?? process.env.AWS_REGION ?? outputs.DevicePoolId.split('_')[0]!;
  const call = cognitoClient(region);
  switch (command) {
    case 'device': {
      const device = await provisionDevice(call, outputs, region, { centerId: values.center ?? '', windowId: values.window ?? '' });
      console.log(deviceInstructions(device, outputs.SiteUrl));
      return;
    }
    case 'revoke-device':
      if (!values.username) throw new Error('--username');
      await revokeDevice(call, outputs, values.username);
      console.log(`已吊销 Revoked: ${values.username} (signed out everywhere and disabled; its last ID token lapses within the hour)`);
      return;
    case 'user': {
      const user = await provisionUser(call, outputs, {
        username: values.username ?? '',
        email: values.email ?? '',
        role: values.role ?? '',
        centerId: values.center ?? '',
        ...(values.window ? { windowId: values.window } : {}),
        ...(values.officer ? { officerId: values.officer } : {}),
      });
      console.log(`已创建 Created ${user.role} ${user.username}: a temporary password was mailed; the first sign-in sets a TOTP second factor.`);
      return;
    }
    default:
      console.error('用法 Usage: npm run provision -- device --center C --window W | user --username U --email E --role R --center C [--window W] [--officer O] | revoke-device --username U');
      process.exit(2);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

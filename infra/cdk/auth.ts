import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  ClientAttributes,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLE_NAMES, ROLES } from '../../shared/core/roles.ts';

/** Where the site's sign-in comes back to, under each of the site's origins (site/src/pages/auth/callback). */
export const CALLBACK_PATH = '/auth/callback/';

export interface AuthProps {
  /** The site's public origins (`https://…`): the sign-in returns only there. */
  readonly siteOrigins: readonly string[];
}

/** The managed login's domain prefix: the stack's name and account, unique per account and region. */
export const cognitoDomainPrefix = (stack: Stack): string => `${stack.stackName.toLowerCase()}-${stack.account}`;

/** The origins the site's sign-in talks to: the pool's issuer (discovery, keys) and the managed login domain (authorize, token). */
export function cognitoOrigins(stack: Stack): string[] {
  return [`https://cognito-idp.${stack.region}.${stack.urlSuffix}`, `https://${cognitoDomainPrefix(stack)}.auth.${stack.region}.amazoncognito.com`];
}

// Same length limit as the ids' schema in shared/core/records/common.ts.
const idAttributes = () => ({
  center_id: new StringAttribute({ minLen: 1, maxLen: 40, mutable: true }),
  window_id: new StringAttribute({ minLen: 1, maxLen: 40, mutable: true }),
  // An officer's own account (role `officer`): the officer it reads.
  officer_id: new StringAttribute({ minLen: 1, maxLen: 40, mutable: true }),
});

/**
 * Who may call the API: two user pools, one for people and one for evaluation devices.
 *
 * Both sign in as users of a pool and call the API with the pool's **ID token**, which
 * carries what the handler needs without any trigger: the role as the group
 * (`cognito:groups`) and center and window as the custom attributes (`custom:center_id`,
 * `custom:window_id`) an admin set when creating the user. (A Cognito access token carries
 * custom attributes only through a pre-token-generation trigger on a paid tier.) The API
 * Gateway JWT authorizer accepts ID tokens: it checks their `aud` against the app client.
 *
 * Why devices are users of a pool of their own rather than client-credentials clients:
 * - each device is one user, created by `npm run provision -- device` for one center and
 *   window, and revoked alone (AdminDisableUser + AdminUserGlobalSignOut end its refresh
 *   token; its ID token lapses within the hour) — no redeploy, no shared secret;
 * - client-credentials tokens name only the client: a client per device would have to be
 *   added to the authorizer's audience list (a redeploy per device), and their center and
 *   window would need a trigger or a registry read on every request;
 * - people need MFA and a device cannot answer a TOTP prompt, and a pool requires MFA of all
 *   its users or of none: so the devices' pool has none, its passwords are long random
 *   secrets that only the provisioning prints, and its tokens are good only for the
 *   device routes (the device authorizer guards nothing else).
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly devicePool: UserPool;
  readonly deviceClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.userPool = new UserPool(this, 'UserPool', {
      // Staff accounts are created by an admin for a known center and window, never by sign-up.
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      customAttributes: idAttributes(),
      // A signed-in clerk or panel member changes scores that decide public awards: require a second factor.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Plus-tier threat protection is billed per active user and guards self-service sign-in; these accounts are ' +
        'few, created by an admin, and need a strong password plus TOTP MFA.',
    });

    // Groups are the roles of DOMAIN.md §2; `public` is whoever calls without a token, devices are in their own pool.
    for (const role of ROLES.filter((r) => r !== 'public' && r !== 'device')) {
      this.userPool.addGroup(`Group-${role}`, { groupName: role, description: `${ROLE_NAMES[role].zh} / ${ROLE_NAMES[role].en}` });
    }

    // Managed login (the newer version) on a Cognito domain: the page the site's sign-in redirects to.
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: cognitoDomainPrefix(stack) },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    const callbackUrls = props.siteOrigins.map((origin) => `${origin}${CALLBACK_PATH}`);
    this.webClient = this.userPool.addClient('WebClient', {
      // A static site cannot keep a secret: a public client, authorization code with PKCE (the site always sends S256).
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [OAuthScope.OPENID, OAuthScope.PROFILE],
        callbackUrls,
        logoutUrls: props.siteOrigins.map((origin) => `${origin}/`),
      },
      // A working day's session; the site asks again after it.
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(10),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
      // Center and window decide what a user may write, so only an admin may change them.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
    new CfnManagedLoginBranding(this, 'ManagedLoginBranding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.webClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    this.devicePool = new UserPool(this, 'DevicePool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      customAttributes: idAttributes(),
      mfa: Mfa.OFF,
      // Device passwords are 40 random characters from the provisioning; the policy is the floor for a hand-set one.
      passwordPolicy: { minLength: 32, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true },
      // A lost device is replaced by provisioning a new one, never by a recovery message.
      accountRecovery: AccountRecovery.NONE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.devicePool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'Its users are evaluation devices, not people: no one is there to answer a second factor. Each has its own ' +
        '40-character random password, its tokens pass only the device routes, and it is revoked alone.',
    });
    Validations.of(this.devicePool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason: 'Threat protection scores human sign-in behaviour; devices sign in from a fixed counter with a machine secret.',
    });
    this.devicePool.addGroup('Group-device', { groupName: 'device', description: `${ROLE_NAMES.device.zh} / ${ROLE_NAMES.device.en}` });
    this.deviceClient = this.devicePool.addClient('DeviceClient', {
      generateSecret: false,
      // The device sends its username and password over TLS once a day and refreshes in between.
      authFlows: { userPassword: true },
      disableOAuth: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
      // A device may change nothing about itself.
      writeAttributes: new ClientAttributes(),
    });
  }
}

import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  Mfa,
  OAuthScope,
  ResourceServerScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { DEVICE_SCOPE, ROLE_NAMES, ROLES } from '../../shared/core/roles.ts';

/**
 * Who may call the API. People sign in to the web forms and carry their role as a group and
 * their center and window as custom claims (`custom:center_id`, `custom:window_id`); evaluation
 * devices have no user and get tokens by the client-credentials flow instead.
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  readonly deviceClient: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      // Staff accounts are created by an admin for a known center and window, never by sign-up.
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      customAttributes: {
        // Same length limit as the ids' schema in shared/core/records/common.ts.
        center_id: new StringAttribute({ minLen: 1, maxLen: 40, mutable: true }),
        window_id: new StringAttribute({ minLen: 1, maxLen: 40, mutable: true }),
      },
      // A signed-in clerk or panel member changes scores that decide public awards: require a second factor.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Plus-tier threat protection is billed per active user and guards self-service sign-in; these accounts are ' +
        'few, created by an admin, and need a strong password plus TOTP MFA, and devices do not sign in as users.',
    });

    // Groups are the roles of DOMAIN.md §2; `public` is whoever calls without a token.
    for (const role of ROLES.filter((r) => r !== 'public')) {
      this.userPool.addGroup(`Group-${role}`, {
        groupName: role,
        description: `${ROLE_NAMES[role].zh} / ${ROLE_NAMES[role].en}`,
      });
    }

    this.webClient = this.userPool.addClient('WebClient', {
      // A static site cannot keep a secret: a public client signing in with SRP.
      generateSecret: false,
      authFlows: { userSrp: true },
      // No hosted-login redirects until the site has its CloudFront domain.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      // Center and window decide what a user may write, so only an admin may change them.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    const resourceServerScope = new ResourceServerScope({
      scopeName: DEVICE_SCOPE.scope,
      scopeDescription: 'Submit evaluations from a window device',
    });
    const resourceServer = this.userPool.addResourceServer('ResourceServer', {
      identifier: DEVICE_SCOPE.resourceServer,
      scopes: [resourceServerScope],
    });
    this.deviceClient = this.userPool.addClient('DeviceClient', {
      generateSecret: true,
      oAuth: {
        flows: { clientCredentials: true },
        scopes: [OAuthScope.resourceServer(resourceServer, resourceServerScope)],
      },
    });
    // The client-credentials token endpoint lives on the user pool domain.
    this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: `${Stack.of(this).stackName.toLowerCase()}-${Stack.of(this).account}` },
    });
  }
}

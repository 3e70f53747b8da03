/**
 * The few Cognito user-pool admin calls provisioning makes, as signed AWS JSON requests.
 * Credentials come from the standard chain (environment, profile, SSO, instance role) as the
 * DynamoDB client resolves them; requests are signed with Signature V4 by the SDK's own
 * signer. (The project depends on the DynamoDB client only; this saves adding the whole
 * Cognito client for five admin calls.)
 */
import { createHash, createHmac } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SignatureV4 } from '@smithy/signature-v4';

export type CognitoCall = (action: string, body: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** node:crypto in the shape the signer asks for (a SHA-256 hash, or an HMAC when given a secret). */
type Bytes = string | ArrayBuffer | ArrayBufferView;
const asInput = (data: Bytes): string | Uint8Array =>
  typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

class Sha256 {
  private readonly secret: Bytes | undefined;
  private hash;
  constructor(secret?: Bytes) {
    this.secret = secret;
    this.hash = Sha256.start(secret);
  }
  private static start(secret: Bytes | undefined) {
    return secret === undefined ? createHash('sha256') : createHmac('sha256', asInput(secret));
  }
  update(data: Bytes): void {
    this.hash.update(asInput(data));
  }
  reset(): void {
    this.hash = Sha256.start(this.secret);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

/** The endpoint of the Cognito user-pool API in a region (China regions end in .com.cn). */
export const cognitoEndpoint = (region: string): string =>
  `https://cognito-idp.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}/`;

export function cognitoClient(region: string, endpoint = cognitoEndpoint(region)): CognitoCall {
  const credentials = new DynamoDBClient({ region }).config.credentials;
  const signer = new SignatureV4({ credentials, region, service: 'cognito-idp', sha256: Sha256 });
  const url = new URL(endpoint);
  return async (action, body) => {
    const payload = JSON.stringify(body);
    const signed = await signer.sign({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query: {},
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${action}`,
      },
      body: payload,
    });
    const response = await fetch(url, { method: 'POST', headers: signed.headers, body: payload });
    const text = await response.text();
    const answer = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (!response.ok) throw new Error(`${action}: ${String(answer.__type ?? response.status)} ${String(answer.message ?? answer.Message ?? '')}`.trim());
    return answer;
  };
}

/**
 * The demo's replays call the API as the center's staff would: a bearer token, JSON in and
 * out, a fresh Idempotency-Key on every write. An answer outside 2xx stops the replay and
 * names the call — except, where the replay says so, a read that finds nothing (404).
 */
import { randomUUID } from 'node:crypto';

export interface DemoAnswer {
  readonly status: number;
  readonly answer: any;
}

export type DemoCall = (token: string, method: string, path: string, body?: unknown) => Promise<DemoAnswer>;

export function demoCaller(url: string, centerId: string, label: string, options: { readonly missingIsAnswer?: boolean } = {}): DemoCall {
  return async (token, method, path, body) => {
    const response = await fetch(`${url}/api/v1/centers/${centerId}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json', 'idempotency-key': randomUUID() }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = await response.json();
    const missing = options.missingIsAnswer === true && method === 'GET' && response.status === 404;
    if (response.status >= 300 && !missing) throw new Error(`${label}: ${method} ${path} → ${response.status} ${JSON.stringify(answer)}`);
    return { status: response.status, answer };
  };
}

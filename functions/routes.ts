/**
 * The HTTP API: every route with its handler function, the roles that may call it and the
 * body schema. The local gateway, the CDK stack and the OpenAPI document read this table.
 */
import { type RecordType, evaluationRecord } from '#core/records/types';
import type { Role } from '#core/roles';

export type FunctionName = 'submit-record';

export interface RouteDefinition {
  readonly method: 'GET' | 'POST';
  /** API Gateway path template, e.g. `/api/v1/centers/{center}/evaluations`. */
  readonly path: string;
  readonly fn: FunctionName;
  readonly roles: readonly Role[];
  /** For intake routes: the record type the body becomes. */
  readonly record?: RecordType<any>;
}

export const ROUTES = [
  {
    method: 'POST',
    path: '/api/v1/centers/{center}/evaluations',
    fn: 'submit-record',
    roles: ['device'],
    record: evaluationRecord,
  },
] as const satisfies readonly RouteDefinition[];

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/**
 * The HTTP API: every route with its handler function, the roles that may call it and the
 * body schema. The local gateway, the CDK stack and the OpenAPI document read this table.
 */
import type { z } from 'zod';
import { evaluationBody } from '#core/records/evaluation';
import type { Role } from '#core/roles';

export type FunctionName = 'submit-record';

export interface RouteDefinition {
  readonly method: 'GET' | 'POST';
  /** API Gateway path template, e.g. `/api/v1/centers/{center}/evaluations`. */
  readonly path: string;
  readonly fn: FunctionName;
  readonly roles: readonly Role[];
  readonly body?: z.ZodType;
  readonly recordType?: string;
}

export const ROUTES = [
  {
    method: 'POST',
    path: '/api/v1/centers/{center}/evaluations',
    fn: 'submit-record',
    roles: ['device'],
    body: evaluationBody,
    recordType: 'evaluation',
  },
] as const satisfies readonly RouteDefinition[];

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string => `${route.method} ${route.path}`;

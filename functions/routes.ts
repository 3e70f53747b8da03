/**
 * The HTTP API: every route with its handler function, the roles that may call it and the
 * body schema. The local gateway, the CDK stack and the OpenAPI document read this table.
 */
import { type RecordType, evaluationRecord, volumeRecord } from '#core/records/types';
import type { Role } from '#core/roles';

export type FunctionName = 'submit-record' | 'read-records';

export interface RouteDefinition {
  readonly method: 'GET' | 'POST';
  /** API Gateway path template, e.g. `/api/v1/centers/{center}/evaluations`. */
  readonly path: string;
  readonly fn: FunctionName;
  readonly roles: readonly Role[];
  readonly operationId: string;
  readonly summary: string;
  /** For intake routes: the record type the body becomes. */
  readonly record?: RecordType<any>;
  /** Query-string parameters a read takes. */
  readonly query?: readonly string[];
}

export const ROUTES = [
  {
    method: 'POST',
    path: '/api/v1/centers/{center}/evaluations',
    fn: 'submit-record',
    roles: ['device'],
    operationId: 'submitEvaluation',
    summary: '提交服务评价 · Submit a rating',
    record: evaluationRecord,
  },
  {
    method: 'POST',
    path: '/api/v1/centers/{center}/volumes',
    fn: 'submit-record',
    roles: ['clerk', 'head'],
    operationId: 'submitVolume',
    summary: '登记受理量 · Report cases accepted',
    record: volumeRecord,
  },
  {
    method: 'POST',
    path: '/api/v1/centers/{center}/corrections',
    fn: 'submit-record',
    roles: ['supervisor'],
    operationId: 'submitCorrection',
    summary: '更正记录 · Correct a record (supersedes it)',
  },
  {
    method: 'GET',
    path: '/api/v1/centers/{center}/windows/{window}/records',
    fn: 'read-records',
    roles: ['clerk', 'head', 'supervisor', 'admin'],
    operationId: 'listWindowRecords',
    summary: '窗口记录 · A window’s records of a month',
    query: ['month', 'type'],
  },
  {
    method: 'GET',
    path: '/api/v1/centers/{center}/audit',
    fn: 'read-records',
    roles: ['supervisor', 'admin'],
    operationId: 'listAudit',
    summary: '审计记录 · The audit trail of a day',
    query: ['date'],
  },
  {
    method: 'GET',
    path: '/api/v1/openapi.json',
    fn: 'read-records',
    roles: ['public'],
    operationId: 'getOpenApi',
    summary: '接口说明 · This contract',
  },
] as const satisfies readonly RouteDefinition[];

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string => `${route.method} ${route.path}`;

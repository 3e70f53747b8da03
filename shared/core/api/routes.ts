/**
 * The HTTP API: every route with its handler function, the roles that may call it and the
 * body schema. The local gateway, the CDK stack, the OpenAPI document and the forms read
 * this table. Who may write what follows DOMAIN.md §2.
 */
import { publicComplaintRecord } from '../records/complaint.ts';
import { RECORD_TYPES, type RecordTypeName } from '../records/registry.ts';
import type { RecordType } from '../records/types.ts';
import * as z from 'zod';
import type { Role } from '../roles.ts';
import { SELECTION_ROLES, selectionAct } from '../selection/acts.ts';

export type FunctionName =
  | 'submit-record'
  | 'read-records'
  | 'manage-center'
  | 'manage-selections'
  | 'read-roster'
  | 'manage-imports'
  | 'read-exports';

export interface RouteDefinition {
  readonly method: 'GET' | 'POST' | 'PUT';
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
  /** The body of a route that is not intake. */
  readonly body?: z.ZodType;
}

const CENTER = '/api/v1/centers/{center}';
/** Every staff member of a center: the console's roster reads. */
const STAFF: readonly Role[] = ['clerk', 'head', 'supervisor', 'panel', 'admin'];

/** Intake: the record type, where it is posted, and who posts it. */
const INTAKE: readonly { type: RecordTypeName; segment: string; roles: readonly Role[]; record?: RecordType<any> }[] = [
  { type: 'evaluation', segment: 'evaluations', roles: ['device'] },
  { type: 'attendance', segment: 'attendance', roles: ['clerk', 'head'] },
  { type: 'volume', segment: 'volumes', roles: ['clerk', 'head'] },
  { type: 'case', segment: 'cases', roles: ['clerk', 'head'] },
  { type: 'case-completion', segment: 'case-completions', roles: ['clerk', 'head'] },
  // 延时办结 is approved by the business section (业务科): a supervisor records it.
  { type: 'case-extension', segment: 'case-extensions', roles: ['supervisor'] },
  { type: 'inspection', segment: 'inspections', roles: ['supervisor'] },
  { type: 'patrol', segment: 'patrols', roles: ['supervisor'] },
  { type: 'finding', segment: 'findings', roles: ['supervisor'] },
  { type: 'complaint', segment: 'complaints', roles: ['supervisor'] },
  { type: 'complaint', segment: 'public/complaints', roles: ['public'], record: publicComplaintRecord },
  { type: 'complaint-step', segment: 'complaint-steps', roles: ['supervisor'] },
  { type: 'training', segment: 'trainings', roles: ['supervisor'] },
  { type: 'evaluator-conduct', segment: 'evaluator-conduct', roles: ['supervisor'] },
  { type: 'device-fault', segment: 'device-faults', roles: ['supervisor'] },
  { type: 'consecutive-flag-decision', segment: 'consecutive-flag-decisions', roles: ['supervisor'] },
  { type: 'commendation', segment: 'commendations', roles: ['supervisor'] },
  { type: 'nomination', segment: 'nominations', roles: ['head', 'supervisor'] },
  { type: 'ballot', segment: 'ballots', roles: ['head'] },
  { type: 'panel-score', segment: 'panel-scores', roles: ['panel'] },
  { type: 'objection', segment: 'public/objections', roles: ['public'] },
  { type: 'yearly-rating', segment: 'yearly-ratings', roles: ['head', 'supervisor', 'panel'] },
  { type: 'veto', segment: 'vetoes', roles: ['supervisor'] },
  { type: 'veto-appeal', segment: 'veto-appeals', roles: ['head'] },
  { type: 'appeal-decision', segment: 'appeal-decisions', roles: ['supervisor'] },
];

const camel = (segment: string): string =>
  segment.replace(/^public\//, 'public-').replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());

export const ROUTES: readonly RouteDefinition[] = [
  ...INTAKE.map(({ type, segment, roles, record = RECORD_TYPES[type] }): RouteDefinition => {
    return {
      method: 'POST',
      path: `${CENTER}/${segment}`,
      fn: 'submit-record',
      roles,
      operationId: `submit${camel(segment)}`,
      summary: `${record.label.zh} · ${record.label.en}`,
      record,
    };
  }),
  {
    method: 'POST',
    path: `${CENTER}/corrections`,
    fn: 'submit-record',
    roles: ['supervisor'],
    operationId: 'submitCorrection',
    summary: '更正记录 · Correct a record (supersedes it)',
  },
  {
    method: 'GET',
    path: `${CENTER}/windows/{window}/records`,
    fn: 'read-records',
    roles: ['clerk', 'head', 'supervisor', 'admin'],
    operationId: 'listWindowRecords',
    summary: '窗口记录 · A window’s records of a month',
    query: ['month', 'type'],
  },
  {
    method: 'GET',
    path: `${CENTER}/windows/{window}/ledger`,
    fn: 'read-records',
    roles: ['clerk', 'head', 'supervisor', 'admin'],
    operationId: 'getWindowLedger',
    summary: '窗口计分明细 · A window’s scores of a month with their ledgers',
    query: ['month'],
  },
  {
    method: 'GET',
    path: `${CENTER}/yearly-assessments/{year}`,
    fn: 'read-records',
    roles: ['supervisor', 'panel', 'admin'],
    operationId: 'getYearlyAssessment',
    summary: '年度考核 · The yearly officer assessment with its ledgers (not public)',
  },
  {
    method: 'GET',
    path: `${CENTER}/audit`,
    fn: 'read-records',
    roles: ['supervisor', 'admin'],
    operationId: 'listAudit',
    summary: '审计记录 · The audit trail of a day',
    query: ['date'],
  },
  {
    method: 'GET',
    path: `${CENTER}/complaints/report`,
    fn: 'read-records',
    roles: ['supervisor', 'admin'],
    operationId: 'getComplaintReport',
    summary: '投诉月报 · The monthly complaint report',
    query: ['month'],
  },
  {
    method: 'GET',
    path: `${CENTER}/consecutive-flags`,
    fn: 'read-records',
    roles: ['supervisor', 'admin'],
    operationId: 'listConsecutiveFlags',
    summary: '连续评价待认定 · Consecutive-rating flags and their decisions',
    query: ['month'],
  },
  {
    method: 'GET',
    path: `${CENTER}/officer-grades`,
    fn: 'read-records',
    // The 调离 flags are the supervisors' (seed 002 第十五条); an officer reads only their own grade, on the standing route.
    roles: ['supervisor', 'panel', 'admin'],
    operationId: 'listOfficerGrades',
    summary: '工作人员月度等次 · The officers’ grades of a month and their 调离 (transfer) recommendations (not public)',
    query: ['month'],
  },
  {
    method: 'GET',
    path: '/api/v1/openapi.json',
    fn: 'read-records',
    roles: ['public'],
    operationId: 'getOpenApi',
    summary: '接口说明 · This contract',
  },
  {
    method: 'GET',
    path: `${CENTER}/selections`,
    fn: 'manage-selections',
    roles: SELECTION_ROLES,
    operationId: 'listSelections',
    summary: '评选 · The center’s selections and their states',
  },
  {
    method: 'GET',
    path: `${CENTER}/selections/{honor}/{period}`,
    fn: 'manage-selections',
    roles: SELECTION_ROLES,
    operationId: 'getSelection',
    summary: '评选详情 · A selection: candidates and exclusions, ranking, proposed list, notice, objections, history',
  },
  {
    method: 'POST',
    path: `${CENTER}/selections/{honor}/{period}/acts`,
    fn: 'manage-selections',
    roles: SELECTION_ROLES,
    operationId: 'actOnSelection',
    body: selectionAct,
    summary: '评选操作 · Settle a tie, amend, publish the notice, answer an objection, void, or advance',
  },
  { method: 'PUT', path: CENTER, fn: 'manage-center', roles: ['admin'], operationId: 'putCenter', summary: '中心信息 · The center' },
  {
    method: 'PUT',
    path: `${CENTER}/windows/{window}`,
    fn: 'manage-center',
    roles: ['admin'],
    operationId: 'putWindow',
    summary: '窗口 · A window',
  },
  {
    method: 'PUT',
    path: `${CENTER}/officers/{officer}`,
    fn: 'manage-center',
    roles: ['admin'],
    operationId: 'putOfficer',
    summary: '工作人员 · An officer, with start date and role',
  },
  {
    method: 'PUT',
    path: `${CENTER}/rulebook`,
    fn: 'manage-center',
    roles: ['admin'],
    operationId: 'putRulebook',
    summary: '评选规则 · The center’s rulebook (a new version)',
  },
  {
    method: 'PUT',
    path: `${CENTER}/calendar`,
    fn: 'manage-center',
    roles: ['admin'],
    operationId: 'putCalendar',
    summary: '工作日调整 · Calendar overrides',
  },
  {
    method: 'GET',
    path: `${CENTER}/officers`,
    fn: 'read-roster',
    roles: STAFF,
    operationId: 'listOfficers',
    summary: '工作人员名册 · The officers, by window and role',
    query: ['window', 'role'],
  },
  {
    method: 'GET',
    path: `${CENTER}/todo`,
    fn: 'read-roster',
    roles: STAFF,
    operationId: 'getTodo',
    summary: '待办 · What waits for the caller’s role: selections, consecutive-rating flags, complaints due, appeals, the open month, notices ending, 调离 recommendations',
  },
  {
    method: 'GET',
    path: `${CENTER}/officers/{officer}/standing`,
    fn: 'read-roster',
    roles: ['officer', 'supervisor', 'admin'],
    operationId: 'getOfficerStanding',
    summary: '本人考核情况 · An officer’s months, grades, ledgers and what they still need (the officer’s own account: only their own)',
    query: ['year'],
  },
  {
    method: 'GET',
    path: `${CENTER}/windows`,
    fn: 'read-roster',
    roles: STAFF,
    operationId: 'listWindows',
    summary: '窗口名册 · The windows',
  },
  {
    method: 'GET',
    path: `${CENTER}/finding-codes`,
    fn: 'read-roster',
    roles: STAFF,
    operationId: 'listFindingCodes',
    summary: '扣分加分事项 · The rulebook’s finding codes',
  },
  {
    method: 'POST',
    path: `${CENTER}/imports/roster`,
    fn: 'manage-imports',
    roles: ['admin'],
    operationId: 'importRoster',
    summary: '名册导入 · Preview or import the roster (.xlsx or .csv: 工号, 姓名, 窗口, 岗位, 进驻日期); rows that change nothing are not written',
    query: ['mode'],
    body: z.string().describe('the .xlsx or .csv file itself, sent as the request body'),
  },
  {
    method: 'POST',
    path: `${CENTER}/imports/{kind}`,
    fn: 'manage-imports',
    roles: ['clerk', 'head'],
    operationId: 'importSheet',
    summary: '表格导入 · Preview or import an .xlsx or .csv (attendance, volumes)',
    query: ['mode'],
    body: z.string().describe('the .xlsx or .csv file itself, sent as the request body'),
  },
  {
    method: 'GET',
    path: `${CENTER}/exports/{file}`,
    fn: 'read-exports',
    roles: ['supervisor', 'panel', 'admin'],
    operationId: 'exportSheet',
    summary: '表格导出 · window-scores.xlsx?period=YYYY-MM, candidates.xlsx?honor=…&period=…, officer-scores.xlsx?period=YYYY-MM|YYYY-Qn|YYYY, yearly-assessment.xlsx?period=YYYY',
    query: ['period', 'honor'],
  },
];

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/**
 * Spreadsheet imports (表格导入): `POST …/imports/{kind}?mode=preview|import` with the
 * `.xlsx` or `.csv` file as the body. Every row becomes the record the intake route would
 * write and goes through the same checks — the record's schema, its checks against the
 * present and the working-day calendar, the caller's window, the record type's checks
 * against earlier records. The preview answers every row's issues in both languages and
 * writes nothing; the import writes nothing unless no row has an issue. An attendance row
 * for an officer-day that already has attendance in force is an issue too — intake would
 * take it, but a re-exported sheet would then count its days twice; the record on file is
 * corrected instead.
 *
 * Each row is appended as intake appends a record (one transaction: record, index, audit
 * line, aggregates), under an idempotency key derived from the file's SHA-256 and the row
 * number, and a permanent slot for that row of that file: importing the same file again —
 * by anyone, after any time — writes nothing, and an import cut short is finished by
 * sending the same file again. Rows are written one after another, since rows of one
 * window-month move the same aggregate item.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import { type Principal, authorize } from '#core/access';
import { CENTER_LEVEL_WINDOW, aggregateDeltas } from '#core/aggregates';
import { contentHash } from '#core/canonical';
import { RECORD_TYPES } from '#core/records/registry';
import { type RecordType, fieldIssues } from '#core/records/types';
import { IMPORT_KINDS, IMPORT_RECORD_TYPE, type ImportKind, type RowIssue, bilingual, planImport } from '#core/spreadsheets/imports';
import { SheetError, readTable } from '#core/spreadsheets/table';
import { listOfficers, listWindows } from '#store/center';
import { defaultStore } from '#store/client';
import { type GuardItem, type StoredRecord, appendRecord, listWindowMonthRecords } from '#store/records';
import { listSlots, uniqueSlot } from '#store/slots';
import { centerSettings } from './center-settings.ts';
import { failure, json } from './http.ts';
import { INTAKE_CHECKS } from './intake-checks.ts';
import { principalOf } from './principal.ts';
import { ROUTES, type RouteDefinition, routeKey } from './routes.ts';

const store = defaultStore();
const importRoutes = new Map<string, RouteDefinition>(ROUTES.filter((r) => r.fn === 'manage-imports').map((r) => [routeKey(r), r]));
const IMPORTED_ROW = 'importedRow';
/** Imports are idempotent across callers: the file is the key, whoever sends it. */
const IMPORT_SUBJECT = 'import';

const query = z.strictObject({ mode: z.enum(['preview', 'import']).default('preview') });

/** Who may write a record type through the API: its intake route's roles, which an import keeps. */
const intakeRoles = (type: string) =>
  ROUTES.find((r) => r.fn === 'submit-record' && r.record?.type === type && !r.roles.includes('public'))?.roles ?? [];

export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> {
  const route = importRoutes.get(event.routeKey);
  if (!route) return failure({ code: 'notFound' });
  const principal = principalOf(event);
  if (!principal) return failure({ code: 'unauthorized' });
  const centerId = event.pathParameters?.center ?? '';
  if (!authorize(principal, route.roles, { centerId }).allowed) return failure({ code: 'forbidden' });
  const kind = event.pathParameters?.kind ?? '';
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    return failure({ code: 'invalidBody', issues: [{ path: 'kind', message: `kind must be one of ${IMPORT_KINDS.join(', ')} / 导入类型有误` }] });
  }
  const parsedQuery = query.safeParse(event.queryStringParameters ?? {});
  if (!parsedQuery.success) return failure({ code: 'invalidBody', issues: fieldIssues(parsedQuery.error) });
  const bytes = event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  if (bytes.length === 0) return failure({ code: 'invalidBody', issues: [{ path: '', message: 'send the .xlsx or .csv file as the body / 请上传表格文件' }] });

  let table;
  try {
    table = await readTable(bytes);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    return failure({ code: 'invalidBody', issues: [{ path: '', message: `${error.en} / ${error.zh}` }], detail: { zh: error.zh, en: error.en } });
  }
  const now = new Date();
  const [windows, officers, settings] = await Promise.all([listWindows(store, centerId), listOfficers(store, centerId), centerSettings(store, centerId, now)]);
  const plan = planImport(kind as ImportKind, table, { windows, officers });
  const type = RECORD_TYPES[IMPORT_RECORD_TYPE[kind as ImportKind]] as RecordType<any>;
  const roles = intakeRoles(type.type);

  const fileHash = createHash('sha256').update(bytes).digest('hex');
  // Rows of this very file written before (a repeat, or an import cut short) are not checked
  // again: they are replayed. Any other row for an officer-day that already has attendance
  // would count the day twice; the record on file is corrected instead.
  const [imported, onFile] = await Promise.all([
    listSlots(store, centerId, `import#${fileHash}`).then((slots) => new Set(slots.map((slot) => Number(slot.sk)))),
    kind === 'attendance' ? attendanceOnFile(centerId, plan.rows.map((r) => r.body)) : Promise.resolve(new Map<string, string>()),
  ]);

  const issues: RowIssue[] = [...plan.issues];
  const rows = [];
  for (const row of plan.rows) {
    const rowIssue = (column: string, zh: string, en: string) => issues.push({ row: row.row, column, zh, en });
    const windowId = type.windowOf(row.body) ?? CENTER_LEVEL_WINDOW;
    if (!authorize(principal, roles, windowId === CENTER_LEVEL_WINDOW ? { centerId } : { centerId, windowId }).allowed) {
      rowIssue('', '无权为该窗口登记', `You may not file ${type.label.en} for window ${windowId}`);
      continue;
    }
    if (imported.has(row.row)) {
      rows.push({ ...row, id: randomUUID(), windowId, guards: [] });
      continue;
    }
    const earlier = onFile.get(officerDay(row.body));
    if (earlier) {
      rowIssue('date', `该人员当天已有考勤记录（${earlier}），如需修改请更正该记录`, `This officer-day is already recorded (${earlier}); correct that record instead`);
      continue;
    }
    const id = randomUUID();
    const found = [...(type.checkAt?.(row.body, now, settings.calendar) ?? [])];
    const check = INTAKE_CHECKS[type.type];
    const checked = check
      ? await check(row.body, { store, principal, centerId, recordId: id, now, calendar: settings.calendar, rulebook: settings.rulebook })
      : { issues: [], guards: [] };
    found.push(...checked.issues);
    for (const issue of found) {
      const { zh, en } = bilingual(issue);
      rowIssue(issue.path, zh, en);
    }
    if (found.length === 0) rows.push({ ...row, id, windowId, guards: checked.guards });
  }
  issues.sort((a, b) => a.row - b.row);
  const summary = { kind, fileHash, rows: table.rows.length, valid: rows.length, issues };

  if (parsedQuery.data.mode === 'preview') {
    return json(200, { ...summary, mode: 'preview', preview: rows.map(({ row, body }) => ({ row, body })) });
  }
  if (issues.length > 0) {
    return failure({
      code: 'invalidBody',
      issues: issues.map((i) => ({ path: `row ${i.row}${i.column ? ` · ${i.column}` : ''}`, message: `${i.en} / ${i.zh}` })),
      detail: { zh: `表格有${issues.length}处问题，未导入任何记录`, en: `The sheet has ${issues.length} issue(s); nothing was imported` },
    });
  }

  let written = 0;
  let alreadyImported = 0;
  for (const row of rows) {
    const outcome = await appendRow(event, principal, centerId, type, fileHash, row, now);
    if (outcome === 'created') written++;
    else if (outcome === 'already') alreadyImported++;
    else return failure({ code: 'refused', detail: { zh: `第${row.row}行与已有记录冲突，此前各行已导入`, en: `Row ${row.row} conflicts with an earlier record; the rows before it were imported` } });
  }
  return json(200, { ...summary, mode: 'import', written, alreadyImported });
}

const officerDay = (body: Readonly<Record<string, unknown>>): string => `${String(body.officerId)}#${String(body.date)}`;

/** The attendance in force for the officer-days of the rows: officer#date → record id. */
async function attendanceOnFile(centerId: string, bodies: readonly Readonly<Record<string, unknown>>[]): Promise<Map<string, string>> {
  const windowMonths = new Set(bodies.map((b) => `${String(b.windowId)}|${String(b.date).slice(0, 7)}`));
  const lists = await Promise.all(
    [...windowMonths].map((key) => {
      const [windowId, month] = key.split('|') as [string, string];
      return listWindowMonthRecords(store, centerId, windowId, month, 'attendance');
    }),
  );
  return new Map(lists.flat().filter((r) => !r.supersededBy).map((r) => [officerDay(r.body), r.id]));
}

async function appendRow(
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  principal: Principal,
  centerId: string,
  type: RecordType<any>,
  fileHash: string,
  row: { row: number; body: Record<string, unknown>; id: string; windowId: string; guards: readonly GuardItem[] },
  now: Date,
): Promise<'created' | 'already' | 'refused'> {
  const month = type.monthOf(row.body);
  const record: StoredRecord = {
    id: row.id,
    centerId,
    windowId: row.windowId,
    month,
    type: type.type,
    at: type.at(row.body),
    submittedBy: principal.subject,
    submittedAt: now.toISOString(),
    credential: principal.credential,
    body: row.body,
  };
  const outcome = await appendRecord(
    store,
    {
      record,
      claim: {
        subject: IMPORT_SUBJECT,
        key: `${fileHash}#${row.row}`,
        requestHash: contentHash([type.type, centerId, row.body]),
        response: { status: 201, body: { id: row.id, type: type.type, centerId, windowId: row.windowId, month } },
      },
      deltas: aggregateDeltas(record),
      audit: { role: principal.role, routeKey: event.routeKey },
      guards: [...row.guards, uniqueSlot(store.tableName, centerId, `import#${fileHash}`, String(row.row), IMPORTED_ROW)],
    },
    now,
  );
  if (outcome.kind === 'created') return 'created';
  if (outcome.kind === 'replayed' || (outcome.kind === 'refused' && outcome.guard === IMPORTED_ROW)) return 'already';
  return 'refused';
}

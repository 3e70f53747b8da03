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
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { authorize } from '#core/access';
import { CENTER_LEVEL_WINDOW } from '#core/aggregates';
import { contentHash } from '#core/canonical';
import { RECORD_TYPES } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { IMPORT_RECORD_TYPE, type ImportKind, type RowIssue, bilingual, planImport } from '#core/spreadsheets/imports';
import { planRosterImport } from '#core/spreadsheets/roster-import';
import { SheetError, type SheetTable, readTable } from '#core/spreadsheets/table';
import { withPosting } from '#core/center';
import { dateOf } from '#core/records/common';
import { putSetting } from '#store/settings';
import { listOfficers, listWindows, officerSettingKey } from '#store/center';
import { defaultStore } from '#store/client';
import { derivedRecordId } from '#store/keys';
import { type Append, appendRecord, listWindowMonthRecords } from '#store/records';
import { listSlots, uniqueSlot } from '#store/slots';
import { ROUTES } from '#core/api/routes';
import { centerSettings, forgetCenterSettings } from './center-settings.ts';
import { FAILURES, type Failure, type Request, failure, httpHandler, json, validate } from './http.ts';
import { GUARD_FAILURES } from './intake-checks.ts';
import { prepareAppend } from './intake-pipeline.ts';

const store = defaultStore();
const IMPORTED_ROW = 'importedRow';
/** Imports are idempotent across callers: the file is the key, whoever sends it. */
const IMPORT_SUBJECT = 'import';

const query = z.strictObject({ mode: z.enum(['preview', 'import']).default('preview') });

/** Who may write a record type through the API: its intake route's roles, which an import keeps. */
const intakeRoles = (type: string) =>
  ROUTES.find((r) => r.fn === 'submit-record' && r.record?.type === type && !r.roles.includes('public'))?.roles ?? [];

/** A refusal of one row, as the row's issues in both languages. */
function rowIssues(row: number, refusal: Failure): RowIssue[] {
  if (refusal.issues && refusal.issues.length > 0) {
    return refusal.issues.map((issue) => ({ row, column: issue.path, ...bilingual(issue) }));
  }
  const { zh, en } = refusal.detail ?? FAILURES[refusal.code];
  return [{ row, column: '', zh, en }];
}

export const handler = httpHandler(
  'manage-imports',
  async (request: Request<Buffer>) => {
    const { principal, centerId, params, event, body, now, requestId, route } = request;
    const kind = params.kind as ImportKind;
    const parsedQuery = validate(query, event.queryStringParameters ?? {});
    if (!parsedQuery.ok) return failure(parsedQuery.failure);
    const bytes = body;
    if (bytes.length === 0) return failure({ code: 'invalidBody', issues: [{ path: '', message: 'send the .xlsx or .csv file as the body / 请上传表格文件' }] });

    let table;
    try {
      table = await readTable(bytes);
    } catch (error) {
      if (!(error instanceof SheetError)) throw error;
      return failure({ code: 'invalidBody', issues: [{ path: '', message: `${error.en} / ${error.zh}` }], detail: { zh: error.zh, en: error.en } });
    }
    if (route.operationId === 'importRoster') return importRoster(request, table, parsedQuery.value.mode);
    const [windows, officers, settings] = await Promise.all([listWindows(store, centerId), listOfficers(store, centerId), centerSettings(store, centerId, now)]);
    const plan = planImport(kind, table, { windows, officers });
    const type = RECORD_TYPES[IMPORT_RECORD_TYPE[kind]] as RecordType<any>;
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
    const rows: { row: number; body: Record<string, unknown>; append?: Append }[] = [];
    for (const row of plan.rows) {
      if (imported.has(row.row)) {
        // Written before: its record id is derived from the file and the row, so it replays.
        const windowId = type.windowOf(row.body) ?? CENTER_LEVEL_WINDOW;
        if (!authorize(principal, roles, windowId === CENTER_LEVEL_WINDOW ? { centerId } : { centerId, windowId }).allowed) {
          issues.push(...rowIssues(row.row, { code: 'forbidden', detail: { zh: '无权为该窗口登记', en: `You may not file ${type.label.en} for window ${windowId}` } }));
          continue;
        }
        rows.push({ row: row.row, body: row.body });
        continue;
      }
      const earlier = onFile.get(officerDay(row.body));
      if (earlier) {
        issues.push({ row: row.row, column: 'date', zh: `该人员当天已有考勤记录（${earlier}），如需修改请更正该记录`, en: `This officer-day is already recorded (${earlier}); correct that record instead` });
        continue;
      }
      const prepared = await prepareAppend({
        store,
        principal,
        centerId,
        now,
        roles,
        type,
        body: row.body,
        recordId: derivedRecordId(centerId, IMPORT_SUBJECT, `${fileHash}#${row.row}`),
        settings,
        requestHash: contentHash([type.type, centerId, row.body]),
        audit: { role: principal.role, routeKey: event.routeKey, requestId },
      });
      if (!prepared.ok) {
        const windowId = type.windowOf(row.body) ?? CENTER_LEVEL_WINDOW;
        const refusal =
          prepared.failure.code === 'forbidden'
            ? { ...prepared.failure, detail: prepared.failure.detail ?? { zh: '无权为该窗口登记', en: `You may not file ${type.label.en} for window ${windowId}` } }
            : prepared.failure;
        issues.push(...rowIssues(row.row, refusal));
        continue;
      }
      const append: Append = {
        ...prepared.append,
        guards: [...(prepared.append.guards ?? []), uniqueSlot(centerId, `import#${fileHash}`, String(row.row), IMPORTED_ROW)],
      };
      rows.push({ row: row.row, body: row.body, append });
    }
    issues.sort((a, b) => a.row - b.row);
    const summary = { kind, fileHash, rows: table.rows.length, valid: rows.length, issues };

    if (parsedQuery.value.mode === 'preview') {
      return json(200, { ...summary, mode: 'preview', preview: rows.map(({ row, body }) => ({ row, body })) });
    }
    if (issues.length > 0) {
      return failure({
        code: 'invalidBody',
        issues: issues.map((i) => ({ path: `row ${i.row}${i.column ? ` · ${i.column}` : ''}`, message: `${i.en} / ${i.zh}` })),
        detail: { zh: `表格有${issues.length}处问题，未导入任何记录`, en: `The sheet has ${issues.length} issue(s); nothing was imported` },
      });
    }

    // Rows one after another: rows of one window-month move the same aggregate item.
    let written = 0;
    let alreadyImported = 0;
    for (const row of rows) {
      if (!row.append) {
        alreadyImported++;
        continue;
      }
      const outcome = await appendRecord(store, row.append);
      if (outcome.kind === 'created') written++;
      else if (outcome.kind === 'replayed' || (outcome.kind === 'refused' && outcome.guard === IMPORTED_ROW)) alreadyImported++;
      else {
        const refusal = outcome.kind === 'refused' ? GUARD_FAILURES[outcome.guard]?.(centerId) : undefined;
        const why = refusal?.detail ?? { zh: '与已有记录冲突', en: 'conflicts with an earlier record' };
        return failure({
          code: 'refused',
          issues: [{ path: `row ${row.row}`, message: `${why.en} / ${why.zh}` }],
          detail: { zh: `第${row.row}行与已有记录冲突，此前各行已导入`, en: `Row ${row.row} conflicts with an earlier record; the rows before it were imported` },
          ...(refusal?.facts ? { facts: refusal.facts } : {}),
        });
      }
    }
    return json(200, { ...summary, mode: 'import', written, alreadyImported });
  },
  { fileBody: true },
);

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

/**
 * The roster sheet (core/spreadsheets/roster-import.ts): previewed row by row, then written
 * only when no row has an issue — each new or changed officer as `PUT …/officers/{officer}`
 * writes it (a move to another window keeps the posting history) with its audit line; rows
 * that change nothing are not written, so the same sheet twice writes nothing.
 */
async function importRoster({ principal, centerId, event, now, requestId }: Request<Buffer>, table: SheetTable, mode: 'preview' | 'import') {
  const [windows, officers] = await Promise.all([listWindows(store, centerId), listOfficers(store, centerId)]);
  const plan = planRosterImport(table, { windows, officers });
  const changes = plan.rows.filter((r) => r.change !== 'same');
  const summary = {
    kind: 'roster',
    rows: table.rows.length,
    valid: plan.rows.length,
    issues: plan.issues,
    changes: { new: changes.filter((r) => r.change === 'new').length, changed: changes.filter((r) => r.change === 'changed').length, same: plan.rows.length - changes.length },
  };
  if (mode === 'preview') return json(200, { ...summary, mode: 'preview', preview: plan.rows.map(({ row, officer, change }) => ({ row, officer, change })) });
  if (plan.issues.length > 0) {
    return failure({
      code: 'invalidBody',
      issues: plan.issues.map((i) => ({ path: `row ${i.row}${i.column ? ` · ${i.column}` : ''}`, message: `${i.en} / ${i.zh}` })),
      detail: { zh: `表格有${plan.issues.length}处问题，未导入任何人员`, en: `The sheet has ${plan.issues.length} issue(s); nobody was imported` },
    });
  }
  const current = new Map(officers.map((o) => [o.officerId, o]));
  for (const { officer } of changes) {
    const value = withPosting(current.get(officer.officerId), officer, dateOf(now));
    await putSetting(store, centerId, { sk: officerSettingKey(centerId, officer.officerId), value }, {
      at: now.toISOString(),
      who: principal.subject,
      role: principal.role,
      credential: principal.credential,
      routeKey: event.routeKey,
      requestId,
      action: 'configure',
      touched: `officer:${officer.officerId}`,
      detail: { operation: 'importRoster' },
    });
  }
  if (changes.length > 0) forgetCenterSettings(centerId);
  return json(200, { ...summary, mode: 'import', written: changes.length, alreadyImported: summary.changes.same });
}

/**
 * Reads (查询): a window's records and its ledger of a month, the audit trail of a day, the
 * monthly complaint report, consecutive-rating flags, the officers' grades of a month with
 * their 调离 flags, and the API contract. A window reads
 * its own records only, without complainants' names and contacts; a device reads nothing.
 */
import * as z from 'zod';
import { forReader } from '#core/api/privacy';
import { dateOf, isoDate, month } from '#core/records/common';
import { listAuditForDay } from '#store/audit';
import { defaultStore } from '#store/client';
import { listWindowMonthRecords } from '#store/records';
import { centerSettings } from './center-settings.ts';
import { type Request, failure, httpHandler, json, validate } from './http.ts';
import { readYearlyAssessment } from './jobs/yearly-assessment.ts';
import { flagsWithDecisions, monthlyComplaintReport } from './month-reads.ts';
import { officerGradesOfMonth } from './officer-grades.ts';
import { openApiDocument } from './openapi.ts';
import { windowMonthResults } from './window-ledger.ts';

const store = defaultStore();
// Built on the first request for it: converting every route's schema to JSON Schema takes
// about 20 ms, which every cold start of this function would otherwise pay.
let contract: string | undefined;

const QUERIES = {
  getOpenApi: z.object({}),
  listWindowRecords: z.strictObject({ month, type: z.string().regex(/^[a-z-]+$/, 'a record type such as attendance / 记录类型，如attendance').optional() }),
  listAudit: z.strictObject({ date: isoDate }),
  getComplaintReport: z.strictObject({ month }),
  listConsecutiveFlags: z.strictObject({ month }),
  listOfficerGrades: z.strictObject({ month }),
  getWindowLedger: z.strictObject({ month }),
  getYearlyAssessment: z.strictObject({}),
} as const;

export const handler = httpHandler('read-records', async ({ route, principal, centerId, params, event }: Request) => {
  const operation = route.operationId as keyof typeof QUERIES;
  if (operation === 'getOpenApi') return { statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: (contract ??= JSON.stringify(openApiDocument())) };
  const parsed = validate(QUERIES[operation] as z.ZodType, event.queryStringParameters ?? {});
  if (!parsed.ok) return failure(parsed.failure);
  const query = parsed.value as Record<string, string>;
  const windowId = params.window!;
  switch (operation) {
    case 'listAudit':
      return json(200, { date: query.date, lines: await listAuditForDay(store, centerId, query.date!) });
    case 'listWindowRecords': {
      const records = await listWindowMonthRecords(store, centerId, windowId, query.month!, query.type);
      return json(200, { windowId, month: query.month, records: records.map((r) => ({ ...r, body: forReader(principal.role, r.type, r.body) })) });
    }
    case 'getComplaintReport': {
      // Overdue as of the wall clock, as this report has always been read (unchanged by the move to month-reads).
      const now = new Date();
      const { calendar } = await centerSettings(store, centerId, now);
      return json(200, await monthlyComplaintReport(store, centerId, query.month!, calendar, dateOf(now)));
    }
    case 'getWindowLedger':
      return json(200, { windowId, month: query.month, results: await windowMonthResults(store, centerId, query.month!, windowId) });
    case 'getYearlyAssessment':
      return json(200, { year: params.year, ...(await readYearlyAssessment(store, centerId, params.year!)) });
    case 'listConsecutiveFlags':
      return json(200, { month: query.month, flags: await flagsWithDecisions(store, centerId, query.month!) });
    case 'listOfficerGrades':
      return json(200, await officerGradesOfMonth(store, centerId, query.month!));
  }
});

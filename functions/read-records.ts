/**
 * Reads (查询): a window's records and its ledger of a month, the audit trail of a day, the
 * monthly complaint report, consecutive-rating flags, and the API contract. A window reads
 * its own records only, without complainants' names and contacts; a device reads nothing.
 */
import { z } from 'zod';
import { forReader } from '#core/api/privacy';
import { parseMemberLine, windowSubject } from '#core/aggregates';
import { dateOf, isoDate, month } from '#core/records/common';
import type { ComplaintStep } from '#core/records/complaint-step';
import { type ReportedComplaint, complaintReport } from '#core/rules/complaint-report';
import { listAggregatesForMonth } from '#store/aggregates';
import { listAuditForDay } from '#store/audit';
import { defaultStore } from '#store/client';
import { listFlags } from '#store/flags';
import { listWindowMonthRecords } from '#store/records';
import { listSubjectResults } from '#store/results';
import { listSlots } from '#store/slots';
import { centerSettings } from './center-settings.ts';
import { type Request, failure, httpHandler, json, validate } from './http.ts';
import { readYearlyAssessment } from './jobs/yearly-assessment.ts';
import { openApiDocument } from './openapi.ts';

const store = defaultStore();
const contract = JSON.stringify(openApiDocument());

const QUERIES = {
  getOpenApi: z.object({}),
  listWindowRecords: z.strictObject({ month, type: z.string().regex(/^[a-z-]+$/, 'a record type such as attendance / 记录类型，如attendance').optional() }),
  listAudit: z.strictObject({ date: isoDate }),
  getComplaintReport: z.strictObject({ month }),
  listConsecutiveFlags: z.strictObject({ month }),
  getWindowLedger: z.strictObject({ month }),
  getYearlyAssessment: z.strictObject({}),
} as const;

export const handler = httpHandler('read-records', async ({ route, principal, centerId, params, event }: Request) => {
  const operation = route.operationId as keyof typeof QUERIES;
  if (operation === 'getOpenApi') return { statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: contract };
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
    case 'getComplaintReport':
      return json(200, await monthlyComplaintReport(centerId, query.month!));
    case 'getWindowLedger':
      return json(200, { windowId, month: query.month, results: await listSubjectResults(store, centerId, query.month!, windowSubject(windowId)) });
    case 'getYearlyAssessment':
      return json(200, { year: params.year, ...(await readYearlyAssessment(store, centerId, params.year!)) });
    case 'listConsecutiveFlags':
      return json(200, { month: query.month, flags: await flagsWithDecisions(centerId, query.month!) });
  }
});

/** The month's flags, each with the supervisor's latest decision (or none yet). */
async function flagsWithDecisions(centerId: string, period: string) {
  const [flags, aggregates] = await Promise.all([listFlags(store, centerId, period), listAggregatesForMonth(store, centerId, period)]);
  const decisions = new Map<string, { decision: string; note: string; recordId: string }>();
  for (const aggregate of aggregates.values()) {
    for (const line of aggregate.members['consecutive-flag-decision'] ?? []) {
      const { recordId, body } = parseMemberLine(line);
      decisions.set(String(body.flagId), { decision: String(body.decision), note: String(body.note), recordId });
    }
  }
  return flags.map((flag) => ({ ...flag, decision: decisions.get(flag.flagId) ?? null }));
}

/** Supervisors' and administrators' report: it names complainants, so no other role reaches it. */
async function monthlyComplaintReport(centerId: string, period: string) {
  const aggregates = await listAggregatesForMonth(store, centerId, period);
  // A complaint is filed under its window and its officer: one line each, one complaint.
  const complaints = new Map<string, ReportedComplaint>();
  for (const aggregate of aggregates.values()) {
    for (const line of aggregate.members.complaint ?? []) {
      const { recordId, body } = parseMemberLine(line);
      complaints.set(recordId, { id: recordId, body: body as ReportedComplaint['body'] });
    }
  }
  const steps = (
    await Promise.all(
      [...complaints.keys()].map(async (complaintId) =>
        (await listSlots(store, centerId, `complaint#${complaintId}`)).map((slot) => ({
          complaintId,
          step: slot.step as ComplaintStep,
          date: String(slot.date),
          extended: slot.extended === true,
        })),
      ),
    )
  ).flat();
  const now = new Date();
  const { calendar } = await centerSettings(store, centerId, now);
  return complaintReport(period, [...complaints.values()], steps, calendar, dateOf(now));
}

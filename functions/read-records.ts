/**
 * Reads (查询): a window's records and its ledger of a month, the audit trail of a day, the
 * monthly complaint report, consecutive-rating flags, and the API contract. A window reads its own records only; a device
 * reads nothing.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import { authorize } from '#core/access';
import { parseMemberLine, windowSubject } from '#core/aggregates';
import { dateOf, month } from '#core/records/common';
import type { ComplaintStep } from '#core/records/complaint-step';
import { type ReportedComplaint, complaintReport } from '#core/rules/complaint-report';
import { listAggregatesForMonth } from '#store/aggregates';
import { defaultStore } from '#store/client';
import { listFlags } from '#store/flags';
import { listSubjectResults } from '#store/results';
import { listAuditForDay, listWindowMonthRecords } from '#store/records';
import { listSlots } from '#store/slots';
import { fieldIssues } from '#core/records/types';
import { centerSettings } from './center-settings.ts';
import { readYearlyAssessment } from './jobs/yearly-assessment.ts';
import { failure, json } from './http.ts';
import { openApiDocument } from './openapi.ts';
import { principalOf } from './principal.ts';
import { ROUTES, type RouteDefinition, routeKey } from './routes.ts';

const store = defaultStore();
const readRoutes = new Map<string, RouteDefinition>(ROUTES.filter((r) => r.fn === 'read-records').map((r) => [routeKey(r), r]));
const contract = JSON.stringify(openApiDocument());

const QUERIES = {
  listWindowRecords: z.strictObject({ month, type: z.string().regex(/^[a-z-]+$/).optional() }),
  listAudit: z.strictObject({ date: z.iso.date() }),
  getComplaintReport: z.strictObject({ month }),
  listConsecutiveFlags: z.strictObject({ month }),
  getWindowLedger: z.strictObject({ month }),
  getYearlyAssessment: z.strictObject({}),
} as const;

export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> {
  const route = readRoutes.get(event.routeKey);
  if (!route) return failure({ code: 'notFound' });
  if (route.operationId === 'getOpenApi') {
    return { statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: contract };
  }
  const principal = principalOf(event);
  if (!principal) return failure({ code: 'unauthorized' });
  const centerId = event.pathParameters?.center ?? '';
  const windowId = event.pathParameters?.window;
  if (!authorize(principal, route.roles, { centerId, ...(windowId ? { windowId } : {}) }).allowed) {
    return failure({ code: 'forbidden' });
  }
  const operation = route.operationId as keyof typeof QUERIES;
  const parsed = QUERIES[operation].safeParse(event.queryStringParameters ?? {});
  if (!parsed.success) return failure({ code: 'invalidBody', issues: fieldIssues(parsed.error) });
  const query = parsed.data as Record<string, string>;
  switch (operation) {
    case 'listAudit':
      return json(200, { date: query.date, lines: await listAuditForDay(store, centerId, query.date!) });
    case 'listWindowRecords':
      return json(200, { windowId, month: query.month, records: await listWindowMonthRecords(store, centerId, windowId!, query.month!, query.type) });
    case 'getComplaintReport':
      return json(200, await monthlyComplaintReport(centerId, query.month!));
    case 'getWindowLedger':
      return json(200, { windowId, month: query.month, results: await listSubjectResults(store, centerId, query.month!, windowSubject(windowId!)) });
    case 'getYearlyAssessment': {
      const year = event.pathParameters?.year ?? '';
      if (!/^\d{4}$/.test(year)) return failure({ code: 'notFound' });
      return json(200, { year, ...(await readYearlyAssessment(store, centerId, year)) });
    }
    case 'listConsecutiveFlags':
      return json(200, { month: query.month, flags: await flagsWithDecisions(centerId, query.month!) });
  }
}

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

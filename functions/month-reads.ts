/**
 * A month's consecutive-rating flags with their decisions, and its complaint report: read by
 * the records routes (read-records) and by the to-do list (read-roster), one way for both.
 */
import { parseMemberLine } from '#core/aggregates';
import type { WorkingCalendar } from '#core/calendar';
import type { ComplaintStep } from '#core/records/complaint-step';
import { type ReportedComplaint, complaintReport } from '#core/rules/complaint-report';
import { listAggregatesForMonth } from '#store/aggregates';
import type { Store } from '#store/client';
import { listFlags } from '#store/flags';
import { listSlots } from '#store/slots';

/** The month's flags, each with the supervisor's latest decision (or none yet). */
export async function flagsWithDecisions(store: Store, centerId: string, period: string) {
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
export async function monthlyComplaintReport(store: Store, centerId: string, period: string, calendar: WorkingCalendar, today: string) {
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
  return complaintReport(period, [...complaints.values()], steps, calendar, today);
}

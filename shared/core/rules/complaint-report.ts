/**
 * 投诉月报 — the monthly complaint report, seed 003 §投诉处置规定; DOMAIN.md §3.8: every
 * complaint received in the month, its deadline in working days, where it stands, and
 * whether it was (or is) overdue. The report is due on the month's last working day.
 */
import type { WorkingCalendar } from '../calendar.ts';
import type { ComplaintStep } from '../records/complaint-step.ts';
import { type ComplaintBody, complaintDeadline, isComplaintOverdue } from '../records/complaint.ts';

export interface ReportedComplaint {
  readonly id: string;
  readonly body: Omit<ComplaintBody, 'complainantName' | 'complainantContact'>;
}

export interface ReportedStep {
  readonly complaintId: string;
  readonly step: ComplaintStep;
  readonly date: string;
  /** The step told the complainant why it takes longer (deadline 10 working days). */
  readonly extended: boolean;
}

export interface ComplaintReportRow {
  readonly id: string;
  readonly windowId: string;
  readonly officerId?: string;
  readonly channel: ComplaintBody['channel'];
  readonly receivedDate: string;
  readonly deadline: string;
  readonly provisional: boolean;
  readonly status: ComplaintStep | 'registered';
  /** How and when the complaint was answered. */
  readonly outcome?: 'verified' | 'unfounded';
  readonly settledDate?: string;
  readonly overdue: boolean;
}

export interface ComplaintReport {
  readonly month: string;
  /** The last working day of the month: when the report is due. */
  readonly dueDate: string;
  readonly rows: readonly ComplaintReportRow[];
  readonly totals: { readonly received: number; readonly verified: number; readonly unfounded: number; readonly open: number; readonly overdue: number };
}

const STEP_ORDER: Record<ComplaintStep, number> = { investigating: 1, verified: 2, unfounded: 2, closed: 3 };

export function complaintReport(
  month: string,
  complaints: readonly ReportedComplaint[],
  steps: readonly ReportedStep[],
  calendar: WorkingCalendar,
  today: string,
): ComplaintReport {
  const rows = complaints
    .filter((c) => c.body.receivedDate.startsWith(month))
    .map((c): ComplaintReportRow => {
      const own = steps
        .filter((s) => s.complaintId === c.id)
        .sort((a, b) => a.date.localeCompare(b.date) || STEP_ORDER[a.step] - STEP_ORDER[b.step]);
      const deadline = complaintDeadline(c.body, calendar, own.some((s) => s.extended));
      const settled = own.find((s) => s.step === 'verified' || s.step === 'unfounded');
      return {
        id: c.id,
        windowId: c.body.windowId,
        ...(c.body.officerId ? { officerId: c.body.officerId } : {}),
        channel: c.body.channel,
        receivedDate: c.body.receivedDate,
        deadline: deadline.date,
        provisional: deadline.provisional,
        status: own.at(-1)?.step ?? 'registered',
        ...(settled ? { outcome: settled.step as 'verified' | 'unfounded', settledDate: settled.date } : {}),
        overdue: isComplaintOverdue(deadline.date, settled?.date, today),
      };
    })
    .sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || (a.id < b.id ? -1 : 1));
  const count = (f: (r: ComplaintReportRow) => boolean) => rows.filter(f).length;
  return {
    month,
    dueDate: calendar.workingDaysInMonth(month).dates.at(-1)!,
    rows,
    totals: {
      received: rows.length,
      verified: count((r) => r.outcome === 'verified'),
      unfounded: count((r) => r.outcome === 'unfounded'),
      open: count((r) => r.outcome === undefined),
      overdue: count((r) => r.overdue),
    },
  };
}


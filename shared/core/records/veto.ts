/**
 * Veto (一票否决) — DOMAIN.md §5: a verified event that removes a window or officer from the
 * honors of a scope — the quarter's, or the quarter's and the year's. A supervisor records
 * it with the evidence and who verified it, under a veto code of the rulebook (V-…), or with
 * the reason where no code names the event. A finding whose code carries a veto is a veto
 * too (eligibility reads both); this record is the supervisor's declaration of one.
 *
 * The subject is notified and may appeal within the rulebook's window (default 5 working
 * days, counted after the day of the veto); a second supervisor decides (appeal-decision).
 */
import * as z from 'zod';
import type { Deadline, WorkingCalendar } from '../calendar.ts';
import { fieldsValid, instantOf, isoDate, officerId, onFirstUse, person, text, windowId } from './common.ts';
import type { FindingCode } from '../rulebook/finding-code.ts';
import { type Issue, asFieldIssues, findingCodeId, subjectIssues, unknownCode } from './finding.ts';
import { type FieldIssue, type RecordType, notAfterToday } from './types.ts';

const APPEAL_WORKING_DAYS = 5;

export const vetoBody = onFirstUse(() => z
  .strictObject({
    subject: z.enum(['window', 'officer']),
    windowId,
    officerId: officerId.optional(),
    scope: z.enum(['quarter', 'year']),
    code: findingCodeId().optional(),
    reason: text(500).optional(),
    evidence: text(2000),
    verifiedBy: person,
    date: isoDate,
  })
  .superRefine((b, ctx) => {
    if (b.subject === 'officer' && b.officerId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['officerId'], message: 'an officer veto names the officer / 须注明工作人员' });
    }
    if (b.code === undefined) {
      if (b.reason === undefined) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'give a veto code or the reason / 须填写否决代码或理由' });
      }
    }
  }, { when: fieldsValid }));
export type VetoBody = z.infer<ReturnType<typeof vetoBody>>;

/** The veto code against the rulebook's codes: known, a veto, for this subject and scope. */
export function vetoRuleIssues(b: VetoBody, codes: readonly FindingCode[]): FieldIssue[] {
  if (b.code === undefined) return [];
  const code = codes.find((c) => c.code === b.code);
  if (!code) return asFieldIssues([unknownCode(b.code, ['code'])]);
  if (code.veto === 'none') return [{ path: 'code', message: `${b.code} carries no veto / 该代码不涉及一票否决` }];
  const scope: Issue[] =
    code.veto === b.scope ? [] : [{ path: ['scope'], message: `${b.code} vetoes for the ${code.veto} / 该代码的否决范围为${code.veto === 'year' ? '年度' : '季度'}` }];
  return asFieldIssues([...subjectIssues(code, b.subject, ['subject']), ...scope]);
}

/** The last day to appeal a veto: the close of the nth working day after it. */
export const appealDeadline = (vetoDate: string, calendar: WorkingCalendar, days = APPEAL_WORKING_DAYS): Deadline =>
  calendar.addWorkingDays(vetoDate, days);

/** Whether an appeal made on `appealDate` is within the window. */
export function checkAppealDeadline(vetoDate: string, appealDate: string, calendar: WorkingCalendar, days = APPEAL_WORKING_DAYS): FieldIssue[] {
  const { date } = appealDeadline(vetoDate, calendar, days);
  return appealDate > date ? [{ path: 'date', message: `the appeal closed on ${date} / 申诉期已于${date}截止` }] : [];
}

export const vetoRecord: RecordType<VetoBody> = {
  type: 'veto',
  label: { zh: '一票否决', en: 'veto' },
  get body() {
    return vetoBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  officersOf: (b) => (b.officerId ? [b.officerId] : []),
  checkAt: (b, now) => notAfterToday('date', b.date, now),
  checkRules: (b, rulebook) => vetoRuleIssues(b, rulebook.findingCodes),
};

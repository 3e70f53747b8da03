/**
 * 查实投诉与吸烟 — what a verified complaint and a smoking finding of a hygiene inspection
 * do by themselves (DOMAIN.md §3.8, §4.2, §5; seed 003 §投诉处置办法 五、(四), §禁烟制度,
 * §卫生工作考核办法 三、(二) 第5条).
 *
 * - A complaint step that verifies a complaint names its finding codes for the window and
 *   for the officer complained about; each becomes a finding of that subject, and a code
 *   that carries a veto is also a veto — linked to the complaint in the ledger (the
 *   complaint's id and the verifying step's).
 * - A smoking or cigarette-butt item of an inspection names the officers concerned; each of
 *   them is vetoed by the rulebook's smoking veto, linked to the inspection.
 *
 * Pure: the caller reads the complaint, the step and the inspection; the codes are checked
 * against the rulebook the center works under (a center with its own codes uses them).
 */
import type { FindingCode } from '../rulebook/finding-code.ts';
import type { VetoEvent } from './eligibility.ts';
import type { FindingOccurrence } from './monthly-score.ts';

export interface VerifiedComplaint {
  readonly complaintId: string;
  readonly windowId: string;
  readonly officerId?: string;
  /** The verifying step. */
  readonly stepId: string;
  readonly date: string;
  readonly windowCodes?: readonly string[];
  readonly officerCodes?: readonly string[];
}

export interface DerivedEvents {
  readonly window: readonly FindingOccurrence[];
  /** By officer. */
  readonly officers: ReadonlyMap<string, readonly FindingOccurrence[]>;
  readonly vetoes: readonly VetoEvent[];
}

export interface CodeIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The codes a verifying step names that its rulebook does not know for that subject, or that
 * need an amount a step cannot give (a range, a level, working days late: those are filed as
 * a finding naming the complaint) — an intake check against the center's rulebook.
 */
export function checkVerifiedCodes(
  named: Pick<VerifiedComplaint, 'windowCodes' | 'officerCodes'>,
  hasOfficer: boolean,
  codes: readonly FindingCode[],
): CodeIssue[] {
  const bySubject = (subject: 'window' | 'officer') => new Map(codes.filter((c) => c.subject === subject || c.subject === 'both').map((c) => [c.code, c]));
  const issues: CodeIssue[] = [];
  for (const subject of ['window', 'officer'] as const) {
    const known = bySubject(subject);
    (named[`${subject}Codes`] ?? []).forEach((code, i) => {
      const found = known.get(code);
      if (!found) {
        issues.push({ path: `${subject}Codes.${i}`, message: `${code} is not a ${subject} code of the rulebook / 评选规则中没有该${subject === 'window' ? '窗口' : '工作人员'}扣分代码` });
      } else if (!('fixed' in found.points) || found.per !== 'occurrence') {
        issues.push({
          path: `${subject}Codes.${i}`,
          message: `${code} needs points, a level or days chosen: file it as a finding naming the complaint / 该代码须选定分值、级别或天数，请以扣分事项录入并注明该投诉`,
        });
      }
    });
  }
  if (!hasOfficer && (named.officerCodes ?? []).length > 0) {
    issues.push({ path: 'officerCodes', message: 'the complaint names no officer / 该投诉未指明工作人员' });
  }
  return issues;
}

/** The findings and vetoes a verified complaint carries. */
export function verifiedComplaintEvents(complaint: VerifiedComplaint, codes: readonly FindingCode[]): DerivedEvents {
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const month = complaint.date.slice(0, 7);
  const records = [complaint.complaintId, complaint.stepId].sort();
  const occurrence = (code: string): FindingOccurrence => ({ code, recordId: complaint.complaintId });
  const windowCodes = [...new Set(complaint.windowCodes ?? [])].sort();
  const officerCodes = complaint.officerId ? [...new Set(complaint.officerCodes ?? [])].sort() : [];
  const vetoes: VetoEvent[] = [
    ...windowCodes.filter((c) => (byCode.get(c)?.veto ?? 'none') !== 'none').map((code) => ({ subject: 'window' as const, subjectId: complaint.windowId, code, month, records })),
    ...officerCodes
      .filter((c) => (byCode.get(c)?.veto ?? 'none') !== 'none')
      .map((code) => ({ subject: 'officer' as const, subjectId: complaint.officerId!, code, month, records })),
  ];
  return {
    window: windowCodes.map(occurrence),
    officers: new Map(complaint.officerId && officerCodes.length > 0 ? [[complaint.officerId, officerCodes.map(occurrence)]] : []),
    vetoes,
  };
}

export interface SmokingItems {
  readonly inspectionId: string;
  readonly date: string;
  readonly deductions: readonly { readonly item: string; readonly officerIds?: readonly string[] }[];
}

/** The vetoes of the officers a smoking or cigarette-butt item names: one per officer. */
export function smokingVetoes(inspection: SmokingItems, vetoCode: string, codes: readonly FindingCode[]): VetoEvent[] {
  const code = codes.find((c) => c.code === vetoCode);
  if (!code || code.veto === 'none' || code.subject === 'window') throw new RangeError(`${vetoCode} is not an officer veto of the rulebook`);
  const officers = [...new Set(inspection.deductions.filter((d) => d.item === 'smoking' || d.item === 'cigarette-butt').flatMap((d) => d.officerIds ?? []))].sort();
  return officers.map((officerId) => ({ subject: 'officer', subjectId: officerId, code: vetoCode, month: inspection.date.slice(0, 7), records: [inspection.inspectionId] }));
}

/**
 * Findings (扣分/加分事项) and vetoes (一票否决) as supervisors record them after an event: a
 * patrol, an inspection, a complaint, a mystery-shopper report, a training roll call, an
 * overdue case. Each finding names its source record, and its id follows it (`…-f1`), so a
 * reader goes from the deduction to what caused it.
 */
import type { Officer } from '#core/center';
import { defaultFindingCodesByCode, type FindingBody } from '#core/records/finding';
import type { SUPERVISORS } from './people.ts';
import { type DemoRecord, demoRecord } from './record.ts';

export type Supervisor = (typeof SUPERVISORS)[number];

export interface FindingItem {
  readonly code: string;
  readonly windowId: string;
  /** The officer concerned, for an officer code; a window code is charged to the window alone. */
  readonly officer?: Officer;
  readonly evidence: string;
  /** Working days late, for a case-working-day code. */
  readonly count?: number;
}

interface FindingSource {
  readonly kind: FindingBody['sourceKind'];
  /** What the findings' ids follow: the source record's id, or a name for a report that is no record. */
  readonly id: string;
  /** The record the findings came from; a mystery-shopper report is none. */
  readonly recordId?: string;
  readonly date: string;
  readonly verifiedBy: Supervisor;
}

const codeOf = (code: string) => {
  const found = defaultFindingCodesByCode().get(code);
  if (!found) throw new Error(`demo uses unknown finding code ${code}`);
  return found;
};

export function findingsOf(source: FindingSource, items: readonly FindingItem[]): DemoRecord[] {
  return items.map((item, i) => {
    const subject = codeOf(item.code).subject === 'officer' ? 'officer' : 'window';
    const body: FindingBody = {
      code: item.code,
      ...(item.count !== undefined ? { count: item.count } : {}),
      subject,
      windowId: item.windowId,
      // A window code stays the window's: naming the officer would file it under the officer too.
      ...(subject === 'officer' && item.officer ? { officerId: item.officer.officerId } : {}),
      date: source.date,
      evidence: item.evidence,
      verifiedBy: source.verifiedBy.name,
      sourceKind: source.kind,
      ...(source.recordId ? { sourceRecordId: source.recordId } : {}),
    };
    return demoRecord('finding', `${source.id}-f${i + 1}`, body, source.verifiedBy.id);
  });
}

/** A supervisor's veto under a veto code; its scope is the code's. */
export function vetoOf(
  code: string,
  subject: { readonly windowId: string; readonly officer?: Officer },
  date: string,
  evidence: string,
  verifiedBy: Supervisor,
): DemoRecord {
  const { veto, subject: kind } = codeOf(code);
  if (veto === 'none') throw new Error(`demo veto with ${code}, which carries none`);
  const officerSubject = kind === 'officer';
  const subjectId = officerSubject ? subject.officer?.officerId : subject.windowId;
  const body = {
    subject: officerSubject ? ('officer' as const) : ('window' as const),
    windowId: subject.windowId,
    ...(officerSubject && subject.officer ? { officerId: subject.officer.officerId } : {}),
    scope: veto,
    code,
    evidence,
    verifiedBy: verifiedBy.name,
    date,
  };
  return demoRecord('veto', `demo-veto-${date}-${subjectId}-${code.toLowerCase()}`, body, verifiedBy.id);
}

/**
 * Every record type of intake (DOMAIN.md §3) by its name, for the route table and the
 * OpenAPI document. A correction of any of them is `correctionOf(type)` (correction.ts).
 *
 * Placement: a record with a window is filed under its window-month; a center-level record
 * (`windowOf` gives undefined: complaint steps, training, ballots, panel scores, objections,
 * yearly ratings, veto appeals, appeal decisions) under the center-level pseudo window.
 */
import { appealDecisionRecord } from './appeal-decision.ts';
import { attendanceRecord } from './attendance.ts';
import { ballotRecord } from './ballot.ts';
import { caseCompletionRecord } from './case-completion.ts';
import { caseExtensionRecord } from './case-extension.ts';
import { caseRecord } from './case.ts';
import { commendationRecord } from './commendation.ts';
import { complaintStepRecord } from './complaint-step.ts';
import { complaintRecord } from './complaint.ts';
import { consecutiveFlagDecisionRecord } from './consecutive-flag-decision.ts';
import { deviceFaultRecord } from './device-fault.ts';
import { evaluatorConductRecord } from './evaluator-conduct.ts';
import { findingRecord } from './finding.ts';
import { inspectionRecord } from './inspection.ts';
import { nominationRecord } from './nomination.ts';
import { objectionRecord } from './objection.ts';
import { panelScoreRecord } from './panel-score.ts';
import { patrolRecord } from './patrol.ts';
import { trainingRecord } from './training.ts';
import { type RecordType, evaluationRecord, volumeRecord } from './types.ts';
import { vetoAppealRecord } from './veto-appeal.ts';
import { vetoRecord } from './veto.ts';
import { yearlyRatingRecord } from './yearly-rating.ts';

export const RECORD_TYPES = {
  attendance: attendanceRecord,
  evaluation: evaluationRecord,
  volume: volumeRecord,
  case: caseRecord,
  'case-completion': caseCompletionRecord,
  'case-extension': caseExtensionRecord,
  inspection: inspectionRecord,
  patrol: patrolRecord,
  finding: findingRecord,
  complaint: complaintRecord,
  'complaint-step': complaintStepRecord,
  training: trainingRecord,
  'evaluator-conduct': evaluatorConductRecord,
  'device-fault': deviceFaultRecord,
  'consecutive-flag-decision': consecutiveFlagDecisionRecord,
  commendation: commendationRecord,
  nomination: nominationRecord,
  ballot: ballotRecord,
  'panel-score': panelScoreRecord,
  objection: objectionRecord,
  'yearly-rating': yearlyRatingRecord,
  veto: vetoRecord,
  'veto-appeal': vetoAppealRecord,
  'appeal-decision': appealDecisionRecord,
} as const satisfies Record<string, RecordType<any>>;

export type RecordTypeName = keyof typeof RECORD_TYPES;

/**
 * A body fit for anything public: the type's private fields (complainant, objector) removed,
 * also where they sit deeper (`record.complainantContact` of a correction).
 */
export function withoutPrivateFields<Body extends object>(recordType: RecordType<Body>, body: Body): Partial<Body> {
  return (recordType.privateFields ?? []).reduce<object>((shown, path) => without(shown, path.split('.')), body) as Partial<Body>;
}

function without(value: object, [field, ...rest]: string[]): object {
  if (field === undefined || !Object.hasOwn(value, field)) return value;
  const { [field]: inner, ...others } = value as Record<string, unknown>;
  if (rest.length === 0) return others;
  return typeof inner === 'object' && inner !== null ? { ...others, [field]: without(inner, rest) } : value;
}

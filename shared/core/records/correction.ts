/**
 * Correction (更正) — DOMAIN.md §3: records are append-only, so a mistake is corrected by a
 * new record of the same type that supersedes the earlier one, with the reason:
 *
 *   { supersedes: <record id>, reason: "…", record: <the replacement, as that type's body> }
 *
 * The replacement sits under `record` rather than beside the envelope because some types
 * have a `reason` of their own (veto, appeal-decision). The replacement is filed, placed and
 * checked as a record of its type — except for registration deadlines (事后补登): the record
 * it replaces was accepted, so the fact was registered in time.
 */
import * as z from 'zod';
import { recordId } from './common.ts';
import { LATE_REGISTRATION, type RecordType } from './types.ts';

export interface Correction<Body> {
  readonly supersedes: string;
  readonly reason: string;
  readonly record: Body;
}

const reason = z.string().trim().min(5, 'state the reason in at least 5 characters / 请说明更正原因（至少5个字）').max(500);

/** The envelope alone: enough to find the record it corrects, whose type then checks the rest. */
export const correctionEnvelope = z.strictObject({ supersedes: recordId, reason, record: z.record(z.string(), z.unknown()) });

export function correctionOf<Body>(recordType: RecordType<Body>): RecordType<Correction<Body>> {
  const { officersOf, checkAt, checkRules } = recordType;
  return {
    type: recordType.type,
    label: { zh: `更正${recordType.label.zh}`, en: `correction of ${recordType.label.en}` },
    body: z.strictObject({ supersedes: recordId, reason, record: recordType.body }),
    windowOf: (c) => recordType.windowOf(c.record),
    at: (c) => recordType.at(c.record),
    monthOf: (c) => recordType.monthOf(c.record),
    ...(officersOf ? { officersOf: (c: Correction<Body>) => officersOf(c.record) } : {}),
    ...(recordType.privateFields ? { privateFields: recordType.privateFields.map((f) => `record.${f}`) } : {}),
    checkAt: (c, now, calendar) =>
      (checkAt?.(c.record, now, calendar) ?? [])
        .filter((issue) => issue.code !== LATE_REGISTRATION)
        .map((issue) => ({ ...issue, path: `record.${issue.path}` })),
    ...(checkRules
      ? { checkRules: (c: Correction<Body>, rulebook: Parameters<typeof checkRules>[1]) => checkRules(c.record, rulebook).map((issue) => ({ ...issue, path: `record.${issue.path}` })) }
      : {}),
  };
}

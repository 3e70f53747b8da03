/**
 * The part of intake that turns one checked body into one append: the body's checks against
 * the moment and the calendar, the caller's window, the month's closing, the center's roster
 * and the record type's own rules, then the record with its claim, audit line and guards.
 * Record intake (submit-record.ts) and spreadsheet imports (manage-imports.ts) both go
 * through it, so an imported row gets exactly the checks a posted record gets.
 */
import { type Principal, authorize } from '#core/access';
import { CENTER_LEVEL_WINDOW } from '#core/aggregates';
import { dateOf } from '#core/records/common';
import type { RecordType } from '#core/records/types';
import type { Role } from '#core/roles';
import type { Store } from '#store/client';
import type { Append, RecordAudit, StoredRecord } from '#store/records';
import type { CenterSettings } from './center-settings.ts';
import type { Failure } from './http.ts';
import { INTAKE_CHECKS, checkRecordDate, checkSubjects } from './intake-checks.ts';

export interface IntakeInput {
  readonly store: Store;
  readonly principal: Principal;
  readonly centerId: string;
  readonly now: Date;
  /** Who may write the record type: its intake route's roles. */
  readonly roles: readonly Role[];
  readonly type: RecordType<any>;
  /** The body as validated (for a correction, the envelope with `record` and `reason`). */
  readonly body: Record<string, unknown>;
  /** Derived from the caller and its key (or the imported file and row): a retry finds it. */
  readonly recordId: string;
  readonly settings: CenterSettings;
  readonly requestHash: string;
  readonly audit: RecordAudit;
  readonly superseding?: StoredRecord;
}

export type Prepared =
  | { readonly ok: true; readonly append: Append; readonly windowId: string; readonly response: { readonly status: number; readonly body: unknown } }
  | { readonly ok: false; readonly failure: Failure };

/** Checks one body and builds its append; nothing is read twice and nothing is written. */
export async function prepareAppend(input: IntakeInput): Promise<Prepared> {
  const { store, principal, centerId, now, type, body, recordId: id, settings, superseding } = input;
  // Codes and hygiene items are the center's, as its rulebook stood on the record's date.
  const rulebook = settings.rulebookAt(dateOf(type.at(body)));
  const issues = [...(type.checkAt?.(body, now, settings.calendar) ?? []), ...(type.checkRules?.(body, rulebook) ?? [])];
  if (issues.length > 0) return { ok: false, failure: { code: 'invalidBody', issues } };
  const windowId = type.windowOf(body) ?? CENTER_LEVEL_WINDOW;
  const target = windowId === CENTER_LEVEL_WINDOW ? { centerId } : { centerId, windowId };
  if (!authorize(principal, input.roles, target).allowed) return { ok: false, failure: { code: 'forbidden' } };

  // A correction replaces the body; the record's own checks apply to the replacement.
  const fact = superseding ? (body.record as Record<string, unknown>) : body;
  const context = { store, principal, centerId, recordId: id, now, ...settings, rulebook };
  const refusal: Failure | undefined =
    checkRecordDate(type, body, context, { correcting: superseding !== undefined }) ?? (await checkSubjects(type, body, context));
  if (refusal) return { ok: false, failure: refusal };
  const check = INTAKE_CHECKS[type.type];
  const checked = check && !superseding ? await check(fact, context) : { issues: [], guards: [] };
  if ('failure' in checked) return { ok: false, failure: checked.failure };
  if (checked.issues.length > 0) return { ok: false, failure: { code: 'invalidBody', issues: checked.issues } };

  const month = type.monthOf(body);
  const response = { status: 201, body: { id, type: type.type, centerId, windowId, month } };
  const record: StoredRecord = {
    id,
    centerId,
    windowId,
    month,
    type: type.type,
    at: type.at(body),
    submittedBy: principal.subject,
    submittedAt: now.toISOString(),
    credential: principal.credential,
    body: fact,
    ...(superseding ? { supersedes: superseding.id, reason: String(body.reason) } : {}),
  };
  const interval = rulebook.electronicEvaluation?.consecutiveIntervalSeconds;
  const append: Append = {
    record,
    claim: { requestHash: input.requestHash, response },
    audit: input.audit,
    guards: checked.guards,
    calendar: settings.calendar,
    ...(interval !== undefined ? { consecutiveIntervalSeconds: interval } : {}),
    ...(superseding ? { superseding } : {}),
  };
  return { ok: true, append, windowId, response };
}

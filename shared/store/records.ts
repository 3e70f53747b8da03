/**
 * Records (记录): appended once, never edited. The record item is its own idempotency and
 * audit item: its key derives from the caller's subject and the Idempotency-Key, it carries
 * the request's hash and the answer to replay, who sent it with which role and credential,
 * when, through which route. One write puts it if absent, together with the aggregates
 * and facts it moves and the guards its type needs — a rating is two items: the record
 * and its window-month aggregate.
 *
 * A correction is a new record that supersedes an earlier one: the same write marks the old
 * one (`supersededBy`, once), takes its counters back, and swaps its fact items.
 */
import type { WorkingCalendar } from '#core/calendar';
import {
  type AggregateDelta,
  CENTER_LEVEL_WINDOW,
  ENTRY,
  type RecordFacts,
  foldDeltas,
  negateDelta,
  recordEffects,
  windowSubject,
} from '#core/aggregates';
import { dateOf } from '#core/records/common';
import { caseDeadline } from '#core/records/case';
import { savedPercent } from '#core/rules/best-window';
import { completionTimeliness } from '#core/rules/case-timeliness';
import { type DeviceState, type RatingFact, lastRatingStartingAfresh, nextDeviceState } from '#core/rules/consecutive-ratings';
import { aggregateOp, entryAttribute, factDelete, factPut } from './aggregates.ts';
import { flagOpen, flagExtend } from './flags.ts';
import {
  type RecordKeyParts,
  aggregateKey,
  caseKey,
  centerMonthGsiPk,
  recordKey,
  recordKeys,
  windowKey,
  windowMonthGsiPk,
} from './keys.ts';
import { type Condition, ConditionFailed, type Item, type ItemStore, type WriteOp } from './port.ts';
import { INDEX } from './table.ts';

export interface StoredRecord extends RecordKeyParts {
  readonly submittedBy: string;
  /** The credential the record came with (token id or client id). */
  readonly credential: string;
  readonly body: Readonly<Record<string, unknown>>;
  /** For a correction: the record it replaces, and why. */
  readonly supersedes?: string;
  readonly reason?: string;
  /** What intake derived beside the body (a case's completion on time or late). */
  readonly derived?: Readonly<Record<string, unknown>>;
}

/** Who sent the record, beyond the subject and credential the record holds. */
export interface RecordAudit {
  readonly role: string;
  readonly routeKey: string;
  /** The gateway's request id, to find the request in the logs. */
  readonly requestId?: string;
}

export interface Replay {
  /** Hash of the request: the same key with another body is a conflict. */
  readonly requestHash: string;
  /** The answer to replay for a retry. */
  readonly response: { readonly status: number; readonly body: unknown };
}

export interface GuardItem {
  readonly op: WriteOp;
  /** Reported back when the operation's condition fails. */
  readonly guard: string;
}

export interface Append {
  /** Its `id` is `derivedRecordId(center, caller, Idempotency-Key)`. */
  readonly record: StoredRecord;
  readonly claim: Replay;
  readonly audit: RecordAudit;
  /** The record a correction replaces. */
  readonly superseding?: StoredRecord;
  /** Conditions of the record type (one ballot per voter, a nomination quota …), named. */
  readonly guards?: readonly GuardItem[];
  /** The center's calendar: a case's deadline is judged at intake. */
  readonly calendar?: WorkingCalendar;
  /** The rulebook's consecutive-rating interval: a rating is checked against its device's last. */
  readonly consecutiveIntervalSeconds?: number;
}

export type AppendOutcome =
  | { readonly kind: 'created' }
  | { readonly kind: 'replayed'; readonly response: Replay['response'] }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'unknown-window' }
  | { readonly kind: 'already-superseded' }
  | { readonly kind: 'refused'; readonly guard: string };

/**
 * Attempts when a device's rating state moved between the read and the write: one device
 * rates one service at a time, so this is rare — a device's offline queue flushed at once.
 */
const MAX_ATTEMPTS = 32;
const jitter = (attempt: number): Promise<void> => new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 * attempt)));

/** The record's item, with its index keys and what idempotency and audit need. */
export function recordItem(record: StoredRecord, claim?: Replay, audit?: RecordAudit): Record<string, unknown> {
  return {
    ...recordKeys(record, dateOf(record.submittedAt)),
    ...record,
    ...(claim ? { requestHash: claim.requestHash, response: JSON.stringify(claim.response) } : {}),
    ...(audit ? { role: audit.role, routeKey: audit.routeKey, ...(audit.requestId ? { requestId: audit.requestId } : {}) } : {}),
  };
}

const RECORD_ATTRIBUTES = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'requestHash', 'response', 'role', 'routeKey', 'requestId', 'supersededBy']);

export function toRecord(item: Item): StoredRecord {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !RECORD_ATTRIBUTES.has(name))) as unknown as StoredRecord;
}

/**
 * A case's completion judged against its promised deadline, at intake (the calendar of the
 * day): a case registered complete, or a completion of a case registered earlier (found by
 * its number). A completion whose case was never registered cannot be judged and counts as
 * on time (DOMAIN.md §5, on-time completion).
 */
async function caseDerivation(
  store: ItemStore,
  record: StoredRecord,
  calendar: WorkingCalendar,
): Promise<{ derived?: Record<string, unknown>; ops: WriteOp[] }> {
  const body = record.body as Record<string, unknown>;
  // The promise (acceptance and working days) is kept with the case, so a later completion
  // can tell how much of the promised time it saved (seed 002's best window).
  const judged = (deadline: string, completedDate: string, promise: { acceptedDate?: unknown; promisedWorkingDays?: unknown }) => {
    const timeliness = completionTimeliness({ date: deadline, provisional: false }, completedDate, calendar);
    const saved =
      typeof promise.acceptedDate === 'string' && typeof promise.promisedWorkingDays === 'number'
        ? savedPercent(promise.acceptedDate, promise.promisedWorkingDays, completedDate, calendar)
        : null;
    return { deadline, onTime: !timeliness.late, overdueWorkingDays: timeliness.overdueWorkingDays, ...(saved !== null ? { savedPercent: saved } : {}) };
  };
  if (record.type === 'case') {
    const deadline = caseDeadline(body as never, calendar).date;
    const promise = { acceptedDate: body.acceptedDate, promisedWorkingDays: body.promisedWorkingDays };
    const item = { ...caseKey(record.centerId, String(body.caseNumber)), deadline, windowId: record.windowId, recordId: record.id, ...promise };
    const derived = typeof body.completedDate === 'string' ? judged(deadline, body.completedDate, promise) : { deadline };
    return { derived, ops: [{ op: 'put', item }] };
  }
  if (record.type === 'case-completion') {
    const registered = await store.get(caseKey(record.centerId, String(body.caseNumber)));
    const derived = registered ? judged(String(registered.deadline), String(body.completedDate), registered) : { registered: false, onTime: true };
    return { derived, ops: [] };
  }
  if (record.type === 'case-extension') {
    // 延时办结: the latest approval moves the deadline later completions are judged against.
    const key = caseKey(record.centerId, String(body.caseNumber));
    const registered = await store.get(key);
    if (!registered || String(registered.extendedOn ?? '') > String(body.approvedDate)) return { ops: [] };
    return { ops: [{ op: 'update', key, set: { deadline: String(body.newDeadline), extendedOn: String(body.approvedDate) } }] };
  }
  return { ops: [] };
}

/**
 * A device's state as one string that starts with its last rating's instant in UTC (fixed
 * width), so a condition can compare it with an instant: any state sorts before
 * `{instant}~` exactly when its last rating was at or before that instant.
 */
const encodeState = (s: DeviceState): string =>
  [new Date(s.last.at).toISOString(), s.last.caseNumber ?? '', s.last.recordId, s.firstAt, s.firstId, String(s.burst)].join('\t');
const lastRatedAtOrBefore = (attribute: string, instant: string): Condition => ({ kind: 'present-and-below', attribute, value: `${instant}~` });

function decodeState(device: string, value: string): DeviceState {
  const [at, caseNumber, recordId, firstAt, firstId, burst] = value.split('\t') as [string, string, string, string, string, string];
  return { last: { recordId, device, at, ...(caseNumber ? { caseNumber } : {}) }, firstAt, firstId, burst: Number(burst) };
}

/** Appends a record exactly once per caller and idempotency key. */
export async function appendRecord(store: ItemStore, append: Append): Promise<AppendOutcome> {
  const { superseding } = append;
  let record = append.record;
  const extra: WriteOp[] = [];
  if (append.calendar && (record.type === 'case' || record.type === 'case-completion' || record.type === 'case-extension')) {
    const { derived, ops } = await caseDerivation(store, record, append.calendar);
    if (derived) record = { ...record, derived };
    extra.push(...ops);
  }
  const mine = recordEffects(record);
  const old = superseding ? recordEffects(superseding) : { deltas: [], facts: [] };
  const deltas: AggregateDelta[] = foldDeltas([...mine.deltas, ...old.deltas.map(negateDelta)]);
  const rating = record.type === 'evaluation' && append.consecutiveIntervalSeconds !== undefined && !superseding;
  const ratingSubject = windowSubject(record.windowId);

  // The window must be one of the center's. A rating reads its window-month aggregate anyway:
  // when that exists, so does the window.
  let windowKnown = record.windowId === CENTER_LEVEL_WINDOW;
  // A counter's device rates minutes apart, so a rating usually starts its device's state
  // afresh: it is written first without reading that state, on the condition that the
  // window-month aggregate exists (so does the window) and the device's last rating lies at
  // least the interval back. Only when that fails is the state read and the step taken from it.
  let optimistic = rating;
  for (let attempt = 1; ; attempt++) {
    const ops: WriteOp[] = [{ op: 'put', item: recordItem(record, append.claim, append.audit), condition: { kind: 'absent' } }];
    const roles: ({ kind: 'record' } | { kind: 'guard'; guard: string } | { kind: 'supersede' } | { kind: 'device' } | { kind: 'plain' })[] = [
      { kind: 'record' },
    ];
    const push = (op: WriteOp, role: (typeof roles)[number]) => {
      ops.push(op);
      roles.push(role);
    };

    let deviceCondition: Condition | undefined;
    const deviceSet: Record<string, string> = {};
    const flagOps: WriteOp[] = [];
    if (rating) {
      const body = record.body;
      const fact: RatingFact = {
        recordId: record.id,
        device: record.submittedBy,
        at: String(body.ratedAt),
        ...(typeof body.caseNumber === 'string' ? { caseNumber: body.caseNumber } : {}),
      };
      const entry = ENTRY.device(fact.device);
      const interval = append.consecutiveIntervalSeconds!;
      if (optimistic) {
        const step = nextDeviceState(undefined, fact, interval);
        if (step.kind === 'none') deviceSet[entry] = encodeState(step.state);
        deviceCondition = lastRatedAtOrBefore(entryAttribute(entry), lastRatingStartingAfresh(fact, interval));
      } else {
        const aggregate = await store.get(aggregateKey(record.centerId, record.month, ratingSubject));
        if (aggregate) windowKnown = true;
        const stored = aggregate?.[entryAttribute(entry)];
        const step = nextDeviceState(stored === undefined ? undefined : decodeState(fact.device, String(stored)), fact, interval);
        if (step.kind !== 'out-of-order') {
          deviceSet[entry] = encodeState(step.state);
          deviceCondition =
            stored === undefined ? { kind: 'missing', attribute: entryAttribute(entry) } : { kind: 'equals', attribute: entryAttribute(entry), value: String(stored) };
        }
        if (step.kind === 'open') flagOps.push(flagOpen(record.centerId, record.month, record.windowId, step.flag));
        if (step.kind === 'extend') flagOps.push(flagExtend(record.centerId, record.month, step.flagId, fact));
      }
    }
    if (!windowKnown && !optimistic) {
      if (!(await store.get(windowKey(record.centerId, record.windowId)))) return { kind: 'unknown-window' };
      windowKnown = true;
    }

    for (const fact of mine.facts) push(factPut(record.centerId, fact), { kind: 'plain' });
    for (const delta of deltas) {
      const own = rating && delta.month === record.month && delta.subject === ratingSubject;
      const withDevice = own && deviceCondition ? { ...delta, set: { ...delta.set, ...deviceSet } } : delta;
      const guard = Object.values(delta.once ?? {})[0];
      push(aggregateOp(record.centerId, withDevice, own ? deviceCondition : undefined), guard ? { kind: 'guard', guard } : own ? { kind: 'device' } : { kind: 'plain' });
    }
    for (const op of flagOps) push(op, { kind: 'device' });
    for (const guard of append.guards ?? []) push(guard.op, { kind: 'guard', guard: guard.guard });
    if (superseding) {
      push(
        { op: 'update', key: recordKey(superseding.centerId, superseding.id), set: { supersededBy: record.id }, condition: { kind: 'missing', attribute: 'supersededBy' } },
        { kind: 'supersede' },
      );
      for (const fact of old.facts) push(factDelete(record.centerId, fact), { kind: 'plain' });
    }
    for (const op of extra) push(op, { kind: 'plain' });

    try {
      await store.write(ops);
      return { kind: 'created' };
    } catch (error) {
      if (!(error instanceof ConditionFailed)) throw error;
      const failed = error.failed.map((i) => roles[i]!);
      if (failed.some((r) => r.kind === 'record')) return replay(store, record, append.claim);
      if (failed.some((r) => r.kind === 'supersede')) return { kind: 'already-superseded' };
      const guard = failed.find((r) => r.kind === 'guard');
      if (guard?.kind === 'guard') return { kind: 'refused', guard: guard.guard };
      if (failed.every((r) => r.kind === 'device') && optimistic) {
        // No aggregate yet, or the device rated within the interval: read its state.
        optimistic = false;
        continue;
      }
      // The device's state moved since it was read (another rating of the device): read again.
      if (failed.every((r) => r.kind === 'device') && attempt < MAX_ATTEMPTS) {
        await jitter(attempt);
        continue;
      }
      throw error;
    }
  }
}

async function replay(store: ItemStore, record: StoredRecord, claim: Replay): Promise<AppendOutcome> {
  const item = await store.get(recordKey(record.centerId, record.id));
  if (!item) throw new Error('record vanished after its conditional put failed');
  if (item.requestHash !== claim.requestHash) return { kind: 'conflict' };
  return { kind: 'replayed', response: JSON.parse(String(item.response)) };
}

/** A record by id, with whether a correction has superseded it. One GetItem. */
export async function getRecord(store: ItemStore, centerId: string, recordId: string): Promise<{ record: StoredRecord; supersededBy?: string } | undefined> {
  const item = await store.get(recordKey(centerId, recordId));
  if (!item) return undefined;
  return { record: toRecord(item), ...(item.supersededBy ? { supersededBy: String(item.supersededBy) } : {}) };
}

/** Records of one window-month, optionally of one type (ledger drill-down), superseded ones marked. */
export async function listWindowMonthRecords(
  store: ItemStore,
  centerId: string,
  windowId: string,
  month: string,
  type?: string,
): Promise<(StoredRecord & { supersededBy?: string })[]> {
  const items = await store.query({ index: INDEX.windowMonth.indexName, pk: windowMonthGsiPk(centerId, windowId, month), ...(type ? { skPrefix: `${type}#` } : {}) });
  return items.map((item) => ({ ...toRecord(item), ...(item.supersededBy ? { supersededBy: String(item.supersededBy) } : {}) }));
}

export interface CenterMonthRecords {
  readonly records: readonly StoredRecord[];
  /** Ids of the records a correction has superseded. */
  readonly superseded: ReadonlySet<string>;
}

/**
 * Every record of a center-month, for the recount (审计复核): one Query of the center-month
 * index. Index reads are eventually consistent: an audit is meant for periods intake has
 * moved past.
 */
export async function listCenterMonthRecords(store: ItemStore, centerId: string, month: string): Promise<CenterMonthRecords> {
  const items = await store.query({ index: INDEX.centerMonth.indexName, pk: centerMonthGsiPk(centerId, month) });
  return {
    records: items.map(toRecord),
    superseded: new Set(items.filter((item) => item.supersededBy).map((item) => String(item.id))),
  };
}

/** The facts a record's folding reads: its id, type, month, window, body and what intake derived. */
export const recordFacts = (r: StoredRecord): RecordFacts => ({
  id: r.id,
  type: r.type,
  month: r.month,
  windowId: r.windowId,
  body: r.body,
  ...(r.derived ? { derived: r.derived } : {}),
});

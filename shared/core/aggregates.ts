/**
 * Subject-month aggregates (月度汇总) and facts: what a score run reads instead of raw
 * records, so its cost follows the number of windows and officers, not of ratings or
 * sign-ins. Intake moves them in the same transaction as the record; a recount folds the
 * same effects over the raw records, so the two must agree.
 *
 * What a record becomes:
 * - **counters** (fixed names, one number each) of its window-month: ratings (total,
 *   satisfied, by scale and level, and per officer — bounded by the window's staff),
 *   volume, cases by type with completions on time / late and overdue working days;
 * - **entries** (named strings) of a fixed-size map: an officer-month's attendance day map
 *   (at most three entries a day, 31 days), a window-month's last rating per device
 *   (bounded by its devices; intake keeps it, no record folds into it);
 * - **facts**: every record that carries points or that a rule reads (findings, vetoes,
 *   commendations, complaints and their steps, nominations, ballots, panel scores,
 *   objections, yearly ratings, conduct, device faults, flag decisions, inspections,
 *   trainings …) is one fact item per subject it concerns — `{recordId}\t{canonical public
 *   body}` — read by key prefix per subject-month, never a line inside an aggregate. A public
 *   objection or complaint writes fact items only, never an item staff records also write;
 * - **nothing** for a record no rule reads (`RECORD_ONLY_TYPES`): it stays a record, listed
 *   with its window-month's records.
 *
 * No item grows with the number of records: see `shared/store/table.ts` for each kind's bound.
 */
import { canonicalJson } from './canonical.ts';
import { isSatisfied } from './records/evaluation.ts';
import { RECORD_TYPES, withoutPrivateFields } from './records/registry.ts';
import type { RecordType } from './records/types.ts';

export type Counters = Readonly<Record<string, number>>;
/** Facts of one subject-month by record type, each `{recordId}\t{canonical public body}`. */
export type Members = Readonly<Record<string, readonly string[]>>;
/** Named entries of a fixed-size map (attendance days, device states). */
export type Entries = Readonly<Record<string, string>>;

export interface AggregateDelta {
  readonly month: string;
  /** `W#{window}`, `O#{officer}` or `C` (the center). */
  readonly subject: string;
  readonly counters: Counters;
  /** Entries written (a correction's replacement wins over its removal). */
  readonly set?: Entries;
  /** Entries removed. */
  readonly unset?: readonly string[];
  /**
   * Entries that must not exist yet, each with the guard named when one does (one sign-in
   * per officer and day).
   */
  readonly once?: Readonly<Record<string, string>>;
}

/** One fact item: a record that carries points, filed under one subject of one month. */
export interface Fact {
  readonly month: string;
  readonly subject: string;
  readonly type: string;
  readonly recordId: string;
  /** The canonical JSON of the record's public body. */
  readonly body: string;
}

/**
 * What a reader needs of a month: its aggregate items or not, and its facts of these types
 * (all of them when absent). Facts are keyed by type first, so a type is one key prefix.
 */
export interface MonthPart {
  readonly aggregates: boolean;
  readonly types?: readonly string[];
}

/** The whole month: every aggregate and every fact. */
export const WHOLE_MONTH: MonthPart = { aggregates: true };
/** The aggregate items alone: counters and entries, no fact. */
export const AGGREGATES_ONLY: MonthPart = { aggregates: true, types: [] };

export interface Effects {
  readonly deltas: readonly AggregateDelta[];
  readonly facts: readonly Fact[];
}

/** What a record contributes to the aggregates. */
export interface RecordFacts {
  readonly id: string;
  readonly type: string;
  readonly month: string;
  readonly windowId: string;
  readonly body: Readonly<Record<string, unknown>>;
  /**
   * What intake derived beside the body and stored on the record, so a recount folds the
   * same: a case's completion `{ onTime, overdueWorkingDays, savedPercent }`.
   */
  readonly derived?: Readonly<Record<string, unknown>>;
}

export const CENTER_SUBJECT = 'C';
/** The pseudo window of records that concern no single window. */
export const CENTER_LEVEL_WINDOW = '_';
export const windowSubject = (windowId: string): string => `W#${windowId}`;
export const officerSubject = (officerId: string): string => `O#${officerId}`;

/** Counter names. Officer ratings live in the window item, one pair per officer. */
export const COUNTER = {
  evaluations: 'evaluations',
  satisfied: 'satisfied',
  rating: (scale: string, rating: string) => `rating.${scale}.${rating}`,
  officerEvaluations: (officerId: string) => `officer.${officerId}.evaluations`,
  officerSatisfied: (officerId: string) => `officer.${officerId}.satisfied`,
  volume: 'volume',
  cases: (caseType: string) => `cases.${caseType}`,
  completed: 'completed',
  completedOnTime: 'completed.onTime',
  completedLate: 'completed.late',
  overdueWorkingDays: 'completed.overdueWorkingDays',
  /** On-time completions by whole percent of the promised time saved (seed 002's best window). */
  completedSaved: (percent: number) => `completed.saved.${percent}`,
  signIns: 'attendance.signIns',
  absences: 'attendance.absences',
  leave: (kind: string) => `attendance.leave.${kind}`,
} as const;

/** Entry names of an officer-month's day map and a window-month's device states. */
export const ENTRY = {
  /** The day's presence: a sign-in (`{time}\t{record}`) or an absence (`absent\t{record}`), one or the other. */
  signIn: (date: string) => `day.${date}.in`,
  leave: (date: string) => `day.${date}.leave`,
  device: (device: string) => `device.${device}`,
} as const;
const DAY_ENTRY = /^day\.(\d{4}-\d{2}-\d{2})\.(in|leave)$/;
const ABSENT = 'absent';

/** The record types whose records fold into counters and entries; every other type is facts, but for `RECORD_ONLY_TYPES`. */
export const COUNTED_TYPES: ReadonlySet<string> = new Set(['evaluation', 'volume', 'attendance', 'case', 'case-completion']);

/**
 * Records that carry no points and that no rule reads: they fold into nothing. A patrol is the
 * log of a round, its points taken by the finding records that cite it; a case extension
 * moves its case's deadline (the case item), which the completion is judged against. As
 * facts they were over a third of the facts a score run read, for nothing.
 */
export const RECORD_ONLY_TYPES: ReadonlySet<string> = new Set(['patrol', 'case-extension']);

/** Records whose facts belong to officers only (a window's share is the sum of its officers'). */
const OFFICER_ONLY = new Set(['yearly-rating']);
/**
 * A training roll call names every officer of the center: fanned out to each, it would
 * outgrow a transaction (100 items). It stays with the center; an unexcused absence reaches
 * the officer's score as the finding the supervisor records for it.
 */
const CENTER_ONLY = new Set(['training']);

export const memberLine = (recordId: string, body: string): string => `${recordId}\t${body}`;

function recordType(name: string): RecordType<any> {
  const type = RECORD_TYPES[name as keyof typeof RECORD_TYPES] as RecordType<any> | undefined;
  if (!type) throw new Error(`no record type ${name}`);
  return type;
}

/** The subjects a fact record is filed under: its window, each officer it names, or the center. */
export function factSubjects(record: Pick<RecordFacts, 'type' | 'windowId' | 'body'>): string[] {
  const type = recordType(record.type);
  const officers = CENTER_ONLY.has(record.type) ? [] : [...new Set(type.officersOf?.(record.body) ?? [])].sort();
  const subjects = [
    ...(record.windowId !== CENTER_LEVEL_WINDOW && !OFFICER_ONLY.has(record.type) && !CENTER_ONLY.has(record.type)
      ? [windowSubject(record.windowId)]
      : []),
    ...officers.map(officerSubject),
  ];
  return subjects.length > 0 ? subjects : [CENTER_SUBJECT];
}

function completionDelta(month: string, windowId: string, derived: Readonly<Record<string, unknown>> | undefined): AggregateDelta {
  // A completion intake could not judge (no derived facts: loaded before intake judged) counts as on time.
  const onTime = derived?.onTime !== false;
  const overdue = Number(derived?.overdueWorkingDays ?? 0);
  const saved = derived?.savedPercent;
  return {
    month,
    subject: windowSubject(windowId),
    counters: {
      [COUNTER.completed]: 1,
      [onTime ? COUNTER.completedOnTime : COUNTER.completedLate]: 1,
      ...(overdue > 0 ? { [COUNTER.overdueWorkingDays]: overdue } : {}),
      ...(onTime && typeof saved === 'number' ? { [COUNTER.completedSaved(saved)]: 1 } : {}),
    },
  };
}

/** The counters, entries and facts a record contributes. */
export function recordEffects(record: RecordFacts): Effects {
  const { id, month, windowId, body } = record;
  switch (record.type) {
    case 'evaluation': {
      const satisfied = isSatisfied(String(body.rating)) ? 1 : 0;
      const counters: Record<string, number> = {
        [COUNTER.evaluations]: 1,
        [COUNTER.satisfied]: satisfied,
        [COUNTER.rating(String(body.scale), String(body.rating))]: 1,
      };
      if (typeof body.officerId === 'string') {
        counters[COUNTER.officerEvaluations(body.officerId)] = 1;
        counters[COUNTER.officerSatisfied(body.officerId)] = satisfied;
      }
      return { deltas: [{ month, subject: windowSubject(windowId), counters }], facts: [] };
    }
    case 'volume':
      return { deltas: [{ month, subject: windowSubject(windowId), counters: { [COUNTER.volume]: Number(body.accepted) } }], facts: [] };
    case 'attendance': {
      const subject = officerSubject(String(body.officerId));
      const date = String(body.date);
      if (body.entry === 'sign-in') {
        return {
          deltas: [{ month, subject, counters: { [COUNTER.signIns]: 1 }, set: { [ENTRY.signIn(date)]: `${String(body.signIn)}\t${id}` }, once: { [ENTRY.signIn(date)]: 'duplicateSignIn' } }],
          facts: [],
        };
      }
      if (body.entry === 'leave') {
        return {
          deltas: [{ month, subject, counters: { [COUNTER.leave(String(body.kind))]: 1 }, set: { [ENTRY.leave(date)]: `${String(body.kind)}\t${id}` }, once: { [ENTRY.leave(date)]: 'duplicateLeave' } }],
          facts: [],
        };
      }
      return { deltas: [{ month, subject, counters: { [COUNTER.absences]: 1 }, set: { [ENTRY.signIn(date)]: `${ABSENT}\t${id}` }, once: { [ENTRY.signIn(date)]: 'duplicateSignIn' } }], facts: [] };
    }
    case 'case': {
      const deltas: AggregateDelta[] = [{ month, subject: windowSubject(windowId), counters: { [COUNTER.cases(String(body.caseType))]: 1 } }];
      // A case registered already complete counts as completed in the month its record sits
      // in (its acceptance): every record moves its own month only, so a month recounts alone.
      if (typeof body.completedDate === 'string') deltas.push(completionDelta(month, windowId, record.derived));
      return { deltas: foldDeltas(deltas), facts: [] };
    }
    case 'case-completion':
      return { deltas: [completionDelta(month, windowId, record.derived)], facts: [] };
  }
  if (RECORD_ONLY_TYPES.has(record.type)) return { deltas: [], facts: [] };
  const type = recordType(record.type);
  const shown = canonicalJson(withoutPrivateFields(type, body));
  return { deltas: [], facts: factSubjects(record).map((subject) => ({ month, subject, type: record.type, recordId: id, body: shown })) };
}

/** The deltas alone (counters and entries), for callers that do not write facts. */
export const aggregateDeltas = (record: RecordFacts): readonly AggregateDelta[] => recordEffects(record).deltas;

/** What undoes a delta: a superseded record's contribution is taken back this way. */
export const negateDelta = (delta: AggregateDelta): AggregateDelta => ({
  month: delta.month,
  subject: delta.subject,
  counters: Object.fromEntries(Object.entries(delta.counters).map(([name, value]) => [name, -value])),
  ...(delta.set ? { unset: Object.keys(delta.set) } : {}),
});

/**
 * Sums deltas per month and subject, in a stable order (month, then subject). An entry
 * removed and written again in one fold is written (a correction of the same day); its
 * `once` guard then no longer applies, the day being the corrected record's.
 */
export function foldDeltas(deltas: Iterable<AggregateDelta>): AggregateDelta[] {
  interface Total {
    month: string;
    subject: string;
    counters: Record<string, number>;
    set: Record<string, string>;
    unset: Set<string>;
    once: Record<string, string>;
  }
  const totals = new Map<string, Total>();
  for (const delta of deltas) {
    const key = `${delta.month}|${delta.subject}`;
    const total: Total = totals.get(key) ?? { month: delta.month, subject: delta.subject, counters: {}, set: {}, unset: new Set(), once: {} };
    for (const [name, value] of Object.entries(delta.counters)) total.counters[name] = (total.counters[name] ?? 0) + value;
    for (const name of delta.unset ?? []) total.unset.add(name);
    Object.assign(total.set, delta.set ?? {});
    Object.assign(total.once, delta.once ?? {});
    totals.set(key, total);
  }
  return [...totals.keys()].sort().map((key) => {
    const { month, subject, counters, set, unset, once } = totals.get(key)!;
    const removed = [...unset].filter((name) => !(name in set)).sort();
    const guarded = Object.fromEntries(Object.entries(once).filter(([name]) => !unset.has(name)));
    return {
      month,
      subject,
      counters,
      ...(Object.keys(set).length ? { set: Object.fromEntries(Object.entries(set).sort(([a], [b]) => (a < b ? -1 : 1))) } : {}),
      ...(removed.length ? { unset: removed } : {}),
      ...(Object.keys(guarded).length ? { once: guarded } : {}),
    };
  });
}

/** The record id and public body of a fact line. */
export function parseMemberLine(line: string): { recordId: string; body: Record<string, unknown> } {
  const tab = line.indexOf('\t');
  return { recordId: line.slice(0, tab), body: JSON.parse(line.slice(tab + 1)) as Record<string, unknown> };
}

/** One working day of an officer's day map, as the attendance rules take it. */
export interface DayFacts {
  readonly date: string;
  readonly signIn?: { readonly at: string; readonly recordId: string };
  readonly leave?: { readonly kind: string; readonly recordId: string };
  readonly absent?: { readonly recordId: string };
}

/** The day map of an officer-month, by date in order. */
export function dayMap(entries: Entries): DayFacts[] {
  const days = new Map<string, { date: string; signIn?: DayFacts['signIn']; leave?: DayFacts['leave']; absent?: DayFacts['absent'] }>();
  for (const [name, value] of Object.entries(entries)) {
    const match = DAY_ENTRY.exec(name);
    if (!match) continue;
    const [, date, part] = match as unknown as [string, string, 'in' | 'leave'];
    const day = days.get(date) ?? { date };
    const [first, second] = value.split('\t') as [string, string | undefined];
    if (part === 'in' && first === ABSENT) day.absent = { recordId: second ?? '' };
    else if (part === 'in') day.signIn = { at: first, recordId: second ?? '' };
    if (part === 'leave') day.leave = { kind: first, recordId: second ?? '' };
    days.set(date, day);
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Whether an entry is one a record folds into (the recount compares these; device states it does not). */
export const isFoldedEntry = (name: string): boolean => DAY_ENTRY.test(name);

/** One subject-month as a score run reads it: counters, facts by type, entries. */
export interface MonthSubject {
  readonly counters: Counters;
  readonly members: Members;
  readonly entries: Entries;
}

const OFFICER_COUNTER = /^officer\.([^.]+)\.(evaluations|satisfied)$/;

/**
 * The aggregates by month and subject that a set of effects (and extra deltas) leave, as
 * the store's month read assembles them: officers' rating counters, kept in their window's
 * item, become the officer's own `evaluations` and `satisfied`.
 */
export function aggregatesByMonth(effects: readonly Effects[], extra: readonly AggregateDelta[] = []): Map<string, Map<string, MonthSubject>> {
  const months = new Map<string, Map<string, { counters: Record<string, number>; members: Record<string, string[]>; entries: Record<string, string> }>>();
  const subject = (month: string, name: string) => {
    let subjects = months.get(month);
    if (!subjects) months.set(month, (subjects = new Map()));
    let found = subjects.get(name);
    if (!found) subjects.set(name, (found = { counters: {}, members: {}, entries: {} }));
    return found;
  };
  for (const total of foldDeltas([...effects.flatMap((e) => e.deltas), ...extra])) {
    const own = subject(total.month, total.subject);
    Object.assign(own.entries, total.set ?? {});
    for (const [name, value] of Object.entries(total.counters)) {
      const officer = OFFICER_COUNTER.exec(name);
      const counters = officer ? subject(total.month, officerSubject(officer[1]!)).counters : own.counters;
      const counter = officer ? officer[2]! : name;
      counters[counter] = (counters[counter] ?? 0) + value;
    }
  }
  for (const fact of effects.flatMap((e) => e.facts)) (subject(fact.month, fact.subject).members[fact.type] ??= []).push(memberLine(fact.recordId, fact.body));
  for (const subjects of months.values()) for (const { members } of subjects.values()) for (const lines of Object.values(members)) lines.sort();
  return months;
}

/**
 * Subject-month aggregates (月度汇总): what a score run reads instead of raw records, so its
 * cost follows the number of windows and officers, not of evaluations. Intake moves them
 * in the same transaction as the record; a recount folds the same deltas over the raw
 * records, so the two must agree.
 *
 * High-volume facts are counters (ratings, volumes). Every other record joins a member set
 * of its subjects — its window, each officer it concerns, or the center — as one compact
 * line `{recordId}\t{canonical JSON of its public body}`, so the score run has the facts
 * the rules need without reading the records.
 */
import { canonicalJson } from './canonical.ts';
import { isSatisfied } from './records/evaluation.ts';
import { RECORD_TYPES, withoutPrivateFields } from './records/registry.ts';
import type { RecordType } from './records/types.ts';

export type Counters = Readonly<Record<string, number>>;
/** Member sets by record type. */
export type Members = Readonly<Record<string, readonly string[]>>;

export interface AggregateDelta {
  readonly month: string;
  /** `W#{window}`, `O#{officer}` or `C` (the center). */
  readonly subject: string;
  readonly counters: Counters;
  readonly added?: Members;
  readonly removed?: Members;
}

/** What a record contributes to the aggregates. */
export interface RecordFacts {
  readonly id: string;
  readonly type: string;
  readonly month: string;
  readonly windowId: string;
  readonly body: Readonly<Record<string, unknown>>;
}

export const CENTER_SUBJECT = 'C';
/** The pseudo window of records that concern no single window. */
export const CENTER_LEVEL_WINDOW = '_';
export const windowSubject = (windowId: string): string => `W#${windowId}`;
export const officerSubject = (officerId: string): string => `O#${officerId}`;

/** Records whose facts belong to officers only (a window's share is the sum of its officers'). */
const OFFICER_ONLY = new Set(['attendance', 'yearly-rating']);
/**
 * A training roll call names every officer of the center: fanned out to each, it would
 * outgrow a transaction (100 items). It stays with the center; an unexcused absence reaches
 * the officer's score as the finding the supervisor records for it.
 */
const CENTER_ONLY = new Set(['training']);

export const memberLine = (record: RecordFacts, type: RecordType<any>): string =>
  `${record.id}\t${canonicalJson(withoutPrivateFields(type, record.body))}`;

export function aggregateDeltas(record: RecordFacts): AggregateDelta[] {
  const { month, windowId, body } = record;
  if (record.type === 'evaluation') {
    const counters = { evaluations: 1, satisfied: isSatisfied(String(body.rating)) ? 1 : 0 };
    const deltas: AggregateDelta[] = [{ month, subject: windowSubject(windowId), counters }];
    if (typeof body.officerId === 'string') deltas.push({ month, subject: officerSubject(body.officerId), counters });
    return deltas;
  }
  if (record.type === 'volume') return [{ month, subject: windowSubject(windowId), counters: { volume: Number(body.accepted) } }];

  const type = RECORD_TYPES[record.type as keyof typeof RECORD_TYPES] as RecordType<any> | undefined;
  if (!type) throw new Error(`no record type ${record.type}`);
  const officers = CENTER_ONLY.has(record.type) ? [] : [...new Set(type.officersOf?.(body) ?? [])].sort();
  const subjects = [
    ...(windowId !== CENTER_LEVEL_WINDOW && !OFFICER_ONLY.has(record.type) && !CENTER_ONLY.has(record.type) ? [windowSubject(windowId)] : []),
    ...officers.map(officerSubject),
  ];
  const added = { [record.type]: [memberLine(record, type)] };
  return (subjects.length > 0 ? subjects : [CENTER_SUBJECT]).map((subject) => ({ month, subject, counters: {}, added }));
}

/** What undoes a delta: a superseded record's contribution is taken back this way. */
export const negateDelta = (delta: AggregateDelta): AggregateDelta => ({
  month: delta.month,
  subject: delta.subject,
  counters: Object.fromEntries(Object.entries(delta.counters).map(([name, value]) => [name, -value])),
  ...(delta.removed ? { added: delta.removed } : {}),
  ...(delta.added ? { removed: delta.added } : {}),
});

/**
 * Sums deltas per month and subject, in a stable order (month, then subject); a member
 * added and removed again cancels out.
 */
export function foldDeltas(deltas: Iterable<AggregateDelta>): AggregateDelta[] {
  interface Total {
    month: string;
    subject: string;
    counters: Record<string, number>;
    members: Map<string, Map<string, number>>;
  }
  const totals = new Map<string, Total>();
  for (const delta of deltas) {
    const key = `${delta.month}|${delta.subject}`;
    const total: Total = totals.get(key) ?? { month: delta.month, subject: delta.subject, counters: {}, members: new Map() };
    for (const [name, value] of Object.entries(delta.counters)) total.counters[name] = (total.counters[name] ?? 0) + value;
    for (const [sign, sets] of [[1, delta.added], [-1, delta.removed]] as const) {
      for (const [set, lines] of Object.entries(sets ?? {})) {
        const counts = total.members.get(set) ?? new Map<string, number>();
        for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + sign);
        total.members.set(set, counts);
      }
    }
    totals.set(key, total);
  }
  return [...totals.keys()].sort().map((key) => {
    const { month, subject, counters, members } = totals.get(key)!;
    const added: Record<string, string[]> = {};
    const removed: Record<string, string[]> = {};
    for (const set of [...members.keys()].sort()) {
      for (const [line, count] of [...members.get(set)!].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (count > 0) (added[set] ??= []).push(line);
        if (count < 0) (removed[set] ??= []).push(line);
      }
    }
    return {
      month,
      subject,
      counters,
      ...(Object.keys(added).length ? { added } : {}),
      ...(Object.keys(removed).length ? { removed } : {}),
    };
  });
}

/** The record id and public body of a member line. */
export function parseMemberLine(line: string): { recordId: string; body: Record<string, unknown> } {
  const tab = line.indexOf('\t');
  return { recordId: line.slice(0, tab), body: JSON.parse(line.slice(tab + 1)) as Record<string, unknown> };
}

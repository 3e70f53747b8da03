/**
 * Recount (审计复核) — ARCHITECTURE.md, Data: "a full recount from raw records exists for
 * audit and must agree with the aggregates". The records of a month that stand (none has
 * superseded them) are folded with the same deltas intake applies, and the result is
 * compared with the stored aggregates subject by subject: counters that differ, member
 * lines missing or extra.
 */
import { type Counters, type Entries, type Members, type RecordFacts, aggregatesByMonth, isFoldedEntry, recordEffects } from './aggregates.ts';

/** What one subject's aggregate holds; the store's `Aggregate` has this shape. */
export interface SubjectTotals {
  readonly counters: Counters;
  readonly members: Members;
  /** Entries records fold into (attendance days); intake's own (device states) are not compared. */
  readonly entries?: Entries;
}

export interface CounterMismatch {
  readonly name: string;
  readonly expected: number;
  readonly stored: number;
}

export interface SubjectMismatch {
  /** `W#{window}`, `O#{officer}` or `C`. */
  readonly subject: string;
  readonly counters: readonly CounterMismatch[];
  /** Lines the records call for that the aggregate lacks, as `{type}\t{recordId}\t{public body}` (facts) or `entry\t{name}\t{value}`. */
  readonly missing: readonly string[];
  /** Lines the aggregate holds that no standing record accounts for, in the same form. */
  readonly extra: readonly string[];
}

export interface MonthRecount {
  readonly month: string;
  /** Subjects compared: those with an expected or a stored aggregate. */
  readonly subjects: number;
  /** By subject, in key order; empty when the aggregates agree with the records. */
  readonly mismatches: readonly SubjectMismatch[];
}

const inKeyOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The aggregates of one month as the records alone give them. A superseded record's
 * contribution was taken back by its correction, so it simply does not count here.
 */
export function expectedAggregates(records: Iterable<RecordFacts>, superseded: ReadonlySet<string>): Map<string, SubjectTotals> {
  const standing = [...records].filter((record) => !superseded.has(record.id));
  const months = aggregatesByMonth(standing.map(recordEffects));
  return new Map([...months.values()].flatMap((subjects) => [...subjects]));
}

const EMPTY: SubjectTotals = { counters: {}, members: {} };

const linesOf = (totals: SubjectTotals): Set<string> =>
  new Set([
    ...Object.entries(totals.members).flatMap(([set, lines]) => lines.map((line) => `${set}\t${line}`)),
    ...Object.entries(totals.entries ?? {})
      .filter(([name]) => isFoldedEntry(name))
      .map(([name, value]) => `entry\t${name}\t${value}`),
  ]);

function compareSubject(subject: string, expected: SubjectTotals, stored: SubjectTotals): SubjectMismatch | undefined {
  // A counter taken back to zero by a correction stays on the item as 0: zero and absent agree.
  const names = [...new Set([...Object.keys(expected.counters), ...Object.keys(stored.counters)])].sort(inKeyOrder);
  const counters = names
    .map((name) => ({ name, expected: expected.counters[name] ?? 0, stored: stored.counters[name] ?? 0 }))
    .filter((c) => c.expected !== c.stored);
  const want = linesOf(expected);
  const have = linesOf(stored);
  const missing = [...want].filter((line) => !have.has(line)).sort(inKeyOrder);
  const extra = [...have].filter((line) => !want.has(line)).sort(inKeyOrder);
  return counters.length || missing.length || extra.length ? { subject, counters, missing, extra } : undefined;
}

/**
 * Compares the expected aggregates of a month with the stored ones. A subject on one side
 * only is compared with an empty aggregate, so an item emptied by corrections agrees.
 */
export function compareAggregates(
  month: string,
  expected: ReadonlyMap<string, SubjectTotals>,
  stored: ReadonlyMap<string, SubjectTotals>,
): MonthRecount {
  const subjects = [...new Set([...expected.keys(), ...stored.keys()])].sort(inKeyOrder);
  const mismatches = subjects.flatMap(
    (subject) => compareSubject(subject, expected.get(subject) ?? EMPTY, stored.get(subject) ?? EMPTY) ?? [],
  );
  return { month, subjects: subjects.length, mismatches };
}

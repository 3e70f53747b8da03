/**
 * Subject-month aggregates (月度汇总): the counters a score run reads instead of raw
 * records, so its cost follows the number of windows and officers, not of evaluations.
 * Intake moves them in the same transaction as the record; a recount folds the same deltas
 * over the raw records, so the two must agree.
 */
import { isSatisfied } from './records/evaluation.ts';

export type Counters = Readonly<Record<string, number>>;

export interface AggregateDelta {
  readonly month: string;
  /** `W#{window}` or `O#{officer}`. */
  readonly subject: string;
  readonly counters: Counters;
}

/** What a record contributes to the aggregates, by type. */
export interface RecordFacts {
  readonly type: string;
  readonly month: string;
  readonly windowId: string;
  readonly body: Readonly<Record<string, unknown>>;
}

export const windowSubject = (windowId: string): string => `W#${windowId}`;
export const officerSubject = (officerId: string): string => `O#${officerId}`;

export function aggregateDeltas(record: RecordFacts): AggregateDelta[] {
  const { month, windowId, body } = record;
  switch (record.type) {
    case 'evaluation': {
      const counters = { evaluations: 1, satisfied: isSatisfied(String(body.rating)) ? 1 : 0 };
      const deltas: AggregateDelta[] = [{ month, subject: windowSubject(windowId), counters }];
      if (typeof body.officerId === 'string') deltas.push({ month, subject: officerSubject(body.officerId), counters });
      return deltas;
    }
    case 'volume':
      return [{ month, subject: windowSubject(windowId), counters: { volume: Number(body.accepted) } }];
    default:
      return [];
  }
}

/** Sums deltas per month and subject, in a stable order (month, then subject). */
export function foldDeltas(deltas: Iterable<AggregateDelta>): AggregateDelta[] {
  const totals = new Map<string, { month: string; subject: string; counters: Record<string, number> }>();
  for (const delta of deltas) {
    const key = `${delta.month}|${delta.subject}`;
    const total = totals.get(key) ?? { month: delta.month, subject: delta.subject, counters: {} };
    for (const [name, value] of Object.entries(delta.counters)) total.counters[name] = (total.counters[name] ?? 0) + value;
    totals.set(key, total);
  }
  return [...totals.keys()].sort().map((key) => totals.get(key)!);
}

/** What undoes a delta: a superseded record's contribution is taken back this way. */
export const negateDelta = (delta: AggregateDelta): AggregateDelta => ({
  ...delta,
  counters: Object.fromEntries(Object.entries(delta.counters).map(([name, value]) => [name, -value])),
});

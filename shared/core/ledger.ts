/**
 * Score ledger (计分明细): one line per contribution, so a window can see why a score is
 * what it is (DOMAIN.md §4.4). Points are kept exact; the lines of a result sum to it.
 */
import * as z from 'zod';
import { type Points, fromExact, sum, toExact } from './points.ts';

export interface LedgerLine {
  /** Rule code, e.g. `EE.BASE` or a finding code of the rulebook. */
  readonly code: string;
  readonly points: Points;
  /** Ids of the records (or aggregates) the line comes from. */
  readonly records: readonly string[];
  /** The inputs a reader needs to redo the arithmetic. */
  readonly detail?: Readonly<Record<string, string | number>>;
}

export const ledgerLineDocument = z.object({
  code: z.string(),
  points: z.string().regex(/^-?\d+(\/\d+)?$/),
  records: z.array(z.string()),
  detail: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type LedgerLineDocument = z.infer<typeof ledgerLineDocument>;

export const ledgerTotal = (lines: readonly LedgerLine[]): Points => sum(lines.map((l) => l.points));

export function toLedgerDocument(lines: readonly LedgerLine[]): LedgerLineDocument[] {
  return lines.map((line) => ({
    code: line.code,
    points: toExact(line.points),
    records: [...line.records],
    ...(line.detail ? { detail: { ...line.detail } } : {}),
  }));
}

export function fromLedgerDocument(lines: readonly LedgerLineDocument[]): LedgerLine[] {
  return lines.map((line) => ({ ...line, points: fromExact(line.points) }));
}

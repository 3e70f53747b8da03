/**
 * 现行规则 — which of a center's rulebook versions applies to a date (DOMAIN.md §7). A
 * version applies from its `effectiveFrom` (the first day of a month) or, without one, to
 * every date; of those that apply, the one written last wins. So a version written without a
 * date replaces its predecessors everywhere (a correction of the rules), and one written for
 * next year leaves this year's records and scores under the version they had.
 */
import type { Rulebook } from './schema.ts';

/** `versions` in the order they were written; `fallback` where none applies (the seed default). */
export function rulebookInForce<R extends Pick<Rulebook, 'effectiveFrom'>>(versions: readonly R[], date: string, fallback: R): R {
  for (let i = versions.length - 1; i >= 0; i -= 1) {
    const version = versions[i]!;
    if (version.effectiveFrom === undefined || version.effectiveFrom <= date) return version;
  }
  return fallback;
}

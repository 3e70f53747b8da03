/**
 * 现行规则 — which of a center's rulebook versions applies to a date (DOMAIN.md §7). A
 * version applies from its `effectiveFrom` (the first day of a month) or, without one, to
 * every date — a campaign's version (`campaignMonths`) only in its months of each year; of
 * those that apply, the one written last wins. So a version written without a date replaces
 * its predecessors everywhere (a correction of the rules), one written for next year leaves
 * this year's records and scores under the version they had, and a center that writes seed
 * 004's July campaign after its regular rulebook scores July by it and other months as before.
 */
import type { Rulebook } from './schema.ts';

/** `versions` in the order they were written; `fallback` where none applies (the seed default). */
export function rulebookInForce<R extends Pick<Rulebook, 'effectiveFrom' | 'campaignMonths'>>(versions: readonly R[], date: string, fallback: R): R {
  const month = Number(date.slice(5, 7));
  for (let i = versions.length - 1; i >= 0; i -= 1) {
    const version = versions[i]!;
    const started = version.effectiveFrom === undefined || version.effectiveFrom <= date;
    const inCampaign = version.campaignMonths === undefined || version.campaignMonths.includes(month);
    if (started && inCampaign) return version;
  }
  return fallback;
}

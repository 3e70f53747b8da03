/**
 * The rulebooks the site can explain (计分规则说明): the default and the presets, by id. A
 * published document names the rulebook it was computed with; a center's own version of
 * one of these (another version or hash) is explained from the rulebook of that id, and
 * the page says so.
 */
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_000_YEARLY_GOLD } from '#core/rulebook/presets/seed-000-yearly-gold';
import { SEED_001_CITY_NOMINATION } from '#core/rulebook/presets/seed-001-city-nomination';
import { SEED_001_MONTHLY_CIVILIZED } from '#core/rulebook/presets/seed-001-monthly-civilized';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import type { Rulebook } from '#core/rulebook/schema';

const KNOWN: readonly Rulebook[] = [
  defaultRulebook(),
  SEED_000_YEARLY_GOLD,
  SEED_001_QUARTERLY_COMPOSITE,
  SEED_001_MONTHLY_CIVILIZED,
  SEED_001_CITY_NOMINATION,
  SEED_002_MONTHLY_ASSESSMENT,
  SEED_004_PATROL,
];

const rulebookById = (id: string | undefined): Rulebook => KNOWN.find((r) => r.id === id) ?? defaultRulebook();

export interface RulebookChoice {
  readonly rulebook: Rulebook;
  /** The explained rulebook is the very one named (same id, version and hash). */
  readonly exact: boolean;
}

/** The rulebook named by `ref`, or the default when the name is unknown or missing. */
export function rulebookFor(ref: { id: string; version: string; hash: string } | undefined): RulebookChoice {
  const rulebook = rulebookById(ref?.id);
  return { rulebook, exact: ref !== undefined && rulebook.id === ref.id && rulebook.version === ref.version && rulebook.hash === ref.hash };
}

/** Where an honor stands in its rulebook's order; unknown honors come last. */
export function honorRank(ref: { id: string } | undefined, honorId: string): number {
  const index = rulebookById(ref?.id).honors.findIndex((h) => h.id === honorId);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

/**
 * A rulebook as a reader knows it, by its title (《默认评选规则（青浦模式）》 / "Default
 * rulebook (Qingpu model)"), never by its id; a center's own rulebook the site does not
 * know is named "the center's rulebook".
 */
export function rulebookTitle(ref: { id: string } | undefined, lang: 'zh' | 'en'): string {
  const known = KNOWN.find((r) => r.id === ref?.id);
  if (known) return lang === 'zh' ? `《${known.name.zh}》` : `“${known.name.en}”`;
  return lang === 'zh' ? '中心评选规则' : "the center's rulebook";
}

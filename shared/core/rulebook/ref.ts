/** What a result records of the rulebook it was computed with (DOMAIN.md §4.4, §7). */
import type { Rulebook } from './schema.ts';

export interface RulebookRef {
  readonly id: string;
  readonly version: string;
  readonly hash: string;
}

export const rulebookRef = (rulebook: Rulebook): RulebookRef => ({
  id: rulebook.id,
  version: rulebook.version,
  hash: rulebook.hash,
});

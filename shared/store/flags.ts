/** Consecutive-rating flags awaiting a supervisor's decision, by center-month. */
import type { ConsecutiveFlag } from '#core/rules/consecutive-ratings';
import { writeInBatches } from './bulk.ts';
import type { Store } from './client.ts';
import { queryPartition } from './query.ts';

export interface StoredFlag extends ConsecutiveFlag {
  readonly windowId: string;
  readonly month: string;
}

const flagPk = (centerId: string, month: string): string => `C#${centerId}#FLAG#${month}`;

export async function listFlags(store: Store, centerId: string, month: string): Promise<StoredFlag[]> {
  const items = await queryPartition(store, flagPk(centerId, month));
  return items.map(({ pk: _pk, sk: _sk, ...flag }) => flag as unknown as StoredFlag);
}

/** Adds the month's flags not stored yet; a flag once raised stays, whatever is decided about it. */
export async function addFlags(store: Store, centerId: string, month: string, flags: readonly StoredFlag[]): Promise<number> {
  const known = new Set((await listFlags(store, centerId, month)).map((f) => f.flagId));
  const fresh = flags.filter((f) => !known.has(f.flagId));
  await writeInBatches(store, fresh.map((flag) => ({ pk: flagPk(centerId, month), sk: flag.flagId, ...flag })));
  return fresh.length;
}

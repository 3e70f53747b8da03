/**
 * Consecutive-rating flags (连续评价), raised by intake in the rating's own write as soon as
 * the second rating of a burst lands (records.ts); read by center-month. The score run only
 * reads them: it never looks at a rating.
 */
import type { ConsecutiveFlag, RatingFact } from '#core/rules/consecutive-ratings';
import { flagPk } from './keys.ts';
import type { ItemStore, WriteOp } from './port.ts';

export interface StoredFlag extends ConsecutiveFlag {
  readonly windowId: string;
  readonly month: string;
}

export async function listFlags(store: ItemStore, centerId: string, month: string): Promise<StoredFlag[]> {
  const items = await store.query({ pk: flagPk(centerId, month) });
  return items.map(({ pk: _pk, sk: _sk, ...flag }) => ({ ...flag, ratings: Number(flag.ratings) }) as unknown as StoredFlag);
}

/** A new flag: the burst's first two ratings. */
export const flagOpen = (centerId: string, month: string, windowId: string, flag: ConsecutiveFlag): WriteOp => ({
  op: 'put',
  item: { pk: flagPk(centerId, month), sk: flag.flagId, ...flag, windowId, month },
  condition: { kind: 'absent' },
});

/** One more rating of a flagged burst: counted, the flag's ids stay its first two. */
export const flagExtend = (centerId: string, month: string, flagId: string, rating: RatingFact): WriteOp => ({
  op: 'update',
  key: { pk: flagPk(centerId, month), sk: flagId },
  add: { ratings: 1 },
  set: { lastAt: rating.at, lastRatingId: rating.recordId },
  condition: { kind: 'present' },
});

/** Flags found by a whole-month pass (bulk loads): those not stored yet are added. */
export async function addFlags(store: ItemStore, centerId: string, month: string, flags: readonly StoredFlag[]): Promise<number> {
  const known = new Set((await listFlags(store, centerId, month)).map((f) => f.flagId));
  const fresh = flags.filter((f) => !known.has(f.flagId));
  await store.putMany(fresh.map((flag) => ({ pk: flagPk(centerId, month), sk: flag.flagId, ...flag })));
  return fresh.length;
}

/**
 * Score results of a period: one item per subject with its ledger, and a run marker that
 * records the input and rulebook hashes, so re-running unchanged inputs writes nothing.
 * Each rule run over a period keeps a marker of its own (`#RUN` for the first one, the
 * electronic evaluation), so one rule's run never passes for another's.
 */
import { canonicalJson } from '#core/canonical';
import { resultKey, resultPk } from './keys.ts';
import type { Item, ItemStore, Key } from './port.ts';

const RUN_MARKER = '#RUN';

export interface RunMarker {
  readonly inputHash: string;
  readonly rulebookHash: string;
  readonly computedAt: string;
}

export interface SubjectResult {
  readonly subject: string;
  readonly document: Record<string, unknown>;
}

/** A rule's own marker name, e.g. `#RUN#monthly-score`. */
export const runMarkerName = (rule: string): string => `${RUN_MARKER}#${rule}`;

export async function getRunMarker(store: ItemStore, centerId: string, period: string, markerName = RUN_MARKER): Promise<RunMarker | undefined> {
  return (await store.get(resultKey(centerId, period, markerName))) as RunMarker | undefined;
}

/** A subject's result as stored: its key and its document. */
const resultItem = (centerId: string, period: string, result: SubjectResult): Item & Key => ({ ...resultKey(centerId, period, result.subject), ...result.document });

/**
 * Subject results first, the marker last: a run that dies half-way is simply run again.
 * With `stored` (the period's items as they are), a result stored exactly so is not written
 * again: the table ends the same, with fewer writes.
 */
export async function putPeriodResults(
  store: ItemStore,
  centerId: string,
  period: string,
  results: readonly SubjectResult[],
  marker: RunMarker,
  markerName = RUN_MARKER,
  stored?: readonly Item[],
): Promise<void> {
  const items = results.map((r) => resultItem(centerId, period, r));
  const held = new Map((stored ?? []).map((item) => [String(item.sk), item]));
  const changed = held.size === 0 ? items : items.filter((item) => !sameItem(held.get(item.sk), item));
  if (changed.length > 0) await store.putMany(changed);
  await putRunMarker(store, centerId, period, marker, markerName);
}

/** A rule's run marker of a period, alone (a run whose results live elsewhere). */
export async function putRunMarker(store: ItemStore, centerId: string, period: string, marker: RunMarker, markerName = RUN_MARKER): Promise<void> {
  await store.write([{ op: 'put', item: { ...resultKey(centerId, period, markerName), ...marker } }]);
}

/** Whether a stored item holds exactly the item (attributes in any order; an undefined one is not stored). */
const sameItem = (stored: Item | undefined, item: Item): boolean => stored !== undefined && canonicalJson(stored) === canonicalJson(item);

/**
 * The one way a job writes its results: nothing when the marker holds the same input and
 * rulebook hashes (unchanged inputs, unchanged results); otherwise the results (computed
 * only then) and the marker. Returns whether anything was written.
 *
 * Without a marker (a first run, a run that died before its marker, a marker removed) the
 * stored results may already be the ones computed: the period's results of the rule are read
 * (one Query, while computing) and only those that differ are written. A marker with other
 * hashes was written with results that name them (each document carries its run's
 * `inputHash`), so then every result is written without that read.
 */
export async function writeResultsIfChanged(
  store: ItemStore,
  centerId: string,
  period: string,
  markerName: string,
  hashes: { readonly inputHash: string; readonly rulebookHash: string },
  now: Date,
  compute: () => readonly SubjectResult[] | Promise<readonly SubjectResult[]>,
  /** How the rule's subjects begin (`MS#`): only the stored results under it are read to compare with. */
  subjectsPrefix = '',
  /** Told the period's results under `subjectsPrefix` as the table now holds them, when the run knows them all (it read what was stored). */
  onStanding?: (items: readonly Item[]) => void,
): Promise<boolean> {
  const marker = await getRunMarker(store, centerId, period, markerName);
  if (marker?.inputHash === hashes.inputHash && marker.rulebookHash === hashes.rulebookHash) return false;
  const [stored, results] = await Promise.all([marker ? undefined : listResults(store, centerId, period, subjectsPrefix), compute()]);
  await putPeriodResults(store, centerId, period, results, { ...hashes, computedAt: now.toISOString() }, markerName, stored);
  if (stored && onStanding) {
    const standing = new Map(stored.map((item) => [String(item.sk), item]));
    for (const item of results.map((r) => resultItem(centerId, period, r))) standing.set(item.sk, item);
    onStanding([...standing.values()].sort((a, b) => (String(a.sk) < String(b.sk) ? -1 : 1)));
  }
  return true;
}

/**
 * A run's reads of results. The results a job of the run wrote with every stored one under
 * their prefix in view (`writeResultsIfChanged` on a period without a marker, as a month's
 * first run is) are remembered as the table holds them, and later jobs of the run read them
 * from memory: the month's publication and the quarter's means after the months' scores.
 * Everything else is read from the table.
 */
export interface ResultsReader {
  /** The period's results whose key starts with `prefix`, in key order; from the table, only some attributes when named. */
  list(period: string, prefix: string, attributes?: readonly string[]): Promise<Item[]>;
  /** What the table now holds under `prefix` for the period, all of it. */
  remember(period: string, prefix: string, items: readonly Item[]): void;
}

export function resultsReader(store: ItemStore, centerId: string): ResultsReader {
  const known = new Map<string, { prefix: string; items: readonly Item[] }[]>();
  return {
    async list(period, prefix, attributes) {
      const held = known.get(period)?.find((k) => prefix.startsWith(k.prefix));
      if (held) return held.items.filter((item) => String(item.sk).startsWith(prefix));
      return listResults(store, centerId, period, prefix, attributes);
    },
    remember(period, prefix, items) {
      known.set(period, [{ prefix, items }, ...(known.get(period) ?? []).filter((k) => !k.prefix.startsWith(prefix))]);
    },
  };
}

/** The results of a period whose key starts with a prefix (`MS#`: the monthly scores); only some attributes when named. */
export async function listResults(store: ItemStore, centerId: string, period: string, prefix: string, attributes?: readonly string[]): Promise<Item[]> {
  return store.query({ pk: resultPk(centerId, period), skPrefix: prefix, ...(attributes ? { attributes } : {}) });
}

/** Every result of a period about one subject (`W#w01`, `O#o001`), with its ledger. */
export async function listSubjectResults(store: ItemStore, centerId: string, period: string, subject: string): Promise<Record<string, unknown>[]> {
  const items = await store.query({ pk: resultPk(centerId, period) });
  return items.filter((item) => String(item.sk).endsWith(`#${subject}`) && item.sk !== RUN_MARKER).map(({ pk: _pk, ...item }) => item);
}

/** Whether a period has any result whose key starts with `prefix` (one item read at most). */
export async function hasResults(store: ItemStore, centerId: string, period: string, prefix: string): Promise<boolean> {
  return (await store.query({ pk: resultPk(centerId, period), skPrefix: prefix, limit: 1 })).length > 0;
}

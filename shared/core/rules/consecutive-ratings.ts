/**
 * 连续评价 — consecutive ratings, seed 003 §服务质量电子评价考核办法; DOMAIN.md §4.1
 * **Assumption**: one device recording two or more ratings less than N seconds apart
 * (rulebook, default 20 s) with no case number between them is flagged for a supervisor to
 * confirm or clear. Ratings that name different case numbers are two services; ratings
 * with no case number, or the same one, are suspect. Flags are never dropped silently.
 */
export interface RatingFact {
  readonly recordId: string;
  /** Who recorded it: the device's credential subject. */
  readonly device: string;
  readonly at: string;
  readonly caseNumber?: string;
}

export interface ConsecutiveFlag {
  /** Stable: the device and the first rating's instant, e.g. `flag:device-w03:2026-09-11T02:34:39Z`. */
  readonly flagId: string;
  readonly device: string;
  /** The burst's ratings; a flag kept by intake lists its first two only (`ratings` counts all). */
  readonly ratingIds: readonly string[];
  /** How many ratings the burst has. */
  readonly ratings: number;
  readonly firstAt: string;
  readonly lastAt: string;
}

const seconds = (instant: string): number => Date.parse(instant) / 1000;
const flagInstant = (instant: string): string => new Date(instant).toISOString().replace(/\.000Z$/, 'Z');

/** A case number between two ratings means two services; none (or the same) does not. */
const sameService = (a: RatingFact, b: RatingFact): boolean =>
  a.caseNumber === undefined || b.caseNumber === undefined || a.caseNumber === b.caseNumber;

export function consecutiveFlags(ratings: readonly RatingFact[], intervalSeconds: number): ConsecutiveFlag[] {
  const byDevice = new Map<string, RatingFact[]>();
  for (const rating of ratings) {
    const own = byDevice.get(rating.device);
    if (own) own.push(rating);
    else byDevice.set(rating.device, [rating]);
  }
  const flags: ConsecutiveFlag[] = [];
  for (const [device, own] of [...byDevice].sort(([a], [b]) => (a < b ? -1 : 1))) {
    own.sort((a, b) => seconds(a.at) - seconds(b.at) || (a.recordId < b.recordId ? -1 : 1));
    let burst: RatingFact[] = [];
    const close = (): void => {
      if (burst.length >= 2) {
        flags.push({
          flagId: `flag:${device}:${flagInstant(burst[0]!.at)}`,
          device,
          ratingIds: burst.map((r) => r.recordId),
          ratings: burst.length,
          firstAt: burst[0]!.at,
          lastAt: burst.at(-1)!.at,
        });
      }
      burst = [];
    };
    for (const rating of own) {
      const previous = burst.at(-1);
      if (previous && !(seconds(rating.at) - seconds(previous.at) < intervalSeconds && sameService(previous, rating))) close();
      burst.push(rating);
    }
    close();
  }
  return flags;
}

/**
 * What intake keeps of a device's ratings in the window-month (one entry a device): its
 * latest rating and the burst that rating belongs to. With it a flag is raised as soon as
 * the second rating of a burst lands, in time linear in the ratings — the same bursts
 * `consecutiveFlags` finds, for ratings that arrive in the order they were given.
 * **Assumption:** a rating that arrives after a later one of its device (queued offline and
 * sent late) is compared with nothing and moves nothing: the spacing check follows the
 * order of arrival, which for a counter's device is the order of service.
 */
export interface DeviceState {
  readonly last: RatingFact;
  /** The burst's first rating and how many ratings it has (1: no burst yet). */
  readonly firstAt: string;
  readonly firstId: string;
  readonly burst: number;
}

export type DeviceStep =
  | { readonly kind: 'none'; readonly state: DeviceState }
  | { readonly kind: 'out-of-order' }
  /** The burst reached two ratings: a new flag. */
  | { readonly kind: 'open'; readonly state: DeviceState; readonly flag: ConsecutiveFlag }
  /** A third or later rating of a flagged burst. */
  | { readonly kind: 'extend'; readonly state: DeviceState; readonly flagId: string };

export const flagIdOf = (device: string, firstAt: string): string => `flag:${device}:${flagInstant(firstAt)}`;

/**
 * The latest instant a device's previous rating may carry for this rating to start afresh
 * (not consecutive, not out of order): the rating's own time less the interval. A rating
 * whose device rated last at or before it steps to the same state whatever that state was,
 * so intake may write it without reading the state, on that condition.
 */
export function lastRatingStartingAfresh(rating: RatingFact, intervalSeconds: number): string {
  return new Date(Date.parse(rating.at) - intervalSeconds * 1000).toISOString();
}

export function nextDeviceState(state: DeviceState | undefined, rating: RatingFact, intervalSeconds: number): DeviceStep {
  if (state && seconds(rating.at) < seconds(state.last.at)) return { kind: 'out-of-order' };
  const continues = state !== undefined && seconds(rating.at) - seconds(state.last.at) < intervalSeconds && sameService(state.last, rating);
  if (!continues) return { kind: 'none', state: { last: rating, firstAt: rating.at, firstId: rating.recordId, burst: 1 } };
  const next: DeviceState = { last: rating, firstAt: state.firstAt, firstId: state.firstId, burst: state.burst + 1 };
  const flagId = flagIdOf(rating.device, state.firstAt);
  if (next.burst > 2) return { kind: 'extend', state: next, flagId };
  return {
    kind: 'open',
    state: next,
    flag: { flagId, device: rating.device, ratingIds: [state.firstId, rating.recordId], ratings: 2, firstAt: state.firstAt, lastAt: rating.at },
  };
}

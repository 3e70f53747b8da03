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
  readonly ratingIds: readonly string[];
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
  for (const rating of ratings) byDevice.set(rating.device, [...(byDevice.get(rating.device) ?? []), rating]);
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

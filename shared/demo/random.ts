/** A small seeded generator (mulberry32): the same seed gives the same demo center. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** n distinct items, in the order drawn (all of them when there are fewer). */
  sample<T>(items: readonly T[], n: number): T[];
}

function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    sample: (items, n) => {
      const pool = [...items];
      const drawn = [];
      while (drawn.length < n && pool.length > 0) drawn.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
      return drawn;
    },
  };
}

/**
 * A stream of its own for one part of the demo (attendance, ratings …), so that adding
 * records to one part leaves every other part as it was.
 */
export function forkRandom(seed: number, part: string): Random {
  let hash = 0x811c9dc5; // FNV-1a
  for (const ch of part) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193);
  return seededRandom((seed ^ hash) >>> 0);
}

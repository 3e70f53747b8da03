/** Medians over repeated runs, with min and max, and percentiles of a run's latencies. */
export interface Figure {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Every run's value, in the order measured. */
  readonly runs: readonly number[];
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function figure(values: readonly number[], digits = 2): Figure {
  if (values.length === 0) throw new Error('a figure needs at least one run');
  return {
    median: round(median(values), digits),
    min: round(Math.min(...values), digits),
    max: round(Math.max(...values), digits),
    runs: values.map((v) => round(v, digits)),
  };
}

/** Ratios taken pair by pair (run i over run i), then summarized. */
export const ratioFigure = (numerators: readonly number[], denominators: readonly number[]): Figure =>
  figure(numerators.map((n, i) => n / denominators[i]!));

export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

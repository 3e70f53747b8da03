/**
 * The benchmark's synthetic centers. M follows issue #7 (60 windows, 400 officers, a year,
 * about a million ratings: ≈1 400 a window-month); the other sizes keep M's ratings per
 * window and scale windows, officers and months. The scored quarter is the same for all.
 */
export const SIZE_NAMES = ['XS', 'S', 'M', 'L'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export interface Size {
  readonly name: SizeName;
  readonly windows: number;
  readonly officers: number;
  /** The months the center has data for. */
  readonly months: readonly string[];
  /** Mean ratings a window-month (volume × coverage). */
  readonly ratingsPerWindowMonth: number;
  /** Whether the score section also runs the center with ten times the ratings. */
  readonly tenfold: boolean;
  /** Windows of the center whose five published years the site section builds. */
  readonly siteWindows: number;
  /** Requests per intake round, by concurrent clients. */
  readonly intakeRequests: Readonly<Record<(typeof CONCURRENCY)[number], number>>;
  /** Repetitions of each timed figure (a median over them, with min and max). */
  readonly runs: number;
}

export const SCORED_QUARTER = '2025-Q3';
export const QUARTER_MONTHS: readonly string[] = ['2025-07', '2025-08', '2025-09'];
const YEAR: readonly string[] = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
export const CONCURRENCY = [1, 8, 64] as const;
const INTAKE = { 1: 300, 8: 640, 64: 1280 } as const;

export const SIZES: Readonly<Record<SizeName, Size>> = {
  // The smoke test's size: every section runs, on a center too small to mean anything.
  XS: { name: 'XS', windows: 4, officers: 12, months: QUARTER_MONTHS, ratingsPerWindowMonth: 40, tenfold: true, siteWindows: 4, intakeRequests: { 1: 20, 8: 40, 64: 128 }, runs: 2 },
  S: { name: 'S', windows: 20, officers: 120, months: QUARTER_MONTHS, ratingsPerWindowMonth: 1400, tenfold: true, siteWindows: 60, intakeRequests: INTAKE, runs: 3 },
  M: { name: 'M', windows: 60, officers: 400, months: YEAR, ratingsPerWindowMonth: 1400, tenfold: true, siteWindows: 60, intakeRequests: INTAKE, runs: 3 },
  // Ten times L's ratings would be 8 million items in DynamoDB Local: hours of loading.
  L: { name: 'L', windows: 200, officers: 1500, months: YEAR, ratingsPerWindowMonth: 1400, tenfold: false, siteWindows: 200, intakeRequests: INTAKE, runs: 3 },
};

export const DEFAULT_SIZE: SizeName = 'S';

/**
 * The geometry of a window's monthly score trend (月度考核得分走势): an SVG line chart drawn
 * at build time, so it needs no script to be seen. A month without a score breaks the line
 * rather than being drawn as zero. Pure.
 */

export interface TrendPoint {
  /** "2026-10" */
  readonly period: string;
  /** Two decimals, "93.50"; null when the month has no score. */
  readonly score: string | null;
}

export interface TrendChart {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Horizontal grid lines with their labels. */
  readonly ticks: readonly { readonly y: number; readonly label: string }[];
  /** One path per unbroken run of months with a score. */
  readonly paths: readonly string[];
  readonly dots: readonly { readonly x: number; readonly y: number; readonly period: string; readonly score: string }[];
  readonly labels: readonly { readonly x: number; readonly period: string }[];
  readonly lowest: number;
  readonly highest: number;
}

const WIDTH = 640;
const HEIGHT = 260;
const PLOT = { left: 48, right: WIDTH - 16, top: 16, bottom: HEIGHT - 40 };
const STEP = 5;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The y axis runs from a multiple of 5 below the lowest score to 100 (the maximum). */
export function trendChart(points: readonly TrendPoint[]): TrendChart {
  const scored = points.filter((p): p is TrendPoint & { score: string } => p.score !== null);
  const values = scored.map((p) => Number(p.score));
  const highest = Math.max(100, ...values);
  const lowest = values.length === 0 ? 80 : Math.min(highest - STEP, Math.floor((Math.min(...values) - 1) / STEP) * STEP);
  const xOf = (i: number): number =>
    round1(points.length <= 1 ? (PLOT.left + PLOT.right) / 2 : PLOT.left + ((PLOT.right - PLOT.left) * i) / (points.length - 1));
  const yOf = (value: number): number => round1(PLOT.bottom - ((PLOT.bottom - PLOT.top) * (value - lowest)) / (highest - lowest));

  const paths: string[] = [];
  let run: string[] = [];
  points.forEach((p, i) => {
    if (p.score === null) {
      if (run.length > 0) paths.push(run.join(' '));
      run = [];
      return;
    }
    run.push(`${run.length === 0 ? 'M' : 'L'}${xOf(i)} ${yOf(Number(p.score))}`);
  });
  if (run.length > 0) paths.push(run.join(' '));

  const ticks: { y: number; label: string }[] = [];
  const tickStep = highest - lowest > 40 ? 20 : highest - lowest > 20 ? 10 : STEP;
  for (let v = lowest; v <= highest; v += tickStep) ticks.push({ y: yOf(v), label: String(v) });

  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    ticks,
    paths: paths.filter((d) => d.includes('L')),
    dots: points.flatMap((p, i) => (p.score === null ? [] : [{ x: xOf(i), y: yOf(Number(p.score)), period: p.period, score: p.score }])),
    labels: points.map((p, i) => ({ x: xOf(i), period: p.period })),
    lowest,
    highest,
  };
}

/** The facts a reader of the chart would take from it, for its text alternative. */
export function trendSummary(points: readonly TrendPoint[]): { best: TrendPoint; worst: TrendPoint; latest: TrendPoint } | undefined {
  const scored = points.filter((p) => p.score !== null);
  if (scored.length === 0) return undefined;
  const by = (pick: (a: number, b: number) => boolean) => scored.reduce((kept, p) => (pick(Number(p.score), Number(kept.score)) ? p : kept));
  return { best: by((a, b) => a > b), worst: by((a, b) => a < b), latest: scored.at(-1)! };
}

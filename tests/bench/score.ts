/**
 * Score runs: the quarterly run (the run-scores handler, as Lambda runs it) on the size's
 * center, then on the same center with ten times the services and ratings, each paired
 * run by run with the SQL recount of the same quarter over the same raw records. Beside the
 * whole run, its jobs that read only aggregates (monthly scores, the electronic evaluation
 * and the quarter's means — everything but the consecutive-rating check, which reads the
 * raw ratings) are timed on their own, to show which part follows the records.
 */
import { centerSettings } from '#functions/center-settings';
import { scoreAndPublishMonth } from '#functions/jobs/monthly-evaluation';
import { runMonthlyScores } from '#functions/jobs/monthly-scores';
import { runPeriodMeans } from '#functions/jobs/period-means';
import type { Store } from '#store/client';
import { listAggregatesForMonth } from '#store/aggregates';
import { listResults } from '#store/results';
import { type Loaded, loadSynthetic } from './load.ts';
import { QUARTER_MONTHS, SCORED_QUARTER, type Size } from './sizes.ts';
import { type Counts, openSqlRecount } from './sql-recount.ts';
import { type Figure, figure, ratioFigure, timed } from './stats.ts';
import { syntheticCenter } from './synthetic-center.ts';

export interface ScoreCenterReport {
  readonly centerId: string;
  readonly factor: number;
  readonly windows: number;
  readonly officers: number;
  readonly months: number;
  readonly load: Loaded;
  /** Whether the SQL recount found the aggregates the score run reads (evaluations, satisfied, volume, sign-ins). */
  readonly sqlAgreesWithAggregates: boolean;
  readonly scoreRunSeconds: Figure;
  /** The run's jobs that read aggregates only, without the consecutive-rating check. */
  readonly aggregateJobsSeconds: Figure;
  readonly sqlRecountMs: Figure;
  /** Score run over SQL recount, run by run. */
  readonly ratioToSql: Figure;
}

export interface ScoreReport {
  readonly period: string;
  readonly base: ScoreCenterReport;
  readonly tenfold?: ScoreCenterReport & {
    /** Tenfold score run over the base one, run by run: 1 when cost follows subjects only. */
    readonly ratioToBase: Figure;
    /** The same for the aggregate-only jobs. */
    readonly aggregateJobsRatioToBase: Figure;
  };
}

interface Context {
  readonly store: Store;
  readonly size: Size;
  readonly seed: number;
  readonly runs: number;
  readonly log: (line: string) => void;
}

export async function scoreSection(ctx: Context): Promise<ScoreReport> {
  const { handler } = await import('#functions/run-scores');
  const measure = async (factor: number): Promise<ScoreCenterReport> => {
    const { size } = ctx;
    const synthetic = syntheticCenter({
      centerId: `score-${size.name.toLowerCase()}-x${factor}`,
      windows: size.windows,
      officers: size.officers,
      months: size.months,
      ratingsPerWindowMonth: size.ratingsPerWindowMonth,
      factor,
      seed: ctx.seed,
    });
    const { centerId } = synthetic.center;
    const sql = openSqlRecount();
    try {
      ctx.log(`score: loading ${centerId}`);
      const load = await loadSynthetic(ctx.store, synthetic, { rawMonths: QUARTER_MONTHS, sql, log: ctx.log });
      ctx.log(`score: ${centerId} loaded, ${load.rawItems} raw items in ${load.seconds} s`);
      const mismatches = await compareWithAggregates(ctx.store, centerId, sql.recount(QUARTER_MONTHS));
      const scoreMs: number[] = [];
      const jobsMs: number[] = [];
      const sqlMs: number[] = [];
      // One untimed run first, as a warm Lambda container has loaded its modules and compiled its hot code.
      if (factor === 1) await quietly(() => handler({ centerId, period: SCORED_QUARTER }));
      for (let run = 0; run < ctx.runs; run++) {
        // Each run scores the quarter as its first run does: unchanged inputs would write nothing.
        await forgetRuns(ctx.store, centerId);
        const scored = await quietly(() => timed(() => handler({ centerId, period: SCORED_QUARTER })));
        if (!scored.value.changed) throw new Error(`the score run of ${centerId} wrote nothing`);
        scoreMs.push(scored.ms);
        await forgetRuns(ctx.store, centerId);
        jobsMs.push((await timed(() => aggregateJobs(ctx.store, centerId))).ms);
        sqlMs.push((await timed(() => sql.recount(QUARTER_MONTHS))).ms);
        ctx.log(
          `score: ${centerId} run ${run + 1}: ${(scored.ms / 1000).toFixed(2)} s, ` +
            `aggregate jobs ${(jobsMs.at(-1)! / 1000).toFixed(2)} s, SQL ${sqlMs.at(-1)!.toFixed(0)} ms`,
        );
      }
      return {
        centerId,
        factor,
        windows: size.windows,
        officers: size.officers,
        months: size.months.length,
        load,
        sqlAgreesWithAggregates: mismatches === 0,
        scoreRunSeconds: figure(scoreMs.map((ms) => ms / 1000)),
        aggregateJobsSeconds: figure(jobsMs.map((ms) => ms / 1000)),
        sqlRecountMs: figure(sqlMs, 1),
        ratioToSql: ratioFigure(scoreMs, sqlMs),
      };
    } finally {
      sql.close();
    }
  };
  const base = await measure(1);
  if (!ctx.size.tenfold) return { period: SCORED_QUARTER, base };
  const tenfold = await measure(10);
  return {
    period: SCORED_QUARTER,
    base,
    tenfold: {
      ...tenfold,
      ratioToBase: ratioFigure(tenfold.scoreRunSeconds.runs, base.scoreRunSeconds.runs),
      aggregateJobsRatioToBase: ratioFigure(tenfold.aggregateJobsSeconds.runs, base.aggregateJobsSeconds.runs),
    },
  };
}

/** What the handler runs after the consecutive-rating check, month by month, then the quarter's means. */
async function aggregateJobs(store: Store, centerId: string): Promise<void> {
  const now = new Date();
  const { rulebook } = await centerSettings(store, centerId, now);
  for (const month of QUARTER_MONTHS) {
    await runMonthlyScores(store, centerId, month, rulebook, now);
    await scoreAndPublishMonth(store, centerId, month, rulebook, now);
  }
  await runPeriodMeans(store, centerId, SCORED_QUARTER, rulebook, now);
}

/** Removes the quarter's run markers (`#RUN…`), so the next run recomputes and rewrites everything. */
async function forgetRuns(store: Store, centerId: string): Promise<void> {
  for (const period of [...QUARTER_MONTHS, SCORED_QUARTER]) {
    const markers = await listResults(store, centerId, period, '#RUN');
    for (const { pk, sk } of markers) await store.write([{ op: 'delete', key: { pk: String(pk), sk: String(sk) } }]);
  }
}

/** Subjects whose SQL counts differ from the stored aggregates' counters. */
async function compareWithAggregates(store: Store, centerId: string, counts: Counts): Promise<number> {
  let mismatches = 0;
  const unseen = new Set(counts.keys());
  for (const month of QUARTER_MONTHS) {
    for (const [subject, aggregate] of await listAggregatesForMonth(store, centerId, month)) {
      const stored: Record<string, number> = { ...aggregate.counters };
      // Attendance records are counters of the officer-month now: sign-ins, absences, leave by kind.
      if (subject.startsWith('O#')) {
        stored.attendance = Object.entries(aggregate.counters)
          .filter(([name]) => name.startsWith('attendance.'))
          .reduce((n, [, v]) => n + v, 0);
      }
      const key = `${month}|${subject}`;
      const counted = counts.get(key) ?? {};
      unseen.delete(key);
      for (const name of ['evaluations', 'satisfied', 'volume', 'attendance']) {
        if ((stored[name] ?? 0) !== (counted[name] ?? 0)) mismatches++;
      }
    }
  }
  return mismatches + unseen.size;
}

/** The handler logs a JSON line per month; the benchmark's output stays readable without them. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

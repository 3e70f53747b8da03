/**
 * Score runs: the quarterly run (the run-scores handler, as Lambda runs it) on the size's
 * center, then on the same center with every record type ten times as many, each on both
 * adapters of the store port — DynamoDB Local and SQLite — run by run in alternating order
 * (so a busy machine slows both alike), and paired with the SQL recount of the same
 * quarter over the same raw records. Every run's reads and writes are counted through the
 * handlers' routed store: items, bytes and kinds read, items written.
 *
 * The base and tenfold centers are both loaded first, and their runs interleaved run by run,
 * so the ratio between them compares runs made side by side.
 *
 * Two runs are timed. The first run of the quarter: no result of its months or of the
 * quarter is stored, so every month is computed and every result written. And the run the
 * quarterly schedule makes: its months were scored by the monthly runs, so they are read,
 * found unchanged and left alone, and the quarter's means are computed and written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '#store/client';
import { createCalendar } from '#core/calendar';
import type { Rulebook } from '#core/rulebook/schema';
import { type ScoreSources, monthlyScoreInputs, scoreInputsHash, sourceMonths } from '#core/score-inputs';
import { centerSettings } from '#functions/center-settings';
import { listAggregatesForMonth } from '#store/aggregates';
import { listOfficers, listWindows } from '#store/center';
import { listFlags } from '#store/flags';
import { listResults } from '#store/results';
import { openSqliteStore } from '#store/sqlite';
import { type Loaded, loadSynthetic } from './load.ts';
import type { Reads, RoutedStore, Waits } from './routed-store.ts';
import { QUARTER_MONTHS, SCORED_QUARTER, type Size } from './sizes.ts';
import { type SqlRecount, openSqlRecount } from './sql-recount.ts';
import { type Figure, figure, ratioFigure, timed } from './stats.ts';
import { syntheticCenter } from './synthetic-center.ts';

export const ADAPTERS = ['dynamodb', 'sqlite'] as const;
/** Untimed first runs on each adapter before the timed ones. */
export const WARM_UP_RUNS = 3;
export type Adapter = (typeof ADAPTERS)[number];

export interface AdapterRun {
  /** The first run: every month and the quarter computed and written. */
  readonly scoreRunSeconds: Figure;
  /**
   * CPU time of the benchmark's process during the first run, all its threads: the run's
   * computing, the client's side of every call (marshalling, HTTP), garbage collection.
   */
  readonly scoreRunCpuSeconds: Figure;
  /** What one first run read and wrote (the same every run). */
  readonly reads: Reads;
  /** The first runs' time by what was in flight (routed-store.ts `Waits`), median of each. */
  readonly firstRunWaits: Readonly<Record<keyof Waits, Figure>>;
  /** The scheduled quarterly run: months already scored, the quarter's means computed and written. */
  readonly scheduledRunSeconds: Figure;
  readonly scheduledReads: Reads;
  /** Score run over SQL recount, run by run. */
  readonly ratioToSql: Figure;
}

export interface ScoreCenterReport {
  readonly centerId: string;
  readonly factor: number;
  readonly windows: number;
  readonly officers: number;
  /** Months loaded: those of the center's that the quarter's run reads. */
  readonly months: number;
  readonly load: Loaded;
  /** Whether the SQL recount's score inputs, computed from the raw rows, hash the same as those the score run builds from the aggregates, every month. */
  readonly sqlAgreesWithAggregates: boolean;
  readonly adapters: Readonly<Record<Adapter, AdapterRun>>;
  readonly sqlRecountMs: Figure;
}

export interface ScoreReport {
  readonly period: string;
  readonly base: ScoreCenterReport;
  readonly tenfold?: ScoreCenterReport & {
    /** Tenfold score run over the base one, run by run, per adapter: 1 when cost follows subjects only. */
    readonly ratioToBase: Readonly<Record<Adapter, Figure>>;
  };
}

interface Context {
  readonly store: Store;
  readonly routed: RoutedStore;
  readonly size: Size;
  readonly seed: number;
  readonly runs: number;
  readonly log: (line: string) => void;
}

export async function scoreSection(ctx: Context): Promise<ScoreReport> {
  const { handler } = await import('#functions/run-scores');
  const folder = mkdtempSync(join(tmpdir(), 'bench-score-sqlite-'));
  // The embedded store as `npm start` and `npm run serve` open it: a file in WAL mode.
  const sqlite = openSqliteStore({ file: join(folder, 'bench.sqlite') });
  const backends: Record<Adapter, Store> = { dynamodb: ctx.store, sqlite };
  const { size } = ctx;
  const readMonths = [...new Set(QUARTER_MONTHS.flatMap(sourceMonths))];
  const years = [...new Set(size.months.map((m) => Number(m.slice(0, 4))))];

  /** A center loaded into both stores and the SQL recount, with the figures its runs collect. */
  const prepare = async (factor: number) => {
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
    const sql = openSqlRecount(createCalendar(), 20, [...years, Math.max(...years) + 1]);
    ctx.log(`score: loading ${centerId} into DynamoDB Local and SQLite`);
    try {
      return await loaded(factor, centerId, synthetic, sql);
    } catch (error) {
      sql.close();
      throw error;
    }
  };
  const loaded = async (factor: number, centerId: string, synthetic: ReturnType<typeof syntheticCenter>, sql: SqlRecount) => {
    const load = await loadSynthetic([backends.dynamodb, backends.sqlite], synthetic, {
      // Only the months the quarter's run reads (the quarter's and the month before): every
      // read names its month's partition, so the year's other months change nothing it does
      // (the reads by kind show it), and folding them tenfold at M would take half an hour.
      months: size.months.filter((m) => readMonths.includes(m)),
      rawMonths: readMonths,
      sql,
      log: ctx.log,
    });
    ctx.log(`score: ${centerId} loaded, ${load.storedItems} items a store, in ${load.seconds} s`);
    const now = new Date();
    const { rulebook } = await centerSettings(ctx.store, centerId, now);
    const base = await scoreBase(ctx.store, centerId, now);
    const mismatches = await compareWithAggregates(ctx.store, sql, base, rulebook);
    ctx.log(`score: ${centerId}: the SQL recount's score inputs ${mismatches === 0 ? 'equal' : `differ from (${mismatches} months)`} those the score run builds`);
    return {
      factor,
      centerId,
      sql,
      load,
      base,
      rulebook,
      mismatches,
      ms: { dynamodb: [] as number[], sqlite: [] as number[] },
      cpuMs: { dynamodb: [] as number[], sqlite: [] as number[] },
      waits: { dynamodb: [] as Waits[], sqlite: [] as Waits[] },
      scheduledMs: { dynamodb: [] as number[], sqlite: [] as number[] },
      reads: {} as Partial<Record<Adapter, Reads>>,
      scheduledReads: {} as Partial<Record<Adapter, Reads>>,
      sqlMs: [] as number[],
    };
  };
  type Prepared = Awaited<ReturnType<typeof loaded>>;

  const timedRun = async (
    c: Prepared,
    adapter: Adapter,
    forget: readonly string[],
    into: number[],
    read: Partial<Record<Adapter, Reads>>,
    first?: { cpu: number[]; waits: Waits[] },
  ): Promise<void> => {
    await forgetScores(backends[adapter], c.centerId, forget);
    ctx.routed.use(backends[adapter]);
    let used = { user: 0, system: 0 };
    const run = async () => {
      const cpu = process.cpuUsage();
      try {
        return await handler({ centerId: c.centerId, period: SCORED_QUARTER });
      } finally {
        used = process.cpuUsage(cpu);
      }
    };
    const { value: scored, reads: counted } = await ctx.routed.counting(() => quietly(() => timed(run)));
    if (!scored.value.changed) throw new Error(`the score run of ${c.centerId} on ${adapter} wrote nothing`);
    into.push(scored.ms);
    first?.cpu.push((used.user + used.system) / 1000);
    first?.waits.push(counted.waits);
    read[adapter] = counted;
  };
  // The first run of the quarter: no score of its months or of the quarter stored yet.
  const firstRun = (c: Prepared, adapter: Adapter) => timedRun(c, adapter, [...QUARTER_MONTHS, SCORED_QUARTER], c.ms[adapter], c.reads, { cpu: c.cpuMs[adapter], waits: c.waits[adapter] });
  // The scheduled run: the months were scored by the monthly runs; the quarter's means are new.
  const scheduledRun = (c: Prepared, adapter: Adapter) => timedRun(c, adapter, [SCORED_QUARTER], c.scheduledMs[adapter], c.scheduledReads);
  const measureRun = async (c: Prepared, run: number) => {
    for (const adapter of run % 2 ? [...ADAPTERS].reverse() : ADAPTERS) {
      await firstRun(c, adapter);
      await scheduledRun(c, adapter);
    }
    c.sqlMs.push((await timed(() => QUARTER_MONTHS.map((month) => c.sql.scoreMonth(month, c.base, c.rulebook)))).ms);
    const s = (list: number[]) => `${(list.at(-1)! / 1000).toFixed(2)} s`;
    ctx.log(
      `score: ${c.centerId} run ${run + 1}: first run DynamoDB Local ${s(c.ms.dynamodb)}, SQLite ${s(c.ms.sqlite)}; ` +
        `scheduled run DynamoDB Local ${s(c.scheduledMs.dynamodb)}, SQLite ${s(c.scheduledMs.sqlite)}; SQL recount ${c.sqlMs.at(-1)!.toFixed(0)} ms`,
    );
  };
  const report = (c: Prepared): ScoreCenterReport => {
    const adapterRun = (adapter: Adapter): AdapterRun => ({
      scoreRunSeconds: figure(c.ms[adapter].map((m) => m / 1000)),
      scoreRunCpuSeconds: figure(c.cpuMs[adapter].map((m) => m / 1000)),
      reads: c.reads[adapter]!,
      firstRunWaits: {
        writingMs: figure(c.waits[adapter].map((w) => w.writingMs), 0),
        readingMs: figure(c.waits[adapter].map((w) => w.readingMs), 0),
        computingMs: figure(c.waits[adapter].map((w) => w.computingMs), 0),
      },
      scheduledRunSeconds: figure(c.scheduledMs[adapter].map((m) => m / 1000)),
      scheduledReads: c.scheduledReads[adapter]!,
      ratioToSql: ratioFigure(c.ms[adapter], c.sqlMs),
    });
    return {
      centerId: c.centerId,
      factor: c.factor,
      windows: size.windows,
      officers: size.officers,
      months: size.months.filter((m) => readMonths.includes(m)).length,
      load: c.load,
      sqlAgreesWithAggregates: c.mismatches === 0,
      adapters: { dynamodb: adapterRun('dynamodb'), sqlite: adapterRun('sqlite') },
      sqlRecountMs: figure(c.sqlMs, 1),
    };
  };

  const centers: Prepared[] = [];
  try {
    // Both centers are loaded first and their runs interleaved, run by run (base, tenfold;
    // then tenfold, base), so a machine that slows or a database that grows weighs on both.
    for (const factor of size.tenfold ? [1, 10] : [1]) centers.push(await prepare(factor));
    // Untimed runs on each first, as a warm Lambda container has loaded its modules and
    // compiled its hot code, and as DynamoDB is always warm: DynamoDB Local's JVM compiles its
    // own hot paths over the first few runs (after a single untimed one, each timed run was
    // faster than the one before it: 1.30, 1.12, 0.99 s).
    for (let warmUp = 0; warmUp < WARM_UP_RUNS; warmUp++) {
      for (const c of centers) {
        for (const adapter of ADAPTERS) {
          await firstRun(c, adapter);
          c.ms[adapter].pop();
          c.cpuMs[adapter].pop();
          c.waits[adapter].pop();
        }
      }
    }
    for (let run = 0; run < ctx.runs; run++) {
      for (const c of run % 2 ? [...centers].reverse() : centers) await measureRun(c, run);
    }
    ctx.routed.use(ctx.store);
    const [base, tenfold] = centers.map(report) as [ScoreCenterReport, ScoreCenterReport | undefined];
    if (!tenfold) return { period: SCORED_QUARTER, base };
    const ratio = (adapter: Adapter) => ratioFigure(tenfold.adapters[adapter].scoreRunSeconds.runs, base.adapters[adapter].scoreRunSeconds.runs);
    return { period: SCORED_QUARTER, base, tenfold: { ...tenfold, ratioToBase: { dynamodb: ratio('dynamodb'), sqlite: ratio('sqlite') } } };
  } finally {
    for (const c of centers) c.sql.close();
    ctx.routed.use(ctx.store);
    sqlite.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Removes every result and run marker of the periods, so the next run computes and writes them as at first. */
async function forgetScores(store: Store, centerId: string, periods: readonly string[]): Promise<void> {
  for (const period of periods) {
    const stored = await listResults(store, centerId, period, '', []);
    for (let i = 0; i < stored.length; i += 100) {
      await store.write(stored.slice(i, i + 100).map(({ pk, sk }) => ({ op: 'delete' as const, key: { pk: String(pk), sk: String(sk) } })));
    }
  }
}

type Base = Pick<ScoreSources, 'centerId' | 'windowIds' | 'officers' | 'now'>;

async function scoreBase(store: Store, centerId: string, now: Date): Promise<Base> {
  const [windows, officers] = await Promise.all([listWindows(store, centerId), listOfficers(store, centerId)]);
  return { centerId, windowIds: windows.map((w) => w.windowId), officers, now };
}

/** Months whose score inputs from the SQL recount differ from those built from the stored aggregates and flags, as the score run builds them. */
async function compareWithAggregates(store: Store, sql: SqlRecount, base: Base, rulebook: Rulebook): Promise<number> {
  let mismatches = 0;
  for (const month of QUARTER_MONTHS) {
    const aggregates = new Map(await Promise.all(sourceMonths(month).map(async (m) => [m, await listAggregatesForMonth(store, base.centerId, m)] as const)));
    const flags = (await listFlags(store, base.centerId, month)) as unknown as ScoreSources['flags'];
    const stored = scoreInputsHash(monthlyScoreInputs({ ...base, month, aggregates, flags }, rulebook));
    if (stored !== sql.scoreMonth(month, base, rulebook).hash) mismatches++;
  }
  return mismatches;
}

/**
 * The score run logs a JSON line a month through console.log (the HTTP handlers' Powertools
 * logger is set to WARN by the harness); the benchmark's output stays readable without them.
 */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

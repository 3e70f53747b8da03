/** The benchmark report: its shape, the targets of ARCHITECTURE.md checked against it, and its Markdown form. */
import type { ColdReport } from './cold.ts';
import type { IntakeReport } from './intake.ts';
import type { ScoreReport } from './score.ts';
import type { SiteReport } from './site.ts';
import type { SizeName } from './sizes.ts';
import type { Figure } from './stats.ts';

export const SECTIONS = ['intake', 'score', 'site', 'cold'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** A section's figures, or why it has none. */
export type Outcome<T> = { readonly ok: true; readonly seconds: number; readonly result: T } | { readonly ok: false; readonly seconds: number; readonly error: string };

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  /** 1-minute load average at the start and the end: the machine may be shared. */
  readonly loadAverage: { readonly start: number; readonly end: number };
}

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** null: not measured in this run, or not at the size the target names. */
  readonly met: boolean | null;
  readonly note?: string;
}

export interface Report {
  readonly schema: 1;
  readonly size: SizeName;
  readonly seed: number;
  readonly runs: number;
  readonly startedAt: string;
  readonly seconds: number;
  readonly commit: string;
  readonly machine: Machine;
  readonly sections: {
    readonly intake?: Outcome<IntakeReport>;
    readonly score?: Outcome<ScoreReport>;
    readonly site?: Outcome<SiteReport>;
    readonly cold?: Outcome<ColdReport>;
  };
  readonly targets: readonly TargetCheck[];
}

const MIB = 1024 * 1024;
const x = (f: Figure) => `${f.median}× (${f.min}–${f.max})`;
const of = (f: Figure, unit = '') => `${f.median}${unit ? ` ${unit}` : ''} (${f.min}–${f.max})`;
const result = <T>(outcome: Outcome<T> | undefined): T | undefined => (outcome?.ok ? outcome.result : undefined);

export function checkTargets(sections: Report['sections']): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const intake = result(sections.intake);
  if (intake) {
    const single = intake.levels.find((l) => l.clients === 1)!;
    checks.push({
      target: 'Intake median latency ≤ 2× a bare PutItem (1 client)',
      measured: `${x(single.latencyRatio)}: ${single.gateway.medianLatencyMs.median} ms against ${single.bare.medianLatencyMs.median} ms`,
      met: single.latencyRatio.median <= 2,
    });
    const i = intake.integrity;
    checks.push({
      target: 'No record lost or double-counted at 64 concurrent clients',
      measured: `${i.acknowledged} acknowledged, ${i.recordsStored} stored, aggregates ${i.windowAggregateEvaluations}; lost ${i.lost}, doubled ${i.doubled}, failed ${i.failed}, ${i.retries} retries`,
      met: i.ok,
    });
  }
  const score = result(sections.score);
  if (score) {
    const atM = score.base.windows === 60 && score.base.officers === 400;
    checks.push({
      target: 'Quarterly score run, 60 windows / 400 officers ≤ 2 s',
      measured: `${of(score.base.scoreRunSeconds, 's')} for ${score.base.windows} windows / ${score.base.officers} officers`,
      met: atM ? score.base.scoreRunSeconds.median <= 2 : null,
      ...(atM ? {} : { note: 'the target is for size M' }),
    });
    if (score.tenfold) {
      checks.push({
        target: 'Score run with ten times the evaluations ≤ 1.3× the base run',
        measured:
          `${x(score.tenfold.ratioToBase)}: ${score.tenfold.scoreRunSeconds.median} s against ${score.base.scoreRunSeconds.median} s ` +
          `(aggregate-only jobs ${x(score.tenfold.aggregateJobsRatioToBase)})`,
        met: score.tenfold.ratioToBase.median <= 1.3,
      });
    }
  }
  const site = result(sections.site);
  if (site) {
    checks.push({
      target: 'Site build with five years of published results ≤ 30 s',
      measured: `${of(site.buildSeconds, 's')}, ${site.windows} windows, ${site.pages} pages`,
      met: site.buildSeconds.median <= 30,
    });
  }
  const cold = result(sections.cold);
  if (cold) {
    const largest = Math.max(...cold.functions.map((f) => f.bundleBytes));
    const slowest = cold.functions.reduce((a, b) => (b.importMs.median > a.importMs.median ? b : a));
    checks.push({ target: 'Each Lambda bundle ≤ 1 MB minified', measured: `largest ${(largest / MIB).toFixed(2)} MiB`, met: largest <= MIB });
    checks.push({
      target: 'Handler import in a fresh process ≤ 150 ms',
      measured: `slowest ${slowest.name} ${of(slowest.importMs, 'ms')}; AWS SDK alone ${of(cold.sdkImportMs, 'ms')}`,
      met: cold.functions.every((f) => f.importMs.median <= 150),
    });
  }
  return checks;
}

const verdict = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : '**missed**');

export function toMarkdown(report: Report): string {
  const m = report.machine;
  const lines = [
    `# Benchmark, size ${report.size}`,
    '',
    `${report.startedAt}, ${Math.round(report.seconds)} s in all, commit ${report.commit}, seed ${report.seed}, ${report.runs} runs a figure (median, min–max).`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}; load average ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end.`,
    '',
    '## Targets (ARCHITECTURE.md)',
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...report.targets.map((t) => `| ${t.target} | ${t.measured}${t.note ? ` — ${t.note}` : ''} | ${verdict(t.met)} |`),
  ];
  const { intake, score, site, cold } = report.sections;
  for (const [name, outcome] of Object.entries(report.sections)) {
    if (outcome && !outcome.ok) lines.push('', `## ${name}: failed`, '', '```', outcome.error, '```');
  }
  const i = result(intake);
  if (i) {
    lines.push(
      '',
      `## Intake (${i.windows} windows, rating items of ${i.itemBytes} bytes)`,
      '',
      '| clients | path | median ms | p99 ms | per second |',
      '|---|---|---|---|---|',
      ...i.levels.flatMap((l) =>
        (['gateway', 'transaction', 'bare'] as const).map((path) => {
          const p = l[path];
          const name = { gateway: `gateway (${l.requests} posts)`, transaction: 'intake transaction alone', bare: 'bare PutItem' }[path];
          return `| ${l.clients} | ${name} | ${of(p.medianLatencyMs)} | ${of(p.p99LatencyMs)} | ${of(p.throughputPerSecond)} |`;
        }),
      ),
      '',
      `Gateway over bare PutItem, median latency run by run: ${i.levels.map((l) => `${l.clients} client${l.clients > 1 ? 's' : ''} ${x(l.latencyRatio)}`).join('; ')}.`,
      '',
      `Afterwards: ${i.integrity.acknowledged} ratings acknowledged (${i.integrity.duplicateSends} of them sent twice on purpose, ` +
        `${i.integrity.duplicateMismatches} answered differently; ${i.integrity.retries} resent after an error; ${i.integrity.failed} never accepted); ` +
        `${i.integrity.recordsStored} records stored, window aggregates count ${i.integrity.windowAggregateEvaluations}, officer aggregates ` +
        `${i.integrity.officerAggregateEvaluations}: lost ${i.integrity.lost}, doubled ${i.integrity.doubled}.`,
    );
  }
  const s = result(score);
  if (s) {
    const row = (c: NonNullable<typeof s.tenfold> | typeof s.base, label: string) =>
      `| ${label} | ${c.load.ratings} (${c.load.ratingsInRawMonths} in the quarter) | ${c.load.rawItems} in ${c.load.seconds} s | ${of(c.scoreRunSeconds, 's')} | ${of(c.aggregateJobsSeconds, 's')} | ${of(c.sqlRecountMs, 'ms')} | ${x(c.ratioToSql)} | ${c.sqlAgreesWithAggregates ? 'yes' : '**no**'} |`;
    lines.push(
      '',
      `## Score run of ${s.period} (${s.base.windows} windows, ${s.base.officers} officers, ${s.base.months} months)`,
      '',
      '| center | ratings | raw items loaded | score run | its aggregate-only jobs | SQL recount | score run / SQL | SQL agrees with aggregates |',
      '|---|---|---|---|---|---|---|---|',
      row(s.base, 'base'),
      ...(s.tenfold
        ? [
            row(s.tenfold, 'ten times the ratings'),
            '',
            `Tenfold over base, run by run: the score run ${x(s.tenfold.ratioToBase)}, its aggregate-only jobs ${x(s.tenfold.aggregateJobsRatioToBase)}. ` +
              'The rest of the run is the consecutive-rating check, which reads every raw rating of each month.',
          ]
        : []),
    );
  }
  const t = result(site);
  if (t) {
    lines.push(
      '',
      `## Site build (${t.documents} documents: ${t.months} months of ${t.windows} windows)`,
      '',
      `Build process ${of(t.buildSeconds, 's')}, of which Astro's build ${of(t.astroSeconds, 's')}; ${t.pages} pages.`,
    );
  }
  const c = result(cold);
  if (c) {
    lines.push(
      '',
      `## Lambda cold start (import in a fresh process, ${c.importsPerFunction} times each)`,
      '',
      '| function | bundle KiB | import ms |',
      '|---|---|---|',
      ...c.functions.map((f) => `| ${f.name} | ${(f.bundleBytes / 1024).toFixed(0)} | ${of(f.importMs)} |`),
      `| AWS SDK alone (@aws-sdk/client-dynamodb + lib-dynamodb) | — | ${of(c.sdkImportMs)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The ratios and verdicts, a line each, for the terminal. */
export function summary(report: Report): string {
  const lines = [`bench ${report.size}: ${Math.round(report.seconds)} s`];
  const i = result(report.sections.intake);
  if (i) {
    for (const l of i.levels) {
      lines.push(
        `  intake ${l.clients} clients: gateway/PutItem ${x(l.latencyRatio)}; median ${l.gateway.medianLatencyMs.median} ms, transaction alone ${l.transaction.medianLatencyMs.median} ms, ` +
          `PutItem ${l.bare.medianLatencyMs.median} ms; ${l.gateway.throughputPerSecond.median}/s against ${l.bare.throughputPerSecond.median}/s`,
      );
    }
  }
  const s = result(report.sections.score);
  if (s) {
    lines.push(`  score run / SQL recount: ${x(s.base.ratioToSql)} (${s.base.scoreRunSeconds.median} s)`);
    if (s.tenfold) {
      lines.push(`  score run tenfold / base: ${x(s.tenfold.ratioToBase)} (aggregate-only jobs ${x(s.tenfold.aggregateJobsRatioToBase)}); tenfold / its SQL recount: ${x(s.tenfold.ratioToSql)}`);
    }
  }
  for (const t of report.targets) lines.push(`  [${verdict(t.met).replaceAll('*', '')}] ${t.target}: ${t.measured}`);
  for (const [name, outcome] of Object.entries(report.sections)) if (outcome && !outcome.ok) lines.push(`  [failed] ${name}: ${outcome.error.split('\n')[0]}`);
  return lines.join('\n');
}

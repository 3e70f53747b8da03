/** The benchmark report: its shape, the targets of ARCHITECTURE.md checked against it, and its Markdown form. */
import type { ColdReport } from './cold.ts';
import type { IntakeReport } from './intake.ts';
import { ADAPTER_PATHS, type AdapterPath } from './intake-adapters.ts';
import type { ItemsReport } from './items.ts';
import type { Waits } from './routed-store.ts';
import { ADAPTERS, type AdapterRun, type ScoreReport, WARM_UP_RUNS } from './score.ts';
import type { SiteReport } from './site.ts';
import type { SizeName } from './sizes.ts';
import type { Figure } from './stats.ts';

export const SECTIONS = ['intake', 'score', 'items', 'site', 'cold'] as const;
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
    readonly items?: Outcome<ItemsReport>;
    readonly site?: Outcome<SiteReport>;
    readonly cold?: Outcome<ColdReport>;
  };
  readonly targets: readonly TargetCheck[];
}

const MIB = 1024 * 1024;
const x = (f: Figure) => `${f.median}× (${f.min}–${f.max})`;
const of = (f: Figure, unit = '') => `${f.median}${unit ? ` ${unit}` : ''} (${f.min}–${f.max})`;
const result = <T>(outcome: Outcome<T> | undefined): T | undefined => (outcome?.ok ? outcome.result : undefined);

const KB8 = 8 * 1024;

const adapterNames: Readonly<Record<AdapterPath, string>> = {
  dynamodb: 'handler, invoked in process, on DynamoDB Local',
  sqlite: 'handler, invoked in process, on SQLite (WAL, synchronous FULL)',
  sqliteBareInsert: 'bare SQLite INSERT of the same row, own transaction (floor)',
};

/** The targets of issue #11 (storage), #13 (cold start) and ARCHITECTURE.md, each judged where the run measured it. */
export function checkTargets(sections: Report['sections']): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const intake = result(sections.intake);
  if (intake) {
    checks.push({
      target: 'Intake median through the handler (invoked as Lambda invokes it) ≤ 1.1× a bare TransactWriteItems of the same items (every client count)',
      measured:
        intake.levels
          .map((l) => `${l.clients} client${l.clients > 1 ? 's' : ''} ${x(l.handlerToBareTransact)}: ${l.paths.handler.medianLatencyMs.median} ms against ${l.paths.bareTransact.medianLatencyMs.median} ms`)
          .join('; ') + `; through the local gateway's HTTP hop and JWT check too: ${intake.levels.map((l) => `${l.clients} ${x(l.ratioToBareTransact)}`).join(', ')}`,
      met: intake.levels.every((l) => l.handlerToBareTransact.median <= 1.1),
    });
    const single = intake.levels.find((l) => l.clients === 1)!;
    checks.push({
      target: "A rating's transaction has at most 2 items",
      measured:
        `${intake.transactionItems.max} items (fewest ${intake.transactionItems.min}), after ${intake.readsPerRating} read${intake.readsPerRating === 1 ? '' : 's'}; ` +
        `the handler at 1 client is ${x(single.ratioToBarePut)} a bare PutItem (≈ 2.3–2.6× expected)`,
      met: intake.transactionItems.max <= 2,
    });
    const i = intake.integrity;
    checks.push({
      target: '64 clients with duplicates and a database restart: every acknowledged record stored and counted once, by id',
      measured:
        `${i.acknowledged} acknowledged (${i.concurrentDuplicates} sent twice at once, ${i.duplicateMismatches} answered differently), ${i.recordsStored} stored, ` +
        `window aggregates ${i.windowAggregateEvaluations}, officer aggregates ${i.officerAggregateEvaluations}; lost ${i.lost}` +
        (i.lostAcknowledgedMsFromKill ? ` (acknowledged at ${i.lostAcknowledgedMsFromKill.map((ms) => `${ms > 0 ? '+' : ''}${ms} ms`).join(', ')} from the kill)` : '') +
        `, doubled ${i.doubled}, failed ${i.failed}; ` +
        (i.restarted ? `DynamoDB Local killed and restarted (${i.downSeconds} s down, ${i.answered503} answers 503, ${i.retries} resends)` : 'no restart (the run used a shared database)'),
      met: i.ok,
      ...(i.restarted ? {} : { note: 'without the restart' }),
    });
  }
  const score = result(sections.score);
  if (score) {
    const atM = score.base.windows === 60 && score.base.officers === 400;
    const run = (c: ScoreReport['base']) => `DynamoDB Local ${of(c.adapters.dynamodb.scoreRunSeconds, 's')}, SQLite ${of(c.adapters.sqlite.scoreRunSeconds, 's')}`;
    const scheduled = (c: ScoreReport['base']) =>
      `DynamoDB Local ${of(c.adapters.dynamodb.scheduledRunSeconds, 's')}, SQLite ${of(c.adapters.sqlite.scheduledRunSeconds, 's')}`;
    checks.push({
      target: 'Quarterly score run, 60 windows / 400 officers ≤ 1 s (on an idle machine)',
      measured:
        `first run (every month computed, ${score.base.adapters.dynamodb.reads.itemsWritten} items written): ${run(score.base)} for ${score.base.windows} windows / ${score.base.officers} officers; ` +
        `the scheduled run (months already scored, the quarter's means written: ${score.base.adapters.dynamodb.scheduledReads.itemsWritten} items): ${scheduled(score.base)}`,
      met: atM ? score.base.adapters.dynamodb.scoreRunSeconds.median <= 1 : null,
      ...(atM ? {} : { note: 'the target is for size M' }),
    });
    if (score.tenfold) {
      const t = score.tenfold;
      checks.push({
        target: 'Score run with every record type tenfold ≤ 1.1× the base run',
        measured: `DynamoDB Local ${x(t.ratioToBase.dynamodb)} (${t.adapters.dynamodb.scoreRunSeconds.median} s against ${score.base.adapters.dynamodb.scoreRunSeconds.median} s); SQLite ${x(t.ratioToBase.sqlite)}`,
        met: t.ratioToBase.dynamodb.median <= 1.1,
        note: tenfoldCause(score.base, t),
      });
      const reads = (c: ScoreReport['base']) => c.adapters.dynamodb.reads;
      const raw = (c: ScoreReport['base']) => Object.entries(reads(c).byKind).filter(([k]) => /#R \(record\)|#CASE/.test(k)).reduce((n, [, v]) => n + v, 0);
      // Aggregates: the same subjects whatever the records. Roster and settings reads are not
      // compared: the handler keeps them a minute, so their count follows the run's duration.
      const notFacts = (c: ScoreReport['base']) => Object.entries(reads(c).byKind).filter(([k]) => k.startsWith('C#AGG')).reduce((n, [, v]) => n + v, 0);
      checks.push({
        target: 'Items read per score run independent of the number of ratings',
        measured:
          `base ${reads(score.base).items} items (${mb(reads(score.base).bytes)}), tenfold ${reads(t).items} items (${mb(reads(t).bytes)}); ` +
          `aggregates ${notFacts(score.base)} and ${notFacts(t)}; records or case numbers read: ${raw(score.base) + raw(t)}`,
        met: notFacts(score.base) === notFacts(t) && raw(score.base) + raw(t) === 0,
        note: 'facts (findings, complaints, commendations … the records that carry points or that a rule reads) are read one item each and grow with them; aggregates do not; roster reads follow a one-minute cache',
      });
    }
  }
  const items = result(sections.items);
  if (items) {
    const largest = items.kinds.reduce((a, b) => (b.largestBytes > a.largestBytes ? b : a));
    checks.push({
      target: 'Largest item after the run ≤ 8 KB',
      measured: `${largest.largestBytes} bytes (${largest.kind})`,
      met: largest.largestBytes <= KB8,
    });
    const w = items.writeUnitsPerRating;
    if (w.recordBytes > 0) checks.push({
      target: 'Write units per rating ≤ 4 (from item sizes, as DynamoDB bills a transaction)',
      measured: `${w.units}: record ${w.recordBytes} bytes (${transactionalUnits(w.recordBytes)}) + window-month aggregate ${w.windowAggregateBytes} bytes (${transactionalUnits(w.windowAggregateBytes)})`,
      met: w.units <= 4,
    });
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
      target: 'Handler import in a fresh process ≤ 100 ms (on an idle machine)',
      measured: `slowest ${slowest.name} ${of(slowest.importMs, 'ms')}; the AWS SDK from node_modules alone, as the runtime ships it, ${of(cold.sdkImportMs, 'ms')}`,
      met: cold.functions.every((f) => f.importMs.median <= 100),
    });
  }
  return checks;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const transactionalUnits = (bytes: number) => `${2 * Math.ceil(bytes / 1024)} units`;

/**
 * Where the tenfold first run's extra time goes, on DynamoDB Local: the medians of its time
 * with a write in flight, with reads only, and with no call (computing), each against the
 * base run's, beside what grew with the records — the facts read and the results written —
 * and the process's CPU time, which the split cannot place (it computes while calls wait).
 */
function tenfoldCause(base: ScoreReport['base'], tenfold: ScoreReport['base']): string {
  const b = base.adapters.dynamodb;
  const t = tenfold.adapters.dynamodb;
  const extra = (key: keyof Waits) => {
    const [from, to] = [b.firstRunWaits[key].median, t.firstRunWaits[key].median];
    return `${to >= from ? '+' : '−'}${Math.abs(Math.round(to - from))} ms (${from} → ${to})`;
  };
  const facts = (run: AdapterRun) => run.reads.byKind['C#F'] ?? 0;
  const total = Math.round((t.scoreRunSeconds.median - b.scoreRunSeconds.median) * 1000);
  const grown = Math.round((t.reads.bytesWritten / b.reads.bytesWritten - 1) * 100);
  const cpu = Math.round((t.scoreRunCpuSeconds.median - b.scoreRunCpuSeconds.median) * 1000);
  return (
    `measured cause, DynamoDB Local, medians of the first runs: the tenfold run takes ${total} ms more. ` +
    `With a write in flight ${extra('writingMs')}: the same ${t.reads.itemsWritten} results, ${mb(b.reads.bytesWritten)} → ${mb(t.reads.bytesWritten)} (+${grown}%), since every record that carries points is a line of its subject's ledger. ` +
    `With only reads in flight ${extra('readingMs')}: ${facts(b)} → ${facts(t)} fact items (findings, commendations, complaint steps … one item each), aggregates unchanged. ` +
    `With no call in flight, computing ${extra('computingMs')}: the rules and ledgers over ten times the facts. ` +
    `The benchmark's process used ${cpu} ms more CPU (${b.scoreRunCpuSeconds.median} → ${t.scoreRunCpuSeconds.median} s: decoding the facts, the rules, encoding the larger results), ` +
    'most of it while calls were in flight, so the split counts it as waiting'
  );
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
    '## Targets (issues #11 and #13, ARCHITECTURE.md)',
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...report.targets.map((t) => `| ${t.target} | ${t.measured}${t.note ? ` — ${t.note}` : ''} | ${verdict(t.met)} |`),
  ];
  const { intake, score, items, site, cold } = report.sections;
  for (const [name, outcome] of Object.entries(report.sections)) {
    if (outcome && !outcome.ok) lines.push('', `## ${name}: failed`, '', '```', outcome.error, '```');
  }
  lines.push('', 'The handlers log at WARN during the run (POWERTOOLS_LOG_LEVEL=WARN), at ERROR during the intake\'s integrity run (each 503 of the outage would be a warning); the score run\'s monthly JSON lines are not printed.');
  const i = result(intake);
  if (i) {
    const names = { gateway: 'gateway (HTTP, JWT check) + handler', handler: 'handler, invoked in process', transaction: 'intake write alone (appendRecord)', bareTransact: 'bare TransactWriteItems, same items', barePut: 'bare PutItem, record size' } as const;
    lines.push(
      '',
      `## Intake (${i.windows} windows, rating records of ${i.itemBytes} bytes, ${i.transactionItems.max} items a transaction)`,
      '',
      'The five paths are measured interleaved, request by request: each client sends one request of each in turn, in an order shuffled afresh each time (seeded), with the event loop let run between two requests, so no path always follows the same one (the local gateway\'s HTTP exchange leaves socket and stream callbacks after its answer). The bare TransactWriteItems sends the items and conditions the rating\'s transaction sent, as the DynamoDB adapter writes them, under another center: the record put if absent, the window-month aggregate\'s SET and ADD on the device-state condition (its bound set so that it holds for a copy sent twice).',
      '',
      '| clients | path | median ms | p99 ms |',
      '|---|---|---|---|',
      ...i.levels.flatMap((l) =>
        (['gateway', 'handler', 'transaction', 'bareTransact', 'barePut'] as const).map((path) => {
          const p = l.paths[path];
          return `| ${l.clients} | ${names[path]}${path === 'gateway' ? ` (${l.requests} posts)` : ''} | ${of(p.medianLatencyMs)} | ${of(p.p99LatencyMs)} |`;
        }),
      ),
      '',
      `Handler over bare TransactWriteItems, median latency run by run: ${i.levels.map((l) => `${l.clients} client${l.clients > 1 ? 's' : ''} ${x(l.handlerToBareTransact)}`).join('; ')}. ` +
        `Gateway over bare TransactWriteItems: ${i.levels.map((l) => `${l.clients} client${l.clients > 1 ? 's' : ''} ${x(l.ratioToBareTransact)}`).join('; ')}. ` +
        `Over bare PutItem: ${i.levels.map((l) => `${l.clients} ${x(l.ratioToBarePut)}`).join('; ')}. ` +
        `A rating reads ${i.readsPerRating} time${i.readsPerRating === 1 ? '' : 's'} on average before its transaction (a device's first rating of the month reads its window-month aggregate; the others are written on the condition that their device rated at least the interval before).`,
      '',
      `### Both adapters of the store port (1 client, ${i.adapters.requests} requests a path a run, interleaved request by request)`,
      '',
      '| path | median ms | p99 ms |',
      '|---|---|---|',
      ...ADAPTER_PATHS.map((path) => `| ${adapterNames[path]} | ${of(i.adapters.paths[path].medianLatencyMs)} | ${of(i.adapters.paths[path].p99LatencyMs)} |`),
      '',
      `The handler on SQLite over SQLite's bare INSERT of the same row, run by run: ${x(i.adapters.sqliteToBareInsert)}; over the handler on DynamoDB Local: ${x(i.adapters.sqliteToDynamodb)}. ` +
        'The bare INSERT writes the record row the handler stored (under a new id) in a transaction of its own, into a file the adapter made (WAL, synchronous FULL); the handler also checks, hashes and answers, and updates the window-month aggregate in the same transaction.',
      '',
      `Integrity run (${i.integrity.clients} clients): ${i.integrity.acknowledged} ratings acknowledged in all (${i.integrity.concurrentDuplicates} sent twice at once with one key, ` +
        `${i.integrity.duplicateMismatches} answered differently; ${i.integrity.retries} resent after an error, ${i.integrity.answered503} answers 503; ${i.integrity.failed} never accepted); ` +
        (i.integrity.restarted ? `DynamoDB Local killed (SIGKILL) a third of the way through and back after ${i.integrity.downSeconds} s; ` : 'no restart (shared database); ') +
        `${i.integrity.recordsStored} records stored, window aggregates count ${i.integrity.windowAggregateEvaluations}, officer aggregates ` +
        `${i.integrity.officerAggregateEvaluations}: lost ${i.integrity.lost}, doubled ${i.integrity.doubled}, by record id.`,
    );
  }
  const s = result(score);
  if (s) {
    const types = (c: typeof s.base) => Object.entries(c.load.records).map(([type, n]) => `${type} ${n}`).join(', ');
    const row = (c: typeof s.base, label: string) =>
      `| ${label} | ${c.load.ratings} | ${c.load.storedItems} in ${c.load.seconds} s | ${of(c.adapters.dynamodb.scoreRunSeconds, 's')} | ${of(c.adapters.sqlite.scoreRunSeconds, 's')} | ` +
      `${c.adapters.dynamodb.reads.items} (${mb(c.adapters.dynamodb.reads.bytes)}), ${c.adapters.dynamodb.reads.itemsWritten} | ` +
      `${of(c.adapters.dynamodb.scheduledRunSeconds, 's')} | ${of(c.adapters.sqlite.scheduledRunSeconds, 's')} | ` +
      `${c.adapters.dynamodb.scheduledReads.items} (${mb(c.adapters.dynamodb.scheduledReads.bytes)}), ${c.adapters.dynamodb.scheduledReads.itemsWritten} | ` +
      `${of(c.sqlRecountMs, 'ms')} | ${x(c.adapters.dynamodb.ratioToSql)} | ${c.sqlAgreesWithAggregates ? 'yes' : '**no**'} |`;
    const cpu = (c: typeof s.base) =>
      `DynamoDB Local ${of(c.adapters.dynamodb.scoreRunCpuSeconds, 's')} of ${c.adapters.dynamodb.scoreRunSeconds.median} s, SQLite ${of(c.adapters.sqlite.scoreRunCpuSeconds, 's')} of ${c.adapters.sqlite.scoreRunSeconds.median} s`;
    const waits = (c: typeof s.base) =>
      ADAPTERS.map((a) => {
        const w = c.adapters[a].firstRunWaits;
        return `${a === 'dynamodb' ? 'DynamoDB Local' : 'SQLite'} ${w.writingMs.median} / ${w.readingMs.median} / ${w.computingMs.median} ms`;
      }).join(', ') + ` (${mb(c.adapters.dynamodb.reads.bytesWritten)} written)`;
    const kinds = (c: typeof s.base) =>
      Object.entries(c.adapters.dynamodb.reads.byKind)
        .filter(([k]) => !k.startsWith('query'))
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
    lines.push(
      '',
      `## Score run of ${s.period} (${s.base.windows} windows, ${s.base.officers} officers, ${s.base.months} months loaded: those the run reads), DynamoDB Local and SQLite`,
      '',
      `Both adapters run the same handler (run-scores) on the same loaded center, run by run in alternating order; the base and tenfold centers are loaded first and their runs interleaved too (base then tenfold, then the other way round). All after ${WARM_UP_RUNS} untimed first runs on each (a warm Lambda container has compiled its hot code, and DynamoDB is always warm, where DynamoDB Local's JVM compiles its own over the first runs). ` +
        'The loader writes aggregates, facts and flags to both stores; raw records (one partition each) go only into the SQL recount, since no score run reads them (see the reads by kind). ' +
        'The first run finds no score of the quarter or its months stored: it computes every month and writes every result. ' +
        'The scheduled run is the one the quarterly schedule makes after the monthly runs: it reads the months, finds them unchanged, and computes and writes the quarter\'s means.',
      '',
      '| center | ratings | items a store | first run, DynamoDB Local | first run, SQLite | items read (MB), written | scheduled run, DynamoDB Local | scheduled run, SQLite | items read (MB), written | SQL recount | first DynamoDB run / SQL | SQL agrees with the score run |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      row(s.base, 'base'),
      ...(s.tenfold ? [row(s.tenfold, 'every record type tenfold')] : []),
      '',
      `Records, base: ${types(s.base)}.`,
      ...(s.tenfold ? [`Records, tenfold: ${types(s.tenfold)}.`] : []),
      '',
      `Items read by kind, base: ${kinds(s.base)}.`,
      '',
      `CPU time of the benchmark's process during a first run (the run's computing, the client's side of each call — marshalling, HTTP — and garbage collection, all its threads), base: ${cpu(s.base)}` +
        (s.tenfold ? `; tenfold: ${cpu(s.tenfold)}` : '') +
        '. Counting every thread, it can exceed the run\'s time; where it stays well under it, the run was waiting on the database.',
      '',
      `A first run's time by what was in flight (medians: a write, reads too or not / reads only / no call, the handler computing), base: ${waits(s.base)}` +
        (s.tenfold ? `; tenfold: ${waits(s.tenfold)}` : '') +
        '.',
      ...(s.tenfold
        ? [
            `Items read by kind, tenfold: ${kinds(s.tenfold)}.`,
            '',
            `Tenfold over base, run by run (each pair made side by side): DynamoDB Local ${x(s.tenfold.ratioToBase.dynamodb)}, SQLite ${x(s.tenfold.ratioToBase.sqlite)}.`,
          ]
        : []),
      '',
      'The SQL recount keeps the raw records in SQLite tables and, at score time, computes with GROUP BY everything the score run\'s rules take ' +
        '(ratings by window, officer and level; volumes; sign-ins, absences, leave and the day map; cases by type; completions judged against their deadlines, ' +
        'overdue working days through a table of working-day ordinals; the rating spacing check with LAG over each device\'s ratings; the facts), ' +
        'then calls the same rule functions (monthlyScoreInputs, windowMonthlyScore, officerMonthlyScore). "SQL agrees" means its score inputs hash equal to those the score run builds from the aggregates, every month.',
    );
  }
  const it = result(items);
  if (it) {
    lines.push(
      '',
      `## Items after the run (${it.scanned} scanned; raw score-center records are not in the table)`,
      '',
      '| kind | items | largest bytes | largest key |',
      '|---|---|---|---|',
      ...it.kinds.map((k) => `| ${k.kind} | ${k.count} | ${k.largestBytes} | \`${k.largestKey}\` |`),
      '',
      `Write units of a rating: record ${it.writeUnitsPerRating.recordBytes} bytes and window-month aggregate ${it.writeUnitsPerRating.windowAggregateBytes} bytes, ` +
        `2 units per started KB each in a transaction: ${it.writeUnitsPerRating.units}.`,
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
      `| AWS SDK alone from node_modules, as the runtime ships it (@aws-sdk/client-dynamodb + lib-dynamodb, through require; not what the bundles load) | — | ${of(c.sdkImportMs)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The ratios and verdicts, a line each, for the terminal. */
export function summary(report: Report): string {
  const lines = [`bench ${report.size}: ${Math.round(report.seconds)} s, commit ${report.commit}, load ${report.machine.loadAverage.start}–${report.machine.loadAverage.end}`];
  for (const t of report.targets) lines.push(`  [${verdict(t.met).replaceAll('*', '')}] ${t.target}: ${t.measured}`);
  for (const [name, outcome] of Object.entries(report.sections)) if (outcome && !outcome.ok) lines.push(`  [failed] ${name}: ${outcome.error.split('\n')[0]}`);
  return lines.join('\n');
}

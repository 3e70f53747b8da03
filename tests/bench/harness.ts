/**
 * The benchmark harness: the sections chosen, in one run on one DynamoDB Local, into one
 * report. A section that fails is reported as failed and the others still run.
 *
 * DynamoDB Local runs in memory; the intake's integrity run starts one of its own that
 * keeps its data on disk, to kill it and start it again. The handlers' logging is
 * quieted to warnings (POWERTOOLS_LOG_LEVEL=WARN), as a production stage would run: an
 * INFO line per request would be part of what intake measures.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { type Store, createStore } from '#store/client';
import { ensureTable } from '#store/create-table';
import { type LocalDynamo, startDynamoLocal } from '../../infra/local/dynamodb-local.ts';
import { REPO_ROOT } from './child.ts';
import { coldSection } from './cold.ts';
import { intakeSection } from './intake.ts';
import { itemsSection } from './items.ts';
import { routeHandlersStore } from './routed-store.ts';
import { type Machine, type Outcome, type Report, SECTIONS, type SectionName, checkTargets, toMarkdown } from './report.ts';
import { scoreSection } from './score.ts';
import { siteSection } from './site.ts';
import { SIZES, type SizeName } from './sizes.ts';

export interface BenchOptions {
  readonly size: SizeName;
  readonly only?: readonly SectionName[];
  /** Repetitions of each figure; the size's own number by default. */
  readonly runs?: number;
  readonly seed?: number;
  /** A DynamoDB that is already running (the test suite's); otherwise DynamoDB Local starts in memory. */
  readonly endpoint?: string;
  readonly log?: (line: string) => void;
  /** Run on a tree with uncommitted changes (the report then says so); refused otherwise. */
  readonly allowDirty?: boolean;
}

export const DEFAULT_SEED = 20250701;

export async function runBench(options: BenchOptions): Promise<Report> {
  const revision = commit();
  if (revision.dirty && !options.allowDirty) {
    throw new Error(`the tree has uncommitted changes: commit them (a report must come from committed code) or pass --allow-dirty, and the report will say so\n${revision.changes}`);
  }
  process.env.POWERTOOLS_LOG_LEVEL = 'WARN';
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadStart = os.loadavg()[0]!;
  const size = SIZES[options.size];
  const runs = options.runs ?? size.runs;
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => undefined);
  const chosen = new Set<SectionName>(options.only ?? SECTIONS);
  // The largest items and write units are read from what intake and the score run left.
  if (chosen.has('intake') || chosen.has('score')) chosen.add('items');
  const sections: Record<string, Outcome<unknown>> = {};
  const section = async <T>(name: SectionName, work: () => Promise<T>): Promise<void> => {
    if (!chosen.has(name)) return;
    const began = performance.now();
    const seconds = () => Number(((performance.now() - began) / 1000).toFixed(1));
    try {
      const result = await work();
      sections[name] = { ok: true, seconds: seconds(), result };
    } catch (error) {
      sections[name] = { ok: false, seconds: seconds(), error: String((error as Error)?.stack ?? error) };
      log(`${name} failed: ${String(error)}`);
    }
  };

  if (chosen.has('intake') || chosen.has('score')) {
    // In memory, as the earlier reports measured it; the intake's integrity run starts a DynamoDB Local of its own on disk to kill.
    let dynamo: LocalDynamo | undefined;
    try {
      dynamo = options.endpoint ? undefined : await startDynamoLocal();
      const endpoint = options.endpoint ?? dynamo!.endpoint;
      const { store, tableName } = await benchStore(endpoint);
      const routed = routeHandlersStore(store);
      await section('intake', () => intakeSection({ store, routed, endpoint, tableName, size, seed, runs, log }));
      await section('score', () => scoreSection({ store, routed, size, seed, runs, log }));
      await section('items', () => itemsSection({ endpoint, tableName, ratingCenter: 'gateway' }));
    } finally {
      await dynamo?.stop();
    }
  }
  await section('site', () => siteSection({ size, seed, runs, log }));
  await section('cold', () => coldSection({ runs, log }));

  const machine: Machine = {
    cpus: os.availableParallelism(),
    cpuModel: cpuModel(),
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    loadAverage: { start: Number(loadStart.toFixed(2)), end: Number(os.loadavg()[0]!.toFixed(2)) },
  };
  const typed = sections as Report['sections'];
  return {
    schema: 1,
    size: size.name,
    seed,
    runs,
    startedAt,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    commit: revision.label,
    machine,
    sections: typed,
    targets: checkTargets(typed),
  };
}

/** A table of its own; handlers find it through the environment, as in Lambda. */
async function benchStore(endpoint: string): Promise<{ store: Store; tableName: string }> {
  const tableName = `bench-${randomUUID().slice(0, 8)}`;
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = tableName;
  const store = createStore({ endpoint, tableName });
  await ensureTable(store);
  return { store, tableName };
}

/** Writes `<size>.json` and `<size>.md` into `dir`, each through a temporary file. */
export function writeReport(report: Report, dir: string): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const write = (file: string, text: string): string => {
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    return file;
  };
  return {
    json: write(join(dir, `${report.size}.json`), `${JSON.stringify(report, null, 2)}\n`),
    markdown: write(join(dir, `${report.size}.md`), toMarkdown(report)),
  };
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1]!.trim();
  } catch {
    // Not Linux: Node's own idea of the CPU below.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

/** The commit measured, and whether the tree differs from it (bench/results/ itself excepted: the report is written there). */
function commit(): { label: string; dirty: boolean; changes: string } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  try {
    const changes = git('status', '--porcelain', '--', '.', ':(exclude)bench/results');
    return { label: `${git('rev-parse', '--short', 'HEAD')}${changes ? ' (with uncommitted changes)' : ''}`, dirty: changes !== '', changes };
  } catch {
    return { label: 'unknown (not a git checkout)', dirty: true, changes: '' };
  }
}

/**
 * `npm run bench -- [--size XS|S|M|L] [--only intake,score,site,cold] [--runs N] [--seed N] [--allow-dirty]`:
 * runs the benchmark, writes bench/results/<size>.json and .md, prints the ratios. A tree
 * with uncommitted changes is refused unless `--allow-dirty` (the report then says so).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './child.ts';
import { runBench, writeReport } from './harness.ts';
import { SECTIONS, type SectionName, summary } from './report.ts';
import { DEFAULT_SIZE, SIZE_NAMES, type SizeName } from './sizes.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: DEFAULT_SIZE },
    only: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    'allow-dirty': { type: 'boolean', default: false },
  },
});
const size = values.size.toUpperCase() as SizeName;
const only = values.only?.split(',').map((s) => s.trim()) as SectionName[] | undefined;
if (!SIZE_NAMES.includes(size)) throw new Error(`--size must be one of ${SIZE_NAMES.join(', ')}`);
if (only?.some((s) => !SECTIONS.includes(s))) throw new Error(`--only takes ${SECTIONS.join(', ')} (comma-separated)`);

const started = Date.now();
const log = (line: string) => console.error(`[${Math.round((Date.now() - started) / 1000)} s] ${line}`);
const report = await runBench({
  size,
  ...(only ? { only } : {}),
  ...(values.runs ? { runs: Number(values.runs) } : {}),
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  allowDirty: values['allow-dirty'],
  log,
});
const files = writeReport(report, join(REPO_ROOT, 'bench', 'results'));
console.log(summary(report));
console.log(`report: ${files.markdown}, ${files.json}`);
process.exitCode = Object.values(report.sections).some((s) => s && !s.ok) ? 1 : 0;

/**
 * Site build: five years of published results (a center profile and sixty monthly
 * evaluations, made through the published schemas) built by Astro in a fresh process each
 * time, as CodeBuild builds after a publish.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PublishedDocument, documentFileName, publishedDocument } from '#core/published';
import { SEED_003_ELECTRONIC_EVALUATION, requiredEvaluations } from '#core/rules/electronic-evaluation';
import { forkRandom } from '../../shared/demo/random.ts';
import { lastJsonLine, runTypeScript } from './child.ts';
import type { Size } from './sizes.ts';
import { type Figure, figure } from './stats.ts';
import { syntheticCenter } from './synthetic-center.ts';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const RULEBOOK = { id: 'seed-003', version: '1', hash: 'sha256-bench' };

export interface SiteReport {
  readonly windows: number;
  readonly documents: number;
  readonly months: number;
  readonly pages: number;
  /** Wall-clock time of the build process, start to exit. */
  readonly buildSeconds: Figure;
  /** The time Astro's build itself reports (site/build.ts). */
  readonly astroSeconds: Figure;
}

export async function siteSection(ctx: { size: Size; seed: number; runs: number; log: (line: string) => void }): Promise<SiteReport> {
  const documents = fiveYears(ctx.size.siteWindows, ctx.seed);
  const publishedDir = mkdtempSync(join(tmpdir(), 'bench-published-'));
  const wall: number[] = [];
  const astro: number[] = [];
  let pages = 0;
  try {
    for (const doc of documents) writeFileSync(join(publishedDir, documentFileName(doc)), `${JSON.stringify(doc)}\n`);
    for (let run = 1; run <= ctx.runs; run++) {
      const outDir = mkdtempSync(join(tmpdir(), 'bench-site-'));
      try {
        const child = await runTypeScript('./site-build-child.ts', [publishedDir, outDir]);
        wall.push(child.ms / 1000);
        astro.push(lastJsonLine<{ ms: number }>(child.stdout).ms / 1000);
        pages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
        ctx.log(`site: build ${run}: ${wall.at(-1)!.toFixed(1)} s, ${pages} pages`);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(publishedDir, { recursive: true, force: true });
  }
  return {
    windows: ctx.size.siteWindows,
    documents: documents.length,
    months: documents.length - 1,
    pages,
    buildSeconds: figure(wall),
    astroSeconds: figure(astro),
  };
}

/** The center profile and a monthly evaluation for every month of five years, each checked by its schema. */
function fiveYears(windowCount: number, seed: number): PublishedDocument[] {
  const { center, windows } = syntheticCenter({ centerId: 'site', windows: windowCount, officers: windowCount, months: [], ratingsPerWindowMonth: 0, factor: 1, seed });
  const random = forkRandom(seed, 'site');
  const two = (n: number) => n.toFixed(2);
  const months = YEARS.flatMap((year) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`));
  return [
    { kind: 'center', ...center, windows: windows.map(({ windowId, name, department, departmentEn }) => ({ windowId, name, department, departmentEn })) },
    ...months.map((period): PublishedDocument => ({
      kind: 'monthly-evaluation',
      centerId: center.centerId,
      period,
      publishedAt: `${period}-28T18:00:00+08:00`,
      rulebook: RULEBOOK,
      windows: windows.map(({ windowId }) => {
        const volume = random.int(20, 2400);
        const required = requiredEvaluations(volume, SEED_003_ELECTRONIC_EVALUATION);
        const evaluations = Math.round(volume * (0.5 + 0.4 * random.next()));
        return {
          windowId,
          component: two(3 + 2 * random.next()),
          satisfactionRate: two(90 + 10 * random.next()),
          evaluations,
          required,
          volume,
          score: two(85 + 15 * random.next()),
        };
      }),
    })),
  ].map((doc) => publishedDocument.parse(doc));
}

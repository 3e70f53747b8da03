/**
 * Builds the public site from a directory of published documents, in this process, with
 * Astro's JavaScript API — the local runtime rebuilds after each publish without a CLI.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { build } from 'astro';

const siteRoot = fileURLToPath(new URL('.', import.meta.url));

export interface BuildSiteOptions {
  /** Directory of published documents (one JSON document per file). */
  publishedDir: string;
  /** Where the static files go; site/dist by default. */
  outDir?: string;
}

// Astro keeps build state in module globals (the content config observer) and the loader
// reads PUBLISHED_DIR from the environment, so two builds must never overlap.
let previousBuild: Promise<unknown> = Promise.resolve();

export function buildSite(options: BuildSiteOptions): Promise<{ outDir: string; ms: number }> {
  const next = previousBuild.then(() => buildOnce(options));
  previousBuild = next.catch(() => undefined);
  return next;
}

async function buildOnce({ publishedDir, outDir }: BuildSiteOptions): Promise<{ outDir: string; ms: number }> {
  const started = performance.now();
  const target = path.resolve(outDir ?? path.join(siteRoot, 'dist'));
  const previousPublishedDir = process.env.PUBLISHED_DIR;
  // A public-sector build sends nothing to third parties; Astro's telemetry is on by default.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  process.env.PUBLISHED_DIR = path.resolve(publishedDir);
  // The pages read the documents once per build (src/data/published.ts): a new build, a new read.
  process.env.SITE_BUILD_ID = randomUUID();
  try {
    await build({ root: siteRoot, outDir: target, logLevel: 'warn' });
  } finally {
    if (previousPublishedDir === undefined) delete process.env.PUBLISHED_DIR;
    else process.env.PUBLISHED_DIR = previousPublishedDir;
    delete process.env.SITE_BUILD_ID;
  }
  return { outDir: target, ms: Math.round(performance.now() - started) };
}

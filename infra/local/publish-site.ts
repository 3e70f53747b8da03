/**
 * Regenerates the public site locally: the published documents of a center are exported
 * as files (what CodeBuild does in AWS) and the Astro site is rebuilt from them.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFileName } from '#core/published';
import type { Store } from '#store/client';
import { listPublished } from '#store/published';
import { buildSite } from '../../site/build.ts';

export async function exportPublished(store: Store, centerId: string, dir: string): Promise<number> {
  const documents = await listPublished(store, centerId);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const doc of documents) {
    writeFileSync(join(dir, documentFileName(doc)), `${JSON.stringify(doc, null, 2)}\n`);
  }
  return documents.length;
}

export async function publishSite(
  store: Store,
  centerId: string,
  paths: { readonly publishedDir: string; readonly siteDir: string },
): Promise<{ documents: number; ms: number }> {
  const documents = await exportPublished(store, centerId, paths.publishedDir);
  // Astro empties its outDir first; build beside the served site and swap, so visitors
  // never meet a half-built site.
  const next = `${paths.siteDir}.next`;
  const { ms } = await buildSite({ publishedDir: paths.publishedDir, outDir: next });
  const old = `${paths.siteDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(paths.siteDir)) renameSync(paths.siteDir, old);
  renameSync(next, paths.siteDir);
  rmSync(old, { recursive: true, force: true });
  return { documents, ms };
}

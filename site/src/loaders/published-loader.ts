/**
 * Content Layer loader for the published documents (公开发布文件): every *.json file in
 * PUBLISHED_DIR holds one document; each collection keeps the documents of one kind.
 * File names are not trusted for anything — the document's own `kind` decides.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import * as z from 'zod';
import { type PublishedDocument, documentKey, publishedDocument } from '#core/published';

/**
 * PUBLISHED_DIR (relative to the working directory) or site/.published/. Read at load time,
 * not import time, so one process can build from different directories in turn.
 */
function publishedDir(siteRoot: URL): string {
  const fromEnv = process.env.PUBLISHED_DIR;
  return fromEnv ? path.resolve(fromEnv) : fileURLToPath(new URL('.published/', siteRoot));
}

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => path.join(dir, entry.name))
      .sort();
  } catch (error) {
    // Nothing published yet is a normal state: the site shows its empty states.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * A file that is not a valid published document fails the build: publishing a page from a
 * document the schemas reject would put unchecked data in front of the public.
 */
async function readDocument(file: string): Promise<PublishedDocument> {
  const parsed = publishedDocument.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a valid published document:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function publishedLoader(kind: PublishedDocument['kind']): Loader {
  return {
    name: `published-${kind}`,
    async load({ store, parseData, config, logger }) {
      const dir = publishedDir(config.root);
      const files = await jsonFiles(dir);
      const documents = await Promise.all(files.map(async (file) => ({ file, doc: await readDocument(file) })));
      // The data store outlives a build; a document withdrawn since the last build must go.
      store.clear();
      for (const { file, doc } of documents) {
        if (doc.kind !== kind) continue;
        const id = documentKey(doc);
        // Two files with one key (say, two centers' exports in one directory) would show
        // whichever came last; refuse instead.
        if (store.has(id)) throw new Error(`${file}: a second ${id} document in ${dir}`);
        store.set({ id, data: await parseData({ id, data: doc, filePath: file }) });
      }
      logger.info(`${store.keys().length} ${kind} document(s) from ${dir}`);
    },
  };
}

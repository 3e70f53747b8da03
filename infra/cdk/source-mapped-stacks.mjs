// Injected into every Lambda bundle (bundle-lambda.mjs): stack traces name the TypeScript
// source, as Node's --enable-source-maps would, without its cost — that flag parses the
// whole map while the bundle loads (about 70 ms of every cold start, measured by the
// benchmark's cold section). Here the map is read when a stack is first formatted.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = import.meta.url;
/** undefined: not read yet; null: missing or unreadable, stacks stay as V8 writes them. */
let map;

function sourceOf(frame) {
  if (frame.getFileName() !== bundle) return undefined;
  if (map === undefined) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(bundle)}.map`, 'utf8')));
    } catch {
      map = null;
    }
  }
  const entry = map?.findEntry(frame.getLineNumber() - 1, frame.getColumnNumber() - 1);
  if (!entry?.originalSource) return undefined;
  const where = `${entry.originalSource}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  return `${entry.name ?? frame.getFunctionName() ?? '<anonymous>'} (${where})`;
}

Error.prepareStackTrace = (error, frames) => {
  const head = Error.prototype.toString.call(error);
  return [head, ...frames.map((frame) => `    at ${sourceOf(frame) ?? frame}`)].join('\n');
};

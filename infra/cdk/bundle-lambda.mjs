// Bundles one Lambda entry with esbuild's JS API, which takes plugins (NodejsFunction's CLI
// bundling does not): `node infra/cdk/bundle-lambda.mjs <entry.ts> <outDir>` writes
// <outDir>/index.mjs and its source map. Plain JavaScript, so it runs under any Node.
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const [entry, outDir] = process.argv.slice(2);
if (!entry || !outDir) {
  console.error('usage: bundle-lambda.mjs <entry.ts> <outDir>');
  process.exit(2);
}

/**
 * zod's classic API exposes every locale (`z.locales`), so all 40-odd are bundled though only
 * English is configured (`config(en())`); the error texts users see are the project's own.
 * Each zod module that imports the locale index gets English alone, which is all it uses.
 */
const englishOnlyZod = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, async (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/.test(args.importer)) return undefined;
      const en = await b.resolve('zod/v4/locales/en.js', { kind: 'import-statement', resolveDir: args.resolveDir });
      return { path: `${en.path}?english-only`, namespace: 'zod-locales' };
    });
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => {
      const file = args.path.replace(/\?english-only$/, '');
      return { contents: `export { default as en } from ${JSON.stringify(file)};`, loader: 'js', resolveDir: dirname(file) };
    });
  },
};

/**
 * Imports evaluated on first use. In the files below, the block between `lazy-imports:begin`
 * and `:end` holds default imports and loaders (`const loadX = (): T => X;`); each loader
 * becomes a plain `require` of its import's path, which esbuild bundles into a function run
 * on the first call. A function that never asks about a working day never evaluates
 * `chinese-days` or its 37 KB schedule; one that never reads or writes a sheet never
 * evaluates exceljs. Node, the tests and the site import them as usual.
 */
const LAZY_IMPORT_FILES = /[\\/]shared[\\/]core[\\/](calendar|spreadsheets[\\/]workbook)\.ts$/;
const lazyImports = {
  name: 'lazy-imports',
  setup(b) {
    b.onLoad({ filter: LAZY_IMPORT_FILES }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const block = /\/\/ lazy-imports:begin\n([\s\S]*?)\/\/ lazy-imports:end\n/;
      const found = block.exec(source);
      if (!found) throw new Error(`${args.path} has no lazy-imports block: update the lazy-imports plugin`);
      const paths = new Map([...found[1].matchAll(/^import (\w+) from '([^']+)'/gm)].map(([, name, path]) => [name, path]));
      const loaders = [...found[1].matchAll(/^const (\w+) = \(\): [^=]+ => (\w+);$/gm)].map(([, loader, name]) => {
        if (!paths.has(name)) throw new Error(`${args.path}: ${loader} loads ${name}, which the block does not import`);
        return `const ${loader} = () => require(${JSON.stringify(paths.get(name))});`;
      });
      if (loaders.length !== paths.size) throw new Error(`${args.path}: every import of the lazy-imports block needs one loader`);
      return { contents: source.replace(block, `${loaders.join('\n')}\n`), loader: 'ts' };
    });
  },
};

/**
 * Node's built-in modules through `require`, not `import`. An ES import of a built-in makes
 * Node build its ES facade, which reads every export, and reading `node:http`'s starts
 * undici (its fetch, WebSocket and agents; about 35 ms measured) though nothing here uses it.
 * `require` hands over the module object, read only where the code reads it.
 */
const BUILTIN = new RegExp(`^(node:.+|${builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace('/', '\\/')).join('|')})$`);
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(b) {
    b.onResolve({ filter: BUILTIN }, (args) =>
      args.namespace === 'builtin-require' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin-require' },
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

await build({
  entryPoints: [entry],
  outfile: `${outDir}/index.mjs`,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  mainFields: ['module', 'main'],
  // Bundled CommonJS dependencies call require(), which an ES module lacks: provide it.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  // The AWS SDK is bundled, not left to the copy nodejs24.x ships: esbuild keeps only the
  // commands and protocol code this project calls, one compiled file loads faster than the
  // runtime's package tree (submit-record's import: 127 ms with the runtime's SDK, 85 ms
  // bundled, medians of 21 interleaved imports), and the version is the lockfile's, not
  // whatever the runtime carries that week.
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  // Error messages carry Chinese text: keep it as UTF-8 rather than \u escapes.
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [builtinsThroughRequire, englishOnlyZod, lazyImports],
  inject: [join(import.meta.dirname, 'source-mapped-stacks.mjs')],
  // For the functions that read or write spreadsheets (exceljs): Node's own stream module in
  // place of its copy (readable-stream), and stand-ins for exceljs's CSV dependencies, which
  // the bundle loads but never calls (infra/cdk/stubs/README.md) — within the 1 MB budget.
  // Other bundles import none of these, so the aliases change nothing there. For every
  // function: the SDK's credentials from the environment Lambda sets, without the rest of the
  // default chain (stubs/README.md).
  alias: {
    'readable-stream': 'stream',
    'fast-csv': join(import.meta.dirname, 'stubs/fast-csv.js'),
    dayjs: join(import.meta.dirname, 'stubs/dayjs'),
    '@aws-sdk/credential-provider-node': join(import.meta.dirname, 'stubs/credentials-from-env.mjs'),
  },
});

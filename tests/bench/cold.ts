/**
 * Lambda cold start: each function's bundle as the CDK stack builds it (esbuild, minified
 * ESM, the AWS SDK inside) and the time to import its handler module in a fresh Node
 * process; beside them, the two AWS SDK packages alone, loaded through require from
 * node_modules as a function that left the SDK to the runtime's copy would load them: what
 * such a function would pay before any code of its own.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lastJsonLine, runChild, runTypeScript } from './child.ts';
import { type Figure, figure } from './stats.ts';

export interface ColdReport {
  readonly functions: readonly { readonly name: string; readonly bundleBytes: number; readonly importMs: Figure }[];
  readonly sdkImportMs: Figure;
  readonly importsPerFunction: number;
}

// The environment the stack gives each function (infra/cdk/functions.ts).
const LAMBDA_ENV = { ...process.env, TABLE_NAME: 'honor-board', AWS_REGION: 'cn-north-1' };

/** Milliseconds to import the modules in a fresh process (Node's own start is not counted). */
async function importMs(specifiers: readonly string[]): Promise<number> {
  const imports = specifiers.map((s) => `await import(${JSON.stringify(s)});`).join(' ');
  const script = `const t = performance.now(); ${imports} process.stdout.write(String(performance.now() - t));`;
  const { stdout } = await runChild(['--input-type=module', '-e', script], LAMBDA_ENV);
  return Number(stdout);
}

/** The same for CommonJS packages loaded through require, as the runtime's AWS SDK would be. */
async function requireMs(packages: readonly string[]): Promise<number> {
  const loads = packages.map((p) => `require(${JSON.stringify(p)});`).join(' ');
  const script = `const require = (await import('node:module')).createRequire(process.cwd() + '/'); const t = performance.now(); ${loads} process.stdout.write(String(performance.now() - t));`;
  const { stdout } = await runChild(['--input-type=module', '-e', script], LAMBDA_ENV);
  return Number(stdout);
}

const SDK = '(the AWS SDK alone)';

export async function coldSection(ctx: { runs: number; log: (line: string) => void }): Promise<ColdReport> {
  // Outside the repository, as in Lambda: a bundle has nothing to resolve packages from.
  const outdir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const imports = Math.max(9, ctx.runs);
  try {
    const bundles = lastJsonLine<{ name: string; file: string }[]>((await runTypeScript('./synth-bundles.ts', [outdir])).stdout);
    // Interleaved, round by round (every function, then the SDK alone), so a stretch of a busy
    // machine falls on all of them alike rather than on whichever was measured then.
    const samples = new Map<string, number[]>([...bundles.map((b) => [b.name, []] as [string, number[]]), [SDK, []]]);
    for (let round = 0; round < imports; round++) {
      for (const { name, file } of bundles) samples.get(name)!.push(await importMs([pathToFileURL(file).href]));
      samples.get(SDK)!.push(await requireMs(['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb']));
    }
    const functions = bundles.map(({ name, file }) => ({ name, bundleBytes: statSync(file).size, importMs: figure(samples.get(name)!, 1) }));
    for (const f of functions) ctx.log(`cold: ${f.name} ${(f.bundleBytes / 1024).toFixed(0)} KiB, import ${f.importMs.median} ms`);
    const sdk = samples.get(SDK)!;
    return { functions, sdkImportMs: figure(sdk, 1), importsPerFunction: imports };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

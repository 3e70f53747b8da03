/**
 * The Lambda bundles, built as the stack builds them by the repo's esbuild (no Docker,
 * infra/cdk/bundle-lambda.mjs): each is an ES module with a source map, within the 1 MB
 * budget of ARCHITECTURE.md, without zod's foreign locales, with the AWS SDK inside and
 * Node's built-ins loaded through require, that loads in a fresh Node process with no
 * node_modules in reach and exports `handler`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { afterAll, expect, it } from 'vitest';
import { HonorBoardStack } from '../../infra/cdk/honor-board-stack.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { context } = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8'));
// Outside the repo: a bundle that still imported a package (the SDK, say) would not load.
const outdir = mkdtempSync(join(tmpdir(), 'bundling-test-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const app = new App({ outdir, context });
const stack = new HonorBoardStack(app, 'HonorBoard');
const functions = Template.fromStack(stack).findResources('AWS::Lambda::Function');
const bundles = Object.entries(stack.functions.byName).map(([name, fn]) => {
  const key: string = functions[stack.getLogicalId(fn.node.defaultChild as CfnFunction)]?.Properties.Code.S3Key;
  return [name, join(outdir, `asset.${key.replace(/\.zip$/, '')}`)] as const;
});

it.each(bundles)('%s is an ES module with require() provided, a source map and at most 1 MB', (_name, dir) => {
  const code = join(dir, 'index.mjs');
  expect(readFileSync(code, 'utf8')).toMatch(/^import \{ createRequire \} from 'node:module';/);
  expect(existsSync(join(dir, 'index.mjs.map'))).toBe(true);
  expect(statSync(code).size).toBeLessThanOrEqual(1024 * 1024);
});

it.each(bundles)('%s imports no module but Node’s, and those through require', (_name, dir) => {
  const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
  // The banner's one ES import, then nothing: an ES import of node:http alone starts undici.
  expect(code.match(/\bimport\s*\{[^}]*\}\s*from\s*["'][^"']+["']/g)).toEqual(["import { createRequire } from 'node:module'"]);
  expect(code).not.toMatch(/\bimport\s*\(\s*["']/);
  expect(code).toContain('("node:http")');
  expect(code).not.toMatch(/require\(["']@aws-sdk\//);
});

it.each(bundles)('%s carries zod’s English messages only, not its other locales', (_name, dir) => {
  const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
  // zod's own English text, which config(en()) installs…
  expect(code).toContain('Invalid input');
  // …and none of the other locales: zh-CN's and ja's words for it, German's.
  for (const foreign of ['无效输入', '無効な入力', 'Ungültige Eingabe']) expect(code).not.toContain(foreign);
});

it.each(bundles)('%s loads in a fresh Node process and exports handler', (_name, dir) => {
  const url = pathToFileURL(join(dir, 'index.mjs')).href;
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `process.stdout.write(typeof (await import(${JSON.stringify(url)})).handler)`],
    { encoding: 'utf8', env: { ...process.env, TABLE_NAME: 'honor-board', AWS_REGION: 'cn-north-1' } },
  );
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe('function');
});

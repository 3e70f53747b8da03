/**
 * What a Lambda bundle does at run time without Node's --enable-source-maps (issue #13,
 * cold start): its stack traces still name the TypeScript source (the injected
 * source-mapped-stacks.mjs reads the map when a stack is first formatted), and it reaches
 * the AWS SDK through require — resolved through NODE_PATH, as Lambda's runtime provides
 * it — not through an ES import.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the repo, so the bundle's require of the AWS SDK resolves as NODE_PATH resolves it in Lambda.
mkdirSync(join(root, 'cdk.out'), { recursive: true });
const outdir = mkdtempSync(join(root, 'cdk.out', 'bundle-runtime-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const entry = join(outdir, 'entry.ts');
let bundle: string;

beforeAll(() => {
  writeFileSync(
    entry,
    [
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      '',
      'export function failingStep(): never {',
      "  throw new Error('step failed');",
      '}',
      '',
      'export const stackOfFailure = (): string => {',
      '  try {',
      '    failingStep();',
      '  } catch (error) {',
      '    return String((error as Error).stack);',
      '  }',
      "  return '';",
      '};',
      'export const clientName = (): string => DynamoDBClient.name;',
      'export const handler = stackOfFailure;',
      '',
    ].join('\n'),
  );
  const build = spawnSync(process.execPath, [join(root, 'infra/cdk/bundle-lambda.mjs'), entry, join(outdir, 'out')], { encoding: 'utf8', cwd: root });
  expect(build.stderr).toBe('');
  bundle = join(outdir, 'out', 'index.mjs');
});

const run = (script: string) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)}); process.stdout.write(${script})`], {
    encoding: 'utf8',
    cwd: outdir,
    env: { ...process.env, NODE_OPTIONS: '' },
  });

it('names the TypeScript source and line in a stack trace, without --enable-source-maps', () => {
  const result = run('m.stackOfFailure()');
  expect(result.stderr).toBe('');
  const [head, first, second] = result.stdout.split('\n');
  expect(head).toBe('Error: step failed');
  // The throw is on line 4 of entry.ts, the call on line 9.
  expect(first).toMatch(/^ {4}at .*\(.*entry\.ts:4:\d+\)$/);
  expect(second).toMatch(/^ {4}at .*\(.*entry\.ts:9:\d+\)$/);
});

it('loads the AWS SDK through require, as Lambda resolves it, not through an ES import', () => {
  const code = readFileSync(bundle, 'utf8');
  expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
  expect(code).toMatch(/\(\s*"@aws-sdk\/client-dynamodb"\s*\)/);
  const result = run('m.clientName()');
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe('DynamoDBClient');
});

/**
 * What a Lambda bundle does at run time (issue #13, cold start): without Node's
 * --enable-source-maps its stack traces still name the TypeScript source (the injected
 * source-mapped-stacks.mjs reads the map when a stack is first formatted); it carries the
 * AWS SDK inside, with no node_modules in reach; and the SDK signs with the credentials Lambda
 * puts in the environment (stubs/credentials-from-env.mjs), failing at once without them.
 */
import { execFile, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The entry inside the repo, where esbuild resolves its packages; the bundle outside it, where
// it must load and call DynamoDB with nothing to resolve packages from.
mkdirSync(join(root, 'cdk.out'), { recursive: true });
const sourceDir = mkdtempSync(join(root, 'cdk.out', 'bundle-runtime-'));
const outdir = mkdtempSync(join(tmpdir(), 'bundle-runtime-'));
afterAll(() => {
  rmSync(sourceDir, { recursive: true, force: true });
  rmSync(outdir, { recursive: true, force: true });
});

const entry = join(sourceDir, 'entry.ts');
let bundle: string;

beforeAll(() => {
  writeFileSync(
    entry,
    [
      "import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';",
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
      'export const listTables = async (endpoint: string): Promise<string[] | undefined> =>',
      "  (await new DynamoDBClient({ endpoint, region: 'cn-north-1', maxAttempts: 1 }).send(new ListTablesCommand({}))).TableNames;",
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

/** The bundle's listTables against a stand-in DynamoDB (and instance metadata) that records each request's headers. */
async function listTablesThroughBundle(credentials: (endpoint: string) => Record<string, string>) {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    request.resume().on('end', () => response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{"TableNames":["honor-board"]}'));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...credentials(endpoint) };
  const script = `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    try { process.stdout.write(JSON.stringify(await m.listTables(${JSON.stringify(endpoint)}))); } catch (e) { process.stdout.write(e.name + ': ' + e.message); }`;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: outdir, env, timeout: 20_000 });
    return { stdout, stderr, seen };
  } finally {
    server.close();
  }
}

it('carries the AWS SDK inside: no import or require of an @aws-sdk package is left', () => {
  const code = readFileSync(bundle, 'utf8');
  const loads = code.match(/(\brequire\(|\bfrom\s*|\bimport\(\s*)["']@(aws-sdk|smithy)\/[^"']+["']/g);
  expect(loads).toBeNull();
  expect(code.includes('"ListTables"')).toBe(true);
});

it('signs with the credentials Lambda puts in the environment', async () => {
  const { stdout, stderr, seen } = await listTablesThroughBundle(() => ({
    AWS_ACCESS_KEY_ID: 'AKIDBUNDLETEST',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_SESSION_TOKEN: 'session-token-of-the-role',
  }));
  expect(stderr).toBe('');
  expect(stdout).toBe('["honor-board"]');
  expect(seen).toHaveLength(1);
  expect(seen[0]!.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDBUNDLETEST\/\d{8}\/cn-north-1\/dynamodb\/aws4_request,/);
  expect(seen[0]!['x-amz-security-token']).toBe('session-token-of-the-role');
});

it('without credentials in the environment, fails before sending anything (no profile, SSO or IMDS lookup)', async () => {
  // The instance metadata service points at the stand-in too: the SDK's full chain would ask it.
  const { stdout, seen } = await listTablesThroughBundle((endpoint) => ({
    HOME: outdir,
    AWS_CONFIG_FILE: join(outdir, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(outdir, 'none'),
    AWS_EC2_METADATA_SERVICE_ENDPOINT: endpoint,
  }));
  expect(stdout).toMatch(/^CredentialsProviderError: /);
  expect(seen).toHaveLength(0);
});

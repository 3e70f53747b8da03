/**
 * `npm start` as a person runs it: everything comes up, prints its URLs and tokens, and
 * SIGTERM takes it all down again — DynamoDB Local's JVM included.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'honor-board-start-'));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const javaProcessesOn = (port: string): string[] =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('DynamoDBLocal.jar') && line.includes(`-port ${port}`));

describe('npm start', () => {
  it('serves the site and API on one origin, prints demo tokens, and stops cleanly on SIGTERM', { timeout: 240_000 }, async () => {
    child = spawn('node_modules/.bin/tsx', ['infra/local/start.ts'], {
      // The demo's replayed past is tested on the default store (npm-start-sqlite, demo-history).
      env: { ...process.env, STORE: 'dynamodb-local', DATA_DIR: dataDir, PORT: '0', SCORE_EVERY_SECONDS: '0', DEMO_HISTORY: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('Ctrl-C')) resolve(clearInterval(timer));
        if (child!.exitCode !== null) reject(new Error(`npm start exited early:\n${output}`));
      }, 200);
    });

    const site = /Site:\s+(http:\/\/localhost:\d+)\//.exec(output)![1]!;
    const dynamoPort = /DynamoDB Local: http:\/\/127\.0\.0\.1:(\d+)/.exec(output)![1]!;
    for (const role of ['device w01', 'clerk w01', 'head w01', 'supervisor', 'panel', 'admin']) expect(output).toContain(role);
    expect((await fetch(`${site}/`)).status).toBe(200);
    expect((await fetch(`${site}/months/2026-10/`)).status).toBe(200);
    expect((await fetch(`${site}/api/v1/centers/demo/evaluations`, { method: 'POST' })).status).toBe(401);
    expect(javaProcessesOn(dynamoPort)).toHaveLength(1);

    // npm run score attaches to the running system: October was scored at start, so a
    // re-run writes nothing, and the recount of the raw records equals the aggregates.
    const score = (...args: string[]) =>
      execFileSync('node_modules/.bin/tsx', ['infra/local/score-cli.ts', ...args], {
        env: { ...process.env, STORE: 'dynamodb-local', DATA_DIR: dataDir },
        encoding: 'utf8',
      });
    expect(score('--period', '2026-10')).toContain('2026-10: unchanged, nothing written');
    expect(score('--period', '2026-10', '--recount')).toContain('2026-10: recount equals the aggregates');

    const exit = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(javaProcessesOn(dynamoPort)).toHaveLength(0);
  });
});

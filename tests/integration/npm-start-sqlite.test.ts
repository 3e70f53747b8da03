/**
 * `npm start` on a machine without Java: the embedded store (SQLite under the data folder)
 * is the default, the demo loads into it with its replayed past, the site and API serve,
 * and SIGTERM stops it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'honor-board-start-sqlite-'));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start without Java', () => {
  it('serves the demo from the SQLite file under the data folder and stops on SIGTERM', { timeout: 300_000 }, async () => {
    const { STORE: _unset, ...env } = process.env;
    // No java on PATH: Node is started by its absolute path, nothing else is looked up.
    child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
      env: { ...env, PATH: '/nonexistent', DATA_DIR: dataDir, PORT: '0', SCORE_EVERY_SECONDS: '0' },
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

    expect(output).toContain(`SQLite: ${join(dataDir, 'honor-board.sqlite')}`);
    expect(output).not.toContain('DynamoDB Local');
    expect(existsSync(join(dataDir, 'honor-board.sqlite'))).toBe(true);
    const site = /Site:\s+(http:\/\/localhost:\d+)\//.exec(output)![1]!;
    expect((await fetch(`${site}/months/2026-10/`)).status).toBe(200);
    // The first start replayed the demo's past: the year's quarterly stars are final, the
    // second center (seed 002) serves its own site with a notice running.
    expect(output).toContain('"earlierQuarters":["2026-Q1","2026-Q2"],"finalList":true');
    expect(await (await fetch(`${site}/`)).text()).toContain('2026年第三季度“季度服务明星”');
    const second = /Second demo center \(seed 002\):\s+(http:\/\/localhost:\d+)\//.exec(output)![1]!;
    expect(await (await fetch(`${second}/`)).text()).toContain('2026年10月“最佳服务窗口”拟表彰名单');
    expect(await (await fetch(`${site}/api/health`)).json()).toMatchObject({ status: 'ok', database: { engine: 'sqlite', ok: true } });
    const token = /admin \(管理员\):\s+(\S+)/.exec(output)![1]!;
    const records = await fetch(`${site}/api/v1/centers/demo/windows/w01/records?month=2026-10`, { headers: { authorization: `Bearer ${token}` } });
    expect(records.status).toBe(200);

    const exit = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});

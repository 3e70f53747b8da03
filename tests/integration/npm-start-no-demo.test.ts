/**
 * `npm start -- --no-demo` and `DEMO=0 npm start`: development mode on an empty store — no
 * demo center loaded, no demo month scored — and the README's way to a real center works as
 * printed: the admin token of the center named by `CENTER` creates the center, a window and
 * an officer, and the officer's window answers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts `npm start` with the arguments and environment given; resolves with its output once it serves. */
async function start(args: string[], extraEnv: Record<string, string>): Promise<{ output: () => string; site: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'honor-board-no-demo-'));
  dirs.push(dataDir);
  const { STORE: _unset, DEMO: _demo, ...env } = process.env;
  child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', ...args], {
    env: { ...env, DATA_DIR: dataDir, PORT: '0', SCORE_EVERY_SECONDS: '0', ...extraEnv },
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
  return { output: () => output, site: /Site:\s+(http:\/\/localhost:\d+)\//.exec(output)![1]! };
}

describe('npm start without the demo', () => {
  it('starts empty with --no-demo, and a real center is created with the printed admin token', { timeout: 180_000 }, async () => {
    const { output, site } = await start(['--no-demo'], { CENTER: 'qingpu' });
    expect(output()).toContain('No demo');
    expect(output()).not.toContain('loading the demo center');
    expect(output()).not.toContain('"month":"2026-10"');
    expect((await fetch(`${site}/api/health`)).status).toBe(200);

    const admin = /admin \(管理员\):\s+(\S+)/.exec(output())![1]!;
    const put = async (path: string, body: unknown) => {
      const response = await fetch(`${site}/api/v1/centers/qingpu${path}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    };
    expect((await put('', { name: '青浦区行政服务中心', nameEn: 'Qingpu Administrative Service Center', address: '青浦区公园路 100 号', phone: '021-00000000' })).status).toBe(200);
    expect((await put('/windows/w01', { name: '企业开办综合窗口', department: '市场监督管理局', departmentEn: 'Market Regulation Bureau' })).status).toBe(200);
    expect((await put('/officers/o001', { name: '王小明', windowId: 'w01', role: 'head', startDate: '2026-01-05' })).status).toBe(200);
    const officers = await fetch(`${site}/api/v1/centers/qingpu/officers`, { headers: { authorization: `Bearer ${admin}` } });
    expect(officers.status).toBe(200);
    expect(JSON.stringify(await officers.json())).toContain('王小明');
  });

  it('starts empty with DEMO=0', { timeout: 180_000 }, async () => {
    const { output } = await start([], { DEMO: '0' });
    expect(output()).toContain('No demo');
    expect(output()).not.toContain('loading the demo center');
  });
});

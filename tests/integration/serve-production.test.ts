/**
 * Production mode as an operator runs it (`npm run serve`): configured from the environment,
 * with a real OpenID Connect issuer (oidc-provider) — the site's sign-in (code + PKCE) gives
 * a token the gateway verifies against the issuer's keys; an admin sets up a center, a
 * device rates; then a backup while the server runs, a restore into a new folder, and the
 * record read back from the restored system.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { API_AUDIENCE, SCOPE, SITE_CLIENT_ID, type TestIssuer, signInAsSite, startOidcIssuer } from '../support/oidc-issuer.ts';

const STORE = 'sqlite';

const CENTER = 'c1';
const accounts = {
  'admin-c1': { roles: ['admin'], center_id: CENTER },
  'device-c1-w01': { roles: ['device'], center_id: CENTER, window_id: 'w01' },
  // Signed in, but the identity provider gives this person no role of this system.
  'visitor': {},
};

const folders: string[] = [];
const folder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'honor-board-serve-'));
  folders.push(dir);
  return dir;
};
const run = promisify(execFile);

let issuer: TestIssuer;
let ports: number[];
const servers = new Set<ChildProcess>();

beforeAll(async () => {
  ports = [await freePort(), await freePort()];
  issuer = await startOidcIssuer({ accounts, siteUrls: ports.map((port) => `http://127.0.0.1:${port}`) });
});
afterAll(async () => {
  for (const child of servers) child.kill('SIGKILL');
  await issuer?.stop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function productionEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    STORE,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    TRUSTED_PROXIES: '127.0.0.1',
    OIDC_ISSUER: issuer.issuer,
    OIDC_CLIENT_ID: SITE_CLIENT_ID,
    OIDC_AUDIENCE: API_AUDIENCE,
    OIDC_SCOPE: SCOPE,
    SCORE_EVERY_SECONDS: '0',
    BACKUP_EVERY_HOURS: '0',
  };
}

/** `npm run serve` on a data folder; resolves with its URL and output once it serves. */
async function serve(dataDir: string, port: number): Promise<{ url: string; output: () => string; stop(): Promise<number | null> }> {
  // Node itself with tsx as a loader, as `npm run serve` runs it: SIGTERM reaches the server
  // directly, not through tsx's signal relay.
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], { env: productionEnv(dataDir, port), stdio: ['ignore', 'pipe', 'pipe'] });
  servers.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Ctrl-C')) resolve(clearInterval(timer));
      if (child.exitCode !== null) reject(new Error(`npm run serve exited early:\n${output}`));
    }, 100);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      const code = await exit;
      servers.delete(child);
      return code;
    },
  };
}

const api = async (url: string, token: string, method = 'GET', body?: unknown): Promise<{ status: number; body: any }> => {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: await response.json().catch(() => undefined) };
};

/** The month (Beijing time) an instant falls in. */
const beijingMonth = (at: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(at);

describe('npm run serve', () => {
  it('refuses to start unconfigured, naming what is missing in both languages', { timeout: 60_000 }, async () => {
    const env = { ...process.env, NODE_ENV: 'production', DATA_DIR: folder(), OIDC_ISSUER: '', OIDC_CLIENT_ID: '', TLS_CERT_FILE: '', TRUSTED_PROXIES: '', HOST: '' };
    const error = (await run('node_modules/.bin/tsx', ['infra/local/start.ts'], { env }).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('生产模式配置有误');
    expect(error.stderr).toContain('OIDC_ISSUER');
    expect(error.stderr).toContain('OIDC_CLIENT_ID');
    expect(error.stderr).toMatch(/TLS_CERT_FILE: serving on the network needs TLS/);
  });

  let recordId: string;
  let month: string;
  let first: Awaited<ReturnType<typeof serve>>;
  const firstData = folder();

  it('serves no demo and no development route, signs in through the OIDC issuer, and takes a record', { timeout: 240_000 }, async () => {
    first = await serve(firstData, ports[0]!);
    const url = first.url;
    expect(first.output()).not.toContain('Demo tokens');
    expect(first.output()).not.toContain('loading the demo center');

    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { engine: STORE, ok: true } });
    expect((await fetch(`${url}/_dev/token?role=admin`)).status).toBe(404);
    expect(await (await fetch(`${url}/auth/config.json`)).json()).toEqual({ issuer: issuer.issuer, clientId: SITE_CLIENT_ID, scope: SCOPE });

    // The admin signs in as the site does and sets up the center and a window.
    const admin = (await signInAsSite(url, 'admin-c1')).accessToken;
    const center = `${url}/api/v1/centers/${CENTER}`;
    expect((await api(center, admin, 'PUT', { name: '某市政务服务中心', nameEn: 'City Government Service Center', address: '人民路 1 号', phone: '0000-12345' })).status).toBe(200);
    expect((await api(`${center}/windows/w01`, admin, 'PUT', { name: '综合窗口', department: '市场监管局', departmentEn: 'Market Regulation' })).status).toBe(200);

    // The window's device rates.
    const device = (await signInAsSite(url, 'device-c1-w01')).accessToken;
    const ratedAt = new Date();
    month = beijingMonth(ratedAt);
    const rating = { windowId: 'w01', ratedAt: ratedAt.toISOString(), scale: 'five-level', rating: '满意' };
    const posted = await api(`${center}/evaluations`, device, 'POST', rating);
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    recordId = posted.body.id;

    // Tokens the issuer did not sign, or that carry no role, get nothing.
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ roles: ['admin'], center_id: CENTER, client_id: SITE_CLIENT_ID })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-1' })
      .setIssuer(issuer.issuer)
      .setAudience(API_AUDIENCE)
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await api(`${center}/windows/w01/records?month=${month}`, forged)).status).toBe(401);
    const visitor = (await signInAsSite(url, 'visitor')).accessToken;
    expect([401, 403]).toContain((await api(`${center}/windows/w01/records?month=${month}`, visitor)).status);
    expect((await api(`${center}/evaluations`, admin, 'POST', rating)).status).toBe(403);

    const read = await api(`${center}/windows/w01/records?month=${month}`, admin);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).toContain(recordId);
  });

  it(
    'backs up while serving, restores into a new folder and reads the record back',
    { timeout: 240_000 },
    async () => {
      const backupFile = join(folder(), 'nightly.sqlite');
      const env = productionEnv(firstData, ports[0]!);
      const backup = await run('node_modules/.bin/tsx', ['infra/local/backup-cli.ts', '--to', backupFile], { env });
      expect(backup.stdout).toContain('Backup written');
      expect(await first.stop()).toBe(0);

      const restoredData = folder();
      const restoreEnv = productionEnv(restoredData, ports[1]!);
      const restored = await run('node_modules/.bin/tsx', ['infra/local/restore-cli.ts', backupFile], { env: restoreEnv });
      expect(restored.stdout).toContain('Restored');
      // A second restore would overwrite data: refused.
      const again = (await run('node_modules/.bin/tsx', ['infra/local/restore-cli.ts', backupFile], { env: restoreEnv }).catch((e: unknown) => e)) as {
        code: number;
        stderr: string;
      };
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('只能恢复到空的数据目录');

      const second = await serve(restoredData, ports[1]!);
      // Every center in the store is scheduled: the restored store lists c1, its due months
      // are scored at start and, as the only center, its public site is built.
      expect(second.output()).toContain('网站已重新生成');
      const admin = (await signInAsSite(second.url, 'admin-c1')).accessToken;
      const read = await api(`${second.url}/api/v1/centers/${CENTER}/windows/w01/records?month=${month}`, admin);
      expect(read.status).toBe(200);
      expect(JSON.stringify(read.body)).toContain(recordId);
      expect(await second.stop()).toBe(0);
    },
  );
});

/**
 * `npm run site:publish`, the site build's step in AWS, against DynamoDB Local: it reads the
 * published documents of a center from the table and builds into the folder named the very
 * site `npm start` builds and serves from the same documents — file for file, byte for
 * byte — plus the sign-in's `auth/config.json` from the build's environment.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DynamoStore } from '#store/dynamodb';
import { putPublished } from '#store/published';
import { publishSite } from '../../infra/local/publish-site.ts';
import { fixtureCenter, fixtureDocuments } from '../support/published-fixtures.ts';
import { freshStore } from '../support/store.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'site-publish-'));
let store: DynamoStore;
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  store = (await freshStore()) as DynamoStore;
  for (const doc of fixtureDocuments) await putPublished(store, doc);
});

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const signIn = { issuer: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Example', clientId: 'example-client', scope: 'openid profile' };

it('builds the same site as npm start from the table, with the sign-in configuration', async () => {
  const out = join(work, 'dist');
  const endpoint = (store.doc.config.endpoint ? await store.doc.config.endpoint() : undefined)!;
  const { stdout } = await run(
    'npm',
    ['run', '--silent', 'site:publish', '--', '--from-table', store.tableName, '--center', fixtureCenter.centerId, '--out', out, '--endpoint', `${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`],
    { env: { ...process.env, AUTH_ISSUER: signIn.issuer, AUTH_CLIENT_ID: signIn.clientId, AUTH_SCOPE: signIn.scope }, timeout: 180_000 },
  );
  expect(stdout).toContain(`${fixtureDocuments.length} documents`);

  // What npm start does with the same table: export, build, swap into place.
  const served = join(work, 'served');
  await publishSite(store, fixtureCenter.centerId, { publishedDir: join(work, 'published'), siteDir: served });

  const built = files(out);
  expect(built.filter((f) => f !== join('auth', 'config.json'))).toEqual(files(served));
  expect(built).toEqual(expect.arrayContaining(['index.html', '404.html', join('auth', 'callback', 'index.html'), join('en', 'index.html')]));
  for (const file of files(served)) expect(readFileSync(join(out, file)).equals(readFileSync(join(served, file))), file).toBe(true);
  expect(JSON.parse(readFileSync(join(out, 'auth', 'config.json'), 'utf8'))).toEqual(signIn);
});

it('refuses a center with nothing published, and says so', async () => {
  const endpoint = (await store.doc.config.endpoint!())!;
  const failed = await run(
    'npm',
    ['run', '--silent', 'site:publish', '--', '--from-table', store.tableName, '--center', 'nowhere', '--out', join(work, 'none'), '--endpoint', `${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`],
    { timeout: 120_000 },
  ).catch((error: { code: number; stderr: string }) => error);
  expect(failed).toMatchObject({ code: 1 });
  expect((failed as { stderr: string }).stderr).toContain('has no published documents');
});

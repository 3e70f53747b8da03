/**
 * The slice end to end through the local gateway: a device posts a rating, the aggregate
 * moves once, the score run publishes the month, the site shows it.
 */
import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { windowSubject } from '#core/aggregates';
import { listAggregatesForMonth } from '#store/aggregates';
import { listPublished } from '#store/published';
import { listWindowMonthRecords } from '#store/records';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../infra/local/dev-issuer.ts';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
let deviceW01: string;
const MONTH = '2026-10';
// The requests' clock, pinned: October is the month in progress and September still open
// (it closes on 2026-10-13, the 5th working day of October after 国庆).
const NOW = new Date('2026-10-09T16:00:00+08:00');

beforeAll(async () => {
  system = await startTestSystem(['2026-10'], { now: () => NOW });
  deviceW01 = await system.issuer.sign({ role: 'device', subject: 'device-w01', centerId: 'demo', windowId: 'w01' });
});
afterAll(() => system?.stop());

const rating = (overrides: Record<string, unknown> = {}) => ({
  windowId: 'w01',
  ratedAt: '2026-10-09T10:20:00+08:00',
  scale: 'five-level',
  rating: '基本满意',
  ...overrides,
});

async function post(body: unknown, options: { token?: string | null; key?: string; center?: string; type?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': options.type ?? 'application/json' };
  const token = options.token === undefined ? deviceW01 : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.key !== null) headers['idempotency-key'] = options.key ?? crypto.randomUUID();
  const response = await fetch(`${system.url}/api/v1/centers/${options.center ?? 'demo'}/evaluations`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const w01 = async () => (await listAggregatesForMonth(system.store, 'demo', MONTH)).get(windowSubject('w01'))!.counters;

describe('POST /api/v1/centers/{center}/evaluations', () => {
  it('stores a valid rating and moves the window and officer aggregates in one go', async () => {
    const before = await w01();
    const officerBefore = (await listAggregatesForMonth(system.store, 'demo', MONTH)).get('O#o001')?.counters;
    const { status, body } = await post(rating({ officerId: 'o001' }));
    expect(status).toBe(201);
    expect(body).toMatchObject({ type: 'evaluation', centerId: 'demo', windowId: 'w01', month: MONTH });
    const after = await w01();
    // 基本满意 is one of the three satisfied levels of the five-level scale.
    expect(after.evaluations).toBe(before.evaluations! + 1);
    expect(after.satisfied).toBe(before.satisfied! + 1);
    const officerAfter = (await listAggregatesForMonth(system.store, 'demo', MONTH)).get('O#o001')!.counters;
    expect(officerAfter.evaluations).toBe((officerBefore?.evaluations ?? 0) + 1);
    const records = await listWindowMonthRecords(system.store, 'demo', 'w01', MONTH, 'evaluation');
    const stored = records.find((r) => r.id === body.id)!;
    expect(stored).toMatchObject({ submittedBy: 'device-w01', centerId: 'demo', body: rating({ officerId: 'o001' }) });
  });

  it('accepts a form-encoded body', async () => {
    const form = new URLSearchParams({ windowId: 'w01', ratedAt: '2026-10-09T09:00:00+08:00', scale: 'two-level', rating: '不满意' });
    const before = await w01();
    const { status } = await post(form.toString(), { type: 'application/x-www-form-urlencoded' });
    expect(status).toBe(201);
    const after = await w01();
    expect(after.evaluations).toBe(before.evaluations! + 1);
    expect(after.satisfied).toBe(before.satisfied);
  });

  it('rejects bad input with the field paths and writes nothing', async () => {
    const before = await w01();
    const { status, body } = await post(rating({ scale: 'two-level', rating: '基本满意', ratedAt: '2026-02-31T10:00:00+08:00', colour: 'red' }));
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalidBody');
    expect(body.error.message_zh).toBeTruthy();
    expect(body.error.message_en).toBeTruthy();
    const paths = body.error.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['colour', 'ratedAt', 'rating']);
    expect(await w01()).toEqual(before);
  });

  it('rejects a rating from the future', async () => {
    const { status, body } = await post(rating({ ratedAt: new Date(NOW.getTime() + 3600_000).toISOString() }));
    expect(status).toBe(400);
    expect(body.error.issues[0].path).toBe('ratedAt');
  });

  it('answers 401 without a valid credential and writes nothing', async () => {
    const before = await w01();
    expect((await post(rating(), { token: null })).status).toBe(401);
    expect((await post(rating(), { token: 'not.a.token' })).status).toBe(401);
    // Right claims, wrong signer: a token this issuer never signed.
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ 'cognito:groups': ['device'], 'custom:center_id': 'demo', 'custom:window_id': 'w01' })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject('device-w01')
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await post(rating(), { token: forged })).status).toBe(401);
    const expired = await system.issuer.sign({ role: 'device', subject: 'd', centerId: 'demo', windowId: 'w01', ttlSeconds: -60 });
    expect((await post(rating(), { token: expired })).status).toBe(401);
    expect(await w01()).toEqual(before);
  });

  it('answers 403 to a device posting for another window, or another center, and 401 to a person’s token', async () => {
    const before = await w01();
    const w02Before = (await listAggregatesForMonth(system.store, 'demo', MONTH)).get(windowSubject('w02'));
    expect((await post(rating({ windowId: 'w02' }))).status).toBe(403);
    expect((await post(rating(), { center: 'elsewhere' })).status).toBe(403);
    // A person's token is from the staff pool, which the device routes' authorizer does not accept (as in AWS).
    const clerk = await system.issuer.sign({ role: 'clerk', subject: 'clerk-w01', centerId: 'demo', windowId: 'w01' });
    expect((await post(rating(), { token: clerk })).status).toBe(401);
    expect(await w01()).toEqual(before);
    expect((await listAggregatesForMonth(system.store, 'demo', MONTH)).get(windowSubject('w02'))).toEqual(w02Before);
  });

  it('answers 400 for a window the center does not have', async () => {
    const ghost = await system.issuer.sign({ role: 'device', subject: 'device-w99', centerId: 'demo', windowId: 'w99' });
    const { status, body } = await post(rating({ windowId: 'w99' }), { token: ghost });
    expect(status).toBe(400);
    expect(body.error.issues[0].path).toBe('windowId');
    expect((await listAggregatesForMonth(system.store, 'demo', MONTH)).has(windowSubject('w99'))).toBe(false);
  });

  it('counts a retry with the same Idempotency-Key once and refuses the key with another body', async () => {
    const before = await w01();
    const key = crypto.randomUUID();
    const first = await post(rating(), { key });
    const retry = await post(rating(), { key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect((await w01()).evaluations).toBe(before.evaluations! + 1);
    const conflict = await post(rating({ rating: '不满意' }), { key });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe('idempotencyConflict');
    expect((await w01()).evaluations).toBe(before.evaluations! + 1);
  });

  it('refuses a body over the size limit', async () => {
    const { status } = await post(rating({ caseNumber: 'x'.repeat(300 * 1024) }));
    expect(status).toBe(413);
  });

  it('requires an Idempotency-Key', async () => {
    const { status, body } = await post(rating(), { key: null as unknown as string });
    expect(status).toBe(400);
    expect(body.error.code).toBe('idempotencyKeyMissing');
  });

  it('loses and doubles nothing under 24 concurrent posts, retries included', async () => {
    const before = await w01();
    const keys = Array.from({ length: 24 }, () => crypto.randomUUID());
    const results = await Promise.all([...keys, ...keys.slice(0, 6)].map((key) => post(rating(), { key })));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect((await w01()).evaluations).toBe(before.evaluations! + 24);
  });
});

describe('score and publish', () => {
  it('publishes the month from the aggregates, and the site page shows the new rating', async () => {
    // A fresh month so the numbers are worked by hand: one satisfied rating, no volume.
    const { status } = await post(rating({ ratedAt: '2026-09-10T09:30:00+08:00', rating: '满意', scale: 'two-level' }));
    expect(status).toBe(201);
    expect(await system.scoreMonth('demo', '2026-09')).toEqual({ changed: true });
    const month = (await listPublished(system.store, 'demo')).find((d) => d.kind === 'monthly-evaluation' && d.period === '2026-09');
    // V = 0 → R = 0; E = 1, S = 1 → base 5 × 1/1 = 5.00; satisfaction 100.00 %. The month's
    // 100-point score: everything but the 5 hygiene points of a quarter that ended without an
    // inspection (§4.2 "missing") → 95.00.
    expect(month).toMatchObject({
      windows: expect.arrayContaining([
        { windowId: 'w01', component: '5.00', satisfactionRate: '100.00', evaluations: 1, required: 0, volume: 0, score: '95.00' },
        // A window without ratings or volume in the month: R = 0, E = 0 → the full 5.
        { windowId: 'w02', component: '5.00', satisfactionRate: null, evaluations: 0, required: 0, volume: 0, score: '95.00' },
      ]),
    });
    // Unchanged inputs: the re-run writes nothing.
    expect(await system.scoreMonth('demo', '2026-09')).toEqual({ changed: false });
    const page = await fetch(`${system.url}/months/2026-09/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('企业开办综合窗口');
    expect(html).toContain('100.00%');
  });

  it('lets the window read its own ledger of the month, and no other window', async () => {
    const clerk = await system.issuer.sign({ role: 'clerk', subject: 'clerk-w01', centerId: 'demo', windowId: 'w01' });
    const read = (window: string) =>
      fetch(`${system.url}/api/v1/centers/demo/windows/${window}/ledger?month=2026-09`, { headers: { authorization: `Bearer ${clerk}` } });
    const response = await read('w01');
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { rule: string; component: string; ledger: { code: string; points: string }[] }[] };
    // One satisfied rating, no volume: EE.BASE 5 and nothing else.
    expect(results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'electronic-evaluation', component: '5', ledger: [expect.objectContaining({ code: 'EE.BASE', points: '5' })] }),
        expect.objectContaining({ rule: 'monthly-score', subject: 'window' }),
      ]),
    );
    expect((await read('w02')).status).toBe(403);
  });

  it('serves the built site at / on the same origin as the API', async () => {
    const home = await fetch(`${system.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('示范区政务服务中心');
    expect((await fetch(`${system.url}/no-such-page/`)).status).toBe(404);
    expect((await fetch(`${system.url}/api/v1/nothing`)).status).toBe(404);
  });
});


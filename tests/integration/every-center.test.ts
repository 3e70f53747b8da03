/**
 * The scheduled jobs run every center listed in the table: a center created through the
 * admin route is listed with its profile, and a schedule's event without a center runs it
 * next to the others — no redeploy, no list in the stack.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listCenterIds } from '#store/center-list';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(() => system?.stop());

const listed = () => listCenterIds(system.store);

it('lists the demo center loaded at start, and a center an admin creates', async () => {
  expect(await listed()).toEqual(['demo']);
  // An admin of the new center creates it (the admin's token is for that center).
  const admin = await system.issuer.sign({ role: 'admin', subject: 'admin-east', centerId: 'east' });
  const response = await fetch(`${system.url}/api/v1/centers/east`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ name: '东区政务服务中心', nameEn: 'East District Government Service Center', address: '东区政务大道1号', phone: '021-12345678' }),
  });
  expect(response.status).toBeLessThan(300);
  expect(await listed()).toEqual(['demo', 'east']);
});

it('runs the score job of every listed center from a schedule’s event that names none', async () => {
  const { handler } = await import('#functions/run-scores');
  const outcome = await handler({ period: '2026-10' });
  expect('centers' in outcome).toBe(true);
  if (!('centers' in outcome)) return;
  expect(outcome.centers.map((c) => c.centerId)).toEqual(['demo', 'east']);
  expect(outcome.centers.every((c) => c.period === '2026-10')).toBe(true);
});

it('ticks the selections of every listed center', async () => {
  const { handler } = await import('#functions/run-selections');
  const run = await handler({ at: '2026-11-02T09:00:00+08:00' });
  expect('centers' in run && run.centers.map((c) => c.centerId)).toEqual(['demo', 'east']);
});

/**
 * Issue #11's "done means": one window-month that receives 5 000 cases, 300 public
 * complaints of 2 000 characters and 300 objections still takes a finding and a rating with
 * 201, through the local gateway — no item grows with the number of records, so nothing
 * reaches DynamoDB's 400 KB item limit, and the public's writes never touch an item staff
 * records write. The month is today's (intake refuses future dates and stale objections).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTER, windowSubject } from '#core/aggregates';
import { dateOf } from '#core/records/common';
import type { Role } from '#core/roles';
import { listAggregatesForMonth } from '#store/aggregates';
import { putNotice } from '#store/notices';
import type { LocalSystem } from '../../infra/local/system.ts';
import { EXAMPLES } from '../support/record-examples.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
const tokens = {} as Record<'device' | 'clerk' | 'supervisor', string>;
const today = dateOf(new Date());
const month = today.slice(0, 7);

beforeAll(async () => {
  // The flood stands for many citizens; from the test's one address the public rate limit would stop it.
  system = await startTestSystem(['2026-10'], { publicRateLimit: { points: 10_000, durationSeconds: 600 } });
  const sign = (role: Role, subject: string, windowId?: string) => system.issuer.sign({ role, subject, centerId: 'demo', ...(windowId ? { windowId } : {}) });
  Object.assign(tokens, {
    device: await sign('device', 'device-w01', 'w01'),
    clerk: await sign('clerk', 'clerk-w01', 'w01'),
    supervisor: await sign('supervisor', 'supervisor-1'),
  });
});
afterAll(() => system?.stop());

async function post(segment: string, body: unknown, token?: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${system.url}/api/v1/centers/demo/${segment}`, { method: 'POST', headers, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return response.status;
}

/** Posts `count` bodies, 16 at a time; the statuses counted. */
async function postMany(count: number, send: (i: number) => Promise<number>): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < count) {
        const status = await send(next++);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return statuses;
}

describe('a window-month at volume', () => {
  it('takes 5 000 cases, 300 long public complaints and 300 objections, and still a finding and a rating', async () => {
    const cases = await postMany(5_000, (i) =>
      post('cases', { ...EXAMPLES.case, caseNumber: `VOL-${i}`, acceptedDate: today, completedDate: today }, tokens.clerk),
    );
    expect(cases).toEqual({ 201: 5_000 });

    const { channel: _, ...citizen } = EXAMPLES.complaint;
    const complaints = await postMany(300, () => post('public/complaints', { ...citizen, receivedDate: today, summary: '窗口'.repeat(1_000) }));
    expect(complaints).toEqual({ 201: 300 });

    await putNotice(system.store, 'demo', { noticeId: 'volume-notice', publishedOn: today, startDate: today, endDate: today, entries: ['o001'] });
    const objections = await postMany(300, () => post('public/objections', { noticeId: 'volume-notice', entry: 'o001', date: today, text: '异议'.repeat(250) }));
    expect(objections).toEqual({ 201: 300 });

    expect(await post('findings', { ...EXAMPLES.finding, date: today }, tokens.supervisor)).toBe(201);
    expect(await post('evaluations', { ...EXAMPLES.evaluation, ratedAt: new Date().toISOString() }, tokens.device)).toBe(201);

    // Each counted once: 5 000 immediate cases completed on the day, all on time.
    const w01 = (await listAggregatesForMonth(system.store, 'demo', month)).get(windowSubject('w01'))!;
    expect(w01.counters[COUNTER.cases('immediate')]).toBeGreaterThanOrEqual(5_000);
    expect(w01.counters[COUNTER.completedOnTime]).toBeGreaterThanOrEqual(5_000);
    expect(w01.members.complaint!.length).toBeGreaterThanOrEqual(300);
  }, 600_000);
});

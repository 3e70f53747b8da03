/**
 * The yearly officer assessment end to end (DOMAIN.md §4.6) on the demo center: yearly
 * ratings go in through the API, the yearly run assesses, supervisors, the panel and admins
 * read the result with its ledger, a window head does not, and nothing of it is published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { fromLedgerDocument, ledgerTotal, type LedgerLineDocument } from '#core/ledger';
import { toExact } from '#core/points';
import { defaultRulebook } from '#core/rulebook/default';
import { runYearlyAssessment } from '#functions/jobs/yearly-assessment';
import { listOfficers } from '#store/center';
import { listPublished } from '#store/published';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
beforeAll(async () => {
  system = await startTestSystem();
}, 300_000);
afterAll(() => system?.stop());

type Role = Parameters<LocalSystem['issuer']['sign']>[0]['role'];
const token = (role: Role, extra: Record<string, string> = {}) => system.issuer.sign({ role, subject: `${role}-1`, centerId: 'demo', ...extra });

async function post(path: string, role: Role, body: unknown, extra: Record<string, string> = {}) {
  const res = await fetch(`${system.url}/api/v1/centers/demo/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await token(role, extra)}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function read(role: Role, extra: Record<string, string> = {}) {
  const res = await fetch(`${system.url}/api/v1/centers/demo/yearly-assessments/2026`, { headers: { authorization: `Bearer ${await token(role, extra)}` } });
  return { status: res.status, body: res.status === 200 ? ((await res.json()) as { list: Record<string, unknown>; officers: Record<string, unknown>[] }) : null };
}

describe('the yearly assessment of 2026', () => {
  it('assesses a rated staff member, leaves the unrated incomplete, and is read only by supervisors, panel and admins', async () => {
    const officers = await listOfficers(system.store, 'demo');
    const staff = officers.find((o) => o.role === 'staff' && o.startDate < '2026-01-01')!;
    const rating = (raterKind: string, ratedBy: string, points: string) => ({ year: '2026', raterKind, ratedBy, officerId: staff.officerId, points });
    // staff: original unit 6, window head 10, center departments 24 (two departments, averaged)
    expect((await post('yearly-ratings', 'supervisor', rating('unit-leader', '原单位', '5'))).status).toBe(201);
    expect((await post('yearly-ratings', 'head', rating('window-head', '负责人', '9'), { windowId: staff.windowId })).status).toBe(201);
    // Two departments are two raters: two callers (one caller rates an officer once a year).
    expect((await post('yearly-ratings', 'supervisor', rating('center-departments', '管理科', '22'), { subject: 'supervisor-admin-section' })).status).toBe(201);
    expect((await post('yearly-ratings', 'supervisor', rating('center-departments', '督查科', '20'), { subject: 'supervisor-inspection-section' })).status).toBe(201);

    const outcome = await runYearlyAssessment(system.store, 'demo', '2026', defaultRulebook(), createCalendar(), new Date('2027-01-15T08:00:00Z'));
    expect(outcome).toMatchObject({ year: '2026', changed: true });

    const answer = await read('supervisor');
    expect(answer.status).toBe(200);
    const mine = answer.body!.officers.find((o) => o.officerId === staff.officerId)!;
    expect(mine.status).toBe('assessed');
    // rater points 5 + 9 + (22 + 20) / 2 = 35; the ledger sums to the total
    const ledger = fromLedgerDocument(mine.ledger as LedgerLineDocument[]);
    expect(toExact(ledgerTotal(ledger.filter((l) => l.code.startsWith('YA.RATING.'))))).toBe('35');
    expect(toExact(ledgerTotal(ledger))).toBe(mine.total);
    const unrated = answer.body!.officers.find((o) => o.officerId !== staff.officerId && o.status !== 'not-assessed')!;
    expect(unrated).toMatchObject({ status: 'incomplete', missing: expect.arrayContaining(['unit-leader', 'center-departments']) });
    expect(answer.body!.list).toMatchObject({ rule: 'yearly-assessment', year: '2026', rulebook: { hash: defaultRulebook().hash } });

    expect((await read('panel')).status).toBe(200);
    expect((await read('admin')).status).toBe(200);
    expect((await read('head', { windowId: staff.windowId })).status).toBe(403);
    // Nothing of the yearly assessment is published.
    expect((await listPublished(system.store, 'demo')).some((d) => JSON.stringify(d).includes('yearly-assessment'))).toBe(false);
    // The same inputs again: nothing written.
    expect(await runYearlyAssessment(system.store, 'demo', '2026', defaultRulebook(), createCalendar(), new Date('2027-01-15T08:00:00Z'))).toMatchObject({ changed: false });
  }, 300_000);
});

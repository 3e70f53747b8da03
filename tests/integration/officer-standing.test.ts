/**
 * The officer's own view through the gateway (issue #15 item 3): an officer's account reads
 * its own months, ledger in words and standing, and nothing of anyone else — every other
 * route of the API answers it 403 (or 401 where the route takes devices), another officer's
 * standing 403, and an account without its officer claim reads nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '#functions/routes';
import { listSubjectResults } from '#store/results';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
const NOW = new Date('2026-11-16T10:00:00+08:00');
let own: string;

beforeAll(async () => {
  system = await startTestSystem(['2026-09', '2026-10'], { now: () => NOW });
  own = await system.issuer.sign({ role: 'officer', subject: 'officer-o001', centerId: 'demo', officerId: 'o001' });
});
afterAll(() => system?.stop());

const get = (path: string, token: string) => fetch(`${system.url}/api/v1/centers/demo${path}`, { headers: { authorization: `Bearer ${token}` } });

interface Standing {
  officer: { officerId: string; name: string };
  months: { month: string; scoreShown: string | null; grade: { id: string } | null; nextGrade: { pointsNeeded: string } | null; ledger: { name: { zh: string }; points: string }[] }[];
  honors: { honorId: string; period: string }[];
  vetoes: unknown[];
  appeals: unknown[];
}

describe('an officer’s own account', () => {
  it('reads its own months: the stored score and grade, every ledger line named', async () => {
    const response = await get('/officers/o001/standing?year=2026', own);
    expect(response.status).toBe(200);
    const standing = (await response.json()) as Standing;
    expect(standing.officer.officerId).toBe('o001');
    // January to November (the pinned month), from the officer's start.
    expect(standing.months.at(-1)!.month).toBe('2026-11');
    const october = standing.months.find((m) => m.month === '2026-10')!;
    const [stored] = (await listSubjectResults(system.store, 'demo', '2026-10', 'O#o001')).filter((r) => r.rule === 'monthly-score');
    expect(stored).toBeDefined();
    expect(october.scoreShown).toBe(stored!.scoreShown);
    expect(october.grade?.id).toBe(stored!.grade);
    expect(october.ledger).toHaveLength((stored!.ledger as unknown[]).length);
    // No line reads as a bare code: each has a name in words.
    for (const line of october.ledger) expect(line.name.zh).not.toMatch(/^[A-Z][A-Z.\-_]+$/);
    expect(standing.honors.length).toBeGreaterThan(0);
  });

  it('reads nobody else’s standing, and no other route of the API', async () => {
    expect((await get('/officers/o002/standing', own)).status).toBe(403);
    expect((await get('/officers/o015/standing', own)).status).toBe(403);
    const refused: string[] = [];
    for (const route of ROUTES.filter((r) => !r.roles.includes('public') && r.operationId !== 'getOfficerStanding')) {
      const path = route.path.replace('{center}', 'demo').replace('{window}', 'w01').replace('{officer}', 'o001').replace('{year}', '2026')
        .replace('{honor}', 'quarterly-stars').replace('{period}', '2026-Q3').replace('{kind}', 'attendance').replace('{file}', 'window-scores.xlsx');
      const response = await fetch(`${system.url}${path}`, {
        method: route.method,
        headers: { authorization: `Bearer ${own}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        ...(route.method === 'GET' ? {} : { body: '{}' }),
      });
      await response.arrayBuffer();
      // Device routes sit behind the device pool's authorizer: a person's token is no credential there.
      const want = route.roles.includes('device') ? 401 : 403;
      if (response.status !== want) refused.push(`${route.method} ${route.path}: ${response.status}, want ${want}`);
    }
    expect(refused).toEqual([]);
  });

  it('reads nothing without its officer claim', async () => {
    const unbound = await system.issuer.sign({ role: 'officer', subject: 'officer-unbound', centerId: 'demo' });
    expect((await get('/officers/o001/standing', unbound)).status).toBe(403);
  });

  it('is read by a supervisor for any officer, and a clerk for none', async () => {
    const supervisor = await system.issuer.sign({ role: 'supervisor', subject: 's', centerId: 'demo' });
    expect((await get('/officers/o015/standing', supervisor)).status).toBe(200);
    expect((await get('/officers/nobody/standing', supervisor)).status).toBe(404);
    const clerk = await system.issuer.sign({ role: 'clerk', subject: 'c', centerId: 'demo', windowId: 'w01' });
    expect((await get('/officers/o001/standing', clerk)).status).toBe(403);
  });
});

/**
 * Every preset scores (issue 14, items 1 and 2): the demo center works under each rulebook
 * preset in turn and the score CLI's handler runs a month, a quarter and a year under it. A
 * preset without an electronic evaluation (seed 002, seed 004) scores and publishes its
 * months instead of failing; under the default, the component the month's page shows is
 * the one the window's score took — with the demo's conduct deductions and its confirmed
 * consecutive ratings in it, not recomputed from raw counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromLedgerDocument, ledgerTotal, type LedgerLineDocument } from '#core/ledger';
import { format2 } from '#core/points';
import type { MonthlyEvaluation } from '#core/published';
import { DEFAULT_RULEBOOK } from '#core/rulebook/default';
import { SEED_000_YEARLY_GOLD } from '#core/rulebook/presets/seed-000-yearly-gold';
import { SEED_001_MONTHLY_CIVILIZED } from '#core/rulebook/presets/seed-001-monthly-civilized';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import type { Rulebook } from '#core/rulebook/schema';
import { listPublished } from '#store/published';
import { listSubjectResults } from '#store/results';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
beforeAll(async () => {
  system = await startTestSystem();
}, 300_000);
afterAll(() => system?.stop());

const putRulebook = async (rulebook: Rulebook, version: string) => {
  const { hash: _hash, ...content } = rulebook;
  const admin = await system.issuer.sign({ role: 'admin', subject: 'admin-1', centerId: 'demo' });
  const res = await fetch(`${system.url}/api/v1/centers/demo/rulebook`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...content, version }),
  });
  expect(res.status).toBe(200);
};

const monthPage = async (): Promise<MonthlyEvaluation> => {
  const doc = (await listPublished(system.store, 'demo')).find((d) => d.kind === 'monthly-evaluation' && d.period === '2026-10');
  if (doc?.kind !== 'monthly-evaluation') throw new Error('October is not published');
  return doc;
};

describe('one number: the public component is the ledger’s', () => {
  it('for every window of October 2026 under the default rulebook', async () => {
    const page = await monthPage();
    let withConduct = 0;
    for (const row of page.windows) {
      const [score] = (await listSubjectResults(system.store, 'demo', '2026-10', `W#${row.windowId}`)).filter((r) => r.rule === 'monthly-score') as unknown as {
        ledger: LedgerLineDocument[];
      }[];
      const eeLines = fromLedgerDocument(score!.ledger.filter((l) => l.code.startsWith('EE.')));
      expect(row.component, row.windowId).toBe(format2(ledgerTotal(eeLines)));
      if (eeLines.some((l) => l.code.startsWith('EE.CONDUCT'))) withConduct += 1;
    }
    // The demo's October carries conduct deductions: the comparison is not only of bases.
    expect(withConduct).toBeGreaterThan(0);
  });
});

describe('every preset scores a month, a quarter and a year', () => {
  const presets: [Rulebook, string][] = [
    [SEED_002_MONTHLY_ASSESSMENT, '2.0.0'],
    [SEED_004_PATROL, '3.0.0'],
    [SEED_001_QUARTERLY_COMPOSITE, '4.0.0'],
    [SEED_001_MONTHLY_CIVILIZED, '5.0.0'],
    [SEED_000_YEARLY_GOLD, '6.0.0'],
    [DEFAULT_RULEBOOK, '7.0.0'],
  ];
  it.each(presets.map(([rulebook, version]) => [rulebook.id, rulebook, version] as const))('%s', async (_id, rulebook, version) => {
    await putRulebook(rulebook, version);
    // The score CLI's handler, imported after the system has set up its store.
    const { handler: runScores } = await import('#functions/run-scores');
    for (const period of ['2026-10', '2026-Q3', '2026']) {
      const outcome = await runScores({ centerId: 'demo', period });
      expect(outcome.period).toBe(period);
    }
    const page = await monthPage();
    expect(page.rulebook).toMatchObject({ id: rulebook.id, version });
    const computes = rulebook.window.categories.some((c) => c.components.includes('electronic-evaluation'));
    expect(page.windows.every((w) => (w.component === null) === !computes)).toBe(true);
    expect(page.windows.every((w) => w.score !== null)).toBe(true);
  }, 600_000);
});

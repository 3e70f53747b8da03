/**
 * Every preset scores (issue 14, items 1 and 2): the demo center works under each rulebook
 * preset in turn and the score run's jobs — what `npm run score` calls, month by month, then
 * the period's means and, for a year, the yearly assessment — run a month, a quarter and a
 * year under it. (The jobs are called with the preset in hand: the handler keeps a center's
 * settings for a minute, which a test switching rulebooks every few seconds would wait on.)
 * A preset without an electronic evaluation (seed 002, seed 004) scores and publishes its
 * months instead of failing; under the default, the component the month's page shows is
 * the one the window's score took — with the demo's conduct deductions (August, September)
 * in it, not recomputed from raw counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromLedgerDocument, ledgerTotal, type LedgerLineDocument } from '#core/ledger';
import { format2 } from '#core/points';
import type { MonthlyEvaluation } from '#core/published';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_000_YEARLY_GOLD } from '#core/rulebook/presets/seed-000-yearly-gold';
import { SEED_001_MONTHLY_CIVILIZED } from '#core/rulebook/presets/seed-001-monthly-civilized';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import type { Rulebook } from '#core/rulebook/schema';
import { createCalendar } from '#core/calendar';
import { monthsOf, periodKindOf } from '#core/rules/period';
import { scoreAndPublishMonth } from '#functions/jobs/monthly-evaluation';
import { runMonthlyScores } from '#functions/jobs/monthly-scores';
import { runPeriodMeans } from '#functions/jobs/period-means';
import { runYearlyAssessment } from '#functions/jobs/yearly-assessment';
import { listPublished } from '#store/published';
import { listRulebooks } from '#store/settings';
import { listSubjectResults } from '#store/results';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const MONTHS = ['2026-08', '2026-09', '2026-10'];
// After the months above, before Q4 ends: what `npm run score` would see on that day.
const NOW = new Date('2026-11-20T08:00:00Z');

let system: LocalSystem;
beforeAll(async () => {
  system = await startTestSystem(MONTHS);
}, 300_000);

/** The score run of `period` as the handler takes it, under `rulebook`. */
async function scorePeriod(period: string, rulebook: Rulebook): Promise<void> {
  const calendar = createCalendar();
  for (const month of monthsOf(period).filter((m) => m <= '2026-11')) {
    await runMonthlyScores(system.store, 'demo', month, rulebook, NOW);
    await scoreAndPublishMonth(system.store, 'demo', month, rulebook, NOW);
  }
  if (periodKindOf(period) !== 'month') await runPeriodMeans(system.store, 'demo', period, rulebook, NOW);
  if (periodKindOf(period) === 'year') await runYearlyAssessment(system.store, 'demo', period, rulebook, calendar, NOW);
}
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

const monthPage = async (month = '2026-10'): Promise<MonthlyEvaluation> => {
  const doc = (await listPublished(system.store, 'demo')).find((d) => d.kind === 'monthly-evaluation' && d.period === month);
  if (doc?.kind !== 'monthly-evaluation') throw new Error(`${month} is not published`);
  return doc;
};

describe('one number: the public component is the ledger’s', () => {
  it('for every window of August to October 2026 under the default rulebook', async () => {
    let withConduct = 0;
    for (const month of MONTHS) {
      const page = await monthPage(month);
      for (const row of page.windows) {
        const [score] = (await listSubjectResults(system.store, 'demo', month, `W#${row.windowId}`)).filter((r) => r.rule === 'monthly-score') as unknown as {
          ledger: LedgerLineDocument[];
        }[];
        const eeLines = fromLedgerDocument(score!.ledger.filter((l) => l.code.startsWith('EE.')));
        expect(row.component, `${month} ${row.windowId}`).toBe(format2(ledgerTotal(eeLines)));
        if (eeLines.some((l) => l.code.startsWith('EE.CONDUCT'))) withConduct += 1;
      }
    }
    // The demo's conduct deductions are among them: the comparison is not only of bases.
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
    [defaultRulebook(), '7.0.0'],
  ];
  it.each(presets.map(([rulebook, version]) => [rulebook.id, rulebook, version] as const))('%s', async (_id, rulebook, version) => {
    await putRulebook(rulebook, version);
    const stored = (await listRulebooks(system.store, 'demo')).at(-1)!;
    expect(stored).toMatchObject({ id: rulebook.id, version });
    for (const period of ['2026-10', '2026-Q3', '2026']) await scorePeriod(period, stored);
    const page = await monthPage();
    expect(page.rulebook).toMatchObject({ id: rulebook.id, version });
    const computes = rulebook.window.categories.some((c) => c.components.includes('electronic-evaluation'));
    expect(page.windows.every((w) => (w.component === null) === !computes)).toBe(true);
    expect(page.windows.every((w) => w.score !== null)).toBe(true);
  }, 600_000);
});

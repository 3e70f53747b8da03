/**
 * The monthly 100-point scores on the whole local system with the demo center's October
 * 2026: the score run of the system's start has stored a result per window and officer;
 * each ledger sums to its score; a re-run over the same inputs writes nothing; the demo's
 * October stories show in the ledgers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromLedgerDocument, ledgerTotal, type LedgerLineDocument } from '#core/ledger';
import { fromExact, format2, toExact } from '#core/points';
import { defaultRulebook } from '#core/rulebook/default';
import { runMonthlyScores } from '#functions/jobs/monthly-scores';
import { windowMonthResults } from '#functions/window-ledger';
import { listOfficers, listWindows } from '#store/center';
import { resultKey } from '#store/keys';
import { listResults } from '#store/results';
import { listWindowMonthRecords } from '#store/records';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const MONTH = '2026-10';
// Inside Q4 and before its inspection: hygiene is pending, whenever the test runs.
const NOW = new Date('2026-11-21T08:00:00Z');

interface ScoreDocument {
  sk: string;
  rule: string;
  subject: 'window' | 'officer';
  score: string;
  scoreShown: string;
  pending: string[];
  grade: string | null;
  ledger: LedgerLineDocument[];
  rulebook: { id: string; version: string; hash: string };
}

let system: LocalSystem;

beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(() => system?.stop());

const monthlyScores = async (): Promise<ScoreDocument[]> =>
  (await listResults(system.store, 'demo', MONTH, '')).filter((i) => String(i.sk).startsWith('MS#')) as unknown as ScoreDocument[];

/** The findings a record led to, in id order (`…-f1`, `…-f2`). */
const findingsFrom = async (windowId: string, source: string) =>
  (await listWindowMonthRecords(system.store, 'demo', windowId, MONTH, 'finding'))
    .filter((r) => r.body.sourceRecordId === source)
    .sort((a, b) => (a.id < b.id ? -1 : 1));

const resultOf = (docs: ScoreDocument[], sk: string) => docs.find((d) => d.sk === sk)!;
const linesOf = (doc: ScoreDocument, code: string) => doc.ledger.filter((l) => l.code === code).map(({ points, records }) => ({ points, records }));

describe('monthly scores of October 2026', () => {
  it('the score run of the start stored them: the window reads its 100-point ledger beside its 5-point one', async () => {
    const results = await windowMonthResults(system.store, 'demo', MONTH, 'w01');
    expect(results.map((r) => r.rule).sort()).toEqual(['electronic-evaluation', 'monthly-score']);
    // The component is the one inside the score, under its own rule.
    const score = results.find((r) => r.rule === 'monthly-score') as { electronicEvaluation: { component: string; ledger: unknown[] } };
    const component = results.find((r) => r.rule === 'electronic-evaluation')!;
    expect(component).toMatchObject({ sk: 'EE#W#w01', windowId: 'w01', component: score.electronicEvaluation.component, ledger: score.electronicEvaluation.ledger });
  });

  it('shows the score\'s component, not an `EE#` result an earlier version stored', async () => {
    await system.store.putMany([{ ...resultKey('demo', MONTH, 'EE#W#w02'), rule: 'electronic-evaluation', windowId: 'w02', component: '-99' }]);
    const results = await windowMonthResults(system.store, 'demo', MONTH, 'w02');
    const components = results.filter((r) => r.rule === 'electronic-evaluation');
    expect(components).toHaveLength(1);
    expect(components[0]!.component).not.toBe('-99');
  });

  it('stores a result per window and officer, each ledger summing to its score; a re-run writes nothing', async () => {
    await runMonthlyScores(system.store, 'demo', MONTH, defaultRulebook(), NOW);
    const [windows, officers, docs] = await Promise.all([listWindows(system.store, 'demo'), listOfficers(system.store, 'demo'), monthlyScores()]);
    expect(docs.map((d) => d.sk).sort()).toEqual(
      [...windows.map((w) => `MS#W#${w.windowId}`), ...officers.map((o) => `MS#O#${o.officerId}`)].sort(),
    );
    for (const doc of docs) {
      expect(doc).toMatchObject({ rule: 'monthly-score', rulebook: { id: 'default', hash: defaultRulebook().hash } });
      expect(toExact(ledgerTotal(fromLedgerDocument(doc.ledger)))).toBe(doc.score);
      expect(format2(fromExact(doc.score))).toBe(doc.scoreShown);
      expect(doc.pending).toEqual(doc.subject === 'window' ? ['hygiene'] : []);
      expect(doc.grade === null).toBe(doc.subject === 'window');
    }

    expect(await runMonthlyScores(system.store, 'demo', MONTH, defaultRulebook(), NOW)).toEqual({
      centerId: 'demo',
      month: MONTH,
      windows: windows.length,
      officers: officers.length,
      changed: false,
    });
    expect(await monthlyScores()).toEqual(docs);
  });

  it('shows the banner w01 received on 22 October: +5', async () => {
    const w01 = resultOf(await monthlyScores(), 'MS#W#w01');
    expect(linesOf(w01, 'B-W-BANNER')).toEqual([{ points: '5', records: ['demo-commendation-2026-10-22-w01-banner'] }]);
  });

  it('shows the case w10 completed a working day late, against the window (−5) and its officer (−3)', async () => {
    const docs = await monthlyScores();
    const [windowFinding, officerFinding] = await findingsFrom('w10', 'demo-case-done-w10-2026-09-014');
    expect(linesOf(resultOf(docs, 'MS#W#w10'), 'W-SVC-CASE-OVERDUE')).toEqual([{ points: '-5', records: [windowFinding!.id] }]);
    const officer = resultOf(docs, `MS#O#${officerFinding!.body.officerId}`);
    // 1 working day × 3 = 3 off 工作效率 (25 → 22); the officer has no other finding in October: 97.00, 优秀 (≥ 90)
    expect(linesOf(officer, 'O-EFF-CASE-OVERDUE')).toEqual([{ points: '-3', records: [officerFinding!.id] }]);
    expect(officer).toMatchObject({ scoreShown: '97.00', grade: 'excellent' });
  });

  it('shows the patrol of 20 October at w02 against the officer and, as seed 004 counts it, the window', async () => {
    const docs = await monthlyScores();
    const [officerFinding, windowFinding] = await findingsFrom('w02', 'demo-patrol-2026-10-20-w02-1');
    expect(linesOf(resultOf(docs, 'MS#W#w02'), 'W-PATROL-ETIQUETTE')).toEqual([{ points: '-1', records: [windowFinding!.id] }]);
    const officer = resultOf(docs, `MS#O#${officerFinding!.body.officerId}`);
    expect(linesOf(officer, 'O-PATROL-DESK-UNTIDY')).toEqual([{ points: '-1', records: [officerFinding!.id] }]);
  });
});

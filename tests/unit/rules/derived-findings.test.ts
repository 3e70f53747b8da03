/**
 * Verified complaints and smoking items act by themselves in the monthly 100-point scores
 * (issue 14 item 5; DOMAIN.md §3.8, §4.2, §5): records are folded into aggregates as intake
 * folds them, turned into score inputs and scored by the default rulebook. Every expected
 * number is worked by hand in a comment.
 */
import { describe, expect, it } from 'vitest';
import { CENTER_LEVEL_WINDOW, type RecordFacts, aggregatesByMonth, recordEffects } from '#core/aggregates';
import { ledgerTotal } from '#core/ledger';
import { format2, toExact } from '#core/points';
import { RECORD_TYPES, type RecordTypeName } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import type { Rulebook } from '#core/rulebook/schema';
import { type MonthlyScore, officerMonthlyScore, windowMonthlyScore } from '#core/rules/monthly-score';
import { type ScoreSources, complaintsNamed, monthlyScoreInputs } from '#core/score-inputs';

function record(type: RecordTypeName, id: string, body: Record<string, unknown>): RecordFacts {
  const recordType = RECORD_TYPES[type] as RecordType<any>;
  const parsed = recordType.body.parse(body) as Record<string, unknown>;
  return { id, type, month: recordType.monthOf(parsed), windowId: recordType.windowOf(parsed) ?? CENTER_LEVEL_WINDOW, body: parsed };
}

const OFFICERS = [
  { officerId: 'o001', startDate: '2020-03-01' },
  { officerId: 'o083', startDate: '2021-01-01' },
];

// Received in September, verified in October: the findings belong to October, the step's month.
const COMPLAINT = record('complaint', 'cmp-1', {
  receivedDate: '2026-09-28',
  channel: 'phone',
  windowId: 'w01',
  officerId: 'o001',
  summary: '态度生硬',
});
const VERIFIED = record('complaint-step', 'step-1', {
  complaintId: 'cmp-1',
  step: 'verified',
  date: '2026-10-09',
  windowCodes: ['W-SVC-COMPLAINT-VERIFIED', 'V-W-COMPLAINT-VERIFIED'],
  officerCodes: ['O-IDEO-COMPLAINT-ATTITUDE', 'V-O-COMPLAINT-VERIFIED'],
});
const INSPECTION = record('inspection', 'insp-1', {
  windowId: 'w01',
  quarter: '2026-Q4',
  date: '2026-10-15',
  inspector: '第三方',
  deductions: [
    { item: 'smoking', officerIds: ['o001'] },
    { item: 'cigarette-butt', officerIds: ['o083'] },
  ],
});

function sourcesOf(month: string, records: readonly RecordFacts[]): ScoreSources {
  const aggregates = aggregatesByMonth(records.map(recordEffects));
  const complaints = new Map(
    records.filter((r) => r.type === 'complaint').map((r) => [r.id, { windowId: String(r.body.windowId), officerId: String(r.body.officerId) }]),
  );
  return { centerId: 'c1', month, windowIds: ['w01'], officers: OFFICERS, aggregates, flags: [], now: new Date('2026-11-10T00:00:00Z'), complaints };
}

function scored(sources: ScoreSources, rulebook: Rulebook = defaultRulebook()) {
  const inputs = monthlyScoreInputs(sources, rulebook);
  return {
    window: windowMonthlyScore(inputs.windows.find((w) => w.windowId === 'w01')!, rulebook),
    officer: (id: string) => officerMonthlyScore(inputs.officers.find((o) => o.officerId === id)!, rulebook),
  };
}

const findingLines = (score: MonthlyScore) =>
  score.ledger
    .filter((l) => /^(W|O|V)-/.test(l.code))
    .map((l) => ({ code: l.code, points: toExact(l.points), records: l.records }));

describe('a verified complaint and an inspection’s smoking items in October 2026 (default rulebook)', () => {
  const { window, officer } = scored(sourcesOf('2026-10', [COMPLAINT, VERIFIED, INSPECTION]));

  it('the window pays the complaint’s code, linked to the complaint, and shows its veto', () => {
    expect(findingLines(window)).toEqual([
      { code: 'V-W-COMPLAINT-VERIFIED', points: '0', records: ['cmp-1'] },
      { code: 'W-SVC-COMPLAINT-VERIFIED', points: '-5', records: ['cmp-1'] },
    ]);
    // 优质服务 60: electronic evaluation 5 (no ratings, no volume: R = 0, E = 0 → 5)
    //   + hygiene 100 − 5 (smoking) − 5 (butt) = 90 → 90 × 5 / 100 = 4.5
    //   + the other 50 − 5 (verified complaint) = 45  → 54.5
    // 廉洁办公 20 + 工作纪律 20 → 94.50
    expect(format2(window.score)).toBe('94.50');
    expect(toExact(ledgerTotal(window.ledger))).toBe(toExact(window.score));
  });

  it('the officer complained about pays the complaint’s code and the smoking code, each linked to its record', () => {
    const o001 = officer('o001');
    // In the ledger's order: 思想品德's deduction, then 遵章守纪's by record and code.
    expect(findingLines(o001)).toEqual([
      { code: 'O-IDEO-COMPLAINT-ATTITUDE', points: '-2', records: ['cmp-1'] },
      { code: 'V-O-COMPLAINT-VERIFIED', points: '0', records: ['cmp-1'] },
      { code: 'O-DISC-SMOKING', points: '-5', records: ['insp-1'] },
      { code: 'V-O-SMOKING', points: '0', records: ['insp-1'] },
    ]);
    // 100 − 2 (思想品德) − 5 (遵章守纪) = 93.00 → 优秀 (≥ 90)
    expect(format2(o001.score)).toBe('93.00');
    expect(o001.grade).toBe('excellent');
  });

  it('the officer a cigarette-butt item names pays its code and gets the smoking veto as the selections apply it', () => {
    const o083 = officer('o083');
    expect(findingLines(o083)).toEqual([
      { code: 'O-DISC-CIGARETTE-BUTT', points: '-5', records: ['insp-1'] },
      { code: 'V-O-SMOKING', points: '0', records: ['insp-1'] },
    ]);
    // 100 − 5 (遵章守纪) = 95.00
    expect(format2(o083.score)).toBe('95.00');
  });
});

describe('where the derived findings do not apply', () => {
  it('September (the complaint’s month) carries nothing: the step verified it in October', () => {
    const { window, officer } = scored(sourcesOf('2026-09', [COMPLAINT, VERIFIED, INSPECTION]));
    expect(findingLines(window)).toEqual([]);
    expect(findingLines(officer('o001'))).toEqual([]);
  });

  it('a complaint still under investigation carries nothing, and no complaint needs reading', () => {
    const investigating = record('complaint-step', 'step-0', { complaintId: 'cmp-1', step: 'investigating', date: '2026-10-09' });
    const sources = sourcesOf('2026-10', [COMPLAINT, investigating]);
    expect(complaintsNamed(sources.aggregates, '2026-10')).toEqual([]);
    expect(findingLines(scored(sources).window)).toEqual([]);
  });

  it('the job must read the complaint a verifying step names: without it the run stops rather than drop the points', () => {
    const sources = sourcesOf('2026-10', [COMPLAINT, VERIFIED]);
    expect(complaintsNamed(sources.aggregates, '2026-10')).toEqual(['cmp-1']);
    expect(() => monthlyScoreInputs({ ...sources, complaints: new Map() }, defaultRulebook())).toThrow(/cmp-1/);
  });

  it('a finding a supervisor filed for the same event, naming the inspection, counts once', () => {
    const typed = record('finding', 'f-1', {
      code: 'O-DISC-SMOKING',
      subject: 'officer',
      windowId: 'w01',
      officerId: 'o001',
      date: '2026-10-15',
      evidence: '检查发现吸烟',
      verifiedBy: '顾立群',
      sourceKind: 'inspection',
      sourceRecordId: 'insp-1',
    });
    const o001 = scored(sourcesOf('2026-10', [INSPECTION, typed])).officer('o001');
    expect(findingLines(o001).filter((l) => l.code === 'O-DISC-SMOKING')).toEqual([{ code: 'O-DISC-SMOKING', points: '-5', records: ['f-1'] }]);
    // 100 − 5 = 95.00: once, not twice
    expect(format2(o001.score)).toBe('95.00');
  });

  it('a rulebook without these codes (seed 004) scores none of them', () => {
    const { window, officer } = scored(sourcesOf('2026-10', [COMPLAINT, VERIFIED, INSPECTION]), SEED_004_PATROL);
    expect(findingLines(window)).toEqual([]);
    expect(findingLines(officer('o001'))).toEqual([]);
  });
});

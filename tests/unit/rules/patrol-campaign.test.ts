/**
 * Seed 004 as a campaign, one act one code (issue 14 item 8; seed 004 §五、保障措施 第3条,
 * DOMAIN.md §4.4): under the campaign's rulebook one patrol finding costs the officer and the
 * window together, and the window's part cannot be entered again by itself. Numbers by hand.
 */
import { describe, expect, it } from 'vitest';
import { CENTER_LEVEL_WINDOW, type RecordFacts, aggregatesByMonth, recordEffects } from '#core/aggregates';
import { format2, toExact } from '#core/points';
import { findingRecord } from '#core/records/finding';
import { patrolRecord } from '#core/records/patrol';
import { RECORD_TYPES, type RecordTypeName } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import { DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { defaultFindingCodes } from '#core/rulebook/findings/index';
import { type Rulebook, defineRulebook } from '#core/rulebook/schema';
import { officerMonthlyScore, windowMonthlyScore } from '#core/rules/monthly-score';
import { monthlyScoreInputs } from '#core/score-inputs';

function record(type: RecordTypeName, id: string, body: Record<string, unknown>): RecordFacts {
  const recordType = RECORD_TYPES[type] as RecordType<any>;
  const parsed = recordType.body.parse(body) as Record<string, unknown>;
  return { id, type, month: recordType.monthOf(parsed), windowId: recordType.windowOf(parsed) ?? CENTER_LEVEL_WINDOW, body: parsed };
}
const officerFinding = (id: string, code: string) =>
  record('finding', id, { code, subject: 'officer', windowId: 'w01', officerId: 'o001', date: '2026-07-14', evidence: '值班长巡查', verifiedBy: '宋敏', sourceKind: 'patrol' });

function scored(records: RecordFacts[], rulebook: Rulebook) {
  const inputs = monthlyScoreInputs(
    { centerId: 'c1', month: '2026-07', windowIds: ['w01'], officers: [{ officerId: 'o001', startDate: '2025-01-01' }], aggregates: aggregatesByMonth(records.map(recordEffects)), flags: [], now: new Date('2026-08-10T00:00:00Z'), complaints: new Map() },
    rulebook,
  );
  return { window: windowMonthlyScore(inputs.windows[0]!, rulebook), officer: officerMonthlyScore(inputs.officers[0]!, rulebook) };
}
const lines = (ledger: readonly { code: string; points: unknown; records: readonly string[] }[], prefix: string) =>
  ledger.filter((l) => l.code.startsWith(prefix)).map((l) => ({ code: l.code, points: toExact(l.points as never), records: l.records }));

describe('July under the seed 004 campaign: one patrol finding, the officer and the window pay', () => {
  const { window, officer } = scored([officerFinding('f-late', 'O-PATROL-LATE'), officerFinding('f-gift', 'O-PATROL-GIFT')], SEED_004_PATROL);

  it('the officer: late −1 (item 1), a gift −2 (item 5)', () => {
    // In the ledger's category order: 遵章守纪, then 廉洁自律.
    expect(lines(officer.ledger, 'O-')).toEqual([
      { code: 'O-PATROL-LATE', points: '-1', records: ['f-late'] },
      { code: 'O-PATROL-GIFT', points: '-2', records: ['f-gift'] },
    ]);
    // 100 − 1 (遵章守纪) − 2 (廉洁自律) = 97.00
    expect(format2(officer.score)).toBe('97.00');
  });

  it('the window, from the same two findings: integrity −2, attendance −1 (廉洁办公 before 工作纪律)', () => {
    expect(lines(window.ledger, 'W-')).toEqual([
      { code: 'W-PATROL-INTEGRITY', points: '-2', records: ['f-gift'] },
      { code: 'W-PATROL-ATTENDANCE', points: '-1', records: ['f-late'] },
    ]);
    // No computed components in the campaign's rulebook: 100 − 1 (工作纪律) − 2 (廉洁办公) = 97.00
    expect(format2(window.score)).toBe('97.00');
  });

  it('the window’s part is not entered by itself under the campaign: the event would count twice', () => {
    const typed = findingRecord.body.parse({ code: 'W-PATROL-ATTENDANCE', subject: 'window', windowId: 'w01', date: '2026-07-14', evidence: '迟到', verifiedBy: '宋敏', sourceKind: 'patrol' });
    expect(findingRecord.checkRules!(typed, SEED_004_PATROL).map((i) => i.path)).toEqual(['code']);
    const patrol = patrolRecord.body.parse({ date: '2026-07-14', session: 'morning', windowId: 'w01', officerId: 'o001', findings: [{ code: 'O-PATROL-LATE', note: '迟到' }, { code: 'W-PATROL-ATTENDANCE', note: '迟到' }] });
    expect(patrolRecord.checkRules!(patrol, SEED_004_PATROL).map((i) => i.path)).toEqual(['findings.1.code']);
  });
});

describe('one act, one code in the default rulebook', () => {
  const late = (code: string) =>
    findingRecord.checkRules!(
      findingRecord.body.parse({ code, subject: 'officer', windowId: 'w01', officerId: 'o001', date: '2026-10-14', evidence: '迟到', verifiedBy: '督查', sourceKind: 'patrol' }),
      defaultRulebook(),
    ).map((i) => i.path);

  it('a lateness is O-DISC-LATE (−2): the campaign’s O-PATROL-LATE (−1) is not a code of the default', () => {
    expect(late('O-DISC-LATE')).toEqual([]);
    expect(late('O-PATROL-LATE')).toEqual(['code']);
  });

  it('no two codes of the default name the same act', () => {
    const acts = defaultRulebook().findingCodes.map((c) => c.sameActAs ?? c.code);
    expect(acts.length).toBe(new Set(acts).size);
  });

  it('a rulebook holding both codes of one act is refused', () => {
    const both = [...DEFAULT_RULEBOOK_CONTENT.findingCodes, defaultFindingCodes().find((c) => c.code === 'O-PATROL-LATE')!];
    expect(() => defineRulebook({ ...DEFAULT_RULEBOOK_CONTENT, findingCodes: both })).toThrow(/O-PATROL-LATE and O-DISC-LATE are one act/);
  });
});

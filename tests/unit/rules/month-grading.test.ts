/**
 * Seed 002's grading layer on a month as the monthly run applies it (rules/monthly-grades.ts
 * `gradeMonth`; seed 002 第十二条–第十五条, DOMAIN.md §4.4; issue 14 item 6): window grades with
 * the 20% cap, the officer codes they carry scored into the officers' months, officer grades
 * with the 15% cap, 调离 flags in the month they arise. Numbers worked by hand in comments.
 */
import { describe, expect, it } from 'vitest';
import { format2, pts } from '#core/points';
import { findingRecord } from '#core/records/finding';
import { patrolRecord } from '#core/records/patrol';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_002_MONTHLY_ASSESSMENT as SEED_002 } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { type OfficerGradingFacts, gradeMonth } from '#core/rules/monthly-grades';
import { type FindingOccurrence, type OfficerMonthInput, officerMonthlyScore } from '#core/rules/monthly-score';

const MONTH = '2026-10';
const RULES = SEED_002.monthlyGrading!;
const window = (subjectId: string, score: string) => ({ subjectId, score: pts(score), deductionPoints: pts('0') });
// Five windows: ⌊0.2 × 5⌋ = 1 优秀. w01 96 and w02 92 both reach 90; w01 keeps 优秀, w02 is 良好.
const WINDOWS = [window('w01', '96'), window('w02', '92'), window('w03', '85'), window('w04', '70'), window('w05', '55')];

const times = (code: string, n: number, from: number): FindingOccurrence[] => Array.from({ length: n }, (_, i) => ({ code, recordId: `r${from + i}` }));
const input = (officerId: string, findings: FindingOccurrence[] = []): OfficerMonthInput => ({ officerId, month: MONTH, findings });
const INPUTS = [
  input('a'),
  input('b'),
  input('c'),
  // 廉 15: two corruptions (−10 each) → 0; 绩 25: five complaints of errors (−6 each) → 0; 勤 20: one absence −5 → 15
  input('d', [...times('O-INT-CORRUPTION', 2, 1), ...times('O-DUTY-ERROR-COMPLAINT', 5, 3), ...times('O-DISC-ABSENT-WITHOUT-LEAVE', 1, 8)]),
  input('e'),
  input('f'),
  input('g'),
];
const complaint = (complaintId: string, received: string, verified: boolean, decidedIn: string) => ({ complaintId, received, verified, decidedIn });
const FACTS: OfficerGradingFacts[] = [
  { officerId: 'a', windowId: 'w01', complaints: [], earlierGrades: [] },
  { officerId: 'b', windowId: 'w02', complaints: [], earlierGrades: [] },
  { officerId: 'c', windowId: 'w05', complaints: [], earlierGrades: [] },
  { officerId: 'd', windowId: 'w05', complaints: [], earlierGrades: [{ month: '2026-09', grade: 'incompetent' }] },
  // Verified in June, then one received in September and verified in October: the second in a row, now.
  { officerId: 'e', windowId: 'w03', complaints: [complaint('c1', '2026-06-01', true, '2026-06'), complaint('c2', '2026-09-20', true, '2026-10')], earlierGrades: [] },
  // Two in a row, but both decided before October: flagged then, not again.
  { officerId: 'f', windowId: 'w04', complaints: [complaint('c3', '2026-07-01', true, '2026-08'), complaint('c4', '2026-08-01', true, '2026-09')], earlierGrades: [] },
  // An unfounded complaint between two verified ones breaks the run.
  { officerId: 'g', windowId: 'w04', complaints: [complaint('c5', '2026-05-01', true, '2026-05'), complaint('c6', '2026-07-01', false, '2026-07'), complaint('c7', '2026-09-25', true, '2026-10')], earlierGrades: [] },
];

describe('a month graded under seed 002', () => {
  const graded = gradeMonth(MONTH, WINDOWS, INPUTS, FACTS, (i) => officerMonthlyScore(i, SEED_002), RULES, SEED_002.tieBreakers);
  const scoreOf = (id: string) => graded.officerScores.find((s) => s.subjectId === id)!;

  it('windows: one 优秀 of five, the second above 90 is 良好 (capped); 不合格 below 60', () => {
    expect(graded.windowGrades.cap).toBe(1);
    expect(graded.windowGrades.grades.map((g) => [g.subjectId, g.grade, g.capped])).toEqual([
      ['w01', 'excellent', false],
      ['w02', 'good', true],
      ['w03', 'good', false],
      ['w04', 'pass', false],
      ['w05', 'fail', false],
    ]);
  });

  it('the officers of the 优秀 window get +2 and of the 不合格 window −2, from the grade, in their ledgers', () => {
    expect(scoreOf('a').ledger.filter((l) => l.code === 'B-O-WINDOW-MONTH-EXCELLENT').map((l) => [format2(l.points), l.records])).toEqual([['2.00', ['window-grade:w01:2026-10']]]);
    // a: 100 + 2 = 102; b (w02 capped to 良好: no code) 100; c: 100 − 2 (绩) = 98
    expect(['a', 'b', 'c'].map((id) => format2(scoreOf(id).score))).toEqual(['102.00', '100.00', '98.00']);
    // d: 德 20 + 能 20 + 勤 15 + 绩 0 (−30 and −2, down to zero) + 廉 0 (−20, down to zero) = 55 → 不称职
    expect([format2(scoreOf('d').score), scoreOf('d').grade]).toEqual(['55.00', 'incompetent']);
  });

  it('officers: ⌊0.15 × 7⌋ = 1 优秀 — the highest, a (102); the other five above 90 are 称职', () => {
    expect(graded.officerGrades.cap).toBe(1);
    expect(graded.officerGrades.grades.map((g) => [g.subjectId, g.grade, g.capped])).toEqual([
      ['a', 'excellent', false],
      ['b', 'competent', true],
      ['c', 'competent', true],
      ['d', 'incompetent', false],
      ['e', 'competent', true],
      ['f', 'competent', true],
      ['g', 'competent', true],
    ]);
  });

  it('调离 flags: d’s second 不称职 month, e’s second verified complaint in a row; not f (flagged before), not g (run broken)', () => {
    expect(graded.transferFlags).toEqual([
      { officerId: 'd', rule: 'incompetent-months', evidence: ['2026-09', '2026-10'] },
      { officerId: 'e', rule: 'verified-complaints', evidence: ['c1', 'c2'] },
    ]);
  });

  it('a complaint received earlier but verified later joins the run that follows it', () => {
    // c8 received in August, verified only in October; c9 received in September, verified in September.
    const late: OfficerGradingFacts = { officerId: 'h', windowId: 'w03', complaints: [complaint('c8', '2026-08-01', true, '2026-10'), complaint('c9', '2026-09-01', true, '2026-09')], earlierGrades: [] };
    const result = gradeMonth(MONTH, WINDOWS, [input('h')], [late], (i) => officerMonthlyScore(i, SEED_002), RULES, SEED_002.tieBreakers);
    expect(result.transferFlags).toEqual([{ officerId: 'h', rule: 'verified-complaints', evidence: ['c8', 'c9'] }]);
  });
});

describe('the derived codes are not typed in where the rulebook derives them', () => {
  const finding = findingRecord.body.parse({
    code: 'B-O-WINDOW-MONTH-EXCELLENT',
    subject: 'officer',
    windowId: 'w01',
    officerId: 'o001',
    date: '2026-10-30',
    evidence: '窗口月度优秀',
    verifiedBy: '督查股',
    sourceKind: 'other',
  });

  it('refused under seed 002, naming the code, in both languages', () => {
    expect(findingRecord.checkRules!(finding, SEED_002)).toEqual([
      { path: 'code', message: 'B-O-WINDOW-MONTH-EXCELLENT follows from the window\'s monthly grade and is not entered / 该代码由窗口月度考核等次自动产生，不能录入' },
    ]);
    const patrol = patrolRecord.body.parse({ date: '2026-10-30', session: 'morning', windowId: 'w01', officerId: 'o001', findings: [{ code: 'O-EFF-WINDOW-FAILED', note: '窗口不合格' }] });
    expect(patrolRecord.checkRules!(patrol, SEED_002).map((i) => i.path)).toEqual(['findings.0.code']);
  });

  it('taken under the default rulebook, which grades no windows', () => {
    expect(findingRecord.checkRules!(finding, defaultRulebook())).toEqual([]);
  });
});

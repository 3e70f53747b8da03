import { describe, expect, it } from 'vitest';
import { pts } from '#core/points';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { defineRulebook } from '#core/rulebook/schema';
import { DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { SEED_002_MONTHLY_GRADING as RULES, officerMonthlyGrades, transferFlags, windowGradeFindings, windowGradeOf, windowMonthlyGrades } from '#core/rules/monthly-grades';
import { officerMonthlyScore } from '#core/rules/monthly-score';

const BREAKERS = defaultRulebook().tieBreakers;
const windows = (scores: string[]) => scores.map((score, i) => ({ windowId: `w${String(i + 1).padStart(2, '0')}`, score: pts(score) }));

describe('window monthly grades (seed 002 第十二条; bands an assumption)', () => {
  it('edges: 90 优秀, 89.99 良好, 80 良好, 79.99 合格, 60 合格, 59.99 不合格', () => {
    expect(['90', '89.99', '80', '79.99', '60', '59.99'].map((s) => windowGradeOf(pts(s), RULES))).toEqual(['excellent', 'good', 'good', 'pass', 'pass', 'fail']);
  });
});

describe('优秀 caps (seed 002 第十三条: windows 20%, officers 15%)', () => {
  it('10 windows → ⌊2.0⌋ = 2 优秀 by score; the third above 90 is 良好', () => {
    const list = windowMonthlyGrades(windows(['95', '94', '93', '85', '70', '70', '70', '70', '70', '50']), RULES, BREAKERS);
    expect(list.cap).toBe(2);
    expect(list.grades.map((g) => [g.subjectId, g.grade, g.capped])).toEqual([
      ['w01', 'excellent', false],
      ['w02', 'excellent', false],
      ['w03', 'good', true],
      ['w04', 'good', false],
      ['w05', 'pass', false],
      ['w06', 'pass', false],
      ['w07', 'pass', false],
      ['w08', 'pass', false],
      ['w09', 'pass', false],
      ['w10', 'fail', false],
    ]);
  });

  it('9 windows → ⌊1.8⌋ = 1 (rounding would give 2); a tie at the cap waits for the panel', () => {
    const nine = windowMonthlyGrades(windows(['95', '94', '70', '70', '70', '70', '70', '70', '70']), RULES, BREAKERS);
    expect([nine.cap, nine.grades.filter((g) => g.grade === 'excellent').map((g) => g.subjectId)]).toEqual([1, ['w01']]);
    const tied = windowMonthlyGrades(windows(['95', '95', '70', '70', '70', '70', '70', '70', '70']), RULES, BREAKERS);
    expect(tied.tie).toEqual({ places: 1, subjectIds: ['w01', 'w02'] });
  });

  it('officers: 20 graded → ⌊0.15 × 20⌋ = 3; 19 → ⌊2.85⌋ = 2; the demoted 优秀 become 称职', () => {
    const officers = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ officerId: `o${String(i + 1).padStart(2, '0')}`, score: pts(i < 4 ? 99 - i : 80), grade: i < 4 ? ('excellent' as const) : ('competent' as const) }));
    const twenty = officerMonthlyGrades(officers(20), RULES, BREAKERS);
    expect([twenty.cap, twenty.grades.filter((g) => g.grade === 'excellent').length, twenty.grades.find((g) => g.subjectId === 'o04')]).toEqual([3, 3, expect.objectContaining({ grade: 'competent', capped: true })]);
    expect(officerMonthlyGrades(officers(19), RULES, BREAKERS).cap).toBe(2);
  });
});

describe('codes derived from the window’s grade (seed 002 (四)绩 第4条)', () => {
  it('the officers of an 优秀 window get +2, of a 不合格 window −2, once per month, and the score takes them', () => {
    const list = windowMonthlyGrades(windows(['95', '70', '50', '70', '70']), RULES, BREAKERS); // cap ⌊1.0⌋ = 1
    const derived = windowGradeFindings('2026-10', list, { w01: ['a', 'b'], w02: ['c'], w03: ['d'] }, RULES);
    expect(Object.fromEntries(derived)).toEqual({
      a: [{ code: 'B-O-WINDOW-MONTH-EXCELLENT', recordId: 'window-grade:w01:2026-10' }],
      b: [{ code: 'B-O-WINDOW-MONTH-EXCELLENT', recordId: 'window-grade:w01:2026-10' }],
      d: [{ code: 'O-EFF-WINDOW-FAILED', recordId: 'window-grade:w03:2026-10' }],
    });
    // under the seed 002 preset: 100 − 2 (绩) = 98 for d; 100 + 2 = 102 for a (bonus after the categories)
    const score = (id: string) => officerMonthlyScore({ officerId: id, month: '2026-10', findings: derived.get(id) ?? [] }, SEED_002_MONTHLY_ASSESSMENT).score;
    expect([score('a'), score('c'), score('d')].map((p) => Number(p.n) / Number(p.d))).toEqual([102, 100, 98]);
  });

  it('a rulebook whose derived code is not an officer code of its own is refused', () => {
    expect(() => defineRulebook({ ...DEFAULT_RULEBOOK_CONTENT, monthlyGrading: { ...RULES, derivedCodes: { ...RULES.derivedCodes, windowFailed: 'NOPE' } } })).toThrow(/NOPE is not an officer code/);
  });
});

describe('调离 flag (seed 002 第十五条)', () => {
  const complaint = (id: string, received: string, verified: boolean) => ({ complaintId: id, received, verified });
  it('two verified complaints in a row flag; an unfounded one between breaks the run', () => {
    expect(transferFlags('o1', [complaint('c1', '2026-03-01', true), complaint('c2', '2026-07-09', true)], [], RULES)).toEqual([
      { officerId: 'o1', rule: 'verified-complaints', evidence: ['c1', 'c2'] },
    ]);
    expect(transferFlags('o1', [complaint('c1', '2026-03-01', true), complaint('c2', '2026-04-01', false), complaint('c3', '2026-05-01', true)], [], RULES)).toEqual([]);
  });

  it('two months in a row 不称职 flag; two apart do not', () => {
    const grades = (list: [string, 'incompetent' | 'basic'][]) => list.map(([month, grade]) => ({ month, grade }));
    expect(transferFlags('o1', [], grades([['2026-08', 'incompetent'], ['2026-09', 'incompetent']]), RULES)).toEqual([
      { officerId: 'o1', rule: 'incompetent-months', evidence: ['2026-08', '2026-09'] },
    ]);
    expect(transferFlags('o1', [], grades([['2026-07', 'incompetent'], ['2026-08', 'basic'], ['2026-09', 'incompetent']]), RULES)).toEqual([]);
    // December and January are in a row across the year
    expect(transferFlags('o1', [], grades([['2025-12', 'incompetent'], ['2026-01', 'incompetent']]), RULES)).toHaveLength(1);
  });
});

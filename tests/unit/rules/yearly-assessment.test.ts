import { describe, expect, it } from 'vitest';
import { ledgerTotal } from '#core/ledger';
import { format2, pts, toExact } from '#core/points';
import { DEFAULT_RULEBOOK as RULEBOOK } from '#core/rulebook/default';
import { type YearlyAssessment, type YearlyAssessmentInput, yearlyAssessment, yearlyGrades } from '#core/rules/yearly-assessment';

const twelveMonths = (score: string) =>
  Array.from({ length: 12 }, (_, i) => ({ month: `2024-${String(i + 1).padStart(2, '0')}`, score: pts(score), resultId: `m${i + 1}` }));

const head = (mean: string, unit: string, peers: string[], departments: string[]): YearlyAssessmentInput => ({
  officerId: 'head-1',
  year: '2024',
  role: 'head',
  stationedSince: '2020-03-01',
  monthlyScores: twelveMonths(mean),
  ratings: [
    { rater: 'unit-leader', by: 'leader', points: unit, recordId: 'y1' },
    ...peers.map((points, i) => ({ rater: 'peer-heads' as const, by: `peer-${i}`, points, recordId: `p${i}` })),
    ...departments.map((points, i) => ({ rater: 'center-departments' as const, by: `dept-${i}`, points, recordId: `d${i}` })),
  ],
  leave: { sickAndPersonalWorkingDays: 0, yearWorkingDays: 250, records: [] },
  absence: [],
});

const staff = (officerId: string, mean: string, unit = '6', windowHead = '10', departments = '24'): YearlyAssessmentInput => ({
  officerId,
  year: '2024',
  role: 'staff',
  stationedSince: '2019-01-01',
  monthlyScores: twelveMonths(mean),
  ratings: [
    { rater: 'unit-leader', by: 'leader', points: unit, recordId: `${officerId}-u` },
    { rater: 'window-head', by: 'head', points: windowHead, recordId: `${officerId}-h` },
    { rater: 'center-departments', by: 'depts', points: departments, recordId: `${officerId}-d` },
  ],
  leave: { sickAndPersonalWorkingDays: 0, yearWorkingDays: 250, records: [] },
  absence: [],
});

const assessed = (result: YearlyAssessment) => {
  if (result.status !== 'assessed') throw new Error(`not assessed: ${result.status}`);
  return result;
};

describe('yearly officer assessment (seed 003 §年度考核的实施办法)', () => {
  it('a window head with monthly mean 88 and raters 9 + 5 + 20 → 86.8 称职', () => {
    // 0.6 × 88 = 52.8; unit leader 9 (of 10) + peer heads 5 (of 6) + departments 20 (of 24) = 34
    // 52.8 + 34 = 86.8 → ≥ 80 and < 90 → 称职
    const result = assessed(yearlyAssessment(head('88', '9', ['5'], ['20']), RULEBOOK));
    expect(format2(result.total)).toBe('86.80');
    expect(result.grade).toBe('competent');
    expect(toExact(ledgerTotal(result.ledger))).toBe(toExact(result.total));
    expect(result.rulebook.hash).toBe(RULEBOOK.hash);
  });

  it('staff with mean 95 and full ratings 6 + 10 + 24 → 57 + 40 = 97 优秀', () => {
    const result = assessed(yearlyAssessment(staff('s1', '95'), RULEBOOK));
    expect([format2(result.total), result.grade]).toEqual(['97.00', 'excellent']);
  });

  it('several raters of one kind count by their mean: peers 6, 4, 5 → 5; departments 24, 22, 20, 18 → 21', () => {
    // 52.8 + 9 + 5 + 21 = 87.8
    const result = assessed(yearlyAssessment(head('88', '9', ['6', '4', '5'], ['24', '22', '20', '18']), RULEBOOK));
    expect(format2(result.total)).toBe('87.80');
  });

  it('grade edges: 90 优秀, 89.99 称职, 80 称职, 60 基本称职, 59.99 不称职', () => {
    // staff full ratings = 40; 0.6 × mean + 40: mean 83.3333… → 90; mean 83.3167 → 89.99
    const grade = (mean: string, departments = '24') => assessed(yearlyAssessment(staff('s', mean, '6', '10', departments), RULEBOOK));
    expect(grade('83.35').grade).toBe('excellent'); // 50.01 + 40 = 90.01
    expect([format2(grade('83.3167').total), grade('83.3167').grade]).toEqual(['89.99', 'competent']);
    expect([format2(grade('66.6667').total), grade('66.6667').grade]).toEqual(['80.00', 'competent']);
    // mean 50 → 30 + 6 + 10 + 14 = 60 → 基本称职; departments 13.99 → 59.99 → 不称职
    expect(grade('50', '14').grade).toBe('basic');
    expect([format2(grade('50', '13.99').total), grade('50', '13.99').grade]).toEqual(['59.99', 'incompetent']);
  });

  it('stationed under six months at year end: assessed but not graded (不定等次)', () => {
    // 1 July + 6 months = 1 January: six full months → graded; 2 July → under six months
    expect(assessed(yearlyAssessment({ ...staff('s', '95'), stationedSince: '2024-07-01' }, RULEBOOK)).grade).toBe('excellent');
    expect(assessed(yearlyAssessment({ ...staff('s', '95'), stationedSince: '2024-07-02' }, RULEBOOK)).grade).toBeNull();
  });

  it('sick plus personal leave over half the year’s working days: not assessed', () => {
    // 250 working days → half is 125: 125 is not over it, 126 is
    const leave = (days: number) => ({ ...staff('s', '95'), leave: { sickAndPersonalWorkingDays: days, yearWorkingDays: 250, records: ['l1'] } });
    expect(yearlyAssessment(leave(125), RULEBOOK).status).toBe('assessed');
    const out = yearlyAssessment(leave(126), RULEBOOK);
    expect(out.status).toBe('not-assessed');
    expect(out.ledger[0]).toMatchObject({ code: 'YA.NOT_ASSESSED.LEAVE', records: ['l1'] });
  });

  it('旷工 over 10 consecutive working days: the 平时 part is 0, ratings still count', () => {
    // 0 + 6 + 10 + 24 = 40 → 不称职
    const result = assessed(yearlyAssessment({ ...staff('s', '95'), absence: [{ kind: 'absence', workingDays: 11, records: ['abs'] }] }, RULEBOOK));
    expect([format2(result.total), result.grade]).toEqual(['40.00', 'incompetent']);
    expect(result.ledger[0]).toMatchObject({ code: 'YA.DAILY_FORFEITED', records: ['abs'] });
  });

  it('a missing rater makes it incomplete; a rating above its share or of the wrong kind is refused', () => {
    const noDepartments = { ...staff('s', '95'), ratings: staff('s', '95').ratings.slice(0, 2) };
    const incomplete = yearlyAssessment(noDepartments, RULEBOOK);
    expect(incomplete.status === 'incomplete' && incomplete.missingRaters).toEqual(['center-departments']);
    expect(() => yearlyAssessment(staff('s', '95', '7'), RULEBOOK)).toThrow(/outside 0–6/);
    expect(() => yearlyAssessment({ ...head('88', '5', ['5'], ['20']), role: 'staff' }, RULEBOOK)).toThrow(/not rated by peer-heads/);
  });
});

describe('the 20% cap on 优秀 (seed 003 七、考核结果运用 第3条)', () => {
  // staff totals = 0.6 × mean + 40: mean 91.6667 → 95; 88.3333 → 93; 86.6667 → 92; 85 → 91; 75 → 85
  const MEANS = ['91.6667', '88.3333', '86.6667', '85', '75', '75', '75', '75', '75', '75', '75', '75'];
  const twelve = () => MEANS.map((mean, i) => yearlyAssessment(staff(`s${String(i + 1).padStart(2, '0')}`, mean), RULEBOOK));

  it('12 officers assessed → at most ⌊0.2 × 12⌋ = ⌊2.4⌋ = 2 优秀; the others by score become 称职', () => {
    const list = yearlyGrades(twelve(), {}, RULEBOOK);
    expect([list.assessed, list.excellentCap]).toEqual([12, 2]);
    const byId = Object.fromEntries(list.grades.map((g) => [g.officerId, [g.grade, g.capped]]));
    expect(byId).toMatchObject({
      s01: ['excellent', false], // 95
      s02: ['excellent', false], // 93
      s03: ['competent', true], // 92, over the cap
      s04: ['competent', true], // 91, over the cap
      s05: ['competent', false], // 85
    });
    expect(list.tie).toBeNull();
  });

  it('those not assessed do not count: 11 assessed → ⌊2.2⌋ = 2', () => {
    const results = twelve();
    results[11] = yearlyAssessment({ ...staff('s12', '75'), leave: { sickAndPersonalWorkingDays: 200, yearWorkingDays: 250, records: [] } }, RULEBOOK);
    expect(yearlyGrades(results, {}, RULEBOOK)).toMatchObject({ assessed: 11, excellentCap: 2 });
  });

  it('a tie for the last 优秀 goes through the tie-breakers, and to the panel if it survives', () => {
    // s02 and s03 both at 93: one place left after s01
    const tied = twelve();
    tied[2] = yearlyAssessment(staff('s03', '88.3333'), RULEBOOK);
    const open = yearlyGrades(tied, {}, RULEBOOK);
    expect(open.tie).toEqual({ places: 1, officerIds: ['s02', 's03'] });
    expect(open.grades.find((g) => g.officerId === 's02')?.grade).toBeNull();
    expect(open.grades.find((g) => g.officerId === 's04')).toMatchObject({ grade: 'competent', capped: true });
    // a higher satisfaction rate breaks it
    const broken = yearlyGrades(tied, { s02: { 'satisfaction-rate': pts(97) }, s03: { 'satisfaction-rate': pts(99) } }, RULEBOOK);
    expect(broken.tie).toBeNull();
    expect(broken.grades.filter((g) => g.grade === 'excellent').map((g) => g.officerId)).toEqual(['s01', 's03']);
  });

  it('gives the same list whatever the order of the assessments', () => {
    const results = twelve();
    expect(yearlyGrades([...results].reverse(), {}, RULEBOOK)).toEqual(yearlyGrades(results, {}, RULEBOOK));
  });
});

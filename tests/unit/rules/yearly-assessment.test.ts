import { describe, expect, it } from 'vitest';
import { ledgerTotal } from '#core/ledger';
import { format2, pts, toExact } from '#core/points';
import { defaultRulebook } from '#core/rulebook/default';
import { createCalendar } from '#core/calendar';
import type { DayMark } from '#core/rules/day-spells';
import {
  type YearlyAssessment,
  type YearlyAssessmentInput,
  assessYear,
  stationedMoreThan,
  yearlyAssessment as assess,
  yearlyAttendanceFacts,
  yearlyGrades as grades,
} from '#core/rules/yearly-assessment';

const RULES = defaultRulebook().yearlyAssessment!;
const RULEBOOK = RULES;
const yearlyAssessment = assess;
const yearlyGrades = (list: readonly YearlyAssessment[], metrics: Parameters<typeof grades>[1], rules = RULES) =>
  grades(list, metrics, rules, defaultRulebook().tieBreakers);

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
  leave: { sickAndPersonalDays: 0, yearDays: 366, records: [] },
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
  leave: { sickAndPersonalDays: 0, yearDays: 366, records: [] },
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

  it('stationed not more than six months of the year: assessed but not graded (不定等次)', () => {
    // from 1 July: July–December is exactly six months, "不超过半年" → no grade;
    // from 30 June: six months and a day → graded
    const from = (since: string) => assessed(yearlyAssessment({ ...staff('s', '95'), stationedSince: since }, RULEBOOK));
    expect(from('2024-06-30').grade).toBe('excellent');
    expect(from('2024-07-01').grade).toBeNull();
    expect(from('2024-07-01').ledger.at(-1)).toMatchObject({ code: 'YA.UNGRADED.STATIONED' });
    expect(from('2024-07-02').grade).toBeNull();
    expect([stationedMoreThan('2024-01-01', '2024', 6), stationedMoreThan('2023-12-31', '2024', 6)]).toEqual([true, true]);
  });

  it('sick plus personal leave over half the year’s calendar days: not assessed', () => {
    // 2024 has 366 days → half is 183: 183 is not over it, 184 is
    const leave = (days: number) => ({ ...staff('s', '95'), leave: { sickAndPersonalDays: days, yearDays: 366, records: ['l1'] } });
    expect(yearlyAssessment(leave(183), RULEBOOK).status).toBe('assessed');
    const out = yearlyAssessment(leave(184), RULEBOOK);
    expect(out.status).toBe('not-assessed');
    expect(out.ledger[0]).toMatchObject({ code: 'YA.NOT_ASSESSED.LEAVE', records: ['l1'] });
  });

  it('旷工 over 10 consecutive calendar days: the 平时 part is 0, ratings still count', () => {
    // 0 + 6 + 10 + 24 = 40 → 不称职
    const result = assessed(yearlyAssessment({ ...staff('s', '95'), absence: [{ kind: 'absence', days: 11, records: ['abs'] }] }, RULEBOOK));
    expect([format2(result.total), result.grade]).toEqual(['40.00', 'incompetent']);
    expect(result.ledger[0]).toMatchObject({ code: 'YA.DAILY_FORFEITED', records: ['abs'] });
    // exactly 10 days is not "超过10天": 0.6 × 95 + 40 = 97
    const ten = assessed(yearlyAssessment({ ...staff('s', '95'), absence: [{ kind: 'absence', days: 10, records: ['abs'] }] }, RULEBOOK));
    expect(format2(ten.total)).toBe('97.00');
  });

  it('each month counts at most 100, so the total never exceeds 100', () => {
    // months: 6 × 110 (bonuses) and 6 × 90 → capped mean (600 + 540) / 12 = 95, not 100;
    // 0.6 × 95 = 57 + 40 = 97. The uncapped mean 100 would give 60 + 40 = 100.
    const months = twelveMonths('90').map((m, i) => (i < 6 ? { ...m, score: pts('110') } : m));
    const result = assessed(yearlyAssessment({ ...staff('s', '90'), monthlyScores: months }, RULEBOOK));
    expect(format2(result.total)).toBe('97.00');
    expect(result.ledger[0]).toMatchObject({ code: 'YA.MONTH', detail: { score: '110', countedAs: '100' } });
    // every month 110 with full ratings: 60 + 40 = 100, never above
    const top = assessed(yearlyAssessment({ ...staff('s', '90'), monthlyScores: twelveMonths('110') }, RULEBOOK));
    expect(format2(top.total)).toBe('100.00');
  });

  it('no monthly score yet: incomplete, a value to show, not an error', () => {
    const result = yearlyAssessment({ ...staff('s', '95'), monthlyScores: [] }, RULEBOOK);
    expect(result.status === 'incomplete' && result.missing).toEqual(['monthly-scores']);
  });

  it('a missing rater makes it incomplete; a rating above its share or of the wrong kind is refused', () => {
    const noDepartments = { ...staff('s', '95'), ratings: staff('s', '95').ratings.slice(0, 2) };
    const incomplete = yearlyAssessment(noDepartments, RULEBOOK);
    expect(incomplete.status === 'incomplete' && incomplete.missing).toEqual(['center-departments']);
    expect(() => yearlyAssessment(staff('s', '95', '7'), RULEBOOK)).toThrow(/outside 0–6/);
    expect(() => yearlyAssessment({ ...head('88', '5', ['5'], ['20']), role: 'staff' }, RULEBOOK)).toThrow(/not rated by peer-heads/);
  });
});

describe('the 20% cap on 优秀 (seed 003 七、考核结果运用 第3条)', () => {
  // staff totals = 0.6 × mean + 40: mean 91.6667 → 95; 88.3333 → 93; 86.6667 → 92; 85 → 91; 75 → 85
  const MEANS = ['91.6667', '88.3333', '86.6667', '85', '75', '75', '75', '75', '75', '75', '75', '75'];
  const twelve = () => MEANS.map((mean, i) => yearlyAssessment(staff(`s${String(i + 1).padStart(2, '0')}`, mean), RULEBOOK));

  it('12 officers assessed → at most ⌊0.2 × 12⌋ = ⌊2.4⌋ = 2 优秀; the others by score become 称职', () => {
    const list = yearlyGrades(twelve(), {});
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
    results[11] = yearlyAssessment({ ...staff('s12', '75'), leave: { sickAndPersonalDays: 200, yearDays: 366, records: [] } }, RULEBOOK);
    expect(yearlyGrades(results, {})).toMatchObject({ assessed: 11, excellentCap: 2 });
  });

  it('a tie for the last 优秀 goes through the tie-breakers, and to the panel if it survives', () => {
    // s02 and s03 both at 93: one place left after s01
    const tied = twelve();
    tied[2] = yearlyAssessment(staff('s03', '88.3333'), RULEBOOK);
    const open = yearlyGrades(tied, {});
    expect(open.tie).toEqual({ places: 1, officerIds: ['s02', 's03'] });
    expect(open.grades.find((g) => g.officerId === 's02')?.grade).toBeNull();
    expect(open.grades.find((g) => g.officerId === 's04')).toMatchObject({ grade: 'competent', capped: true });
    // a higher satisfaction rate breaks it
    const broken = yearlyGrades(tied, { s02: { 'satisfaction-rate': pts(97) }, s03: { 'satisfaction-rate': pts(99) } });
    expect(broken.tie).toBeNull();
    expect(broken.grades.filter((g) => g.grade === 'excellent').map((g) => g.officerId)).toEqual(['s01', 's03']);
  });

  it('gives the same list whatever the order of the assessments', () => {
    const results = twelve();
    expect(yearlyGrades([...results].reverse(), {})).toEqual(yearlyGrades(results, {}));
  });
});

describe('the 20% cap where ⌊0.2n⌋ changes between n − 1 and n', () => {
  // 10 officers → ⌊2.0⌋ = 2; 9 officers → ⌊1.8⌋ = 1 (rounding 1.8 would give 2)
  const staffAt = (n: number) => Array.from({ length: n }, (_, i) => yearlyAssessment(staff(`s${String(i).padStart(2, '0')}`, i < 3 ? '91.6667' : '75'), RULEBOOK));

  it('10 assessed → 2 优秀; 9 assessed → 1', () => {
    // three at 95 (0.6 × 91.6667 + 40 = 95.00): a three-way tie at 95 for 2 places, then for 1
    expect(yearlyGrades(staffAt(10), {})).toMatchObject({ excellentCap: 2, tie: { places: 2 } });
    expect(yearlyGrades(staffAt(9), {})).toMatchObject({ excellentCap: 1, tie: { places: 1 } });
  });

  it('tie-breaker values that differ only beyond two decimals are compared as shown: a tie for the panel', () => {
    // satisfaction 98.004 and 98.001 both show as 98.00 (ranking.ts compares as presented), so the
    // next tie-breaker (deduction points, equal) is tried and the tie survives; 98.005 shows 98.01 and wins
    const list = staffAt(5); // ⌊0.2 × 5⌋ = 1 place for the three at 95
    const metrics = (s01: string) => ({
      s00: { 'satisfaction-rate': pts('98.001'), 'deduction-points': pts(0) },
      s01: { 'satisfaction-rate': pts(s01), 'deduction-points': pts(0) },
      s02: { 'satisfaction-rate': pts('97'), 'deduction-points': pts(0) },
    });
    expect(yearlyGrades(list, metrics('98.004')).tie).toEqual({ places: 1, officerIds: ['s00', 's01'] });
    const decided = yearlyGrades(list, metrics('98.005'));
    expect(decided.tie).toBeNull();
    expect(decided.grades.filter((g) => g.grade === 'excellent').map((g) => g.officerId)).toEqual(['s01']);
  });
});

describe('the year’s attendance facts from the day map (calendar days)', () => {
  const calendar = createCalendar();
  it('sick leave Friday and Monday spans the weekend: 4 days; 旷工 Mon–Thu of the next two weeks: 11 days', () => {
    // sick 2026-06-05 (Fri) and 06-08 (Mon): 4 calendar days with the weekend between.
    // absent 06-15 … 06-25 on every working day: 06-15…19 (5), 06-22…25 (4) + the weekend → 11 days,
    // though 06-19 is 端午 (a holiday) it lies inside the spell as well.
    const days: Record<string, DayMark> = { '2026-06-04': 'on-time', '2026-06-05': 'sick', '2026-06-08': 'sick', '2026-06-09': 'on-time' };
    for (let d = 15; d <= 25; d++) {
      const date = `2026-06-${d}`;
      if (calendar.isWorkingDay(date)) days[date] = 'absent';
    }
    days['2026-06-26'] = 'on-time';
    const facts = yearlyAttendanceFacts('2026', days, ['agg'], calendar);
    expect(facts.leave).toEqual({ sickAndPersonalDays: 4, yearDays: 365, records: ['agg'] });
    expect(facts.absence).toEqual([{ kind: 'absence', days: 11, records: ['agg'] }]);
    // 11 calendar days forfeit the 平时 part, though only 8 or 9 of them were working days
    const result = assessed(yearlyAssessment({ ...staff('s', '95'), year: '2026', ...facts }, RULEBOOK));
    expect(format2(result.total)).toBe('40.00');
  });
});

describe('the year’s run over all officers', () => {
  const calendar = createCalendar();
  const officer = (id: string, mean: string, extra: Partial<Parameters<typeof assessYearFn>[1][number]> = {}) => ({
    officerId: id,
    role: 'staff' as const,
    stationedSince: '2020-01-01',
    monthlyScores: Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, score: pts(mean), resultId: `${id}-m${i}` })),
    ratings: staff(id, mean).ratings,
    days: {},
    daySources: [],
    ...extra,
  });
  const assessYearFn = assessYear;

  it('assesses each officer stationed by the year’s end and caps 优秀 at ⌊20%⌋', () => {
    // five officers at 95 / 95 / 85 / 75 / 75 (staff, full ratings) and one who came in 2027:
    // five assessed → ⌊0.2 × 5⌋ = 1 place for the two at 95 → a tie for the panel
    const run = assessYearFn(
      '2026',
      [officer('a', '91.6667'), officer('b', '91.6667'), officer('c', '75'), officer('d', '58.3333'), officer('e', '58.3333'), officer('late', '90', { stationedSince: '2027-01-05' })],
      RULES,
      defaultRulebook().tieBreakers,
      calendar,
    );
    expect(run.assessments.map((a) => a.officerId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // c: 0.6 × 75 + 40 = 85 → 称职; d: 0.6 × 58.3333 + 40 = 74.99998 → 75.00 shown → 基本称职
    expect(run.grades).toMatchObject({ assessed: 5, excellentCap: 1, tie: { places: 1, officerIds: ['a', 'b'] } });
    expect(run.grades.grades.map((g) => [g.officerId, g.grade])).toEqual([['a', null], ['b', null], ['c', 'competent'], ['d', 'basic'], ['e', 'basic']]);
  });

  it('reads 旷工 from the day map: 11 calendar days forfeit the 平时 part', () => {
    const days: Record<string, DayMark> = {};
    for (let d = 15; d <= 25; d++) if (calendar.isWorkingDay(`2026-06-${d}`)) days[`2026-06-${d}`] = 'absent';
    const run = assessYearFn('2026', [officer('a', '95', { days, daySources: ['agg-06'] })], RULES, defaultRulebook().tieBreakers, calendar);
    const [result] = run.assessments;
    expect(result?.status).toBe('assessed');
    expect(result?.ledger[0]).toMatchObject({ code: 'YA.DAILY_FORFEITED', records: ['agg-06'], detail: { days: 11 } });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerTotal } from '#core/ledger';
import { format2, pts, toExact } from '#core/points';
import { defaultRulebook, DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { defineRulebook } from '#core/rulebook/schema';
import { vetoEvents } from '#core/rules/eligibility';
import { type Contender, type SelectionInput, selectHonor } from '#core/rules/selection';
import { stableJson } from './stable-json.ts';

/**
 * The default rulebook with seed 001's 60 days on duty added to the quarterly stars, so one
 * field of nominees exercises every exclusion; the default itself has no such rule (seed 003).
 */
const RULEBOOK = defineRulebook({
  ...DEFAULT_RULEBOOK_CONTENT,
  honors: DEFAULT_RULEBOOK_CONTENT.honors.map((h) =>
    h.id === 'quarterly-stars' ? { ...h, eligibility: { ...h.eligibility, minDaysOnDuty: 60 } } : h,
  ),
});

const quarterScores = (score: string, quarter = ['2024-04', '2024-05', '2024-06']) =>
  quarter.map((month) => ({ month, score: pts(score), resultId: `${month}-${score}` }));
const id2 = (n: number) => String(n).padStart(2, '0');

/** Officer n staffs window n (3 officers) and is nominated by it; mean = 100 − n. */
const nominee = (n: number, extra: Partial<Contender> = {}): Contender => ({
  id: `o${id2(n)}`,
  windowId: `w${id2(n)}`,
  role: 'staff',
  daysOnDuty: { days: 62, records: [`att-${n}`] },
  monthlyScores: quarterScores(String(100 - n)),
  metrics: {},
  nominations: [{ by: 'window', recordId: `nom-${n}` }],
  ...extra,
});

const standings = Array.from({ length: 15 }, (_, i) => ({ windowId: `w${id2(i + 1)}`, score: pts(i === 6 ? 50 : 90 - i / 10), metrics: {} }));
const windowOfficers = Object.fromEntries(standings.map((s) => [s.windowId, 3]));

function quarterlyStars(contenders: Contender[], extra: Partial<SelectionInput> = {}) {
  return selectHonor(RULEBOOK, {
    honorId: 'quarterly-stars',
    period: '2024-Q2',
    contenders,
    vetoes: vetoEvents('officer', 'o02', '2024-05', [{ code: 'V-O-COMPLAINT-12345', recordId: 'cmp-1' }], RULEBOOK),
    windowStandings: standings,
    windowOfficers,
    ...extra,
  });
}

const field = () =>
  Array.from({ length: 14 }, (_, i) => i + 1).map((n) =>
    n === 5 ? nominee(n, { daysOnDuty: { days: 59, records: ['att-5'] } }) : n === 7 ? nominee(n, { role: 'head' }) : nominee(n),
  );

describe('quarterly stars (seed 003 §优秀服务窗口和服务明星评选办法)', () => {
  it('ranks the eligible nominees by the quarter’s mean monthly score and proposes the top 10', () => {
    // 14 nominees with means 99 … 86; out: o02 (12345 complaint), o05 (59 days on duty),
    // o07 (head of w07, among the three lowest windows). 11 left → top 10, o14 (86) not selected
    const result = quarterlyStars(field());
    expect(result.places).toBe(10);
    expect(result.selected.map((e) => e.subjectId)).toEqual(['o01', 'o03', 'o04', 'o06', 'o08', 'o09', 'o10', 'o11', 'o12', 'o13']);
    expect(result.selected.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.notSelected.map((e) => e.subjectId)).toEqual(['o14']);
    expect(result.ineligible.map((i) => [i.subjectId, i.exclusions.map((x) => x.rule)])).toEqual([
      ['o02', ['veto']],
      ['o05', ['days-on-duty']],
      ['o07', ['bottom-window-head']],
    ]);
    expect(result.tie).toBeNull();
    const first = result.selected[0]!;
    expect(format2(first.score)).toBe('99.00');
    expect(toExact(ledgerTotal(first.ledger))).toBe(toExact(first.score));
    expect(result.rulebook).toEqual({ id: 'default', version: '1.0.0', hash: RULEBOOK.hash });
  });

  it('under the default rulebook (seed 003) days on duty exclude nobody', () => {
    // o05 (59 days) is eligible: 12 left → o01 o03 o04 o05 o06 o08 … o12, o13 and o14 not selected
    const result = selectHonor(defaultRulebook(), {
      honorId: 'quarterly-stars',
      period: '2024-Q2',
      contenders: field(),
      vetoes: vetoEvents('officer', 'o02', '2024-05', [{ code: 'V-O-COMPLAINT-12345', recordId: 'cmp-1' }], defaultRulebook()),
      windowStandings: standings,
      windowOfficers,
    });
    expect(result.selected.map((e) => e.subjectId)).toEqual(['o01', 'o03', 'o04', 'o05', 'o06', 'o08', 'o09', 'o10', 'o11', 'o12']);
    expect(result.ineligible.map((i) => i.subjectId)).toEqual(['o02', 'o07']);
  });

  it('a tie for the tenth place is returned for the panel', () => {
    // o13 and o14 both at 87 with no metric to separate them: one place, two nominees
    const tied = field().map((c) => (c.id === 'o14' ? { ...c, monthlyScores: quarterScores('87') } : c));
    const result = quarterlyStars(tied);
    expect(result.selected).toHaveLength(9);
    expect(result.tie && [result.tie.places, result.tie.entries.map((e) => [e.subjectId, e.rank])]).toEqual([1, [['o13', 10], ['o14', 10]]]);
    // the default tie-breakers decide when they can: o14 has the higher satisfaction rate
    const broken = quarterlyStars(
      tied.map((c) => (c.id === 'o13' || c.id === 'o14' ? { ...c, metrics: { 'satisfaction-rate': pts(c.id === 'o14' ? 99 : 98) } } : c)),
    );
    expect(broken.tie).toBeNull();
    expect(broken.selected.at(-1)?.subjectId).toBe('o14');
    expect(broken.selected.at(-1)?.tieBreaks).toEqual([{ metric: 'satisfaction-rate', value: '99.00' }]);
  });

  it('only the nominated enter; a window nominates 1 with 1–5 officers, 2 with 6 or more', () => {
    const unnominated = nominee(20, { nominations: [] });
    expect(quarterlyStars([...field(), unnominated]).notSelected.map((e) => e.subjectId)).not.toContain('o20');
    const second = nominee(30, { windowId: 'w01' });
    expect(() => quarterlyStars([...field(), second])).toThrow(/nominated 2, more than 1/);
    expect(quarterlyStars([...field(), second], { windowOfficers: { ...windowOfficers, w01: 6 } }).selected).toHaveLength(10);
    // a supervisor's direct nomination does not count against the window
    const direct = nominee(31, { windowId: 'w01', nominations: [{ by: 'supervisor', recordId: 'sup-1' }] });
    expect(() => quarterlyStars([...field(), direct])).not.toThrow();
  });

  it('needs the window standings and the period it is for', () => {
    expect(() => quarterlyStars(field(), { windowStandings: [] })).toThrow(/standings are needed/);
    expect(() => quarterlyStars(field(), { period: '2024' })).toThrow(/quarter honor/);
    expect(() => quarterlyStars(field(), { honorId: 'nope' })).toThrow(/not in rulebook/);
  });

  it('the same inputs in any order give a byte-identical selection', () => {
    const contenders = field();
    const expected = stableJson(quarterlyStars(contenders));
    fc.assert(
      fc.property(fc.shuffledSubarray(contenders, { minLength: contenders.length }), (shuffled) =>
        stableJson(quarterlyStars(shuffled.map((c) => ({ ...c, monthlyScores: [...(c.monthlyScores ?? [])].reverse() })))) === expected,
      ),
    );
  });
});

describe('yearly stars from the quarterly stars (seed 003 三、(三)3)', () => {
  const yearScores = (score: string) => quarterScores(score, ['2024-01', '2024-04', '2024-07', '2024-10']);
  const holder = (id: string, titles: string[], mean: string): Contender => ({
    id,
    monthlyScores: yearScores(mean),
    metrics: {},
    titles: titles.map((period) => ({ period, recordId: `${id}-${period}` })),
  });

  it('more quarterly titles first, then the year’s mean score; non-holders do not enter', () => {
    const result = selectHonor(RULEBOOK, {
      honorId: 'yearly-stars',
      period: '2024',
      contenders: [holder('a', ['2024-Q1', '2024-Q3'], '90'), holder('b', ['2024-Q2'], '97'), holder('c', ['2024-Q2', '2024-Q4'], '92'), holder('d', [], '99')],
      vetoes: [],
    });
    expect(result.selected.map((e) => [e.subjectId, e.titles, format2(e.score)])).toEqual([
      ['c', 2, '92.00'],
      ['a', 2, '90.00'],
      ['b', 1, '97.00'],
    ]);
    expect(result.selected[0]!.ledger[0]).toMatchObject({ code: 'SEL.TITLES', records: ['c-2024-Q2', 'c-2024-Q4'] });
  });

  it('refuses a title from outside the year', () => {
    expect(() =>
      selectHonor(RULEBOOK, { honorId: 'yearly-stars', period: '2024', contenders: [holder('a', ['2023-Q4'], '90')], vetoes: [] }),
    ).toThrow(/outside 2024/);
  });
});

describe('excellent windows (seed 003 三、(一)1: 8 a year)', () => {
  it('the top 8 by the year’s mean window score, among windows with every case on time and no veto', () => {
    // 11 windows, means 99 … 89; w02 has a late case, w04 a year veto → 9 eligible → 8 selected
    const windows: Contender[] = Array.from({ length: 11 }, (_, i) => ({
      id: `w${id2(i + 1)}`,
      monthlyScores: quarterScores(String(99 - i), ['2024-01', '2024-02']),
      metrics: {},
      completion: { completed: 30, onTime: i === 1 ? 29 : 30, records: [`cases-${i + 1}`] },
    }));
    const result = selectHonor(RULEBOOK, {
      honorId: 'excellent-windows',
      period: '2024',
      contenders: windows,
      vetoes: vetoEvents('window', 'w04', '2024-11', [{ code: 'V-W-SMOKING', recordId: 'smk-1' }], RULEBOOK),
    });
    expect(result.selected.map((e) => e.subjectId)).toEqual(['w01', 'w03', 'w05', 'w06', 'w07', 'w08', 'w09', 'w10']);
    expect(result.notSelected.map((e) => e.subjectId)).toEqual(['w11']);
    expect(result.ineligible.map((i) => [i.subjectId, i.exclusions[0]!.rule])).toEqual([
      ['w02', 'on-time-completion'],
      ['w04', 'veto'],
    ]);
  });
});

/**
 * Seed 001 (c): the preconditions a county center checks before nominating 2 windows and 2
 * officers to the city (三、申报条件; 四、(一)10、11、13; DOMAIN.md §6). Each edge is worked
 * from the text: two titles in 2011–2014 for 2014, exactly two years at the window, 99.00%.
 */
import { describe, expect, it } from 'vitest';
import { format2, fraction, pts } from '#core/points';
import { SEED_001_CITY_NOMINATION } from '#core/rulebook/presets/seed-001-city-nomination';
import { type CityFacts, cityPreconditionExclusions, cityPreconditions, titleYears } from '#core/rules/city-nomination';
import { type Contender, selectHonor } from '#core/rules/selection';

const WINDOW_RULES = cityPreconditions.parse(SEED_001_CITY_NOMINATION.honors.find((h) => h.id === 'city-quality-windows')!.eligibility.cityPreconditions);
const OFFICER_RULES = cityPreconditions.parse(SEED_001_CITY_NOMINATION.honors.find((h) => h.id === 'city-pacesetters')!.eligibility.cityPreconditions);

const meets = (extra: Partial<CityFacts> = {}): CityFacts => ({
  titles: [
    { year: '2012', record: 't-2012' },
    { year: '2014', record: 't-2014' },
  ],
  atWindowSince: '2010-03-01',
  satisfactionPercent: pts(100),
  satisfactionRecords: ['sat'],
  verifiedComplaints: [],
  findings: [],
  ...extra,
});
const conditions = (subject: 'window' | 'officer', facts: CityFacts) =>
  cityPreconditionExclusions(subject, facts, subject === 'window' ? WINDOW_RULES : OFFICER_RULES, '2014').map((e) => e.detail.condition);

describe('the city scheme’s preconditions', () => {
  it('count titles in the four years up to the period: 2011–2014 for 2014', () => {
    expect(titleYears('2014', WINDOW_RULES)).toEqual(['2011', '2012', '2013', '2014']);
    expect(conditions('window', meets())).toEqual([]);
    // 2010 is before the lookback: one title counts, two are needed.
    const old = cityPreconditionExclusions('window', meets({ titles: [{ year: '2010', record: 't-2010' }, { year: '2013', record: 't-2013' }] }), WINDOW_RULES, '2014');
    expect(old).toEqual([{ rule: 'precondition', records: ['t-2013'], detail: { condition: 'titles', held: 1, required: 2, since: '2011' } }]);
    // An officer's are the yearly 优秀 grades.
    expect(conditions('officer', meets({ titles: [{ year: '2014', record: 'ya-2014' }] }))).toEqual(['excellent-grades']);
  });

  it('ask two years at the current window by 31 December: from 2013-01-01 exactly two, from 2013-01-02 not', () => {
    // 2013-01-01 + 2 years = 2015-01-01, the day after 2014-12-31: complete.
    expect(conditions('officer', meets({ atWindowSince: '2013-01-01' }))).toEqual([]);
    expect(cityPreconditionExclusions('officer', meets({ atWindowSince: '2013-01-02' }), OFFICER_RULES, '2014')).toEqual([
      { rule: 'precondition', records: [], detail: { condition: 'years-at-window', since: '2013-01-02', required: 2, until: '2014-12-31' } },
    ]);
    // Windows have no such condition.
    expect(conditions('window', meets({ atWindowSince: '2014-06-01' }))).toEqual([]);
  });

  it('ask satisfaction of 99% or more: 99 of 100 meets it, 9 899 of 10 000 (98.99) does not, no rating does not', () => {
    expect(conditions('window', meets({ satisfactionPercent: fraction(99 * 100, 100) }))).toEqual([]);
    const below = cityPreconditionExclusions('window', meets({ satisfactionPercent: fraction(9899 * 100, 10000) }), WINDOW_RULES, '2014');
    expect(below).toEqual([{ rule: 'precondition', records: ['sat'], detail: { condition: 'satisfaction', rate: '98.99', required: '99' } }]);
    expect(conditions('officer', meets({ satisfactionPercent: null }))).toEqual(['satisfaction']);
  });

  it('exclude a verified complaint, a media exposure and a mystery shopper’s report, naming the records', () => {
    const facts = meets({
      verifiedComplaints: [{ complaintId: 'cmp-1', stepId: 'step-1' }],
      findings: [
        { code: 'W-SVC-MEDIA-CRITICISM', recordId: 'f-media' },
        { code: 'V-W-PHONE-MYSTERY-SHOPPER', recordId: 'f-shopper' },
        // A deduction that is none of these does not bar the nomination.
        { code: 'W-SVC-NOTICE-MISSING', recordId: 'f-notice' },
      ],
    });
    expect(cityPreconditionExclusions('window', facts, WINDOW_RULES, '2014')).toEqual([
      { rule: 'precondition', records: ['cmp-1', 'step-1'], detail: { condition: 'verified-complaint', count: 1 } },
      { rule: 'precondition', records: ['f-media', 'f-shopper'], detail: { condition: 'complaint-exposure-or-report', codes: 'V-W-PHONE-MYSTERY-SHOPPER,W-SVC-MEDIA-CRITICISM' } },
    ]);
  });
});

describe('the preset’s nomination lists', () => {
  const months = (score: number) => Array.from({ length: 12 }, (_, i) => ({ month: `2014-${String(i + 1).padStart(2, '0')}`, score: pts(score), resultId: `ms-${score}-${i}` }));
  const window = (id: string, score: number, extra: Partial<Contender> = {}, facts: Partial<CityFacts> = {}): Contender => ({
    id,
    metrics: {},
    monthlyScores: months(score),
    completion: { completed: 10, onTime: 10, records: [] },
    city: meets(facts),
    ...extra,
  });

  it('list who meets the preconditions by the year’s mean score, propose 2, and say why each other one does not', () => {
    const result = selectHonor(SEED_001_CITY_NOMINATION, {
      honorId: 'city-quality-windows',
      period: '2014',
      contenders: [
        window('w01', 98, {}, { titles: [{ year: '2014', record: 't1' }] }), // one title
        window('w02', 97),
        window('w03', 96, { completion: { completed: 10, onTime: 9, records: ['late'] } }), // 90% on time
        window('w04', 95),
        window('w05', 94),
        window('w06', 93, {}, { satisfactionPercent: fraction(98995, 1000) }), // 98.995%: below 99
      ],
      vetoes: [],
    });
    expect(result.places).toBe(2);
    expect(result.selected.map((e) => [e.subjectId, format2(e.score)])).toEqual([
      ['w02', '97.00'],
      ['w04', '95.00'],
    ]);
    expect(result.notSelected.map((e) => e.subjectId)).toEqual(['w05']);
    expect(Object.fromEntries(result.ineligible.map((i) => [i.subjectId, i.exclusions.map((e) => e.detail.condition ?? e.rule)]))).toEqual({
      w01: ['titles'],
      w03: ['on-time-completion'],
      w06: ['satisfaction'],
    });
  });

  it('need the precondition facts for every entrant', () => {
    expect(() =>
      selectHonor(SEED_001_CITY_NOMINATION, { honorId: 'city-pacesetters', period: '2014', contenders: [{ id: 'o1', metrics: {}, monthlyScores: months(90) }], vetoes: [] }),
    ).toThrow(/precondition facts/);
  });
});

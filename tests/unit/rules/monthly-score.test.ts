import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerTotal } from '#core/ledger';
import { cmp, format2, pts, toExact } from '#core/points';
import { SEED_003_HYGIENE, hygieneComponent } from '#core/rules/hygiene';
import { type FindingOccurrence, officerMonthlyScore, windowMonthlyScore } from '#core/rules/monthly-score';
import { stableJson } from './stable-json.ts';
import { TEST_CODES, TEST_RULEBOOK as RULEBOOK } from './test-rulebook.ts';

const officer = (findings: FindingOccurrence[]) => officerMonthlyScore({ officerId: 'o1', month: '2024-05', findings }, RULEBOOK);

const categoryScores = (result: ReturnType<typeof officer>) =>
  Object.fromEntries(result.categories.map((c) => [c.id, format2(c.score)]));

describe('officer monthly score (categories 20/20/20/25/10/5, 扣完为止)', () => {
  it('no finding: 100, 优秀', () => {
    const result = officer([]);
    expect(format2(result.score)).toBe('100.00');
    expect(result.grade).toBe('excellent');
    expect(result.rulebook).toEqual({ id: 'test', version: '1.0.0', hash: RULEBOOK.hash });
  });

  it('deductions per category; a category never goes below zero', () => {
    // discipline: 20 − 2 − 2 − 5 = 11; integrity: 10 − 10 − 5 = −5 → 0 (floor line +5)
    // total = 100 − 9 − 10 = 81 → 称职 (≥ 75); deduction points before floors: 2+2+5+10+5 = 24
    const result = officer([
      { code: 'O-LATE', recordId: 'r2' },
      { code: 'O-LATE', recordId: 'r1' },
      { code: 'O-ABSENT', recordId: 'r3' },
      { code: 'O-CORRUPT', recordId: 'r4' },
      { code: 'O-FEE', recordId: 'r5' },
    ]);
    expect(categoryScores(result)).toMatchObject({ 'officer.discipline': '11.00', 'officer.integrity': '0.00', 'officer.duty': '20.00' });
    expect(format2(result.score)).toBe('81.00');
    expect(result.grade).toBe('competent');
    expect(format2(result.deductionPoints)).toBe('24.00');
    const floor = result.ledger.find((l) => l.code === 'CAT.FLOOR');
    expect(floor && [toExact(floor.points), floor.detail?.category]).toEqual(['5', 'officer.integrity']);
    expect(result.ledger.filter((l) => l.code === 'O-LATE').map((l) => l.records)).toEqual([['r1'], ['r2']]);
    expect(toExact(ledgerTotal(result.ledger))).toBe(toExact(result.score));
  });

  it('overdue cases cost per case per working day late: 4 days × 3 = 12 → 25 − 12 = 13; total 88', () => {
    const result = officer([{ code: 'O-OVERDUE', recordId: 'c1', units: 4 }]);
    expect(categoryScores(result)['officer.efficiency']).toBe('13.00');
    expect(format2(result.score)).toBe('88.00');
    expect(() => officer([{ code: 'O-LATE', recordId: 'r1', units: 2 }])).toThrow(/units/);
    expect(() => officer([{ code: 'O-OVERDUE', recordId: 'c1', units: 0 }])).toThrow(/units/);
  });

  it('bonuses are added after the categories; the total is capped at 100 + 10', () => {
    // media praise at national level (4) = 3 × 4 = 12, letter +2 → 114 → capped at 110
    const capped = officer([
      { code: 'B-O-MEDIA', recordId: 'b1', units: 4 },
      { code: 'B-O-LETTER', recordId: 'b2' },
    ]);
    expect(format2(capped.score)).toBe('110.00');
    expect(format2(capped.bonus)).toBe('14.00');
    expect(capped.ledger.at(-1)).toMatchObject({ code: 'TOTAL.CAP' });
    expect(toExact(capped.ledger.at(-1)!.points)).toBe('-4');
    // DOMAIN.md §4.4 caps the total, not the bonus: 100 − 5 + 12 = 107 ≤ 110 stands
    const uncapped = officer([
      { code: 'O-ABSENT', recordId: 'r1' },
      { code: 'B-O-MEDIA', recordId: 'b1', units: 4 },
    ]);
    expect(format2(uncapped.score)).toBe('107.00');
  });

  it('range codes take the verifier’s points; the grade reads the score as shown', () => {
    // 100 − 10.005 = 89.995 → shown 90.00 → 优秀; 100 − 10.006 = 89.994 → 89.99 → 称职
    expect(officer([{ code: 'O-JUDGED', recordId: 'j1', points: '10.005' }]).grade).toBe('excellent');
    expect(officer([{ code: 'O-JUDGED', recordId: 'j1', points: '10.006' }]).grade).toBe('competent');
    expect(() => officer([{ code: 'O-JUDGED', recordId: 'j1' }])).toThrow(/needs points/);
    expect(() => officer([{ code: 'O-JUDGED', recordId: 'j1', points: '21' }])).toThrow(/outside/);
    expect(() => officer([{ code: 'O-LATE', recordId: 'r1', points: '3' }])).toThrow(/fixed at 2/);
  });

  it('grade bands at their edges: 75 称职, 74.99 基本称职, 60 基本称职, 59.99 不称职', () => {
    const judged = (points: string, others: string[]) =>
      officer([{ code: 'O-JUDGED', recordId: 'j1', points }, ...others.map((code, i) => ({ code, recordId: `r${i}` }))]);
    // 100 − 20 (judged, 履职尽责) − 5 (absent) = 75
    expect([format2(judged('20', ['O-ABSENT']).score), judged('20', ['O-ABSENT']).grade]).toEqual(['75.00', 'competent']);
    // 100 − 15.01 − 5 − 5 = 74.99
    const below75 = judged('15.01', ['O-ABSENT', 'O-ABSENT']);
    expect([format2(below75.score), below75.grade]).toEqual(['74.99', 'basic']);
    // 100 − 20 − 10 (corrupt) − 5 − 5 = 60
    const sixty = judged('20', ['O-CORRUPT', 'O-ABSENT', 'O-ABSENT']);
    expect([format2(sixty.score), sixty.grade]).toEqual(['60.00', 'basic']);
    // 100 − 15.01 − 10 − 5 − 5 − 5 = 59.99
    const below60 = judged('15.01', ['O-CORRUPT', 'O-ABSENT', 'O-ABSENT', 'O-ABSENT']);
    expect([format2(below60.score), below60.grade]).toEqual(['59.99', 'incompetent']);
  });

  it('a veto code costs nothing but shows in the ledger', () => {
    const result = officer([{ code: 'O-12345', recordId: 'cmp-1' }]);
    expect(format2(result.score)).toBe('100.00');
    expect(result.ledger.find((l) => l.code === 'O-12345')?.records).toEqual(['cmp-1']);
  });

  it('skips a code the rulebook does not have, with a line of 0; rejects codes of the other subject and a record counted twice', () => {
    // 100 − 2 (O-LATE) = 98: NOPE counts nothing under this rulebook but shows why
    const skipped = officer([{ code: 'NOPE', recordId: 'r1' }, { code: 'O-LATE', recordId: 'r2' }]);
    expect(format2(skipped.score)).toBe('98.00');
    expect(skipped.ledger.find((l) => l.code === 'CODE.NOT_IN_RULEBOOK')).toMatchObject({ records: ['r1'], detail: { code: 'NOPE' } });
    expect(() => officer([{ code: 'W-COMPLAINT', recordId: 'r1' }])).toThrow(/applies to a window/);
    expect(() => officer([{ code: 'O-LATE', recordId: 'r1' }, { code: 'O-LATE', recordId: 'r1' }])).toThrow(/twice/);
  });
});

const hygiene = hygieneComponent(
  { inspections: [{ recordId: 'insp-1', deductions: [{ item: 'clutter', points: '1' }, { item: 'bulletin-board', points: '0.5' }] }], quarterEnded: false },
  SEED_003_HYGIENE,
);
const evaluation = { volume: 30, valid: 21, satisfied: 20, sources: { evaluations: ['agg-eval'], volume: ['agg-vol'] } };
const windowScore = (findings: FindingOccurrence[], hygieneResult = hygiene) =>
  windowMonthlyScore({ windowId: 'w1', month: '2024-05', evaluation, hygiene: hygieneResult, findings }, RULEBOOK);

describe('window monthly score (优质服务 60 = evaluation 5 + hygiene 5 + 50, 廉洁 20, 纪律 20)', () => {
  it('computed components plus deductions', () => {
    // evaluation: V 30 → R 21, E 21, S 20 → 5 × 20/21 = 100/21 ≈ 4.7619
    // hygiene: 98.5 × 5/100 = 4.925
    // service: 100/21 + 4.925 + (50 − 5) ; discipline 20 − 1 = 19 ; integrity 20
    // total = 84 + 100/21 + 197/40 = 78697/840 = 93.6869… → 93.69
    const result = windowScore([
      { code: 'W-COMPLAINT', recordId: 'f1' },
      { code: 'W-NOTICE', recordId: 'f2' },
    ]);
    expect(toExact(result.score)).toBe('78697/840');
    expect(format2(result.score)).toBe('93.69');
    expect(result.grade).toBeNull();
    expect(result.pending).toEqual([]);
    expect(result.ledger.map((l) => l.code).slice(0, 4)).toEqual(['EE.BASE', 'HY.INSPECTION', 'CAT.BASE', 'W-COMPLAINT']);
    expect(result.ledger[0]!.detail?.category).toBe('window.service');
    expect(toExact(ledgerTotal(result.ledger))).toBe(toExact(result.score));
  });

  it('hygiene not yet inspected: pending, and the score leaves it out (84 + 100/21 = 88.76)', () => {
    const result = windowScore([{ code: 'W-COMPLAINT', recordId: 'f1' }, { code: 'W-NOTICE', recordId: 'f2' }], { status: 'pending' });
    expect(result.pending).toEqual(['hygiene']);
    expect(format2(result.score)).toBe('88.76');
  });

  it('the floor holds the deducted 50 at zero, and the computed parts still count', () => {
    // overdue 11 working days × 5 = 55 > 50 → 0; service = 100/21 + 4.925; total = that + 40 = 49.69
    const result = windowScore([{ code: 'W-OVERDUE', recordId: 'c1', units: 11 }]);
    expect(format2(result.categories[0]!.score)).toBe('9.69');
    expect(format2(result.score)).toBe('49.69');
  });

  it('needs the evaluation counts and the hygiene result its categories compute', () => {
    expect(() => windowMonthlyScore({ windowId: 'w1', month: '2024-05', hygiene, findings: [] }, RULEBOOK)).toThrow(/evaluation/);
    expect(() => windowMonthlyScore({ windowId: 'w1', month: '2024-05', evaluation, findings: [] }, RULEBOOK)).toThrow(/hygiene/);
  });
});

const officerCodes = TEST_CODES.filter((c) => c.subject === 'officer');
const windowCodes = TEST_CODES.filter((c) => c.subject === 'window');

function occurrence(codes: typeof TEST_CODES) {
  return fc.record({ code: fc.constantFrom(...codes), recordId: fc.string({ minLength: 1, maxLength: 4 }), units: fc.integer({ min: 1, max: 6 }), half: fc.integer({ min: 0, max: 40 }) }).map(
    ({ code, recordId, units, half }): FindingOccurrence => {
      const range = 'min' in code.points ? code.points : null;
      const points = range ? String(Math.min(Number(range.max), Math.max(Number(range.min), half / 2))) : undefined;
      return { code: code.code, recordId, ...(code.per && code.per !== 'occurrence' ? { units } : {}), ...(points ? { points } : {}) };
    },
  );
}
const findingsOf = (codes: typeof TEST_CODES) =>
  fc.uniqueArray(occurrence(codes), { selector: (f) => `${f.recordId}|${f.code}`, maxLength: 25 });

const score = (subject: 'officer' | 'window', findings: FindingOccurrence[]) =>
  subject === 'officer' ? officer(findings) : windowScore(findings);

describe('properties of monthly scores', () => {
  for (const [subject, codes] of [['officer', officerCodes], ['window', windowCodes]] as const) {
    it(`${subject}: stays within [0, 100 + bonus cap] and its ledger sums to it`, () => {
      fc.assert(
        fc.property(findingsOf(codes), (findings) => {
          const result = score(subject, findings);
          return cmp(result.score, pts(0)) >= 0 && cmp(result.score, pts(110)) <= 0 && cmp(ledgerTotal(result.ledger), result.score) === 0;
        }),
      );
    });

    it(`${subject}: adding a deduction never raises the score`, () => {
      const deductions = codes.filter((c) => c.effect === 'deduction');
      fc.assert(
        fc.property(findingsOf(codes), occurrence(deductions), (findings, extra) => {
          const added = { ...extra, recordId: `extra-${extra.recordId}` };
          return cmp(score(subject, [...findings, added]).score, score(subject, findings).score) <= 0;
        }),
      );
    });

    it(`${subject}: permuting the findings never changes the result`, () => {
      fc.assert(
        fc.property(findingsOf(codes).chain((f) => fc.tuple(fc.constant(f), fc.shuffledSubarray(f, { minLength: f.length }))), ([findings, shuffled]) =>
          stableJson(score(subject, shuffled)) === stableJson(score(subject, findings)),
        ),
      );
    });
  }
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerTotal } from '#core/ledger';
import { format2, fraction, pts, toExact } from '#core/points';
import { compositeWeights, quarterlyComposite, weightedMonthlyMean } from '#core/rules/quarterly-composite';
import { stableJson } from './stable-json.ts';

const WEIGHTS = { monthly: '0.8', democratic: '0.1', panel: '0.1' };
const months = (...scores: number[]) => scores.map((s, i) => ({ month: `2024-0${i + 4}`, score: pts(s), resultId: `m${i + 4}` }));
const slips = (...scores: string[]) => scores.map((score, i) => ({ by: `v${i}`, score, recordId: `s${i}` }));

describe('quarterly composite (seed 001 (a) 五、(三)分值权重)', () => {
  it('months 90, 85, 88, ballots averaging 92, panel 80 → 87.33', () => {
    // mean = 263/3 = 87.666…; 0.8 × 263/3 = 70.1333…; 0.1 × 92 = 9.2; 0.1 × 80 = 8
    // 70.1333… + 9.2 + 8 = 87.3333… → 87.33
    const result = quarterlyComposite(
      { monthlyScores: months(90, 85, 88), ballots: slips('90', '92', '94'), panelScores: slips('80') },
      WEIGHTS,
    );
    expect(toExact(result.monthlyMean)).toBe('263/3');
    expect(format2(result.democratic)).toBe('92.00');
    expect(format2(result.panel)).toBe('80.00');
    expect(toExact(result.composite)).toBe('262/3');
    expect(format2(result.composite)).toBe('87.33');
    expect(toExact(ledgerTotal(result.ledger))).toBe('262/3');
    // one line per month (0.8 × score / 3), per ballot (0.1 × score / 3), per panel score
    expect(result.ledger.map((l) => l.code)).toEqual(['MEAN.MONTH', 'MEAN.MONTH', 'MEAN.MONTH', 'QC.BALLOT', 'QC.BALLOT', 'QC.BALLOT', 'QC.PANEL']);
    expect(toExact(result.ledger[0]!.points)).toBe('24'); // 90 × 0.8 / 3
  });

  it('the weights are data and must sum to 1', () => {
    expect(compositeWeights.safeParse(WEIGHTS).success).toBe(true);
    expect(compositeWeights.safeParse({ monthly: '0.8', democratic: '0.1', panel: '0.2' }).success).toBe(false);
    // all on the monthly mean: the composite is the mean
    const monthlyOnly = quarterlyComposite(
      { monthlyScores: months(90, 85, 88), ballots: slips('0'), panelScores: slips('0') },
      { monthly: '1', democratic: '0', panel: '0' },
    );
    expect(format2(monthlyOnly.composite)).toBe('87.67');
  });

  it('a subject scored in fewer months is averaged over those: (90 + 84) / 2 = 87', () => {
    expect(toExact(weightedMonthlyMean(months(90, 84)).value)).toBe('87');
  });

  it('rejects empty, repeated or out-of-range scores', () => {
    expect(() => weightedMonthlyMean([])).toThrow(/no monthly score/);
    expect(() => weightedMonthlyMean([...months(90), ...months(80)])).toThrow(/twice/);
    const base = { monthlyScores: months(90), panelScores: slips('80') };
    expect(() => quarterlyComposite({ ...base, ballots: [] }, WEIGHTS)).toThrow(/QC.BALLOT: no score/);
    expect(() => quarterlyComposite({ ...base, ballots: slips('101') }, WEIGHTS)).toThrow(/outside 0–100/);
    expect(() => quarterlyComposite({ ...base, ballots: [...slips('90'), ...slips('80')] }, WEIGHTS)).toThrow(/twice/);
  });

  it('stays within [0, 110], sums its ledger and ignores the order of its inputs', () => {
    const score = fc.integer({ min: 0, max: 11000 }).map((h) => fraction(h, 100));
    const slip = fc.integer({ min: 0, max: 10000 }).map((h) => (h / 100).toFixed(2));
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 3 }),
        fc.array(slip, { minLength: 1, maxLength: 12 }),
        fc.array(slip, { minLength: 1, maxLength: 5 }),
        (monthly, ballots, panel) => {
          const input = {
            monthlyScores: monthly.map((s, i) => ({ month: `2024-0${i + 1}`, score: s, resultId: `m${i}` })),
            ballots: slips(...ballots),
            panelScores: slips(...panel),
          };
          const result = quarterlyComposite(input, WEIGHTS);
          const reversed = quarterlyComposite(
            { monthlyScores: [...input.monthlyScores].reverse(), ballots: [...input.ballots].reverse(), panelScores: [...input.panelScores].reverse() },
            WEIGHTS,
          );
          return (
            result.composite.n >= 0n &&
            result.composite.n <= 110n * result.composite.d &&
            toExact(ledgerTotal(result.ledger)) === toExact(result.composite) &&
            stableJson(reversed) === stableJson(result)
          );
        },
      ),
    );
  });
});

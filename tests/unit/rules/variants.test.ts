/**
 * Cases where the tempting wrong reading of a rule gives another number (issue 14): each
 * expectation is worked by hand, with the number the wrong variant would give beside it.
 */
import { describe, expect, it } from 'vitest';
import { format2, pts } from '#core/points';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { SEED_003_ELECTRONIC_EVALUATION as EE, electronicEvaluation, requiredEvaluations } from '#core/rules/electronic-evaluation';
import { officerMonthlyScore } from '#core/rules/monthly-score';
import { quarterlyComposite } from '#core/rules/quarterly-composite';
import { selectHonor } from '#core/rules/selection';
import { TEST_RULEBOOK } from './test-rulebook.ts';

describe('rounding up, not half up (seed 003 ⌈0.60·V⌉)', () => {
  it('V = 52 → R = ⌈31.2⌉ = 32 (half up would give 31)', () => {
    expect(requiredEvaluations(52, EE)).toBe(32);
  });

  it('and the component follows: V = 52, E = S = 21 → shortfall 11 → −2 → 3.00 (half up: shortfall 10 → −1 → 4.00)', () => {
    const result = electronicEvaluation({ volume: 52, valid: 21, satisfied: 21, sources: { evaluations: ['e'], volume: ['v'] } }, EE);
    expect([result.required, result.shortfall, format2(result.component)]).toEqual([32, 11, '3.00']);
  });
});

describe('democratic and panel weights are not interchangeable', () => {
  it('weights 0.8 / 0.15 / 0.05: months 80, ballots 90, panel 70 → 64 + 13.5 + 3.5 = 81.00 (swapped: 79.00)', () => {
    const slips = (score: string) => [{ by: 'v1', score, recordId: `r-${score}` }];
    const months = ['2026-07', '2026-08', '2026-09'].map((month) => ({ month, score: pts(80), resultId: month }));
    const result = quarterlyComposite({ monthlyScores: months, ballots: slips('90'), panelScores: slips('70') }, { monthly: '0.8', democratic: '0.15', panel: '0.05' });
    expect(format2(result.composite)).toBe('81.00');
  });
});

describe('monthly grade edges exactly at the band (seed 002: ≥ 90 优秀, ≥ 75 称职, ≥ 60 基本称职)', () => {
  const judged = (points: string) => officerMonthlyScore({ officerId: 'o1', month: '2026-05', findings: [{ code: 'O-JUDGED', recordId: 'j1', points }] }, TEST_RULEBOOK);
  it('100 − 10 = 90.00 is 优秀 (a strict > would give 称职); 100 − 10.01 = 89.99 is 称职', () => {
    expect([format2(judged('10').score), judged('10').grade]).toEqual(['90.00', 'excellent']);
    expect([format2(judged('10.01').score), judged('10.01').grade]).toEqual(['89.99', 'competent']);
  });
});

describe('best windows: at most ⌊20%⌋ of the windows, at least 1, none under 90 (seed 002; DOMAIN §6)', () => {
  const honor = SEED_002_MONTHLY_ASSESSMENT.honors.find((h) => h.id === 'best-windows')!;
  /**
   * Windows scored by the best-window scheme (rules/best-window.ts): 'top' is 100 (volume in
   * the top 10, nothing deducted) plus 2 a letter of thanks; 'none' accepted no case (80);
   * 'late' lost 4 case-days on deadlines and gained one 20%-faster case: 100 − 12 + 1.5 = 89.50.
   */
  type Kind = { letters: number } | 'none' | 'late';
  const windows = (kinds: Kind[]) =>
    kinds.map((kind, i) => {
      const id = `w${String(i + 1).padStart(2, '0')}`;
      return {
        id,
        metrics: {},
        monthlyScores: [{ month: '2026-10', score: pts(95), resultId: `r${i}` }],
        bestWindow: {
          windowId: id,
          volume: { accepted: kind === 'none' ? 0 : 100, records: [] },
          overdue: { caseDays: kind === 'late' ? 4 : 0, records: [] },
          faster: kind === 'late' ? [{ savedPercent: 20, cases: 1 }] : [],
          fasterRecords: [],
          occurrences: typeof kind === 'object' ? Array.from({ length: kind.letters }, (_, k) => ({ code: 'B-W-THANKS-LETTER', recordId: `${id}-l${k}` })) : [],
          verifiedComplaints: [],
        },
      };
    });
  const select = (kinds: Kind[]) => selectHonor(SEED_002_MONTHLY_ASSESSMENT, { honorId: honor.id, period: '2026-10', contenders: windows(kinds), vetoes: [] });
  const top = (...letters: number[]): Kind[] => letters.map((n) => ({ letters: n }));

  it('10 windows → ⌊2.0⌋ = 2 places; 9 windows → ⌊1.8⌋ = 1 (rounding would give 2)', () => {
    // 108, 106, 104, 102, 100, then five (four) at 80.
    const none: Kind[] = ['none', 'none', 'none', 'none', 'none'];
    expect(select([...top(4, 3, 2, 1, 0), ...none]).selected.map((e) => e.subjectId)).toEqual(['w01', 'w02']);
    expect(select([...top(4, 3, 2, 1, 0), ...none.slice(1)]).selected.map((e) => e.subjectId)).toEqual(['w01']);
  });

  it('4 windows → ⌊0.8⌋ = 0, but at least 1; nobody at 90 → none (89.50 does not reach it)', () => {
    expect(select([...top(2, 1), 'none', 'none']).places).toBe(1);
    const none = select(['late', 'none', 'none', 'none']);
    expect(format2(none.belowMinimumScore[0]!.score)).toBe('89.50');
    expect([none.selected.length, none.belowMinimumScore.length]).toEqual([0, 4]);
  });
});

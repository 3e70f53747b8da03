import { describe, expect, it } from 'vitest';
import { ledgerTotal } from '#core/ledger';
import { format2, toExact } from '#core/points';
import {
  SEED_003_ELECTRONIC_EVALUATION as RULES,
  electronicEvaluation,
  requiredEvaluations,
  shortfallDeduction,
} from '#core/rules/electronic-evaluation';

describe('required evaluations R from volume V (seed 003 quota bands)', () => {
  it.each([
    // V ≤ 50 → ⌈0.70·V⌉
    [0, 0],
    [1, 1], // ⌈0.7⌉ = 1
    [30, 21], // 0.7·30 = 21
    [50, 35], // 0.7·50 = 35
    // 51 ≤ V ≤ 100 → ⌈0.60·V⌉
    [51, 31], // 0.6·51 = 30.6 → 31
    [100, 60],
    // 101 ≤ V ≤ 200 → ⌈0.50·V⌉
    [101, 51], // 50.5 → 51
    [200, 100],
    // V > 200 → 100
    [201, 100],
    [5000, 100],
  ])('V = %i → R = %i', (volume, required) => {
    expect(requiredEvaluations(volume, RULES)).toBe(required);
  });
});

describe('shortfall deduction bands', () => {
  it.each([
    [0, '0.00'],
    [1, '1.00'],
    [10, '1.00'],
    [11, '2.00'],
    [20, '2.00'],
    [21, '3.00'],
    [30, '3.00'],
    [31, '4.00'],
    [40, '4.00'],
    [41, '5.00'],
    [100, '5.00'],
  ])('D = %i → %s', (shortfall, points) => {
    expect(format2(shortfallDeduction(shortfall, RULES))).toBe(points);
  });
});

describe('electronic evaluation component', () => {
  it('V 30, 21 ratings of which 20 satisfied: R 21, base 5·20/21, component 4.76', () => {
    const result = electronicEvaluation({ volume: 30, valid: 21, satisfied: 20 });
    expect(result.required).toBe(21);
    expect(result.shortfall).toBe(0);
    expect(toExact(result.component)).toBe('100/21');
    expect(format2(result.component)).toBe('4.76');
    // 20/21 = 95.238…% → 95.24
    expect(format2(result.satisfactionRate!)).toBe('95.24');
  });

  it('no volume and no rating gives the full 5 points', () => {
    const result = electronicEvaluation({ volume: 0, valid: 0, satisfied: 0 });
    expect(format2(result.component)).toBe('5.00');
    expect(result.satisfactionRate).toBeNull();
  });

  it('ratings required but none given: base 0 and the shortfall takes it no lower than 0', () => {
    // V = 10 → R = 7, E = 0 → D = 7 → −1; base 0 → max(0, −1) = 0
    const result = electronicEvaluation({ volume: 10, valid: 0, satisfied: 0 });
    expect(result.required).toBe(7);
    expect(format2(result.component)).toBe('0.00');
    expect(toExact(ledgerTotal(result.ledger))).toBe('0');
  });

  it('V 150, 60 ratings, 57 satisfied: R 75, D 15 → −2; 4.75 − 2 = 2.75', () => {
    // base = 5·57/60 = 4.75
    const result = electronicEvaluation({ volume: 150, valid: 60, satisfied: 57 });
    expect(result.required).toBe(75);
    expect(result.shortfall).toBe(15);
    expect(format2(result.component)).toBe('2.75');
  });

  it('conduct deductions per occurrence; a device fault cancels the one it caused', () => {
    // V 40 → R 28; E 30, S 30 → base 5; refused −2.5, consecutive −1, evaluator-off cancelled → 1.50
    const result = electronicEvaluation({
      volume: 40,
      valid: 30,
      satisfied: 30,
      conduct: [
        { kind: 'refused', recordId: 'r2' },
        { kind: 'consecutive', recordId: 'r1' },
        { kind: 'evaluator-off', recordId: 'r3', cancelledBy: 'fault-1' },
      ],
    });
    expect(format2(result.component)).toBe('1.50');
    expect(result.ledger.map((l) => l.code)).toEqual(['EE.BASE', 'EE.CONDUCT.consecutive', 'EE.CONDUCT.refused']);
  });

  it('V = 50/51, 100/101, 200/201 at the band edges with no rating given', () => {
    // V 50 → R 35, D 35 → −4; V 51 → R 31, D 31 → −4; V 100 → R 60 → −5; V 101 → R 51 → −5
    // V 200 → R 100 → −5; V 201 → R 100 → −5. Base 0 in each, so each component is 0.
    for (const volume of [50, 51, 100, 101, 200, 201]) {
      const result = electronicEvaluation({ volume, valid: 0, satisfied: 0 });
      expect(result.component.n).toBe(0n);
    }
    // With the quota met exactly, nothing is deducted: V 51 → R 31, E 31, S 31 → 5
    expect(format2(electronicEvaluation({ volume: 51, valid: 31, satisfied: 31 }).component)).toBe('5.00');
    // V 101 → R 51; E 50 → D 1 → −1; S 50 → base 5 → 4.00
    expect(format2(electronicEvaluation({ volume: 101, valid: 50, satisfied: 50 }).component)).toBe('4.00');
    // V 201 → R 100; E 59 → D 41 → −5; base 5 → 0.00
    expect(format2(electronicEvaluation({ volume: 201, valid: 59, satisfied: 59 }).component)).toBe('0.00');
    // V 200 → R 100; E 60 → D 40 → −4; base 5 → 1.00
    expect(format2(electronicEvaluation({ volume: 200, valid: 60, satisfied: 60 }).component)).toBe('1.00');
  });

  it('ledger lines sum to the component', () => {
    const result = electronicEvaluation({ volume: 80, valid: 20, satisfied: 13 });
    // R 48, D 28 → −3; base 5·13/20 = 3.25 → 0.25
    expect(format2(result.component)).toBe('0.25');
    expect(toExact(ledgerTotal(result.ledger))).toBe(toExact(result.component));
  });

  it('rejects impossible counts', () => {
    expect(() => electronicEvaluation({ volume: 5, valid: 2, satisfied: 3 })).toThrow(RangeError);
  });
});

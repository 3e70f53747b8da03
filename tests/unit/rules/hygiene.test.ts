import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerTotal } from '#core/ledger';
import { format2, toExact } from '#core/points';
import { SEED_003_HYGIENE as RULES, hygieneComponent, inspectionScore } from '#core/rules/hygiene';
import { stableJson } from './stable-json.ts';

const inspected = (deductions: { item: string; points?: string }[], recordId = 'insp-1') => ({ recordId, deductions });

describe('hygiene inspection score and component (seed 003 §卫生工作考核办法)', () => {
  it('clutter 1 + bulletin board 0.5 → 98.5 → 4.925 → 4.93 (half up)', () => {
    // 100 − 1 − 0.5 = 98.5; 98.5 × 5 / 100 = 4.925 exactly; half up → 4.93
    const result = hygieneComponent(
      { inspections: [inspected([{ item: 'clutter', points: '1' }, { item: 'bulletin-board', points: '0.5' }])], quarterEnded: false },
      RULES,
    );
    expect(result.status).toBe('inspected');
    if (result.status !== 'inspected') return;
    expect(toExact(result.inspectionScore)).toBe('197/2');
    expect(toExact(result.component)).toBe('197/40'); // 4.925
    expect(format2(result.component)).toBe('4.93');
    expect(toExact(ledgerTotal(result.ledger))).toBe(toExact(result.component));
    expect(result.ledger[0]!.records).toEqual(['insp-1']);
  });

  it('a clean inspection gives the full 5 points', () => {
    const result = hygieneComponent({ inspections: [inspected([])], quarterEnded: true }, RULES);
    expect(result.status === 'inspected' && format2(result.component)).toBe('5.00');
  });

  it('every item at its worst: 5 × 2 + smoking 5 + butt 5 = 20 → 80 → 4.00', () => {
    const worst = RULES.items.map((i) => ({ item: i.id, points: 'fixed' in i.points ? undefined : i.points.max }));
    expect(toExact(inspectionScore(inspected(worst), RULES))).toBe('80');
    const result = hygieneComponent({ inspections: [inspected(worst)], quarterEnded: true }, RULES);
    expect(result.status === 'inspected' && format2(result.component)).toBe('4.00');
  });

  it('range items take the inspector’s points within 0.5–2; fixed items take theirs', () => {
    // 0.5 and 2 are the edges: 100 − 0.5 − 2 − 5 = 92.5 → 4.625 → 4.63
    const score = inspectionScore(inspected([{ item: 'dust', points: '0.5' }, { item: 'litter', points: '2' }, { item: 'smoking' }]), RULES);
    expect(toExact(score)).toBe('185/2');
    expect(() => inspectionScore(inspected([{ item: 'dust', points: '2.5' }]), RULES)).toThrow(/outside 0.5–2/);
    expect(() => inspectionScore(inspected([{ item: 'dust', points: '0.4' }]), RULES)).toThrow(/outside/);
    expect(() => inspectionScore(inspected([{ item: 'dust' }]), RULES)).toThrow(/needs points/);
    expect(() => inspectionScore(inspected([{ item: 'smoking', points: '4' }]), RULES)).toThrow(/fixed at 5/);
    expect(() => inspectionScore(inspected([{ item: 'graffiti', points: '1' }]), RULES)).toThrow(/unknown hygiene item/);
    expect(() => inspectionScore(inspected([{ item: 'dust', points: '1' }, { item: 'dust', points: '1' }]), RULES)).toThrow(/twice/);
  });

  it('no inspection yet: pending during the quarter, missing (0) after it', () => {
    expect(hygieneComponent({ inspections: [], quarterEnded: false }, RULES)).toEqual({ status: 'pending' });
    const missing = hygieneComponent({ inspections: [], quarterEnded: true }, RULES);
    expect(missing.status).toBe('missing');
    expect(missing.status === 'missing' && format2(missing.component)).toBe('0.00');
  });

  it('two inspections in a quarter count by their mean: (98.5 + 100) / 2 = 99.25 → 4.9625 → 4.96', () => {
    const result = hygieneComponent(
      {
        inspections: [inspected([], 'insp-b'), inspected([{ item: 'clutter', points: '1' }, { item: 'bulletin-board', points: '0.5' }], 'insp-a')],
        quarterEnded: true,
      },
      RULES,
    );
    if (result.status !== 'inspected') throw new Error('expected an inspection');
    expect(format2(result.component)).toBe('4.96');
    expect(result.ledger.map((l) => l.records[0])).toEqual(['insp-a', 'insp-b']);
    expect(toExact(ledgerTotal(result.ledger))).toBe(toExact(result.component));
  });

  it('stays within [0, 5], sums its ledger and ignores input order', () => {
    const item = fc.constantFrom(...RULES.items);
    const deduction = item.chain((i) =>
      'fixed' in i.points
        ? fc.constant({ item: i.id })
        : fc.integer({ min: 1, max: 4 }).map((quarters) => ({ item: i.id, points: String(quarters / 2) })),
    );
    const inspection = fc.uniqueArray(deduction, { selector: (d) => d.item, maxLength: RULES.items.length });
    fc.assert(
      fc.property(fc.array(inspection, { minLength: 1, maxLength: 3 }), (lists) => {
        const inspections = lists.map((deductions, i) => ({ recordId: `r${i}`, deductions }));
        const result = hygieneComponent({ inspections, quarterEnded: true }, RULES);
        if (result.status !== 'inspected') return false;
        const reversed = hygieneComponent({ inspections: [...inspections].reverse(), quarterEnded: true }, RULES);
        return (
          result.component.n >= 0n &&
          result.component.n <= 5n * result.component.d &&
          toExact(ledgerTotal(result.ledger)) === toExact(result.component) &&
          stableJson(reversed) === stableJson(result)
        );
      }),
    );
  });
});

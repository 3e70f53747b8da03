import { describe, expect, it } from 'vitest';
import { pts } from '#core/points';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';
import { type EligibilityFacts, type VetoEvent, exclusions, lowestWindows, vetoEvents } from '#core/rules/eligibility';

const honor = (id: string) => defaultRulebook().honors.find((h) => h.id === id)!;
const ctx = (id: string, period: string, vetoes: VetoEvent[] = [], lowest: ReturnType<typeof lowestWindows> | null = null) => ({
  honor: honor(id),
  period,
  vetoes,
  lowest,
  rulebook: defaultRulebook(),
});
const officer: EligibilityFacts = { id: 'o1', windowId: 'w1', role: 'staff', daysOnDuty: { days: 61, records: ['att'] } };
const window: EligibilityFacts = { id: 'w1', completion: { completed: 40, onTime: 40, records: ['cases'] } };

describe('vetoes (一票否决, DOMAIN.md §5)', () => {
  // V-O-COMPLAINT-12345: seed 003 三、(四)一票否决制 第1条, scope year
  const complaint = vetoEvents('officer', 'o1', '2024-05', [{ code: 'V-O-COMPLAINT-12345', recordId: 'cmp-7' }, { code: 'O-DISC-LATE', recordId: 'late-1' }], defaultRulebook());

  it('a verified finding whose code carries a veto raises one; others do not', () => {
    expect(complaint).toEqual([{ subject: 'officer', subjectId: 'o1', code: 'V-O-COMPLAINT-12345', month: '2024-05', records: ['cmp-7'] }]);
  });

  it('a 12345-referred verified complaint vetoes the officer for the quarter and the year', () => {
    // May 2024 lies in 2024-Q2 and 2024: out of Q2's stars and 2024's yearly stars
    expect(exclusions(officer, ctx('quarterly-stars', '2024-Q2', complaint))).toEqual([
      { rule: 'veto', records: ['cmp-7'], detail: { code: 'V-O-COMPLAINT-12345', scope: 'year', month: '2024-05' } },
    ]);
    expect(exclusions(officer, ctx('yearly-stars', '2024', complaint))).toHaveLength(1);
    // not the next quarter's stars, nor the next year's
    expect(exclusions(officer, ctx('quarterly-stars', '2024-Q3', complaint))).toEqual([]);
    expect(exclusions(officer, ctx('yearly-stars', '2025', complaint))).toEqual([]);
    // and only that officer
    expect(exclusions({ ...officer, id: 'o2' }, ctx('quarterly-stars', '2024-Q2', complaint))).toEqual([]);
  });

  it('a quarter-scope veto keeps to its quarter and leaves the year’s honors alone', () => {
    // V-O-COMMITMENT-BREACH: seed 003 §服务承诺制度 第7条, 取消季度评优资格
    const breach = vetoEvents('officer', 'o1', '2024-08', [{ code: 'V-O-COMMITMENT-BREACH', recordId: 'cb-1' }], defaultRulebook());
    expect(exclusions(officer, ctx('quarterly-stars', '2024-Q3', breach))).toHaveLength(1);
    expect(exclusions(officer, ctx('yearly-stars', '2024', breach))).toEqual([]);
  });

  it('a window’s veto removes the window, not an officer with the same id', () => {
    const windowVeto = vetoEvents('window', 'w1', '2024-03', [{ code: 'V-W-COMPLAINT-12345', recordId: 'cmp-1' }], defaultRulebook());
    expect(exclusions(window, ctx('excellent-windows', '2024', windowVeto))).toHaveLength(1);
    expect(exclusions({ ...officer, id: 'w1' }, ctx('yearly-stars', '2024', windowVeto))).toEqual([]);
  });

  it('refuses a veto whose code carries none or is unknown', () => {
    const bogus = [{ subject: 'officer' as const, subjectId: 'o1', code: 'O-DISC-LATE', month: '2024-05', records: ['x'] }];
    expect(() => exclusions(officer, ctx('quarterly-stars', '2024-Q2', bogus))).toThrow(/carries no veto/);
    expect(() => exclusions(officer, ctx('quarterly-stars', '2024-Q2', [{ ...bogus[0]!, code: 'NOPE' }]))).toThrow(/not in rulebook/);
  });
});

describe('eligibility rules', () => {
  it('officers need 60 days on duty in the quarter where the rulebook says so [seed 001]: 59 out, 60 in', () => {
    const preset = (facts: EligibilityFacts) =>
      exclusions(facts, { ...ctx('quarterly-stars', '2024-Q2'), honor: SEED_001_QUARTERLY_COMPOSITE.honors.find((h) => h.id === 'service-pacesetters')!, rulebook: SEED_001_QUARTERLY_COMPOSITE });
    const days = (n: number) => ({ ...officer, daysOnDuty: { days: n, records: ['att'] } });
    expect(preset(days(59))).toEqual([{ rule: 'days-on-duty', records: ['att'], detail: { days: 59, required: 60 } }]);
    expect(preset(days(60))).toEqual([]);
    expect(() => preset({ id: 'o1' })).toThrow(/days on duty are needed/);
    // seed 003's quarterly stars (the default) have no days-on-duty rule
    expect(exclusions(days(59), ctx('quarterly-stars', '2024-Q2'))).toEqual([]);
  });

  it('heads of the three lowest-scoring windows cannot be quarterly stars [seed 003]', () => {
    const standings = ['95', '92', '88', '85', '85', '70'].map((score, i) => ({ windowId: `w${i + 1}`, score: pts(score), metrics: {} }));
    // lowest three: w6 (70), then w4 and w5 tied at 85 → both count as among the lowest
    const lowest = lowestWindows(standings, 3, defaultRulebook());
    expect([...lowest.keys()].sort()).toEqual(['w4', 'w5', 'w6']);
    const headOf = (windowId: string) => ({ ...officer, windowId, role: 'head' as const });
    expect(exclusions(headOf('w4'), ctx('quarterly-stars', '2024-Q2', [], lowest))).toEqual([
      { rule: 'bottom-window-head', records: [], detail: { windowId: 'w4', rank: 4, of: 6 } },
    ]);
    expect(exclusions(headOf('w3'), ctx('quarterly-stars', '2024-Q2', [], lowest))).toEqual([]);
    // staff of a low window are not affected
    expect(exclusions({ ...officer, windowId: 'w6' }, ctx('quarterly-stars', '2024-Q2', [], lowest))).toEqual([]);
    // the lowest two: w6, then w4 and w5 tied across the boundary → all three, unless a
    // tie-breaker separates them: w5 has the better satisfaction rate, so w4 is the lower
    expect([...lowestWindows(standings, 2, defaultRulebook()).keys()].sort()).toEqual(['w4', 'w5', 'w6']);
    const separated = lowestWindows(
      standings.map((s) => ({ ...s, metrics: { 'satisfaction-rate': pts(s.windowId === 'w5' ? 99 : 95) } })),
      2,
      defaultRulebook(),
    );
    expect([...separated.keys()].sort()).toEqual(['w4', 'w6']);
  });

  it('excellent windows need every case completed on time [seed 001, seed 003]', () => {
    const late = { ...window, completion: { completed: 40, onTime: 39, records: ['cases'] } };
    expect(exclusions(late, ctx('excellent-windows', '2024'))).toEqual([
      { rule: 'on-time-completion', records: ['cases'], detail: { completed: 40, onTime: 39, rate: '97.50', required: '100' } },
    ]);
    expect(exclusions(window, ctx('excellent-windows', '2024'))).toEqual([]);
    // no completed case: nothing was late
    expect(exclusions({ ...window, completion: { completed: 0, onTime: 0, records: [] } }, ctx('excellent-windows', '2024'))).toEqual([]);
    expect(() => exclusions({ ...window, completion: { completed: 1, onTime: 2, records: [] } }, ctx('excellent-windows', '2024'))).toThrow(RangeError);
  });
});

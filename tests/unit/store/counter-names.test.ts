import { describe, expect, it } from 'vitest';
import { COUNTER } from '#core/aggregates';
import { CASE_TYPES } from '#core/records/case';
import { LEAVE_KINDS } from '#core/rules/attendance';
import { aggregateOf, counterAttribute } from '#store/aggregates';

describe('counter names as stored', () => {
  it('shorten the well-known words: an officer’s rating counters, a level, a band of time saved', () => {
    expect(counterAttribute(COUNTER.officerEvaluations('o062'))).toBe('n:O.o062.E');
    expect(counterAttribute(COUNTER.rating('five-level', '非常不满意'))).toBe('n:R.F.非常不满意');
    expect(counterAttribute(COUNTER.completedSaved(45))).toBe('n:C.V.45');
    expect(counterAttribute(COUNTER.overdueWorkingDays)).toBe('n:C.D');
  });

  it('read back as every counter name the rules use, and a name stored in full as itself, summed', () => {
    const names = [
      COUNTER.evaluations,
      COUNTER.satisfied,
      COUNTER.volume,
      COUNTER.completed,
      COUNTER.completedOnTime,
      COUNTER.completedLate,
      COUNTER.overdueWorkingDays,
      COUNTER.signIns,
      COUNTER.absences,
      ...['two-level', 'five-level'].flatMap((scale) => ['满意', '不满意', '非常满意'].map((level) => COUNTER.rating(scale, level))),
      ...['o1', 'officer', 'e', 'o-062'].flatMap((id) => [COUNTER.officerEvaluations(id), COUNTER.officerSatisfied(id)]),
      ...CASE_TYPES.map(COUNTER.cases),
      ...LEAVE_KINDS.map(COUNTER.leave),
      ...[1, 50, 100].map(COUNTER.completedSaved),
    ];
    const item = Object.fromEntries(names.map((name, i) => [counterAttribute(name), i + 1]));
    expect(Object.keys(item)).toHaveLength(names.length);
    expect(aggregateOf({ pk: 'p', sk: 's', ...item }).counters).toEqual(Object.fromEntries(names.map((name, i) => [name, i + 1])));
    // An item written before names were shortened, and updated since: both forms count.
    expect(aggregateOf({ pk: 'p', sk: 's', 'n:officer.o062.evaluations': 3, 'n:O.o062.E': 2 }).counters).toEqual({ 'officer.o062.evaluations': 5 });
  });
});

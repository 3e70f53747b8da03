import { describe, expect, it } from 'vitest';
import { aggregatesByMonth, dayMap, foldDeltas, negateDelta, recordEffects } from '#core/aggregates';

const rating = (id: string, month: string, rating: string, officerId?: string) =>
  recordEffects({ id, type: 'evaluation', month, windowId: 'w01', body: { scale: 'five-level', rating, ...(officerId ? { officerId } : {}) } });

describe('record effects', () => {
  it('counts a rating in its window item, its officer beside it; 基本满意 counts as satisfied', () => {
    expect(rating('r1', '2026-10', '基本满意', 'o007')).toEqual({
      deltas: [
        {
          month: '2026-10',
          subject: 'W#w01',
          counters: {
            evaluations: 1,
            satisfied: 1,
            'rating.five-level.基本满意': 1,
            'officer.o007.evaluations': 1,
            'officer.o007.satisfied': 1,
          },
        },
      ],
      facts: [],
    });
  });

  it('counts 不满意 and 非常不满意 as not satisfied', () => {
    for (const level of ['不满意', '非常不满意']) {
      expect(rating('r', '2026-10', level).deltas[0]!.counters).toMatchObject({ evaluations: 1, satisfied: 0 });
    }
  });

  it('folds deltas per month and subject, and hands officers their counters, as the month read does', () => {
    const effects = [
      rating('r1', '2026-10', '满意', 'o007'),
      rating('r2', '2026-10', '不满意', 'o007'),
      recordEffects({ id: 'v1', type: 'volume', month: '2026-10', windowId: 'w01', body: { accepted: 30 } }),
      recordEffects({ id: 'v2', type: 'volume', month: '2026-10', windowId: 'w01', body: { accepted: 12 } }),
      rating('r3', '2026-11', '满意'),
    ];
    const months = aggregatesByMonth(effects);
    // October: 2 ratings, 1 satisfied; volume 30 + 12 = 42; o007 rated twice, once satisfied.
    expect(months.get('2026-10')!.get('W#w01')!.counters).toMatchObject({ evaluations: 2, satisfied: 1, volume: 42 });
    expect(months.get('2026-10')!.get('O#o007')!.counters).toEqual({ evaluations: 2, satisfied: 1 });
    expect(months.get('2026-11')!.get('W#w01')!.counters).toMatchObject({ evaluations: 1, satisfied: 1 });
  });

  it('takes a superseded record back with its negated delta', () => {
    const old = rating('r', '2026-10', '满意').deltas;
    const replacement = rating('r2', '2026-10', '不满意').deltas;
    // 满意 → 不满意: evaluations +1 −1 = 0, satisfied 0 − 1 = −1
    expect(foldDeltas([...replacement, ...old.map(negateDelta)])[0]!.counters).toEqual({
      evaluations: 0,
      satisfied: -1,
      'rating.five-level.满意': -1,
      'rating.five-level.不满意': 1,
    });
  });

  it('makes a finding one fact item for its window and one for its officer, never a line in an aggregate', () => {
    const body = { windowId: 'w02', officerId: 'o011', code: 'O-PATROL-PHONE', date: '2026-10-12' };
    const effects = recordEffects({ id: 'f1', type: 'finding', month: '2026-10', windowId: 'w02', body });
    // canonical JSON: keys sorted
    const shown = '{"code":"O-PATROL-PHONE","date":"2026-10-12","officerId":"o011","windowId":"w02"}';
    expect(effects).toEqual({
      deltas: [],
      facts: [
        { month: '2026-10', subject: 'W#w02', type: 'finding', recordId: 'f1', body: shown },
        { month: '2026-10', subject: 'O#o011', type: 'finding', recordId: 'f1', body: shown },
      ],
    });
  });

  it('makes a patrol and a case extension no fact and no counter: no rule reads them, the findings a patrol cites carry its points', () => {
    const patrol = { date: '2026-10-12', session: 'morning', windowId: 'w02', officerId: 'o011', findings: [{ code: 'O-PATROL-PHONE', note: '玩手机' }] };
    expect(recordEffects({ id: 'p1', type: 'patrol', month: '2026-10', windowId: 'w02', body: patrol })).toEqual({ deltas: [], facts: [] });
    const extension = { caseNumber: 'A-1', windowId: 'w02', newDeadline: '2026-10-30', reason: '补正材料' };
    expect(recordEffects({ id: 'e1', type: 'case-extension', month: '2026-10', windowId: 'w02', body: extension })).toEqual({ deltas: [], facts: [] });
    // A finding citing the patrol is still a fact, as above.
    expect(recordEffects({ id: 'f1', type: 'finding', month: '2026-10', windowId: 'w02', body: { windowId: 'w02', code: 'W-X', date: '2026-10-12' } }).facts).toHaveLength(1);
  });

  it('keeps private fields out of the facts', () => {
    const body = { windowId: 'w02', summary: '等候时间过长', complainantName: '某某', complainantContact: '13800000000' };
    const { facts } = recordEffects({ id: 'c1', type: 'complaint', month: '2026-10', windowId: 'w02', body });
    expect(facts[0]!.body).toBe('{"summary":"等候时间过长","windowId":"w02"}');
  });

  it('keeps attendance as officer counters and a day map, center-level records under the center', () => {
    const signIn = recordEffects({
      id: 'a1',
      type: 'attendance',
      month: '2026-10',
      windowId: 'w02',
      body: { entry: 'sign-in', windowId: 'w02', officerId: 'o011', date: '2026-10-12', signIn: '08:21' },
    });
    expect(signIn.deltas).toEqual([
      {
        month: '2026-10',
        subject: 'O#o011',
        counters: { 'attendance.signIns': 1 },
        set: { 'day.2026-10-12.in': '08:21\ta1' },
        once: { 'day.2026-10-12.in': 'duplicateSignIn' },
      },
    ]);
    expect(dayMap(signIn.deltas[0]!.set!)).toEqual([{ date: '2026-10-12', signIn: { at: '08:21', recordId: 'a1' } }]);
    const ballot = recordEffects({ id: 'b1', type: 'ballot', month: '2026-09', windowId: '_', body: { period: '2026-Q3' } });
    expect(ballot.facts.map((f) => f.subject)).toEqual(['C']);
  });

  it('a corrected sign-in of the same day replaces the entry and drops the once-a-day guard', () => {
    const body = { entry: 'sign-in', windowId: 'w02', officerId: 'o011', date: '2026-10-12' };
    const old = recordEffects({ id: 'a1', type: 'attendance', month: '2026-10', windowId: 'w02', body: { ...body, signIn: '08:41' } }).deltas;
    const fixed = recordEffects({ id: 'a2', type: 'attendance', month: '2026-10', windowId: 'w02', body: { ...body, signIn: '08:21' } }).deltas;
    expect(foldDeltas([...fixed, ...old.map(negateDelta)])).toEqual([
      { month: '2026-10', subject: 'O#o011', counters: { 'attendance.signIns': 0 }, set: { 'day.2026-10-12.in': '08:21\ta2' } },
    ]);
  });

  it('counts cases by type and completions on time or late with the working days overdue intake derived', () => {
    const effects = [
      recordEffects({ id: 'k1', type: 'case', month: '2026-10', windowId: 'w01', body: { caseType: 'promised' } }),
      recordEffects({ id: 'k2', type: 'case', month: '2026-10', windowId: 'w01', body: { caseType: 'immediate', completedDate: '2026-10-09' }, derived: { onTime: true, overdueWorkingDays: 0 } }),
      recordEffects({ id: 'd1', type: 'case-completion', month: '2026-10', windowId: 'w01', body: {}, derived: { onTime: false, overdueWorkingDays: 3 } }),
    ];
    // 2 cases (1 promised, 1 immediate); 2 completions: k2 on time, d1 late by 3 working days.
    expect(aggregatesByMonth(effects).get('2026-10')!.get('W#w01')!.counters).toEqual({
      'cases.promised': 1,
      'cases.immediate': 1,
      completed: 2,
      'completed.onTime': 1,
      'completed.late': 1,
      'completed.overdueWorkingDays': 3,
    });
  });
});

/**
 * The officer's own view in the core (shared/core/officer-standing.ts): the gap to the next
 * grade from the score as shown, ledger lines in words, counts, vetoes with their last day,
 * days on duty still needed, and appeals with their latest decision. Numbers worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { honorStanding, officerAppeals, officerMonth, standingVeto } from '#core/officer-standing';
import { toExact, pts } from '#core/points';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';

const rulebook = defaultRulebook();

describe('an officer’s month', () => {
  it('names the next grade and the points the shown score lacks for it', () => {
    // 74.996 shows as 75.00 (half up) and is 称职 (≥ 75); 优秀 needs 90: 90 − 75.00 = 15.00.
    const month = officerMonth(
      {
        month: '2026-10',
        score: { score: toExact(pts('74.996')), grade: 'competent', pending: [], ledger: [] },
        officerCounters: { 'attendance.signIns': 20, 'attendance.absences': 1, 'attendance.leave.sick': 2, 'attendance.leave.annual': 0 },
        ratings: { evaluations: 41, satisfied: 40 },
      },
      rulebook,
    );
    expect(month.scoreShown).toBe('75.00');
    expect(month.grade).toEqual({ id: 'competent', name: { zh: '称职', en: 'competent' } });
    expect(month.nextGrade).toEqual({ id: 'excellent', name: { zh: '优秀', en: 'excellent' }, pointsNeeded: '15.00' });
    // Leave kinds with no day are left out.
    expect(month.attendance).toEqual({ signIns: 20, absences: 1, leave: { sick: 2 } });
    expect(month.ratings).toEqual({ evaluations: 41, satisfied: 40 });
  });

  it('has no next grade at the top or before the month is scored', () => {
    const top = officerMonth({ month: '2026-10', score: { score: '95', grade: 'excellent', pending: [], ledger: [] }, officerCounters: {}, ratings: { evaluations: 0, satisfied: 0 } }, rulebook);
    expect(top.nextGrade).toBeNull();
    const unscored = officerMonth({ month: '2026-11', officerCounters: {}, ratings: { evaluations: 0, satisfied: 0 } }, rulebook);
    expect(unscored).toMatchObject({ scoreShown: null, grade: null, nextGrade: null, ledger: [] });
  });

  it('reads a ledger line in words: a finding by the rulebook’s words and clause, a fixed rule by its name', () => {
    const code = rulebook.findingCodes.find((c) => c.category.startsWith('officer.') && c.effect === 'deduction' && c.veto === 'none')!;
    const month = officerMonth(
      {
        month: '2026-10',
        score: {
          score: '88',
          grade: 'competent',
          pending: [],
          ledger: [
            { code: 'CAT.BASE', points: '100', records: [], detail: { category: 'officer.duty' } },
            { code: code.code, points: '-2', records: ['r1'] },
          ],
        },
        officerCounters: {},
        ratings: { evaluations: 0, satisfied: 0 },
      },
      rulebook,
    );
    expect(month.ledger).toEqual([
      {
        code: 'CAT.BASE',
        name: { zh: '类别基础分', en: 'category base' },
        category: rulebook.officer.categories.find((c) => c.id === 'officer.duty')!.name,
        points: '+100.00',
        records: [],
        detail: { category: 'officer.duty' },
      },
      {
        code: code.code,
        name: { zh: code.zh, en: code.en },
        clause: `${code.source.seed} ${code.source.clause}`,
        category: rulebook.officer.categories.find((c) => c.id === code.category)!.name,
        points: '-2.00',
        records: ['r1'],
      },
    ]);
    // 88.00 is 称职; 优秀 is 2.00 away.
    expect(month.nextGrade?.pointsNeeded).toBe('2.00');
  });
});

describe('what stands in the officer’s way', () => {
  it('gives a veto its last day: the end of its quarter, or of its year', () => {
    // A quarter-scope veto in August bars Q3: until 30 September; a year-scope one until 31 December.
    expect(standingVeto({ subject: 'officer', subjectId: 'o001', code: 'V-O-COMMITMENT-BREACH', month: '2026-08', records: ['v1'] }, rulebook)).toMatchObject({
      scope: 'quarter',
      until: '2026-09-30',
    });
    expect(standingVeto({ subject: 'officer', subjectId: 'o001', code: 'V-O-IT-REPEATED', month: '2026-02', records: ['v2'] }, rulebook)).toMatchObject({
      scope: 'year',
      until: '2026-12-31',
    });
    // A veto recorded with a reason, no code: its stated scope.
    expect(standingVeto({ subject: 'officer', subjectId: 'o001', code: 'reason', scope: 'year', month: '2026-05', records: ['v3'] }, rulebook)).toMatchObject({
      name: { zh: '一票否决', en: 'veto' },
      until: '2026-12-31',
    });
  });

  it('counts the days on duty still needed where the honor asks for them', () => {
    const book = SEED_001_QUARTERLY_COMPOSITE;
    const honor = book.honors.find((h) => h.eligibility.minDaysOnDuty !== undefined)!;
    expect(honor.eligibility.minDaysOnDuty).toBe(60);
    // 52 days on duty of 60: 8 still needed, and the rule excludes the officer for now.
    const standing = honorStanding(
      { honor, period: '2026-Q3', contender: { id: 'o001', windowId: 'w01', role: 'staff', daysOnDuty: { days: 52, records: ['a'] } }, vetoes: [], lowest: null },
      book,
    );
    expect(standing.daysOnDuty).toEqual({ days: 52, required: 60, stillNeeded: 8 });
    expect(standing.exclusions.map((e) => e.rule)).toEqual(['days-on-duty']);
    const enough = honorStanding(
      { honor, period: '2026-Q3', contender: { id: 'o001', windowId: 'w01', role: 'staff', daysOnDuty: { days: 61, records: ['a'] } }, vetoes: [], lowest: null },
      book,
    );
    expect(enough.daysOnDuty).toEqual({ days: 61, required: 60, stillNeeded: 0 });
    expect(enough.exclusions).toEqual([]);
  });

  it('lists the appeals against the officer’s vetoes with their latest decision', () => {
    const appeals = officerAppeals(
      new Set(['v1']),
      [
        { recordId: 'a1', body: { vetoId: 'v1', date: '2026-09-02', grounds: '当日系系统故障' } },
        { recordId: 'a2', body: { vetoId: 'v9', date: '2026-09-03', grounds: '他人的申诉' } },
      ],
      [
        { recordId: 'd1', body: { appealId: 'a1', decision: 'upheld', reason: '经复核属实', date: '2026-09-05' } },
        { recordId: 'd2', body: { appealId: 'a1', decision: 'overturned', reason: '补充材料证明系故障', date: '2026-09-08' } },
      ],
    );
    expect(appeals).toEqual([
      { appealId: 'a1', vetoId: 'v1', date: '2026-09-02', grounds: '当日系系统故障', decision: { decision: 'overturned', reason: '补充材料证明系故障', date: '2026-09-08' } },
    ]);
  });
});

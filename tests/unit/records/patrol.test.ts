/** Patrols (巡查) — seed 003 §窗口巡查制度, seed 004; codes from the default rulebook. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { patrolRecord } from '#core/records/patrol';
import { fieldIssues } from '#core/records/types';
import { defaultRulebook } from '#core/rulebook/default';

// The shape by the schema, then the codes and items by the rulebook, as intake checks them.
const paths = (input: unknown) => {
  const result = patrolRecord.body.safeParse(input);
  if (result.success) return patrolRecord.checkRules!(result.data, defaultRulebook()).map((i) => i.path);
  return fieldIssues(result.error).map((i) => i.path);
};
const patrol = {
  date: '2026-11-19',
  session: 'morning',
  windowId: 'w04',
  officerId: 'o021',
  findings: [
    { code: 'O-DISC-NO-BADGE', note: '未佩戴工作牌' },
    { code: 'W-PATROL-ETIQUETTE', note: '窗口台面摆放零食' },
  ],
};
const withFinding = (finding: object) => paths({ ...patrol, findings: [finding] });
const noOfficer = (finding: object) => paths({ ...patrol, officerId: undefined, findings: [finding] });

describe('patrol', () => {
  it('parses a round with findings, and one with none (the log of the round)', () => {
    const parsed = patrolRecord.body.parse(patrol);
    expect(patrolRecord.officersOf!(parsed)).toEqual(['o021']);
    expect(patrolRecord.windowOf(parsed)).toBe('w04');
    expect(paths({ ...patrol, session: 'cctv', officerId: undefined, findings: [] })).toEqual([]);
  });

  it('each code must exist, be a deduction, and fit the patrol', () => {
    expect(withFinding({ code: 'O-DISC-NO-BADGES', note: '—' })).toEqual(['findings.0.code']); // unknown
    expect(withFinding({ code: 'B-W-BANNER', note: '锦旗' })).toEqual(['findings.0.code']); // a bonus
    expect(noOfficer({ code: 'O-DISC-NO-BADGE', note: '未佩戴' })).toEqual(['findings.0.code']); // no officer named
    expect(noOfficer({ code: 'W-PATROL-ETIQUETTE', note: '台面杂乱' })).toEqual([]); // a window code needs none
    expect(withFinding({ code: 'w-patrol-etiquette', note: '—' })).toEqual(['findings.0.code']); // codes are upper-case
  });

  it('a range code needs its points, a fixed code takes no others', () => {
    expect(withFinding({ code: 'W-DISC-UNCIVIL-CONDUCT', note: '大声喧哗' })).toEqual(['findings.0.points']);
    expect(withFinding({ code: 'W-DISC-UNCIVIL-CONDUCT', points: '2', note: '大声喧哗' })).toEqual([]);
    expect(withFinding({ code: 'W-PATROL-ETIQUETTE', points: '2', note: '—' })).toEqual(['findings.0.points']);
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...patrol, session: 'evening' })).toEqual(['session']);
    expect(paths({ ...patrol, findings: [{ code: 'W-PATROL-ETIQUETTE' }] })).toEqual(['findings.0.note']);
    expect(paths({ ...patrol, inspector: 'x' })).toEqual(['inspector']);
  });

  it('no patrol in the future', () => {
    const parsed = patrolRecord.body.parse(patrol);
    expect(patrolRecord.checkAt!(parsed, new Date('2026-11-18T20:00:00+08:00'), createCalendar()).map((i) => i.path)).toEqual(['date']);
  });
});

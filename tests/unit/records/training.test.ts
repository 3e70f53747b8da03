/** Training roll call (学习培训点名) — seed 003 §窗口工作人员学习培训制度 四. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { trainingRecord } from '#core/records/training';
import { fieldIssues } from '#core/records/types';

const issues = (input: unknown) => {
  const result = trainingRecord.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error);
};
const paths = (input: unknown) => issues(input).map((i) => i.path);
const session = {
  sessionId: '2026-11-policy',
  date: '2026-11-18',
  topic: '优化营商环境条例学习',
  present: ['o001', 'o002', 'o003'],
  excused: ['o004'],
  absent: ['o005'],
};

describe('training', () => {
  it('parses a roll call; center-level, concerning everyone called', () => {
    const parsed = trainingRecord.body.parse(session);
    expect(trainingRecord.windowOf(parsed)).toBeUndefined();
    expect(trainingRecord.officersOf!(parsed)).toEqual(['o001', 'o002', 'o003', 'o004', 'o005']);
  });

  it('an officer in two lists is an error, at the later listing', () => {
    const twice = issues({ ...session, absent: ['o005', 'o002'] });
    expect(twice.map((i) => i.path)).toEqual(['absent.1']);
    expect(twice[0]!.message).toContain('present');
    expect(paths({ ...session, excused: ['o004', 'o004'] })).toEqual(['excused.1']);
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...session, present: [], excused: [], absent: [] })).toEqual(['present']);
    expect(paths({ ...session, present: ['O 001'] })).toEqual(['present.0']);
    expect(paths({ ...session, date: '2026-11-31' })).toEqual(['date']);
    expect(paths({ ...session, topic: '学'.repeat(201) })).toEqual(['topic']);
    expect(paths({ ...session, late: ['o006'] })).toEqual(['late']);
  });

  it('no session in the future', () => {
    const parsed = trainingRecord.body.parse(session);
    expect(trainingRecord.checkAt!(parsed, new Date('2026-11-17T12:00:00+08:00'), createCalendar()).map((i) => i.path)).toEqual(['date']);
  });
});

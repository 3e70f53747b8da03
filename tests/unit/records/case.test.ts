/** Cases (办件) and their completion — seed 002 §项目办件规则. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { caseCompletionRecord } from '#core/records/case-completion';
import { caseDeadline, caseRecord } from '#core/records/case';
import { fieldIssues } from '#core/records/types';

const calendar = createCalendar();
const now = new Date('2026-11-20T09:00:00+08:00');
const paths = (input: unknown) => {
  const result = caseRecord.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};
const promised = {
  windowId: 'w02',
  officerId: 'o010',
  caseNumber: 'QP-2026-000123',
  caseType: 'promised',
  acceptedDate: '2026-09-30',
  promisedWorkingDays: 5,
};

describe('case', () => {
  it('parses an open 承诺件 and places it in the month of acceptance', () => {
    const parsed = caseRecord.body.parse(promised);
    expect(caseRecord.windowOf(parsed)).toBe('w02');
    expect(caseRecord.monthOf(parsed)).toBe('2026-09');
    expect(caseRecord.officersOf!(parsed)).toEqual(['o010']);
    expect(caseRecord.checkAt!(parsed, now, calendar)).toEqual([]);
  });

  it('a 即办件 is completed on the day it is accepted and promises 0 working days', () => {
    expect(paths({ ...promised, caseType: 'immediate', promisedWorkingDays: 0, completedDate: '2026-09-30' })).toEqual([]);
    expect(paths({ ...promised, caseType: 'immediate' })).toEqual(['promisedWorkingDays']);
    expect(paths({ ...promised, caseType: 'reply', promisedWorkingDays: 1 })).toEqual(['promisedWorkingDays']);
    expect(paths({ ...promised, promisedWorkingDays: 0 })).toEqual(['promisedWorkingDays']);
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...promised, acceptedDate: '2026-02-31' })).toEqual(['acceptedDate']);
    expect(paths({ ...promised, completedDate: '2026-09-29' })).toEqual(['completedDate']); // before acceptance
    expect(paths({ ...promised, caseType: '即办件' })).toEqual(['caseType']);
    expect(paths({ ...promised, promisedWorkingDays: 1.5 })).toEqual(['promisedWorkingDays']);
    expect(paths({ ...promised, caseNumber: '  ' })).toEqual(['caseNumber']);
    expect(paths({ ...promised, applicant: '张三' })).toEqual(['applicant']);
  });

  it('no future dates', () => {
    const future = caseRecord.body.parse({ ...promised, acceptedDate: '2026-11-23', completedDate: '2026-11-24' });
    expect(caseRecord.checkAt!(future, now, calendar).map((i) => i.path)).toEqual(['acceptedDate', 'completedDate']);
  });

  it('promised deadline: accepted Wed 09-30, 5 working days → Tue 10-13', () => {
    // 10-01…07 国庆; Thu 10-08 = 1, Fri 10-09 = 2, Sat 10-10 (make-up) = 3, Mon 10-12 = 4, Tue 10-13 = 5.
    expect(caseDeadline(caseRecord.body.parse(promised), calendar)).toEqual({ date: '2026-10-13', provisional: false });
  });
});

describe('case-completion', () => {
  const completion = { windowId: 'w02', caseNumber: 'QP-2026-000123', completedDate: '2026-10-14' };

  it('is filed in the month of completion', () => {
    const parsed = caseCompletionRecord.body.parse(completion);
    expect(caseCompletionRecord.monthOf(parsed)).toBe('2026-10');
    expect(caseCompletionRecord.officersOf!(parsed)).toEqual([]);
    expect(caseCompletionRecord.checkAt!(parsed, now, calendar)).toEqual([]);
  });

  it('refuses a completion in the future', () => {
    const parsed = caseCompletionRecord.body.parse({ ...completion, completedDate: '2026-11-21' });
    expect(caseCompletionRecord.checkAt!(parsed, now, calendar).map((i) => i.path)).toEqual(['completedDate']);
  });
});

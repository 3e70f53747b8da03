import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { caseExtensionBody } from '#core/records/case-extension';
import { caseDeadline, completionTimeliness, openCaseAtMonthEnd } from '#core/rules/case-timeliness';

const calendar = createCalendar();

describe('case timeliness (seed 002 §项目办件规则; seed 003 §限时办结制度; DOMAIN §3.4)', () => {
  it('deadline Friday 2026-06-05, completed Saturday 06-06 → late, 1 overdue working day', () => {
    // workingDaysBetween(Fri, Sat) = 0 working days, but the promised date has passed: at least 1
    const deadline = { date: '2026-06-05', provisional: false };
    expect(completionTimeliness(deadline, '2026-06-06', calendar)).toEqual({ late: true, overdueWorkingDays: 1, provisional: false });
    // completed on the Friday itself: on time
    expect(completionTimeliness(deadline, '2026-06-05', calendar)).toMatchObject({ late: false, overdueWorkingDays: 0 });
    // completed Tuesday 06-09: Mon 8 and Tue 9 → 2
    expect(completionTimeliness(deadline, '2026-06-09', calendar)).toMatchObject({ late: true, overdueWorkingDays: 2 });
  });

  it('a promised case: accepted Monday 2026-06-01 with 3 working days → due Thursday 06-04', () => {
    // the day of acceptance never counts: Tue 2, Wed 3, Thu 4
    expect(caseDeadline({ acceptedDate: '2026-06-01', promisedWorkingDays: 3 }, calendar).date).toBe('2026-06-04');
    // 端午 2026-06-19 (Friday) is a holiday: accepted Thu 06-18 with 1 day → due Mon 06-22
    expect(caseDeadline({ acceptedDate: '2026-06-18', promisedWorkingDays: 1 }, calendar).date).toBe('2026-06-22');
  });

  it('an approved extension moves the deadline; the latest approval counts', () => {
    // promised Thu 06-04; extended on 06-03 to Wed 06-10: completed Tue 06-09 is on time (late without it)
    const terms = { acceptedDate: '2026-06-01', promisedWorkingDays: 3, extensions: [{ approvedDate: '2026-06-03', newDeadline: '2026-06-10' }] };
    const deadline = caseDeadline(terms, calendar);
    expect(deadline.date).toBe('2026-06-10');
    expect(completionTimeliness(deadline, '2026-06-09', calendar).late).toBe(false);
    expect(completionTimeliness(caseDeadline({ ...terms, extensions: [] }, calendar), '2026-06-09', calendar)).toMatchObject({ late: true, overdueWorkingDays: 3 });
    // a second approval on 06-09 to Fri 06-12 replaces the first
    const twice = { ...terms, extensions: [{ approvedDate: '2026-06-09', newDeadline: '2026-06-12' }, ...terms.extensions] };
    expect(caseDeadline(twice, calendar).date).toBe('2026-06-12');
  });

  it('open past its deadline at a month’s end: late for that month', () => {
    // due Fri 2026-05-29, still open on Sun 05-31: no working day between, yet late → 1
    expect(openCaseAtMonthEnd({ date: '2026-05-29', provisional: false }, '2026-05', calendar)).toEqual({ late: true, overdueWorkingDays: 1, provisional: false });
    // due Wed 06-24, open at the end of June (Tue 30): Thu 25 … Tue 30 = 25, 26, 29, 30 → 4
    expect(openCaseAtMonthEnd({ date: '2026-06-24', provisional: false }, '2026-06', calendar)).toMatchObject({ late: true, overdueWorkingDays: 4 });
    // due on the month's last day: not yet late
    expect(openCaseAtMonthEnd({ date: '2026-06-30', provisional: false }, '2026-06', calendar).late).toBe(false);
    // a case registered long ago is judged against its own deadline: due 2025-12-31, open at the end of 2026-06
    expect(openCaseAtMonthEnd({ date: '2025-12-31', provisional: false }, '2026-06', calendar).late).toBe(true);
  });

  it('an extension record names the new date and a reason; the date is not before the approval', () => {
    const body = { windowId: 'w01', caseNumber: 'C-1', approvedDate: '2026-06-03', approvedBy: '业务科', newDeadline: '2026-06-10', reason: '需现场核查' };
    expect(caseExtensionBody().safeParse(body).success).toBe(true);
    const early = caseExtensionBody().safeParse({ ...body, newDeadline: '2026-06-02' });
    expect(early.success ? [] : early.error.issues.map((i) => i.path.join('.'))).toEqual(['newDeadline']);
  });
});

/**
 * Nominations (推荐) — seed 003 §优秀服务窗口和服务明星评选办法 三、(三)2: by the 20th of the
 * quarter's third month; 1 officer for 1–5 officers, 2 for 6 or more; supervisors directly.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import {
  checkDirectNomination,
  checkNominationDeadline,
  nominationDeadline,
  nominationLimit,
  nominationRecord,
} from '#core/records/nomination';
import { fieldIssues } from '#core/records/types';

const calendar = createCalendar();
const beijing = (local: string) => new Date(`${local}+08:00`);
const paths = (input: unknown) => {
  const result = nominationRecord.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};
const officers = {
  nominee: 'officers',
  quarter: '2026-Q3',
  windowId: 'w09',
  officers: [{ officerId: 'o061', deeds: '全季度零差评，主动延时服务42次' }],
};
const window = { nominee: 'window', quarter: '2026-Q3', windowId: 'w09', deeds: '推行容缺受理，承诺件平均提前2个工作日办结' };

describe('nomination body', () => {
  it('parses officers or the window itself, filed in the quarter’s third month', () => {
    const parsed = nominationRecord.body.parse(officers);
    expect(nominationRecord.monthOf(parsed)).toBe('2026-09');
    expect(nominationRecord.officersOf!(parsed)).toEqual(['o061']);
    expect(nominationRecord.officersOf!(nominationRecord.body.parse(window))).toEqual([]);
  });

  it('deeds: ≤ 100 characters for an officer, ≤ 200 for a window', () => {
    expect(paths({ ...officers, officers: [{ officerId: 'o061', deeds: '事'.repeat(100) }] })).toEqual([]);
    expect(paths({ ...officers, officers: [{ officerId: 'o061', deeds: '事'.repeat(101) }] })).toEqual(['officers.0.deeds']);
    expect(paths({ ...window, deeds: '事'.repeat(200) })).toEqual([]);
    expect(paths({ ...window, deeds: '事'.repeat(201) })).toEqual(['deeds']);
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...officers, officers: [...officers.officers, { officerId: 'o061', deeds: '同上' }] })).toEqual(['officers.1.officerId']);
    expect(paths({ ...officers, officers: [] })).toEqual(['officers']);
    expect(paths({ ...officers, quarter: '2026-3' })).toEqual(['quarter']);
    expect(paths({ ...window, officers: officers.officers })).toEqual(['officers']); // a window nomination names no officers
    expect(paths({ ...officers, nominee: 'enterprise' })).toEqual(['nominee']);
  });
});

describe('nomination deadline and limit', () => {
  it('2026-Q3 closes on 2026-09-20; Q4 on 12-20; Q1 on 03-20', () => {
    expect(nominationDeadline('2026-Q3')).toBe('2026-09-20');
    expect(nominationDeadline('2026-Q4')).toBe('2026-12-20');
    expect(nominationDeadline('2027-Q1')).toBe('2027-03-20');
    expect(checkNominationDeadline('2026-Q3', '2026-09-20')).toEqual([]);
    expect(checkNominationDeadline('2026-Q3', '2026-09-21').map((i) => i.path)).toEqual(['quarter']);
  });

  it('a window’s nomination after the 20th is refused; a direct one is not', () => {
    const late = beijing('2026-09-21T09:00');
    expect(nominationRecord.checkAt!(nominationRecord.body.parse(officers), late, calendar).map((i) => i.path)).toEqual(['quarter']);
    expect(nominationRecord.checkAt!(nominationRecord.body.parse({ ...officers, direct: true }), late, calendar)).toEqual([]);
    // 23:59 on the 20th in Beijing is still in time.
    expect(nominationRecord.checkAt!(nominationRecord.body.parse(officers), beijing('2026-09-20T23:59'), calendar)).toEqual([]);
  });

  it('no nomination for a quarter that has not begun', () => {
    expect(nominationRecord.checkAt!(nominationRecord.body.parse(officers), beijing('2026-06-30T10:00'), calendar).map((i) => i.path)).toEqual(['quarter']);
  });

  it('only a supervisor nominates directly', () => {
    expect(checkDirectNomination('supervisor', { direct: true })).toEqual([]);
    expect(checkDirectNomination('head', { direct: true }).map((i) => i.path)).toEqual(['direct']);
    expect(checkDirectNomination('head', {})).toEqual([]);
  });

  it('1 officer for windows of 1–5, 2 for 6 or more', () => {
    expect([0, 1, 5, 6, 12].map(nominationLimit)).toEqual([0, 1, 1, 2, 2]);
    expect(() => nominationLimit(-1)).toThrow(RangeError);
  });
});

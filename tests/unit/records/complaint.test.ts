/**
 * Complaints (投诉) and their steps — seed 003 §投诉处置办法 五、(二): simple on-site complaints
 * the same day; others 3 working days, at most 10 with a stated reason; 12345 referrals by
 * their own deadline. 2026 calendar: 国庆 rests 10-01…07, Sat 10-10 is a make-up working
 * day; 2027 has no published schedule in chinese-days 1.5.7, so its answers are provisional.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { checkComplaintStep, complaintStepRecord } from '#core/records/complaint-step';
import { COMPLAINT_PRIVATE_FIELDS, complaintDeadline, complaintRecord, isComplaintOverdue } from '#core/records/complaint';
import { withoutPrivateFields } from '#core/records/registry';
import { fieldIssues } from '#core/records/types';

const calendar = createCalendar();
const paths = (input: unknown) => {
  const result = complaintRecord.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};
const byPhone = {
  receivedDate: '2026-09-30',
  channel: 'phone' as const,
  windowId: 'w06',
  officerId: 'o033',
  summary: '办理营业执照时被要求重复提交材料',
  complainantName: '王女士',
  complainantContact: '139 0000 0000',
};
const referral = { ...byPhone, channel: 'hotline-12345' as const, referralNumber: 'SH12345-2026-0930-0088', referralDeadline: '2026-10-15' };

describe('complaint body', () => {
  it('parses a phone complaint and a 12345 referral', () => {
    const parsed = complaintRecord.body.parse(byPhone);
    expect(complaintRecord.windowOf(parsed)).toBe('w06');
    expect(complaintRecord.officersOf!(parsed)).toEqual(['o033']);
    expect(paths(referral)).toEqual([]);
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...byPhone, channel: 'hotline-12345' })).toEqual(['referralDeadline']);
    expect(paths({ ...byPhone, referralDeadline: '2026-10-15' })).toEqual(['referralDeadline']);
    expect(paths({ ...byPhone, referralNumber: 'X1' })).toEqual(['referralNumber']);
    expect(paths({ ...referral, referralDeadline: '2026-09-29' })).toEqual(['referralDeadline']);
    expect(paths({ ...byPhone, simple: true })).toEqual(['simple']); // only on site
    expect(paths({ ...byPhone, channel: 'wechat' })).toEqual(['channel']);
    expect(paths({ ...byPhone, receivedDate: '2026-02-30' })).toEqual(['receivedDate']);
    expect(paths({ ...byPhone, summary: '' })).toEqual(['summary']);
    expect(paths({ ...byPhone, urgent: true })).toEqual(['urgent']);
  });

  it('the complainant is private: stripped from anything public', () => {
    expect(COMPLAINT_PRIVATE_FIELDS).toEqual(['complainantName', 'complainantContact']);
    const shown = withoutPrivateFields(complaintRecord, complaintRecord.body.parse(byPhone));
    expect(shown).not.toHaveProperty('complainantName');
    expect(shown).not.toHaveProperty('complainantContact');
    expect(shown).toMatchObject({ summary: byPhone.summary, windowId: 'w06' });
  });

  it('no complaint received in the future', () => {
    const parsed = complaintRecord.body.parse(byPhone);
    expect(complaintRecord.checkAt!(parsed, new Date('2026-09-29T18:00:00+08:00'), calendar).map((i) => i.path)).toEqual(['receivedDate']);
    expect(complaintRecord.checkAt!(parsed, new Date('2026-09-30T08:00:00+08:00'), calendar)).toEqual([]);
  });
});

describe('complaintDeadline', () => {
  it('by phone on Wed 09-30: 3 working days → Sat 10-10, the make-up day after 国庆', () => {
    // 10-01…07 rest; Thu 10-08 = 1, Fri 10-09 = 2, Sat 10-10 (make-up working day) = 3.
    expect(complaintDeadline(complaintRecord.body.parse(byPhone), calendar)).toEqual({ date: '2026-10-10', provisional: false });
  });

  it('extended with a reason: 10 working days → Tue 10-20', () => {
    // 10-08 = 1, 10-09 = 2, 10-10 = 3, 10-12…16 = 4…8, 10-19 = 9, 10-20 = 10.
    expect(complaintDeadline(complaintRecord.body.parse(byPhone), calendar, true).date).toBe('2026-10-20');
  });

  it('on site: simple the same day, otherwise 3 working days', () => {
    const onSite = { ...byPhone, channel: 'on-site' as const };
    expect(complaintDeadline({ ...onSite, simple: true }, calendar)).toEqual({ date: '2026-09-30', provisional: false });
    expect(complaintDeadline(onSite, calendar).date).toBe('2026-10-10');
  });

  it('a 12345 referral keeps its own deadline, extended or not', () => {
    const parsed = complaintRecord.body.parse(referral);
    expect(complaintDeadline(parsed, calendar)).toEqual({ date: '2026-10-15', provisional: false });
    expect(complaintDeadline(parsed, calendar, true).date).toBe('2026-10-15');
  });

  it('in a year without a published schedule the deadline is provisional', () => {
    // Mon 2027-03-01 + 3 → Thu 03-04 (no statutory holiday between).
    expect(complaintDeadline({ ...byPhone, receivedDate: '2027-03-01' }, calendar)).toEqual({ date: '2027-03-04', provisional: true });
  });

  it('overdue: closed after the deadline, or still open after it', () => {
    expect(isComplaintOverdue('2026-10-10', '2026-10-10', '2026-10-20')).toBe(false); // closed on the day
    expect(isComplaintOverdue('2026-10-10', '2026-10-12', '2026-10-20')).toBe(true);
    expect(isComplaintOverdue('2026-10-10', undefined, '2026-10-10')).toBe(false);
    expect(isComplaintOverdue('2026-10-10', undefined, '2026-10-11')).toBe(true);
  });
});

describe('complaint-step', () => {
  const step = { complaintId: '0b7e3c1a-1d2f-4e5a-8b9c-0d1e2f3a4b5c', step: 'investigating', date: '2026-10-08' };

  it('is center-level and parses with an extension reason', () => {
    const parsed = complaintStepRecord.body.parse({ ...step, extensionReason: '需调取监控并约谈当事人' });
    expect(complaintStepRecord.windowOf(parsed)).toBeUndefined();
    expect(complaintStepRecord.monthOf(parsed)).toBe('2026-10');
  });

  it('names the field of each mistake', () => {
    const paths = (input: unknown) => {
      const result = complaintStepRecord.body.safeParse(input);
      return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
    };
    expect(paths({ ...step, step: 'registered' })).toEqual(['step']); // registration is the complaint itself
    expect(paths({ ...step, extensionReason: '太忙' })).toEqual(['extensionReason']); // under 5 characters
    expect(paths({ ...step, complaintId: '' })).toEqual(['complaintId']);
  });

  it('follows registered → investigating → verified | unfounded → closed', () => {
    expect(checkComplaintStep('registered', 'investigating')).toEqual([]);
    expect(checkComplaintStep('investigating', 'investigating')).toEqual([]);
    expect(checkComplaintStep('registered', 'verified')).toEqual([]);
    expect(checkComplaintStep('investigating', 'unfounded')).toEqual([]);
    expect(checkComplaintStep('verified', 'closed')).toEqual([]);
    expect(checkComplaintStep('registered', 'closed').map((i) => i.path)).toEqual(['step']);
    expect(checkComplaintStep('closed', 'investigating').map((i) => i.path)).toEqual(['step']);
    expect(checkComplaintStep('unfounded', 'verified').map((i) => i.path)).toEqual(['step']);
  });
});

/** Corrections (更正): a new record of the same type supersedes an earlier one, with a reason. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { complaintRecord } from '#core/records/complaint';
import { correctionOf } from '#core/records/correction';
import { appealDecisionRecord } from '#core/records/appeal-decision';
import { fieldIssues, volumeRecord } from '#core/records/types';

const volumeCorrection = correctionOf(volumeRecord);
const paths = (input: unknown) => {
  const result = volumeCorrection.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};
const envelope = { supersedes: 'demo-volume-w03-2026-05', reason: '月份填错，应为四月', record: { windowId: 'w03', month: '2026-04', accepted: 40 } };

describe('correctionOf', () => {
  it('wraps the replacement, placed as a record of its type', () => {
    const parsed = volumeCorrection.body.parse(envelope);
    expect(volumeCorrection.type).toBe('volume');
    expect(volumeCorrection.label).toEqual({ zh: '更正受理量', en: 'correction of business volume' });
    expect(volumeCorrection.windowOf(parsed)).toBe('w03');
    expect(volumeCorrection.monthOf(parsed)).toBe('2026-04');
    expect(volumeCorrection.at(parsed)).toBe(volumeRecord.at(parsed.record));
  });

  it('names the field of each mistake, the replacement’s under record.', () => {
    expect(paths({ ...envelope, reason: '填错了' })).toEqual(['reason']); // under 5 characters
    expect(paths({ ...envelope, reason: undefined })).toEqual(['reason']);
    expect(paths({ ...envelope, supersedes: 'a b' })).toEqual(['supersedes']);
    expect(paths({ ...envelope, record: { ...envelope.record, accepted: -1 } })).toEqual(['record.accepted']);
    expect(paths({ ...envelope, record: { ...envelope.record, note: 'x' } })).toEqual(['record.note']);
    expect(paths({ ...envelope, month: '2026-04' })).toEqual(['month']);
  });

  it('a type with a reason of its own keeps it apart from the correction’s', () => {
    const correction = correctionOf(appealDecisionRecord);
    const parsed = correction.body.parse({
      supersedes: 'appeal-decision-1',
      reason: '复核人姓名录入错误',
      record: { appealId: 'appeal-1', decision: 'upheld', reason: '证据充分，维持否决', decidedBy: 'supervisor-3', date: '2026-10-09' },
    });
    expect(parsed.reason).toBe('复核人姓名录入错误');
    expect(parsed.record.reason).toBe('证据充分，维持否决');
    expect(correction.windowOf(parsed)).toBeUndefined();
  });

  it('checks the replacement at intake, at its path under record.', () => {
    const parsed = volumeCorrection.body.parse({ ...envelope, record: { ...envelope.record, month: '2026-12' } });
    expect(volumeCorrection.checkAt!(parsed, new Date('2026-11-21T10:00:00+08:00'), createCalendar()).map((i) => i.path)).toEqual(['record.month']);
  });

  it('keeps the type’s private fields private, under record.', () => {
    expect(correctionOf(complaintRecord).privateFields).toEqual(['record.complainantName', 'record.complainantContact']);
  });
});

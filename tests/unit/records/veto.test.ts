/**
 * Vetoes (一票否决), appeals and appeal decisions — DOMAIN.md §5. 2026 calendar: 中秋 rests
 * 09-25…27, 国庆 10-01…07.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { appealDecisionRecord, checkAppealDecider } from '#core/records/appeal-decision';
import { fieldIssues } from '#core/records/types';
import { defaultRulebook } from '#core/rulebook/default';
import { vetoAppealRecord } from '#core/records/veto-appeal';
import { appealDeadline, checkAppealDeadline, vetoRecord } from '#core/records/veto';

const calendar = createCalendar();
// The shape by the schema, then the codes and items by the rulebook, as intake checks them.
const paths = (input: unknown) => {
  const result = vetoRecord.body.safeParse(input);
  if (result.success) return vetoRecord.checkRules!(result.data, defaultRulebook()).map((i) => i.path);
  return fieldIssues(result.error).map((i) => i.path);
};
const smoking = {
  subject: 'officer',
  windowId: 'w10',
  officerId: 'o080',
  scope: 'year',
  code: 'V-O-SMOKING',
  evidence: '监控截图：2026-09-23 10:05 在窗口后区吸烟',
  verifiedBy: 'supervisor-1',
  date: '2026-09-23',
};

describe('veto', () => {
  it('parses a veto under its code, and one with only a reason', () => {
    const parsed = vetoRecord.body.parse(smoking);
    expect(vetoRecord.officersOf!(parsed)).toEqual(['o080']);
    expect(vetoRecord.windowOf(parsed)).toBe('w10');
    expect(paths({ ...smoking, code: undefined, scope: 'quarter', reason: '未兑现服务承诺造成不良影响' })).toEqual([]);
  });

  it('the code must carry a veto, fit the subject and give the scope', () => {
    expect(paths({ ...smoking, code: 'V-O-SMOKES' })).toEqual(['code']); // unknown
    expect(paths({ ...smoking, code: 'O-DISC-SMOKING' })).toEqual(['code']); // a deduction without a veto
    expect(paths({ ...smoking, code: 'V-W-SMOKING' })).toEqual(['subject']);
    expect(paths({ ...smoking, scope: 'quarter' })).toEqual(['scope']); // V-O-SMOKING vetoes for the year
    expect(paths({ ...smoking, code: 'W-INT-CORRUPTION', subject: 'window' })).toEqual([]); // a deduction that carries a veto
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...smoking, code: undefined })).toEqual(['reason']);
    expect(paths({ ...smoking, officerId: undefined })).toEqual(['officerId']);
    expect(paths({ ...smoking, evidence: '' })).toEqual(['evidence']);
    expect(paths({ ...smoking, scope: 'month' })).toEqual(['scope']);
    expect(paths({ ...smoking, appealable: false })).toEqual(['appealable']);
  });

  it('appeal within 5 working days: veto Wed 09-23 → Thu 10-08', () => {
    // Thu 09-24 = 1; 09-25…27 中秋; Mon 09-28 = 2, Tue 09-29 = 3, Wed 09-30 = 4; 10-01…07 国庆; Thu 10-08 = 5.
    expect(appealDeadline('2026-09-23', calendar)).toEqual({ date: '2026-10-08', provisional: false });
    expect(appealDeadline('2026-09-23', calendar, 3).date).toBe('2026-09-29');
    expect(checkAppealDeadline('2026-09-23', '2026-10-08', calendar)).toEqual([]);
    expect(checkAppealDeadline('2026-09-23', '2026-10-09', calendar).map((i) => i.path)).toEqual(['date']);
  });
});

describe('veto-appeal and appeal-decision', () => {
  const appeal = { vetoId: '5d0c5b7e-8a43-4f7e-9a44-2c1f0f3b9e10', date: '2026-09-28', grounds: '截图中人员系外来办事群众，非本窗口工作人员' };
  const decision = { appealId: 'b8f7a2c4-3e1d-4c6b-9a8e-7f5d3c2b1a09', decision: 'overturned', reason: '经复核监控，吸烟者为外来人员', decidedBy: 'supervisor-2', date: '2026-10-09' };

  it('both are center-level', () => {
    expect(vetoAppealRecord.windowOf(vetoAppealRecord.body.parse(appeal))).toBeUndefined();
    expect(appealDecisionRecord.windowOf(appealDecisionRecord.body.parse(decision))).toBeUndefined();
  });

  it('names the field of each mistake', () => {
    const appealPaths = vetoAppealRecord.body.safeParse({ ...appeal, grounds: '' });
    expect(appealPaths.success ? [] : fieldIssues(appealPaths.error).map((i) => i.path)).toEqual(['grounds']);
    const decisionPaths = (input: unknown) => {
      const result = appealDecisionRecord.body.safeParse(input);
      return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
    };
    expect(decisionPaths({ ...decision, decision: 'reduced' })).toEqual(['decision']);
    expect(decisionPaths({ ...decision, reason: '维持' })).toEqual(['reason']); // under 5 characters
  });

  it('a second supervisor decides: not the one who verified the veto', () => {
    expect(checkAppealDecider({ verifiedBy: 'supervisor-1' }, { decidedBy: 'supervisor-2' })).toEqual([]);
    expect(checkAppealDecider({ verifiedBy: 'supervisor-1' }, { decidedBy: 'Supervisor-1' }).map((i) => i.path)).toEqual(['decidedBy']);
  });

  it('no appeal or decision dated in the future', () => {
    const now = new Date('2026-09-27T12:00:00+08:00');
    expect(vetoAppealRecord.checkAt!(vetoAppealRecord.body.parse(appeal), now, calendar).map((i) => i.path)).toEqual(['date']);
    expect(appealDecisionRecord.checkAt!(appealDecisionRecord.body.parse(decision), now, calendar).map((i) => i.path)).toEqual(['date']);
  });
});

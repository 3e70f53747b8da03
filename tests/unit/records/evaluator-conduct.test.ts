/**
 * Evaluator conduct, device faults and consecutive-rating decisions — seed 003
 * §服务质量电子评价考核办法 三、(一)4–5, (二)1; DOMAIN.md §4.1.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { consecutiveFlagDecisionRecord } from '#core/records/consecutive-flag-decision';
import { deviceFaultRecord } from '#core/records/device-fault';
import { evaluatorConductRecord } from '#core/records/evaluator-conduct';
import { type RecordType, fieldIssues } from '#core/records/types';

const calendar = createCalendar();
const pathsOf = <B>(type: RecordType<B>, input: unknown) => {
  const result = type.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};

describe('evaluator-conduct', () => {
  const refused = { windowId: 'w07', officerId: 'o040', observedAt: '2026-11-19T10:42:00+08:00', kind: 'refused', note: '群众要求评价被拒绝' };

  it('parses each kind of seed 003 and files it in the Beijing month', () => {
    for (const kind of ['evaluator-off', 'no-prompt', 'refused', 'consecutive', 'self-rating']) {
      expect(pathsOf(evaluatorConductRecord, { ...refused, kind })).toEqual([]);
    }
    // 2026-10-31T17:00Z is 11-01 01:00 in Beijing.
    const parsed = evaluatorConductRecord.body.parse({ ...refused, observedAt: '2026-10-31T17:00:00Z' });
    expect(evaluatorConductRecord.monthOf(parsed)).toBe('2026-11');
    expect(evaluatorConductRecord.officersOf!(parsed)).toEqual(['o040']);
  });

  it('names the field of each mistake', () => {
    expect(pathsOf(evaluatorConductRecord, { ...refused, kind: 'rude' })).toEqual(['kind']);
    expect(pathsOf(evaluatorConductRecord, { ...refused, observedAt: '2026-11-19 10:42' })).toEqual(['observedAt']);
    expect(pathsOf(evaluatorConductRecord, { ...refused, note: undefined })).toEqual(['note']);
    expect(pathsOf(evaluatorConductRecord, { ...refused, points: '2.5' })).toEqual(['points']);
  });

  it('no conduct observed in the future', () => {
    const parsed = evaluatorConductRecord.body.parse(refused);
    expect(evaluatorConductRecord.checkAt!(parsed, new Date('2026-11-19T10:30:00+08:00'), calendar).map((i) => i.path)).toEqual(['observedAt']);
    expect(evaluatorConductRecord.checkAt!(parsed, new Date('2026-11-19T10:40:00+08:00'), calendar)).toEqual([]); // within the clock skew
  });
});

describe('device-fault', () => {
  const fault = {
    windowId: 'w07',
    deviceId: 'device-w07',
    from: '2026-11-18T09:00:00+08:00',
    to: '2026-11-18T15:30:00+08:00',
    note: '信息技术科报修单 IT-2026-311：评价器触摸屏失灵',
  };

  it('parses a fault and files it in the month it began', () => {
    const parsed = deviceFaultRecord.body.parse(fault);
    expect(deviceFaultRecord.monthOf(parsed)).toBe('2026-11');
    expect(deviceFaultRecord.checkAt!(parsed, new Date('2026-11-19T09:00:00+08:00'), calendar)).toEqual([]);
  });

  it('names the field of each mistake', () => {
    expect(pathsOf(deviceFaultRecord, { ...fault, to: fault.from })).toEqual(['to']);
    expect(pathsOf(deviceFaultRecord, { ...fault, deviceId: 'device w07' })).toEqual(['deviceId']);
    expect(pathsOf(deviceFaultRecord, { ...fault, from: 'yesterday' })).toEqual(['from']);
  });

  it('a fault cannot end in the future', () => {
    const parsed = deviceFaultRecord.body.parse(fault);
    expect(deviceFaultRecord.checkAt!(parsed, new Date('2026-11-18T12:00:00+08:00'), calendar).map((i) => i.path)).toEqual(['to']);
  });
});

describe('consecutive-flag-decision', () => {
  const decision = { flagId: 'flag:device-w07:2026-10-15T10:20:05Z', windowId: 'w07', month: '2026-10', decision: 'confirm', note: '20秒内同一评价器两次满意，无办件' };

  it('is filed in the window-month of the flagged ratings', () => {
    const parsed = consecutiveFlagDecisionRecord.body.parse(decision);
    expect(consecutiveFlagDecisionRecord.windowOf(parsed)).toBe('w07');
    expect(consecutiveFlagDecisionRecord.monthOf(parsed)).toBe('2026-10');
  });

  it('names the field of each mistake; no month after the current one', () => {
    expect(pathsOf(consecutiveFlagDecisionRecord, { ...decision, decision: 'ignore' })).toEqual(['decision']);
    expect(pathsOf(consecutiveFlagDecisionRecord, { ...decision, flagId: 'flag #1' })).toEqual(['flagId']);
    const parsed = consecutiveFlagDecisionRecord.body.parse({ ...decision, month: '2026-12' });
    expect(consecutiveFlagDecisionRecord.checkAt!(parsed, new Date('2026-11-30T23:00:00+08:00'), calendar).map((i) => i.path)).toEqual(['month']);
  });
});

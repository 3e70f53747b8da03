/**
 * The registry of record types: one valid example per type, placed and parsed; every body
 * rejects unknown fields at their own path; private fields never reach the public.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { correctionOf } from '#core/records/correction';
import { RECORD_TYPES, type RecordTypeName, withoutPrivateFields } from '#core/records/registry';
import { type RecordType, fieldIssues } from '#core/records/types';

const EXAMPLES: Record<RecordTypeName, Record<string, unknown>> = {
  attendance: { entry: 'sign-in', windowId: 'w01', officerId: 'o001', date: '2026-11-13', signIn: '08:12' },
  evaluation: { windowId: 'w01', officerId: 'o001', ratedAt: '2026-11-13T10:00:00+08:00', scale: 'two-level', rating: '满意' },
  volume: { windowId: 'w01', month: '2026-11', accepted: 120 },
  case: { windowId: 'w01', officerId: 'o001', caseNumber: 'C-1', caseType: 'immediate', acceptedDate: '2026-11-13', promisedWorkingDays: 0, completedDate: '2026-11-13' },
  'case-completion': { windowId: 'w01', caseNumber: 'C-2', completedDate: '2026-11-16' },
  inspection: { windowId: 'w01', quarter: '2026-Q4', date: '2026-11-10', inspector: '第三方', deductions: [{ item: 'litter', points: '1' }] },
  patrol: { date: '2026-11-13', session: 'afternoon', windowId: 'w01', officerId: 'o001', findings: [{ code: 'O-DISC-DRESS', note: '未着工装' }] },
  finding: { code: 'O-DISC-DRESS', subject: 'officer', windowId: 'w01', officerId: 'o001', date: '2026-11-13', evidence: '巡查照片', verifiedBy: 's1', sourceKind: 'patrol' },
  complaint: { receivedDate: '2026-11-13', channel: 'email', windowId: 'w01', summary: '等候时间过长', complainantContact: 'a@example.com' },
  'complaint-step': { complaintId: 'c-1', step: 'investigating', date: '2026-11-16' },
  training: { sessionId: 's-2026-11', date: '2026-11-13', topic: '服务礼仪', present: ['o001'], excused: [], absent: ['o002'] },
  'evaluator-conduct': { windowId: 'w01', observedAt: '2026-11-13T09:30:00+08:00', kind: 'evaluator-off', note: '评价器关闭' },
  'device-fault': { windowId: 'w01', deviceId: 'device-w01', from: '2026-11-13T09:00:00+08:00', to: '2026-11-13T11:00:00+08:00', note: '报修' },
  'consecutive-flag-decision': { flagId: 'flag-1', windowId: 'w01', month: '2026-11', decision: 'clear', note: '两位群众先后评价' },
  commendation: { windowId: 'w01', kind: 'letter', date: '2026-11-13', note: '感谢信', verifiedBy: 's1' },
  nomination: { nominee: 'window', quarter: '2026-Q4', windowId: 'w01', deeds: '全季度零投诉' },
  ballot: { honorId: 'service-pacesetters', period: '2026-Q4', scores: [{ candidateId: 'o001', score: '90' }] },
  'panel-score': { honorId: 'service-pacesetters', period: '2026-Q4', scores: [{ candidateId: 'o001', score: '88.5' }] },
  objection: { noticeId: 'n-1', entry: 'o001', date: '2026-11-13', text: '有异议', contact: '138' },
  'yearly-rating': { year: '2026', raterKind: 'window-head', ratedBy: '负责人', officerId: 'o001', points: '9' },
  veto: { subject: 'window', windowId: 'w01', scope: 'year', code: 'V-W-COMPLAINT-12345', evidence: '12345工单', verifiedBy: 's1', date: '2026-11-13' },
  'veto-appeal': { vetoId: 'v-1', date: '2026-11-16', grounds: '投诉对象非本窗口' },
  'appeal-decision': { appealId: 'a-1', decision: 'upheld', reason: '证据充分属实', decidedBy: 's2', date: '2026-11-17' },
};

const CENTER_LEVEL: readonly RecordTypeName[] = ['complaint-step', 'training', 'ballot', 'panel-score', 'objection', 'yearly-rating', 'veto-appeal', 'appeal-decision'];
const types = Object.entries(RECORD_TYPES) as [RecordTypeName, RecordType<any>][];

describe('RECORD_TYPES', () => {
  it('lists every type of DOMAIN.md §3 by its own name, with labels in both languages', () => {
    expect(types).toHaveLength(23);
    for (const [name, type] of types) {
      expect(type.type).toBe(name);
      expect(type.label.zh).toMatch(/\p{Script=Han}/u);
      expect(type.label.en).toMatch(/^[a-z -]+$/);
    }
  });

  it.each(types)('%s: the example parses, is placed, and passes the intake checks', (name, type) => {
    const body = type.body.parse(EXAMPLES[name]);
    expect(type.windowOf(body)).toBe(CENTER_LEVEL.includes(name) ? undefined : 'w01');
    expect(type.monthOf(body)).toMatch(/^2026-(11|12)$/);
    expect(new Date(type.at(body)).toISOString()).toBe(type.at(body));
    expect(type.checkAt?.(body, new Date('2026-11-18T12:00:00+08:00'), createCalendar()) ?? []).toEqual([]);
    for (const officer of type.officersOf?.(body) ?? []) expect(officer).toMatch(/^o\d+$/);
  });

  it.each(types)('%s: an unknown field is refused at its own path', (name, type) => {
    const result = type.body.safeParse({ ...EXAMPLES[name], unexpected: 1 });
    expect(result.success).toBe(false);
    expect(!result.success && fieldIssues(result.error)).toEqual([{ path: 'unexpected', message: 'unknown field unexpected / 未知字段' }]);
  });

  it('private fields: complaints and objections; stripped before anything is public', () => {
    const withPrivate = types.filter(([, t]) => t.privateFields?.length).map(([name]) => name);
    expect(withPrivate).toEqual(['complaint', 'objection']);
    const complaint = RECORD_TYPES.complaint.body.parse(EXAMPLES.complaint);
    expect(withoutPrivateFields(RECORD_TYPES.complaint, complaint)).not.toHaveProperty('complainantContact');
    const correction = correctionOf(RECORD_TYPES.complaint);
    const corrected = correction.body.parse({ supersedes: 'c-1', reason: '窗口登记错误', record: EXAMPLES.complaint });
    const shown = withoutPrivateFields(correction, corrected);
    expect(shown.record).not.toHaveProperty('complainantContact');
    expect(shown.record).toMatchObject({ summary: '等候时间过长' });
    expect(corrected.record.complainantContact).toBe('a@example.com'); // the stored body is untouched
  });
});

/** One valid body per record type, for window w01 / officer o001 of the demo center. */
import type { RecordTypeName } from '#core/records/registry';

export const EXAMPLES: Record<RecordTypeName, Record<string, unknown>> = {
  attendance: { entry: 'sign-in', windowId: 'w01', officerId: 'o001', date: '2026-11-13', signIn: '08:12' },
  evaluation: { windowId: 'w01', officerId: 'o001', ratedAt: '2026-11-13T10:00:00+08:00', scale: 'two-level', rating: '满意' },
  volume: { windowId: 'w01', month: '2026-11', accepted: 120 },
  case: { windowId: 'w01', officerId: 'o001', caseNumber: 'C-1', caseType: 'immediate', acceptedDate: '2026-11-13', promisedWorkingDays: 0, completedDate: '2026-11-13' },
  'case-completion': { windowId: 'w01', caseNumber: 'C-2', completedDate: '2026-11-16' },
  'case-extension': { windowId: 'w01', caseNumber: 'C-2', approvedDate: '2026-11-12', approvedBy: '业务科', newDeadline: '2026-11-20', reason: '需补充现场核查' },
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
  'yearly-rating': { year: '2026', raterKind: 'window-head', ratedBy: '负责人', officerId: 'o002', points: '9' },
  veto: { subject: 'window', windowId: 'w01', scope: 'year', code: 'V-W-COMPLAINT-12345', evidence: '12345工单', verifiedBy: 's1', date: '2026-11-13' },
  'veto-appeal': { vetoId: 'v-1', date: '2026-11-16', grounds: '投诉对象非本窗口' },
  'appeal-decision': { appealId: 'a-1', decision: 'upheld', reason: '证据充分属实', decidedBy: 's2', date: '2026-11-17' },
};

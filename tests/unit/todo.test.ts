/**
 * The to-do list by role (shared/core/todo.ts). Dates worked by hand on the 2026 calendar:
 * Monday 2026-11-16 is the day; two working days ahead is Wednesday 2026-11-18 (near).
 * October closes five working days after its end: 2, 3, 4, 5, 6 November → 2026-11-06.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { closeDateOf } from '#core/closing';
import type { Role } from '#core/roles';
import type { ComplaintReportRow } from '#core/rules/complaint-report';
import { type TodoSources, todoItems } from '#core/todo';

const calendar = createCalendar({});
const complaint = (id: string, deadline: string, outcome?: 'verified'): ComplaintReportRow => ({
  id,
  windowId: 'w03',
  channel: 'phone',
  receivedDate: '2026-11-09',
  deadline,
  provisional: false,
  status: outcome ?? 'registered',
  ...(outcome ? { outcome, settledDate: '2026-11-12' } : {}),
  overdue: false,
});

const sources = (role: Role, today = '2026-11-16', windowId?: string): TodoSources => ({
  role,
  ...(windowId ? { windowId } : {}),
  today,
  calendar,
  selections: [
    { honorId: 'stars', name: { zh: '季度服务明星', en: 'stars' }, period: '2026-Q3', state: 'assessed', tie: { subjectIds: ['o1', 'o2', 'o3'] }, openObjections: 0, notice: null },
    { honorId: 'windows', name: { zh: '优秀窗口', en: 'windows' }, period: '2026-Q3', state: 'proposed', tie: null, openObjections: 0, notice: null },
    { honorId: 'gold', name: { zh: '金牌', en: 'gold' }, period: '2026-Q3', state: 'notice', tie: null, openObjections: 0, notice: { end: '2026-11-18' } },
    { honorId: 'silver', name: { zh: '银牌', en: 'silver' }, period: '2026-Q3', state: 'notice', tie: null, openObjections: 0, notice: { end: '2026-11-25' } },
    { honorId: 'bronze', name: { zh: '铜牌', en: 'bronze' }, period: '2026-Q3', state: 'notice', tie: null, openObjections: 2, notice: { end: '2026-11-25' } },
  ],
  flags: [
    { flagId: 'flag:d1:1', windowId: 'w02', month: '2026-11', ratings: 3, decided: false },
    { flagId: 'flag:d1:2', windowId: 'w02', month: '2026-11', ratings: 2, decided: true },
  ],
  complaints: [complaint('c-late', '2026-11-13'), complaint('c-near', '2026-11-18'), complaint('c-later', '2026-11-20'), complaint('c-done', '2026-11-13', 'verified')],
  appeals: [
    { appealId: 'a-open', date: '2026-11-12', decided: false },
    { appealId: 'a-done', date: '2026-11-10', decided: true },
  ],
  transfers: [
    { officerId: 'o007', name: '李华', month: '2026-10', rule: 'verified-complaints', evidence: ['c-1', 'c-2'] },
    { officerId: 'o 9', month: '2026-11', rule: 'incompetent-months', evidence: ['2026-10', '2026-11'] },
  ],
  lastMonth: { month: '2026-10', closeDate: closeDateOf('2026-10', calendar) },
});

const kinds = (role: Role, today?: string, windowId?: string) => todoItems(sources(role, today, windowId)).map((i) => `${i.kind}:${i.href}`);

describe('the to-do list', () => {
  it('gives a supervisor every kind that is theirs, with where it is done', () => {
    expect(closeDateOf('2026-10', calendar)).toBe('2026-11-06');
    expect(kinds('supervisor')).toEqual([
      'selection-tie:/console/selection/?honor=stars&period=2026-Q3',
      'selection-publish:/console/selection/?honor=windows&period=2026-Q3',
      'notice-ending:/console/selection/?honor=gold&period=2026-Q3',
      'selection-objections:/console/selection/?honor=bronze&period=2026-Q3',
      'consecutive-flag:/forms/consecutive-flag-decisions/?flagId=flag%3Ad1%3A1&windowId=w02&month=2026-11',
      'complaint-overdue:/forms/complaint-steps/?complaintId=c-late',
      'complaint-due:/forms/complaint-steps/?complaintId=c-near',
      'transfer-recommendation:/console/me/?officer=o007&year=2026',
      'transfer-recommendation:/console/me/?officer=o%209&year=2026',
      'appeal:/forms/appeal-decisions/?appealId=a-open',
    ]);
  });

  it('gives the panel the tie and the notice ending, and nothing of a supervisor’s', () => {
    expect(kinds('panel')).toEqual(['selection-tie:/console/selection/?honor=stars&period=2026-Q3', 'notice-ending:/console/selection/?honor=gold&period=2026-Q3']);
  });

  it('gives an administrator no appeal to decide (a second supervisor decides) and no list to publish', () => {
    expect(kinds('admin').map((k) => k.split(':')[0])).toEqual([
      'selection-tie',
      'notice-ending',
      'consecutive-flag',
      'complaint-overdue',
      'complaint-due',
      'transfer-recommendation',
      'transfer-recommendation',
    ]);
  });

  it('words a 调离 recommendation by its rule, in both languages, naming the officer and the evidence', () => {
    const transfers = todoItems(sources('supervisor')).filter((i) => i.kind === 'transfer-recommendation');
    expect(transfers.map((i) => i.text)).toEqual([
      { zh: '李华（o007）：连续 2 次被投诉并经查实（2026-10），建议调离', en: '李华 (o007): 2 verified complaints in a row (2026-10); transfer recommended' },
      { zh: 'o 9：连续 2 个月考核不称职（2026-10、2026-11），建议调离', en: 'o 9: graded incompetent 2 months in a row (2026-10, 2026-11); transfer recommended' },
    ]);
  });

  it('shows no 调离 recommendation to anyone who is not a supervisor or administrator', () => {
    for (const role of ['clerk', 'head', 'panel', 'officer', 'device', 'public'] as const) {
      expect(todoItems(sources(role, '2026-11-16', 'w01')).filter((i) => i.kind === 'transfer-recommendation')).toEqual([]);
    }
  });

  it('tells a clerk their window’s last month is open until its close date, and nothing once it closed', () => {
    expect(kinds('clerk', '2026-11-16', 'w01')).toEqual([]);
    const open = todoItems(sources('clerk', '2026-11-06', 'w01'));
    expect(open).toEqual([
      {
        kind: 'month-open',
        text: { zh: '2026-10 尚未结账：记录可补录至 2026-11-06', en: '2026-10 is still open: records may be added until 2026-11-06' },
        href: '/console/window/?window=w01&month=2026-10',
        due: '2026-11-06',
      },
    ]);
  });
});

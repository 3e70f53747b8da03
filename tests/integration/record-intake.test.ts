/**
 * Every record type through the API with the role that posts it: accepted once, refused
 * with field paths when wrong, and the rules that need more than the body (one ballot per
 * voter, no ballot for one's own window, the nomination quota, the appeal chain, complaint
 * steps in order, objections only while a notice is open).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officerSubject, windowSubject } from '#core/aggregates';
import { dateOf } from '#core/records/common';
import type { RecordTypeName } from '#core/records/registry';
import type { Role } from '#core/roles';
import { ROUTES } from '#functions/routes';
import { listAggregatesForMonth } from '#store/aggregates';
import { listOfficers } from '#store/center';
import { putNotice } from '#store/notices';
import type { LocalSystem } from '../../infra/local/system.ts';
import { EXAMPLES } from '../support/record-examples.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
// The requests' clock: a Monday after the examples' day (2026-11-13), November open; tests
// about other months set it to a day when theirs is open.
const MONDAY = new Date('2026-11-16T10:00:00+08:00');
let clock = MONDAY;
const setClock = (iso: string): void => {
  clock = new Date(iso);
};
const tokens = {} as Record<'device' | 'clerk' | 'head' | 'head2' | 'supervisor' | 'supervisor2' | 'panel' | 'admin', string>;

beforeAll(async () => {
  system = await startTestSystem(['2026-10'], { now: () => clock });
  const sign = (role: Role, subject: string, windowId?: string) =>
    system.issuer.sign({ role, subject, centerId: 'demo', ...(windowId ? { windowId } : {}) });
  Object.assign(tokens, {
    device: await sign('device', 'device-w01', 'w01'),
    clerk: await sign('clerk', 'clerk-w01', 'w01'),
    head: await sign('head', 'head-w01', 'w01'),
    head2: await sign('head', 'head-w02', 'w02'),
    supervisor: await sign('supervisor', 'supervisor-1'),
    supervisor2: await sign('supervisor', 'supervisor-2'),
    panel: await sign('panel', 'panel-1'),
    admin: await sign('admin', 'admin-1'),
  });
});
afterAll(() => system?.stop());

async function post(segment: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${system.url}/api/v1/centers/demo/${segment}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
}

const segmentOf = (type: RecordTypeName, role: Role): string =>
  ROUTES.find((r) => r.record?.type === type && r.roles.includes(role))!.path.split('/centers/{center}/')[1]!;

/** The quarter whose nominations are still open today. */
function openQuarter(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const q = Math.ceil(month / 3);
  const closed = month === q * 3 && day > 20;
  return closed ? (q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`) : `${year}-Q${q}`;
}

describe('each record type, posted by its role', () => {
  const simple: [RecordTypeName, keyof typeof tokens][] = [
    ['evaluation', 'device'],
    ['attendance', 'clerk'],
    ['volume', 'clerk'],
    ['case', 'clerk'],
    ['case-completion', 'head'],
    ['inspection', 'supervisor'],
    ['patrol', 'supervisor'],
    ['finding', 'supervisor'],
    ['complaint', 'supervisor'],
    ['training', 'supervisor'],
    ['evaluator-conduct', 'supervisor'],
    ['device-fault', 'supervisor'],
    ['commendation', 'supervisor'],
    ['panel-score', 'panel'],
    ['yearly-rating', 'head'],
    ['veto', 'supervisor'],
  ];

  it.each(simple)('%s: accepted, and refused with the field path for an unknown field', async (type, who) => {
    clock = MONDAY;
    const role = who.replace(/\d$/, '') as Role;
    const accepted = await post(segmentOf(type, role), EXAMPLES[type], tokens[who]);
    expect(accepted.status).toBe(201);
    expect(accepted.body.type).toBe(type);
    const refused = await post(segmentOf(type, role), { ...EXAMPLES[type], colour: 'red' }, tokens[who]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toContain('colour');
  });

  it('a finding shows up in the window and officer aggregates the score run reads', async () => {
    setClock('2026-11-04T10:00:00+08:00'); // October closes on 11-06
    const finding = await post('findings', { ...EXAMPLES.finding, date: '2026-10-20' }, tokens.supervisor);
    const aggregates = await listAggregatesForMonth(system.store, 'demo', '2026-10');
    for (const subject of [windowSubject('w01'), officerSubject('o001')]) {
      expect(aggregates.get(subject)!.members.finding!.some((line) => line.startsWith(`${finding.body.id}\t`))).toBe(true);
    }
  });

  it('a public complaint needs no credential, and its contact never enters the aggregates', async () => {
    setClock('2026-11-04T10:00:00+08:00');
    const { channel: _, ...citizen } = EXAMPLES.complaint;
    const complaint = await post('public/complaints', { ...citizen, receivedDate: '2026-10-21', complainantContact: '13900001111' });
    expect(complaint.status).toBe(201);
    // The supervisors' fields are not the public's to set.
    const referral = await post('public/complaints', { ...citizen, referralNumber: 'GD-1', referralDeadline: '2026-10-30' });
    expect(referral.status).toBe(400);
    const lines = (await listAggregatesForMonth(system.store, 'demo', '2026-10')).get(windowSubject('w01'))!.members.complaint!;
    const line = lines.find((l) => l.startsWith(`${complaint.body.id}\t`))!;
    expect(line).toContain('等候时间过长');
    expect(line).toContain('"channel":"web"');
    expect(line).not.toContain('13900001111');
  });
});

describe('rules that need more than the body', () => {
  it('one sign-in per officer and day: a second is refused with 409 and counted nowhere', async () => {
    clock = MONDAY;
    // A Friday of a month the test system did not load (October's demo has a sign-in every day).
    const signIn = { entry: 'sign-in', windowId: 'w01', officerId: 'o003', date: '2026-11-13', signIn: '08:05' };
    expect((await post('attendance', signIn, tokens.clerk)).status).toBe(201);
    const again = await post('attendance', { ...signIn, signIn: '08:07' }, tokens.clerk);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('refused');
    const o003 = (await listAggregatesForMonth(system.store, 'demo', '2026-11')).get(officerSubject('o003'))!;
    // The day keeps the first sign-in, the record that made it; the refused one is not
    // counted: as many sign-ins as days signed in (other tests of this file sign in too).
    expect(o003.entries['day.2026-11-13.in']).toMatch(/^08:05\t/);
    const days = Object.keys(o003.entries).filter((name) => name.endsWith('.in')).length;
    expect(o003.counters['attendance.signIns']).toBe(days);
  });

  it('one ballot per voter and period, and none for one’s own window', async () => {
    clock = MONDAY;
    const sheet = { honorId: 'quarterly-stars', period: '2026-Q3', scores: [{ candidateId: 'o015', score: '92' }] };
    expect((await post('ballots', sheet, tokens.head)).status).toBe(201);
    const again = await post('ballots', sheet, tokens.head);
    expect(again.status).toBe(409);
    expect(again.body.error.message_en).toMatch(/already voted/);
    // o001 is an officer of w01: its head may not vote for it.
    const own = await post('ballots', { ...sheet, period: '2026-Q2', scores: [{ candidateId: 'o001', score: '99' }] }, tokens.head);
    expect(own.status).toBe(400);
    expect(own.body.error.issues[0].path).toBe('scores.0.candidateId');
  });

  it('a window nominates within its quota (2 for 6 or more officers), before the deadline', async () => {
    clock = MONDAY;
    const quarter = openQuarter(dateOf(clock));
    const nominate = (officerId: string) =>
      post('nominations', { nominee: 'officers', quarter, windowId: 'w01', officers: [{ officerId, deeds: '全季度零差评' }] }, tokens.head);
    // w01 has 10 officers → 2 nominations.
    expect((await nominate('o002')).status).toBe(201);
    expect((await nominate('o003')).status).toBe(201);
    const third = await nominate('o004');
    expect(third.status).toBe(409);
    expect(third.body.error.message_zh).toContain('名额');
    // o015 is w02's: naming another window's officer is writing for that window.
    const stranger = await nominate('o015');
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.issues[0].path).toBe('officers.0.officerId');
    // A supervisor's direct nomination takes no quota.
    const direct = await post('nominations', { nominee: 'officers', quarter, windowId: 'w01', direct: true, officers: [{ officerId: 'o004', deeds: '拾金不昧' }] }, tokens.supervisor);
    expect(direct.status).toBe(201);
    const notDirect = await post('nominations', { nominee: 'officers', quarter, windowId: 'w01', direct: true, officers: [{ officerId: 'o005', deeds: '拾金不昧' }] }, tokens.head);
    expect(notDirect.status).toBe(400);
    expect((await post('nominations', { nominee: 'window', quarter: '2026-Q1', windowId: 'w01', deeds: '全季度零投诉' }, tokens.head)).status).toBe(400);
  });

  it('a veto is appealed by its window within the appeal window and decided by another supervisor', async () => {
    clock = MONDAY;
    const today = dateOf(clock);
    const veto = await post('vetoes', { ...EXAMPLES.veto, date: today, verifiedBy: '督查科张' }, tokens.supervisor);
    expect(veto.status).toBe(201);
    const otherWindow = await post('veto-appeals', { vetoId: veto.body.id, date: today, grounds: '投诉对象非本窗口' }, tokens.head2);
    expect(otherWindow.status).toBe(400);
    const appeal = await post('veto-appeals', { vetoId: veto.body.id, date: today, grounds: '投诉对象非本窗口' }, tokens.head);
    expect(appeal.status).toBe(201);
    const sameVerifier = await post('appeal-decisions', { appealId: appeal.body.id, decision: 'upheld', reason: '证据充分属实', decidedBy: '督查科张', date: today }, tokens.supervisor);
    expect(sameVerifier.status).toBe(400);
    expect(sameVerifier.body.error.issues[0].path).toBe('decidedBy');
    const decided = await post('appeal-decisions', { appealId: appeal.body.id, decision: 'upheld', reason: '证据充分属实', decidedBy: '督查科李', date: today }, tokens.supervisor2);
    expect(decided.status).toBe(201);
    expect((await post('appeal-decisions', { appealId: appeal.body.id, decision: 'overturned', reason: '重新核实不属实', decidedBy: '督查科王', date: today }, tokens.supervisor2)).status).toBe(409);
  });

  it('complaint steps follow each other in order; the monthly report shows the deadline across 国庆', async () => {
    // Received Wed 2026-09-30 by phone: 3 working days. 国庆 2026 is 10-01..10-07; then
    // 10-08 (Thu) is day 1, 10-09 (Fri) day 2, 10-10 (the make-up Saturday) day 3.
    setClock('2026-10-09T10:00:00+08:00'); // September closes on 10-13
    const complaint = await post('complaints', { receivedDate: '2026-09-30', channel: 'phone', windowId: 'w01', summary: '材料一次性告知不清' }, tokens.supervisor);
    expect(complaint.status).toBe(201);
    setClock('2026-10-14T18:00:00+08:00');
    const step = (s: string, date: string) => post('complaint-steps', { complaintId: complaint.body.id, step: s, date }, tokens.supervisor);
    expect((await step('closed', '2026-10-09')).status).toBe(400); // closed before verified/unfounded
    expect((await step('investigating', '2026-10-09')).status).toBe(201);
    expect((await step('verified', '2026-10-13')).status).toBe(201);
    expect((await step('verified', '2026-10-13')).status).toBe(400); // already verified
    expect((await step('closed', '2026-10-14')).status).toBe(201);

    const response = await fetch(`${system.url}/api/v1/centers/demo/complaints/report?month=2026-09`, {
      headers: { authorization: `Bearer ${tokens.supervisor}` },
    });
    const report = (await response.json()) as any;
    const row = report.rows.find((r: { id: string }) => r.id === complaint.body.id);
    expect(row).toMatchObject({ deadline: '2026-10-10', status: 'closed', outcome: 'verified', settledDate: '2026-10-13', overdue: true });
    expect(report.dueDate).toBe('2026-09-30'); // the month's last working day
    expect(JSON.stringify(report)).not.toContain('complainant');
  });

  it('objections are taken only while a notice is open, for entries on it', async () => {
    clock = MONDAY;
    const today = dateOf(clock);
    const objection = { noticeId: 'stars-2026-q3', entry: 'o007', date: today, text: '该同志曾被投诉', contact: '13700000000' };
    expect((await post('public/objections', objection)).status).toBe(400);
    await putNotice(system.store, 'demo', { noticeId: 'stars-2026-q3', publishedOn: today, startDate: today, endDate: today, entries: ['o007'] });
    expect((await post('public/objections', objection)).status).toBe(201);
    const offList = await post('public/objections', { ...objection, entry: 'o008' });
    expect(offList.status).toBe(400);
    expect(offList.body.error.issues[0].path).toBe('entry');
    await putNotice(system.store, 'demo', { noticeId: 'old', publishedOn: '2026-01-05', startDate: '2026-01-05', endDate: '2026-01-16', entries: ['o007'] });
    expect((await post('public/objections', { ...objection, noticeId: 'old' })).status).toBe(400);
  });
});

describe('consecutive ratings', () => {
  it('are flagged by the score run, listed for supervisors, and decided once', async () => {
    setClock('2025-09-02T10:00:00+08:00'); // August 2025 still open
    const rate = (ratedAt: string) =>
      post('evaluations', { windowId: 'w01', ratedAt, scale: 'two-level', rating: '满意' }, tokens.device);
    expect((await rate('2025-08-05T10:00:00+08:00')).status).toBe(201);
    expect((await rate('2025-08-05T10:00:06+08:00')).status).toBe(201); // 6 s later, no case number
    await system.scoreMonth('demo', '2025-08');
    const list = async () => {
      const response = await fetch(`${system.url}/api/v1/centers/demo/consecutive-flags?month=2025-08`, {
        headers: { authorization: `Bearer ${tokens.supervisor}` },
      });
      return ((await response.json()) as any).flags as { flagId: string; ratingIds: string[]; decision: unknown }[];
    };
    const [flag] = await list();
    expect(flag).toMatchObject({ flagId: 'flag:device-w01:2025-08-05T02:00:00Z', decision: null });
    expect(flag!.ratingIds).toHaveLength(2);
    const decide = (flagId: string) =>
      post('consecutive-flag-decisions', { flagId, windowId: 'w01', month: '2025-08', decision: 'confirm', note: '同一人连续按键' }, tokens.supervisor);
    expect((await decide(flag!.flagId)).status).toBe(201);
    expect((await decide(flag!.flagId)).status).toBe(409);
    expect((await decide('flag:device-w01:2025-08-05T09:00:00Z')).status).toBe(400);
    expect((await list())[0]!.decision).toMatchObject({ decision: 'confirm' });
  });
});

describe('administration', () => {
  it('admins keep windows, officers, calendar overrides and new rulebook versions — never overwriting one', async () => {
    clock = MONDAY;
    const put = async (path: string, body: unknown, token = tokens.admin) => {
      const response = await fetch(`${system.url}/api/v1/centers/demo${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    expect((await put('/windows/w21', { name: '综合受理窗口', department: '行政审批局', departmentEn: 'Administrative Approval Bureau' })).status).toBe(200);
    expect((await put('/officers/o999', { name: '测试员', windowId: 'w21', role: 'head', startDate: '2026-11-02' })).status).toBe(200);
    const late = await post('volumes', { windowId: 'w21', month: '2026-11', accepted: 3 }, await system.issuer.sign({ role: 'clerk', subject: 'c21', centerId: 'demo', windowId: 'w21' }));
    expect(late.status).toBe(201);
    const badDate = await put('/calendar', { overrides: { '2026-02-30': 'rest' } });
    expect(badDate.status).toBe(400);
    expect((await put('/calendar', { overrides: { '2026-12-24': 'rest' } })).status).toBe(200);
    expect((await put('/windows/w22', { name: '窗口' }, tokens.supervisor)).status).toBe(403);
  });
});

describe('cases against their deadline', () => {
  it('an approved extension (延时办结) moves the deadline; a completion after the deadline’s date costs at least one working day', async () => {
    clock = MONDAY;
    const counters = async () => (await listAggregatesForMonth(system.store, 'demo', '2026-11')).get(windowSubject('w02'))?.counters ?? {};
    const clerk = await system.issuer.sign({ role: 'clerk', subject: 'clerk-w02', centerId: 'demo', windowId: 'w02' });
    const before = await counters();
    // Accepted Mon 2026-11-09 with 3 working days promised: due Thu 2026-11-12.
    const officerId = (await listOfficers(system.store, 'demo')).find((o) => o.windowId === 'w02')!.officerId;
    const open = (caseNumber: string) =>
      post('cases', { windowId: 'w02', officerId, caseNumber, caseType: 'promised', acceptedDate: '2026-11-09', promisedWorkingDays: 3 }, clerk);
    expect((await open('EXT-1')).status).toBe(201);
    expect((await open('EXT-2')).status).toBe(201);
    // EXT-1: extended on the 11th to Mon 2026-11-16, completed that day → on time.
    const extension = { windowId: 'w02', caseNumber: 'EXT-1', approvedDate: '2026-11-11', approvedBy: '业务科', newDeadline: '2026-11-16', reason: '需补充现场核查' };
    expect((await post('case-extensions', extension, tokens.supervisor)).status).toBe(201);
    expect((await post('case-completions', { windowId: 'w02', caseNumber: 'EXT-1', completedDate: '2026-11-16' }, clerk)).status).toBe(201);
    // EXT-2: no extension, completed Fri 2026-11-13, the day after its deadline → late by 1 working day.
    expect((await post('case-completions', { windowId: 'w02', caseNumber: 'EXT-2', completedDate: '2026-11-13' }, clerk)).status).toBe(201);
    const after = await counters();
    const grew = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
    expect(grew('completed')).toBe(2);
    expect(grew('completed.onTime')).toBe(1);
    expect(grew('completed.late')).toBe(1);
    expect(grew('completed.overdueWorkingDays')).toBe(1);
  });
});

/**
 * Records a center can trust: each test is a misuse a caller would try through the local
 * gateway, and checks that it is refused in both languages and writes nothing — the wrong
 * window's officer, a phantom officer, a second sign-in, a late rating for a closed month,
 * a rater kind that does not fit, the complainant's phone read by the window, colliding
 * audit lines, a `#` in the path, a flood of public objections.
 *
 * The requests' clock is pinned to Monday 2026-11-16 10:00 Beijing time: October 2026
 * closed at the end of Friday 2026-11-06 (its last day, Sat 10-31, plus 5 working days:
 * 11-02 Mon … 11-06 Fri); November is open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officerSubject, windowSubject } from '#core/aggregates';
import { ROUTES } from '#core/api/routes';
import type { Role } from '#core/roles';
import { listAggregatesForMonth } from '#store/aggregates';
import { listAuditForDay } from '#store/audit';
import { listOfficers } from '#store/center';
import { putNotice } from '#store/notices';
import { listWindowMonthRecords } from '#store/records';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const NOW = new Date('2026-11-16T10:00:00+08:00');
const TODAY = '2026-11-16';
const RATE_LIMIT = { points: 20, durationSeconds: 600 };
let system: LocalSystem;
const tokens = {} as Record<'device' | 'clerk' | 'clerk2' | 'head' | 'head2' | 'headless' | 'supervisor' | 'panel' | 'admin', string>;

beforeAll(async () => {
  system = await startTestSystem(['2026-10'], {
    now: () => NOW,
    publicRateLimit: RATE_LIMIT,
    // Stands in for API Gateway's sourceIp: the test speaks for several citizens from one machine.
    clientAddress: (req) => String(req.headers['x-test-address'] ?? '127.0.0.1'),
  });
  const sign = (role: Role, subject: string, windowId?: string) =>
    system.issuer.sign({ role, subject, centerId: 'demo', ...(windowId ? { windowId } : {}) });
  Object.assign(tokens, {
    device: await sign('device', 'device-w01', 'w01'),
    clerk: await sign('clerk', 'clerk-w01', 'w01'),
    clerk2: await sign('clerk', 'clerk-w02', 'w02'),
    head: await sign('head', 'head-w01', 'w01'),
    head2: await sign('head', 'head-w02', 'w02'),
    headless: await sign('head', 'head-nowhere'),
    supervisor: await sign('supervisor', 'supervisor-1'),
    panel: await sign('panel', 'panel-1'),
    admin: await sign('admin', 'admin-1'),
  });
});
afterAll(() => system?.stop());

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: any;
  readonly text: string;
}

async function call(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${system.url}/api/v1/centers/demo${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined, text };
}

const post = (segment: string, body: unknown, token?: string, headers?: Record<string, string>) =>
  call('POST', `/${segment}`, { body, ...(token ? { token } : {}), ...(headers ? { headers } : {}) });

const counters = async (month: string, subject: string) => (await listAggregatesForMonth(system.store, 'demo', month)).get(subject)?.counters ?? {};

/** Every refusal: the one shape, both languages. */
function expectBilingual(answer: Answer): void {
  expect(answer.body.error).toMatchObject({ code: expect.any(String), message_zh: expect.stringMatching(/[\u4e00-\u9fff]/), message_en: expect.stringMatching(/^[\x20-\x7e]+$/) });
  for (const issue of answer.body.error.issues) {
    expect(issue.message_zh).toMatch(/[\u4e00-\u9fff]/);
    // English may quote a Chinese value ("one of 满意, 不满意"), but is written in English.
    expect(issue.message_en).toMatch(/[a-z]{3,}/);
    expect(issue.message_en).not.toBe(issue.message_zh);
  }
}

const signIn = (officerId: string, windowId = 'w01', extra: Record<string, unknown> = {}) => ({
  entry: 'sign-in',
  windowId,
  officerId,
  date: '2026-11-13',
  signIn: '08:10',
  ...extra,
});

describe('the right subject', () => {
  it('refuses a clerk labelling another window’s officer with its own window (403), and writes nothing', async () => {
    const before = [await counters('2026-11', windowSubject('w01')), await counters('2026-11', officerSubject('o015'))];
    const answer = await post('attendance', signIn('o015'), tokens.clerk); // o015 is at w02
    expect(answer.status).toBe(403);
    expectBilingual(answer);
    expect(answer.body.error.issues[0]).toMatchObject({ path: 'officerId', message_en: expect.stringContaining('w02') });
    expect([await counters('2026-11', windowSubject('w01')), await counters('2026-11', officerSubject('o015'))]).toEqual(before);
  });

  it('refuses attendance for an officer who does not exist', async () => {
    for (const phantom of ['o999', 'nobody']) {
      const answer = await post('attendance', signIn(phantom), tokens.clerk);
      expect(answer.status).toBe(400);
      expectBilingual(answer);
      expect(answer.body.error.issues[0].path).toBe('officerId');
    }
    expect(await counters('2026-11', officerSubject('o999'))).toEqual({});
  });

  it('lets a device name only an officer of its own window', async () => {
    const rating = { windowId: 'w01', ratedAt: '2026-11-13T10:00:00+08:00', scale: 'two-level', rating: '满意' };
    expect((await post('evaluations', { ...rating, officerId: 'o015' }, tokens.device)).status).toBe(403);
    expect((await post('evaluations', { ...rating, officerId: 'o002' }, tokens.device)).status).toBe(201);
  });

  it('checks a moved officer against the window of the record’s date', async () => {
    const [o010] = (await listOfficers(system.store, 'demo')).filter((o) => o.officerId === 'o010');
    const { officerId: _, postings: __, ...fields } = o010!;
    expect((await call('PUT', '/officers/o010', { token: tokens.admin, body: { ...fields, windowId: 'w02' } })).status).toBe(200);
    // Friday 11-13 o010 was still at w01; from Monday 11-16 (the move) at w02.
    expect((await post('attendance', signIn('o010', 'w01'), tokens.clerk)).status).toBe(201);
    expect((await post('attendance', signIn('o010', 'w01', { date: TODAY, signIn: '08:05' }), tokens.clerk)).status).toBe(403);
    expect((await post('attendance', signIn('o010', 'w02', { date: TODAY, signIn: '08:05' }), tokens.clerk2)).status).toBe(201);
    const [moved] = (await listOfficers(system.store, 'demo')).filter((o) => o.officerId === 'o010');
    expect(moved!.postings).toEqual([
      { windowId: 'w01', from: o010!.startDate },
      { windowId: 'w02', from: TODAY },
    ]);
  });
});

describe('one fact once', () => {
  it('refuses a second sign-in for the same officer and day with 409 and the correction route', async () => {
    expect((await post('attendance', signIn('o003'), tokens.clerk)).status).toBe(201);
    const later = await post('attendance', signIn('o003', 'w01', { signIn: '07:55' }), tokens.clerk);
    expect(later.status).toBe(409);
    expectBilingual(later);
    expect(later.body.error.correctionRoute).toBe('POST /api/v1/centers/demo/corrections');
    // An absence for a day with a sign-in is the same fact twice.
    expect((await post('attendance', { entry: 'absent', windowId: 'w01', officerId: 'o003', date: '2026-11-13' }, tokens.clerk)).status).toBe(409);
  });

  it('keeps one leave entry per officer-day', async () => {
    const leave = { entry: 'leave', windowId: 'w01', officerId: 'o004', date: '2026-11-13', kind: 'sick', approval: 'after' };
    expect((await post('attendance', leave, tokens.clerk)).status).toBe(201);
    expect((await post('attendance', { ...leave, kind: 'personal' }, tokens.clerk)).status).toBe(409);
  });

  it('takes the rater from the credential and the rater kind from the caller', async () => {
    const rating = { year: '2026', ratedBy: '负责人', points: '9' };
    // o002 is w01's staff: its head rates it as window head, once — a new free-text name is the same rater.
    expect((await post('yearly-ratings', { ...rating, raterKind: 'window-head', officerId: 'o002' }, tokens.head)).status).toBe(201);
    const again = await post('yearly-ratings', { ...rating, raterKind: 'window-head', officerId: 'o002', ratedBy: '另一个名字' }, tokens.head);
    expect(again.status).toBe(409);
    // Not its own window's staff; not a center department; a peer head rates only other windows' heads.
    for (const misfit of [
      { raterKind: 'window-head', officerId: 'o015' },
      { raterKind: 'center-departments', officerId: 'o015' },
      { raterKind: 'peer-heads', officerId: 'o002' },
      { raterKind: 'unit-leader', officerId: 'o002' },
    ]) {
      const answer = await post('yearly-ratings', { ...rating, ...misfit }, tokens.head);
      expect(answer.status, JSON.stringify(misfit)).toBe(403);
      expect(answer.body.error.issues[0].path).toBe('raterKind');
    }
    // o011 heads w02: w01's head rates it as a peer; a panel member as a center department.
    expect((await post('yearly-ratings', { ...rating, raterKind: 'peer-heads', officerId: 'o011', points: '5' }, tokens.head)).status).toBe(201);
    expect((await post('yearly-ratings', { ...rating, raterKind: 'center-departments', officerId: 'o011', points: '20' }, tokens.panel)).status).toBe(201);
  });

  it('refuses a head credential without a window claim', async () => {
    const sheet = { honorId: 'quarterly-stars', period: '2026-Q3', scores: [{ candidateId: 'o015', score: '92' }] };
    expect((await post('ballots', sheet, tokens.headless)).status).toBe(403);
    expect((await post('yearly-ratings', { year: '2026', raterKind: 'peer-heads', ratedBy: 'x', officerId: 'o011', points: '5' }, tokens.headless)).status).toBe(403);
  });
});

describe('closed months', () => {
  it('refuses a rating for October after its close, naming the close date and the correction route', async () => {
    const before = await counters('2026-10', windowSubject('w01'));
    const late = await post('evaluations', { windowId: 'w01', ratedAt: '2026-10-09T10:00:00+08:00', scale: 'two-level', rating: '不满意' }, tokens.device);
    expect(late.status).toBe(409);
    expectBilingual(late);
    expect(late.body.error).toMatchObject({ code: 'periodClosed', month: '2026-10', closedOn: '2026-11-06', correctionRoute: 'POST /api/v1/centers/demo/corrections' });
    expect(late.body.error.message_zh).toContain('2026-11-06');
    expect(await counters('2026-10', windowSubject('w01'))).toEqual(before);
  });

  it('accepts the change as a supervisor’s correction, with its reason', async () => {
    // The demo's ratings are bulk-loaded without the id index; its volumes can be corrected.
    const [volume] = await listWindowMonthRecords(system.store, 'demo', 'w01', '2026-10', 'volume');
    if (!volume) throw new Error('the demo month has a volume at w01');
    const before = await counters('2026-10', windowSubject('w01'));
    const late = await post('volumes', { ...volume.body, accepted: Number(volume.body.accepted) + 5 }, tokens.clerk);
    expect(late.status).toBe(409);
    const corrected = await post(
      'corrections',
      { supersedes: volume.id, reason: '月末补录漏计的5件', record: { ...volume.body, accepted: Number(volume.body.accepted) + 5 } },
      tokens.supervisor,
    );
    expect(corrected.status, corrected.text).toBe(201);
    // The correction replaces the volume: the month's volume grows by exactly the 5 missed.
    expect((await counters('2026-10', windowSubject('w01'))).volume).toBe(before.volume! + 5);
  });

  it('refuses dates from 1970 and years ahead', async () => {
    const rating = { windowId: 'w01', scale: 'two-level', rating: '满意' };
    const old = await post('evaluations', { ...rating, ratedAt: '1970-01-01T10:00:00+08:00' }, tokens.device);
    expect(old.status).toBe(400);
    expect(old.body.error.issues[0].path).toBe('ratedAt');
    expectBilingual(old);
    const ahead = await post('attendance', { entry: 'leave', windowId: 'w01', officerId: 'o005', date: '2028-03-01', kind: 'annual', approval: 'prior' }, tokens.clerk);
    expect(ahead.status).toBe(400);
    expect(ahead.body.error.issues[0].path).toBe('date');
  });
});

describe('private stays private', () => {
  const PHONE = '13900001111';
  const NAME = '投诉人甲乙';

  it('gives complainants’ names and phones to supervisors and admins only, on every route', async () => {
    const filed = await post('complaints', { receivedDate: '2026-11-13', channel: 'phone', windowId: 'w01', summary: '等候时间过长', complainantName: NAME, complainantContact: PHONE }, tokens.supervisor);
    expect(filed.status).toBe(201);
    const citizen = await post('public/complaints', { receivedDate: '2026-11-13', windowId: 'w01', summary: '材料退回', complainantContact: `${PHONE}9` }, undefined, { 'x-test-address': '10.0.0.9' });
    expect(citizen.status).toBe(201);

    const readers: [string, string | undefined][] = [['anonymous', undefined], ...Object.entries(tokens)];
    const leaks: string[] = [];
    let seenBySupervisors = 0;
    for (const route of ROUTES.filter((r) => r.method === 'GET')) {
      const path = route.path.replace('/api/v1/centers/{center}', '').replace('{window}', 'w01').replace('{honor}', 'quarterly-stars').replace('{period}', '2026-Q4');
      const query = route.query?.includes('month') ? '?month=2026-11' : route.query?.includes('date') ? `?date=${TODAY}` : '';
      for (const [who, token] of readers) {
        const url = route.path.startsWith('/api/v1/centers') ? `${path}${query}` : route.path;
        const response = route.path.startsWith('/api/v1/centers')
          ? await call('GET', url, token ? { token } : {})
          : await (async () => {
              const r = await fetch(`${system.url}${url}`);
              return { text: await r.text() } as Answer;
            })();
        const leaked = response.text.includes(PHONE) || response.text.includes(NAME);
        if (leaked && (who === 'supervisor' || who === 'admin')) seenBySupervisors++;
        else if (leaked) leaks.push(`${route.operationId} as ${who}`);
      }
    }
    expect(leaks).toEqual([]);
    // The check can fail: the supervisors do read them (the window's records).
    expect(seenBySupervisors).toBeGreaterThan(0);
  });
});

describe('one audit trail', () => {
  it('keeps one line for each of concurrent admin writes in the same millisecond', async () => {
    const [o020] = (await listOfficers(system.store, 'demo')).filter((o) => o.officerId === 'o020');
    const { officerId: _, postings: __, ...fields } = o020!;
    const before = (await listAuditForDay(system.store, 'demo', TODAY)).filter((l) => l.touched === 'officer:o020').length;
    const writes = await Promise.all(Array.from({ length: 8 }, () => call('PUT', '/officers/o020', { token: tokens.admin, body: fields })));
    expect(writes.map((w) => w.status)).toEqual(Array(8).fill(200));
    const lines = (await listAuditForDay(system.store, 'demo', TODAY)).filter((l) => l.touched === 'officer:o020');
    // The pinned clock gives all eight the same instant: eight lines, eight request ids.
    expect(lines.length - before).toBe(8);
    expect(new Set(lines.map((l) => l.requestId)).size).toBe(lines.length);
    expect(lines.every((l) => l.at === NOW.toISOString() && l.who === 'admin-1' && l.action === 'configure')).toBe(true);
  });

  it('audits a selection act, and lets supervisors read the day’s trail but not the window', async () => {
    const act = await call('POST', '/selections/quarterly-stars/2026-Q3/acts', { token: tokens.supervisor, body: { action: 'advance' } });
    expect(act.status).toBe(200);
    const trail = await call('GET', `/audit?date=${TODAY}`, { token: tokens.supervisor });
    expect(trail.status).toBe(200);
    expect(trail.body.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'selection:advance', touched: 'selection:quarterly-stars/2026-Q3', who: 'supervisor-1', requestId: act.headers.get('x-request-id') }),
      ]),
    );
    expect((await call('GET', `/audit?date=${TODAY}`, { token: tokens.head })).status).toBe(403);
  });

  it('refuses a # or a space in a path parameter before anything is read or written (400)', async () => {
    const before = (await listAuditForDay(system.store, 'demo', TODAY)).length;
    const forged = await fetch(`${system.url}/api/v1/centers/demo%23AUDIT%23${TODAY}/windows/w01`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.admin}` },
      body: JSON.stringify({ name: '窗口', department: '部门', departmentEn: 'Dept' }),
    });
    expect(forged.status).toBe(400);
    const body = (await forged.json()) as any;
    expect(body.error).toMatchObject({ code: 'invalidPath', issues: [expect.objectContaining({ path: 'path.center' })] });
    expect((await call('GET', '/windows/w01%23M%232026-10/records?month=2026-10', { token: tokens.supervisor })).status).toBe(400);
    expect((await call('PUT', '/officers/o%20001', { token: tokens.admin, body: {} })).status).toBe(400);
    expect((await listAuditForDay(system.store, 'demo', TODAY)).length).toBe(before);
  });
});

describe('public routes', () => {
  it('limits one address to its quota of objections (429, Retry-After, both languages) while others are served', async () => {
    await putNotice(system.store, 'demo', { noticeId: 'stars-2026-q3', publishedOn: TODAY, startDate: TODAY, endDate: TODAY, entries: ['o007'] });
    const objection = { noticeId: 'stars-2026-q3', entry: 'o007', date: TODAY, text: '该同志曾被投诉' };
    const flood = await Promise.all(Array.from({ length: 200 }, () => post('public/objections', objection, undefined, { 'x-test-address': '10.0.0.66' })));
    const statuses = flood.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(RATE_LIMIT.points);
    expect(statuses.filter((s) => s === 429)).toHaveLength(200 - RATE_LIMIT.points);
    const refused = flood.find((a) => a.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expectBilingual(refused);
    expect(refused.body.error.code).toBe('tooManyRequests');
    expect((await post('public/objections', objection, undefined, { 'x-test-address': '10.0.0.67' })).status).toBe(201);
  });

  it('scopes a public idempotency key to the caller’s address: two citizens never share one', async () => {
    const key = 'same-key-from-a-shared-form';
    const complaint = (summary: string) => ({ receivedDate: '2026-11-13', windowId: 'w02', summary });
    const a = await post('public/complaints', complaint('甲的投诉'), undefined, { 'x-test-address': '10.0.1.1', 'idempotency-key': key });
    const b = await post('public/complaints', complaint('乙的投诉'), undefined, { 'x-test-address': '10.0.1.2', 'idempotency-key': key });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
  });
});

describe('errors in both languages', () => {
  it('names each bad field in Chinese and English', async () => {
    const answer = await post('evaluations', { windowId: 'w01', ratedAt: 'yesterday', scale: 'two-level', rating: 'great' }, tokens.device);
    expect(answer.status).toBe(400);
    expectBilingual(answer);
    expect(answer.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['ratedAt', 'rating']);
  });

  it('answers the gateway’s own 401, 404 and 413 in the same shape', async () => {
    expectBilingual(await call('GET', '/windows/w01/records?month=2026-11'));
    const missing = await call('GET', '/no-such-thing', { token: tokens.supervisor });
    expect(missing.status).toBe(404);
    expectBilingual(missing);
    const huge = await post('evaluations', { windowId: 'w01', note: 'x'.repeat(300 * 1024) }, tokens.device);
    expect(huge.status).toBe(413);
    expectBilingual(huge);
  });
});

describe('the center’s start', () => {
  it('refuses a record dated before the center began recording', async () => {
    const profile = { name: '示范区政务服务中心', nameEn: 'Demo District Government Service Center', address: '示范区', phone: '0000-12345', startDate: '2026-11-10' };
    expect((await call('PUT', '', { token: tokens.admin, body: profile })).status).toBe(200);
    const early = await post('attendance', signIn('o006', 'w01', { date: '2026-11-09' }), tokens.clerk);
    expect(early.status).toBe(400);
    expect(early.body.error.issues[0]).toMatchObject({ path: 'date', message_en: expect.stringContaining('2026-11-10') });
    expect((await post('attendance', signIn('o006'), tokens.clerk)).status).toBe(201);
  });
});

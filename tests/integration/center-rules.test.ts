/**
 * Rules on centers created for the test (issue 14 items 5, 6 and 10), through the API and the
 * score run `npm run score -- --center east --period 2026-10` calls (its handler):
 *
 * - the center's own rulebook at intake: a finding under a code only the center's rulebook
 *   has is taken (201) and scored with its points; a seed code the rulebook dropped is
 *   refused (400) in both languages, as is a verifying step naming it;
 * - a verified complaint's codes and an inspection's smoking item act by themselves: their
 *   points are in the month's scores, each ledger line naming the complaint or inspection;
 * - a center on the seed 002 preset (`west`): the month's window grades with the 20% cap, the
 *   officer codes they carry, officer grades with the 15% cap; the public month page shows the
 *   windows' grades (the preset publishes them) and nothing about officers; the officers'
 *   grades and the 调离 flag read through the API by supervisors (a head is refused), the
 *   officer's own monthly grade on their standing, the flag on the supervisor's to-do — a
 *   complaint corrected after its verifying step still counts, as it stands;
 * - seed 004 written as a July campaign after the center's rulebook (item 8): July takes its
 *   patrol codes, one finding costing officer and window; October keeps one code per act.
 *
 * The requests' clock is pinned to Tuesday 2026-11-03 (October still open). The scores do
 * not depend on the day the run happens: the quarter's inspection is on record.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerLineDocument } from '#core/ledger';
import { DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import { listPublished } from '#store/published';
import { listSubjectResults } from '#store/results';
import { publishSite } from '../../infra/local/publish-site.ts';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const NOW = new Date('2026-11-03T10:00:00+08:00');
// The requests' clock: NOW, except where a test works in July (then 2026-08-03, July still open).
let clock = NOW;
const CENTER = 'east';
const API = `/api/v1/centers/${CENTER}`;

// The center's own code: 插队办理 (serving an acquaintance out of turn), 3 points off 遵章守纪.
const OWN_CODE = {
  code: 'O-EAST-QUEUE-JUMP',
  zh: '为熟人插队办理的',
  en: 'Serving an acquaintance out of turn',
  category: 'officer.discipline',
  effect: 'deduction',
  points: { fixed: '3' },
  subject: 'officer',
  veto: 'none',
  source: { seed: '003', clause: '东区中心补充规定 第1条' },
} as const;
// A seed code the center's rulebook leaves out.
const DROPPED = 'O-DISC-DRESS';

let system: LocalSystem;
const tokens: Record<string, string> = {};

async function call(method: string, path: string, role: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${system.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const post = (segment: string, body: unknown) => call('POST', `${API}/${segment}`, 'supervisor', body);

const WEST = 'west';
const WEST_API = `/api/v1/centers/${WEST}`;

beforeAll(async () => {
  system = await startTestSystem(['2026-10'], { now: () => clock });
  for (const role of ['admin', 'supervisor'] as const) {
    tokens[role] = await system.issuer.sign({ role, subject: `${role}-east`, centerId: CENTER });
    tokens[`${role}@west`] = await system.issuer.sign({ role, subject: `${role}-west`, centerId: WEST });
  }
  const created = [
    await call('PUT', API, 'admin', { name: '东区政务服务中心', nameEn: 'East District Government Service Center', address: '东区政务大道1号', phone: '021-12345678' }),
    await call('PUT', `${API}/windows/w01`, 'admin', { name: '社保综合窗口', department: '人社局', departmentEn: 'Human Resources and Social Security' }),
    await call('PUT', `${API}/officers/o001`, 'admin', { name: '陈静', windowId: 'w01', role: 'head', startDate: '2025-03-01' }),
    await call('PUT', `${API}/officers/o002`, 'admin', { name: '王磊', windowId: 'w01', role: 'staff', startDate: '2025-03-01' }),
    await call('PUT', `${API}/rulebook`, 'admin', {
      ...DEFAULT_RULEBOOK_CONTENT,
      version: '1.1.0',
      findingCodes: [...DEFAULT_RULEBOOK_CONTENT.findingCodes.filter((c) => c.code !== DROPPED), OWN_CODE],
    }),
  ];
  expect(created.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
}, 300_000);
afterAll(() => system?.stop());

const finding = (code: string, officerId: string) => ({
  code,
  subject: 'officer',
  windowId: 'w01',
  officerId,
  date: '2026-10-14',
  evidence: '巡查发现',
  verifiedBy: '督查科 顾立群',
  sourceKind: 'patrol',
});

describe('the center’s own rulebook at intake', () => {
  it('takes a finding under the center’s own code', async () => {
    const response = await post('findings', finding(OWN_CODE.code, 'o001'));
    expect(response.status).toBe(201);
  });

  it('refuses a seed code the center’s rulebook lacks, in both languages, naming the field', async () => {
    const response = await post('findings', finding(DROPPED, 'o001'));
    expect(response.status).toBe(400);
    const issue = response.body.error.issues.find((i: { path: string }) => i.path === 'code');
    expect(issue.message_en).toBe(`${DROPPED} is not a finding code of the center's rulebook`);
    expect(issue.message_zh).toBe('本中心评选规则中没有该扣分加分代码');
    // The same code in a patrol's findings is refused the same way.
    const patrol = await post('patrols', { date: '2026-10-14', session: 'morning', windowId: 'w01', officerId: 'o001', findings: [{ code: DROPPED, note: '未着工装' }] });
    expect(patrol.status).toBe(400);
    expect(patrol.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['findings.0.code']);
  });
});

describe('a verified complaint and an inspection’s smoking item, scored by the run', () => {
  let complaintId: string;
  let inspectionId: string;

  beforeAll(async () => {
    const complaint = await post('complaints', { receivedDate: '2026-10-12', channel: 'phone', windowId: 'w01', officerId: 'o002', summary: '态度生硬，不作解释' });
    expect(complaint.status).toBe(201);
    complaintId = complaint.body.id;
    // A verifying step naming a code the rulebook lacks is refused, nothing written …
    const wrong = await post('complaint-steps', { complaintId, step: 'verified', date: '2026-10-20', officerCodes: [DROPPED] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['officerCodes.0']);
    // … so the right one is the first verifying step.
    const verified = await post('complaint-steps', {
      complaintId,
      step: 'verified',
      date: '2026-10-20',
      windowCodes: ['W-SVC-COMPLAINT-VERIFIED', 'V-W-COMPLAINT-VERIFIED'],
      officerCodes: ['O-IDEO-COMPLAINT-ATTITUDE', 'V-O-COMPLAINT-VERIFIED'],
    });
    expect(verified.status).toBe(201);
    const inspection = await post('inspections', {
      windowId: 'w01',
      quarter: '2026-Q4',
      date: '2026-10-15',
      inspector: '第三方 物业公司',
      deductions: [{ item: 'smoking', officerIds: ['o001'] }],
    });
    expect(inspection.status).toBe(201);
    inspectionId = inspection.body.id;
    const { handler } = await import('#functions/run-scores');
    await handler({ centerId: CENTER, period: '2026-10' });
  }, 120_000);

  const monthlyScore = async (subject: string) => {
    const [doc] = (await listSubjectResults(system.store, CENTER, '2026-10', subject)).filter((r) => r.rule === 'monthly-score');
    return doc as unknown as { scoreShown: string; ledger: LedgerLineDocument[]; rulebook: { version: string } };
  };
  const lines = (ledger: readonly LedgerLineDocument[], codes: readonly string[]) =>
    ledger.filter((l) => codes.includes(l.code)).map(({ code, points, records }) => ({ code, points, records }));

  it('the window’s ledger, read through the API, names the complaint for its deduction and veto', async () => {
    const response = await call('GET', `${API}/windows/w01/ledger?month=2026-10`, 'supervisor');
    expect(response.status).toBe(200);
    const score = response.body.results.find((r: { rule: string }) => r.rule === 'monthly-score');
    expect(score.rulebook.version).toBe('1.1.0');
    expect(lines(score.ledger, ['V-W-COMPLAINT-VERIFIED', 'W-SVC-COMPLAINT-VERIFIED'])).toEqual([
      { code: 'V-W-COMPLAINT-VERIFIED', points: '0', records: [complaintId] },
      { code: 'W-SVC-COMPLAINT-VERIFIED', points: '-5', records: [complaintId] },
    ]);
    // 优质服务: electronic evaluation 5 (no volume, no ratings) + hygiene (100 − 5 smoking) × 5 / 100 = 4.75
    //   + 50 − 5 (verified complaint) = 45 → 54.75; 廉洁办公 20, 工作纪律 20 → 94.75
    expect(score.scoreShown).toBe('94.75');
  });

  it('the officer the complaint names pays its code, linked to the complaint', async () => {
    const o002 = await monthlyScore('O#o002');
    expect(lines(o002.ledger, ['O-IDEO-COMPLAINT-ATTITUDE', 'V-O-COMPLAINT-VERIFIED'])).toEqual([
      { code: 'O-IDEO-COMPLAINT-ATTITUDE', points: '-2', records: [complaintId] },
      { code: 'V-O-COMPLAINT-VERIFIED', points: '0', records: [complaintId] },
    ]);
    // 100 − 2 (思想品德) = 98.00
    expect(o002.scoreShown).toBe('98.00');
  });

  it('the smoker pays the smoking code and the veto, linked to the inspection, and the center’s own code', async () => {
    const o001 = await monthlyScore('O#o001');
    expect(lines(o001.ledger, ['O-DISC-SMOKING', 'V-O-SMOKING'])).toEqual([
      { code: 'O-DISC-SMOKING', points: '-5', records: [inspectionId] },
      { code: 'V-O-SMOKING', points: '0', records: [inspectionId] },
    ]);
    expect(lines(o001.ledger, [OWN_CODE.code]).map((l) => l.points)).toEqual(['-3']);
    // 100 − 3 (own code) − 5 (smoking), both 遵章守纪 = 92.00
    expect(o001.scoreShown).toBe('92.00');
  });
});

describe('seed 002’s grading layer in the month’s run (a center on the seed 002 preset)', () => {
  const WINDOWS = ['w01', 'w02', 'w03', 'w04', 'w05'];
  const westPost = (segment: string, body: unknown) => call('POST', `${WEST_API}/${segment}`, 'supervisor@west', body);
  const complaintIds: string[] = [];

  beforeAll(async () => {
    const admin = (path: string, body: unknown) => call('PUT', `${WEST_API}${path}`, 'admin@west', body);
    const statuses = [
      (await admin('', { name: '西区行政服务中心', nameEn: 'West District Administrative Service Center', address: '西区中心路2号', phone: '0833-1234567' })).status,
      ...(await Promise.all(WINDOWS.map((w) => admin(`/windows/${w}`, { name: `${w}窗口`, department: '某局', departmentEn: 'A bureau' })))).map((r) => r.status),
      ...(await Promise.all(['w01', 'w02', 'w05'].map((w) => admin(`/officers/o-${w}`, { name: `${w}工作人员`, windowId: w, role: 'staff', startDate: '2025-01-01' })))).map((r) => r.status),
      (await admin('/rulebook', { ...(({ hash: _hash, ...content }) => content)(SEED_002_MONTHLY_ASSESSMENT), version: '1.0.1' })).status,
    ];
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Overdue cases (−5 per case per working day): w02 1 day → 95, w03 3 → 85, w04 5 → 75, w05 9 → 55; w01 none → 100.
    for (const [windowId, count] of [['w02', 1], ['w03', 3], ['w04', 5], ['w05', 9]] as const) {
      const posted = await westPost('findings', { code: 'W-SVC-CASE-OVERDUE', count, subject: 'window', windowId, date: '2026-10-16', evidence: '承诺件超期', verifiedBy: '督查股', sourceKind: 'other' });
      expect(posted.status).toBe(201);
    }
    // Two complaints about o-w02, both verified in October: the second verified in a row (调离).
    for (const receivedDate of ['2026-10-05', '2026-10-12']) {
      const complaint = await westPost('complaints', { receivedDate, channel: 'phone', windowId: 'w02', officerId: 'o-w02', summary: '推诿办事群众' });
      expect(complaint.status).toBe(201);
      complaintIds.push(complaint.body.id);
      expect((await westPost('complaint-steps', { complaintId: complaint.body.id, step: 'verified', date: '2026-10-20' })).status).toBe(201);
    }
    // The first is corrected after its verifying step, which still names the original: the
    // decision follows the complaint as it stands, and the flag names the correction.
    const corrected = await westPost('corrections', {
      supersedes: complaintIds[0],
      reason: '登记时摘要记录不全，按来电记录补正',
      record: { receivedDate: '2026-10-05', channel: 'phone', windowId: 'w02', officerId: 'o-w02', summary: '推诿办事群众，未一次性告知所需材料' },
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
    complaintIds[0] = corrected.body.id;
    const { handler } = await import('#functions/run-scores');
    await handler({ centerId: WEST, period: '2026-10' });
  }, 120_000);

  it('refuses a code that follows from the window’s grade, in both languages', async () => {
    const typed = await westPost('findings', { code: 'B-O-WINDOW-MONTH-EXCELLENT', subject: 'officer', windowId: 'w01', officerId: 'o-w01', date: '2026-10-30', evidence: '窗口月度优秀', verifiedBy: '督查股', sourceKind: 'other' });
    expect(typed.status).toBe(400);
    expect(typed.body.error.issues).toEqual([
      { path: 'code', message_zh: '该代码由窗口月度考核等次自动产生，不能录入', message_en: "B-O-WINDOW-MONTH-EXCELLENT follows from the window's monthly grade and is not entered" },
    ]);
  });

  const doc = async (subject: string) =>
    (await listSubjectResults(system.store, WEST, '2026-10', subject)).find((r) => r.rule === 'monthly-score') as unknown as {
      scoreShown: string;
      monthlyGrade: { grade: string | null; capped: boolean; excellentCap: number };
      ledger: LedgerLineDocument[];
      transferFlags?: unknown[];
    };

  it('grades the windows: ⌊0.2 × 5⌋ = 1 优秀; w02 reaches 90 but is 良好; 55 is 不合格', async () => {
    const grades = await Promise.all(WINDOWS.map(async (w) => [w, (await doc(`W#${w}`)).monthlyGrade] as const));
    expect(grades.map(([w, g]) => [w, g.grade, g.capped, g.excellentCap])).toEqual([
      ['w01', 'excellent', false, 1],
      ['w02', 'good', true, 1],
      ['w03', 'good', false, 1],
      ['w04', 'pass', false, 1],
      ['w05', 'fail', false, 1],
    ]);
  });

  it('the officers of the 优秀 and 不合格 windows get their codes from the grade; ⌊0.15 × 3⌋ = 0 officers are 优秀', async () => {
    const [o1, o2, o5] = await Promise.all(['O#o-w01', 'O#o-w02', 'O#o-w05'].map(doc));
    expect(o1!.ledger.filter((l) => l.code === 'B-O-WINDOW-MONTH-EXCELLENT').map((l) => [l.points, l.records])).toEqual([['2', ['window-grade:w01:2026-10']]]);
    expect(o5!.ledger.filter((l) => l.code === 'O-EFF-WINDOW-FAILED').map((l) => [l.points, l.records])).toEqual([['-2', ['window-grade:w05:2026-10']]]);
    // 100 + 2 = 102; 100; 100 − 2 (绩) = 98 — all 优秀 by score, none by the cap: 称职
    expect([o1!.scoreShown, o2!.scoreShown, o5!.scoreShown]).toEqual(['102.00', '100.00', '98.00']);
    expect([o1!, o2!, o5!].map((d) => [d.monthlyGrade.grade, d.monthlyGrade.capped])).toEqual([
      ['competent', true],
      ['competent', true],
      ['competent', true],
    ]);
  });

  it('flags o-w02 to the supervisors for a transfer: two verified complaints in a row, in the order received', async () => {
    const [o1, o2] = await Promise.all(['O#o-w01', 'O#o-w02'].map(doc));
    expect(o1!.transferFlags).toEqual([]);
    expect(o2!.transferFlags).toEqual([{ rule: 'verified-complaints', evidence: complaintIds }]);
  });

  it('supervisors and the panel read the officers’ grades and the 调离 flag through the API; a head, a clerk and an officer are refused', async () => {
    for (const [role, claims] of [['head', { windowId: 'w02' }], ['clerk', { windowId: 'w02' }], ['panel', {}], ['officer', { officerId: 'o-w02' }]] as const) {
      tokens[`${role}@west`] = await system.issuer.sign({ role, subject: `${role}-west`, centerId: WEST, ...claims });
    }
    const read = (role: string) => call('GET', `${WEST_API}/officer-grades?month=2026-10`, role);
    const answer = await read('supervisor@west');
    expect(answer.status).toBe(200);
    // The same numbers as the stored results above: 102, 100, 98, each 优秀 by band and 称职 by the ⌊0.15 × 3⌋ = 0 cap.
    expect(answer.body).toEqual({
      month: '2026-10',
      scored: true,
      officers: [
        { officerId: 'o-w01', name: 'w01工作人员', windowId: 'w01', scoreShown: '102.00', grade: 'excellent', monthlyGrade: { grade: 'competent', capped: true, excellentCap: 0, tiedAtCap: false }, transferFlags: [] },
        { officerId: 'o-w02', name: 'w02工作人员', windowId: 'w02', scoreShown: '100.00', grade: 'excellent', monthlyGrade: { grade: 'competent', capped: true, excellentCap: 0, tiedAtCap: false }, transferFlags: [{ rule: 'verified-complaints', evidence: complaintIds }] },
        { officerId: 'o-w05', name: 'w05工作人员', windowId: 'w05', scoreShown: '98.00', grade: 'excellent', monthlyGrade: { grade: 'competent', capped: true, excellentCap: 0, tiedAtCap: false }, transferFlags: [] },
      ],
    });
    expect((await read('panel@west')).body).toEqual(answer.body);
    expect((await read('admin@west')).body).toEqual(answer.body);
    for (const role of ['head@west', 'clerk@west', 'officer@west']) {
      const refused = await read(role);
      expect([role, refused.status, refused.body.error.code]).toEqual([role, 403, 'forbidden']);
    }
    // Another center's supervisor reads nothing of west's.
    expect((await call('GET', `${WEST_API}/officer-grades?month=2026-10`, 'supervisor')).status).toBe(403);
    expect((await call('GET', `${WEST_API}/officer-grades?month=2026-13`, 'supervisor@west')).status).toBe(400);
  });

  it('the officer reads their own monthly grade on the standing route, but not the 调离 flag; the supervisor sees both there', async () => {
    const standing = await call('GET', `${WEST_API}/officers/o-w02/standing?year=2026`, 'officer@west');
    expect(standing.status).toBe(200);
    const october = standing.body.months.find((m: { month: string }) => m.month === '2026-10');
    expect([october.scoreShown, october.grade.id, october.monthlyGrade]).toEqual([
      '100.00',
      'excellent',
      { grade: { id: 'competent', name: { zh: '称职', en: 'competent' } }, capped: true, tiedAtCap: false },
    ]);
    expect(JSON.stringify(standing.body)).not.toMatch(/transfer|调离/);
    // The supervisor, sent there by the to-do, sees the flag in the month it was raised.
    const supervised = await call('GET', `${WEST_API}/officers/o-w02/standing?year=2026`, 'supervisor@west');
    const months = supervised.body.months as { month: string; transferFlags?: unknown[] }[];
    expect(months.filter((m) => m.transferFlags?.length).map((m) => [m.month, m.transferFlags])).toEqual([
      ['2026-10', [{ rule: 'verified-complaints', evidence: complaintIds }]],
    ]);
  });

  it('the supervisor’s to-do lists the 调离 recommendation with the officer’s page; the head’s does not', async () => {
    const todo = await call('GET', `${WEST_API}/todo`, 'supervisor@west');
    expect(todo.status).toBe(200);
    expect(todo.body.items.filter((i: { kind: string }) => i.kind === 'transfer-recommendation')).toEqual([
      {
        kind: 'transfer-recommendation',
        text: { zh: 'w02工作人员（o-w02）：连续 2 次被投诉并经查实（2026-10），建议调离', en: 'w02工作人员 (o-w02): 2 verified complaints in a row (2026-10); transfer recommended' },
        href: '/console/me/?officer=o-w02&year=2026',
      },
    ]);
    const head = await call('GET', `${WEST_API}/todo`, 'head@west');
    expect(head.status).toBe(200);
    expect(head.body.items.map((i: { kind: string }) => i.kind)).not.toContain('transfer-recommendation');
  });

  it('the public month page shows each window’s grade and nothing about officers', async () => {
    const page = (await listPublished(system.store, WEST)).find((d) => d.kind === 'monthly-evaluation' && d.period === '2026-10');
    if (page?.kind !== 'monthly-evaluation') throw new Error('2026-10 is not published');
    expect(page.windows.map((w) => [w.windowId, w.score, w.grade])).toEqual([
      ['w01', '100.00', 'excellent'],
      ['w02', '95.00', 'good'],
      ['w03', '85.00', 'good'],
      ['w04', '75.00', 'pass'],
      ['w05', '55.00', 'fail'],
    ]);
    expect(JSON.stringify(page)).not.toMatch(/o-w0|competent|transfer/);
  });

  it('the built month page has the grade column, in both languages', async () => {
    const work = mkdtempSync(join(tmpdir(), 'west-site-'));
    try {
      await publishSite(system.store, WEST, { publishedDir: join(work, 'published'), siteDir: join(work, 'site') });
      const pages = (readdirSync(join(work, 'site'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(work, 'site', f), 'utf8'));
      // The month's table: w05's row ends in its grade (55.00 → 不合格 / fail).
      expect(pages.some((html) => html.includes('月度考核等次') && /55\.00<\/td>\s*<td[^>]*>不合格</.test(html))).toBe(true);
      expect(pages.some((html) => html.includes('Monthly grade') && /55\.00<\/td>\s*<td[^>]*>fail</.test(html))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('seed 004 as a July campaign on the east center (one act, one code)', () => {
  let lateId: string;

  beforeAll(async () => {
    const { hash: _hash, ...campaign } = SEED_004_PATROL;
    expect((await call('PUT', `${API}/rulebook`, 'admin', { ...campaign, version: '1.2.0' })).status).toBe(200);
    clock = new Date('2026-08-03T10:00:00+08:00');
    const late = await post('findings', { ...finding('O-PATROL-LATE', 'o002'), date: '2026-07-14' });
    expect(late.status).toBe(201);
    lateId = late.body.id;
    const { handler } = await import('#functions/run-scores');
    await handler({ centerId: CENTER, period: '2026-07' });
  }, 120_000);
  afterAll(() => {
    clock = NOW;
  });

  it('in July the window’s part of a patrol finding is not entered by itself', async () => {
    const typed = await post('findings', { code: 'W-PATROL-ATTENDANCE', subject: 'window', windowId: 'w01', date: '2026-07-14', evidence: '迟到', verifiedBy: '宋敏', sourceKind: 'patrol' });
    expect(typed.status).toBe(400);
    expect(typed.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['code']);
  });

  it('July is scored by the campaign: the one finding costs the officer −1 and the window −1', async () => {
    const docs = async (subject: string) =>
      (await listSubjectResults(system.store, CENTER, '2026-07', subject)).find((r) => r.rule === 'monthly-score') as unknown as {
        scoreShown: string;
        ledger: LedgerLineDocument[];
        rulebook: { version: string };
      };
    const [window, officer] = await Promise.all([docs('W#w01'), docs('O#o002')]);
    expect([window.rulebook.version, officer.rulebook.version]).toEqual(['1.2.0', '1.2.0']);
    expect(officer.ledger.filter((l) => l.code.startsWith('O-')).map((l) => [l.code, l.points, l.records])).toEqual([['O-PATROL-LATE', '-1', [lateId]]]);
    expect(window.ledger.filter((l) => l.code.startsWith('W-')).map((l) => [l.code, l.points, l.records])).toEqual([['W-PATROL-ATTENDANCE', '-1', [lateId]]]);
    // Officer: 100 − 1 = 99.00; window (no computed components under the campaign): 100 − 1 = 99.00
    expect([officer.scoreShown, window.scoreShown]).toEqual(['99.00', '99.00']);
  });

  it('outside July a lateness has one code: O-PATROL-LATE is refused, O-DISC-LATE taken', async () => {
    clock = NOW;
    const campaignCode = await post('findings', { ...finding('O-PATROL-LATE', 'o002'), date: '2026-10-15' });
    expect(campaignCode.status).toBe(400);
    expect((await post('findings', { ...finding('O-DISC-LATE', 'o002'), date: '2026-10-15' })).status).toBe(201);
  });
});

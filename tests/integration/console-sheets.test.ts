/**
 * The console's routes through the local gateway on the demo center: the roster and finding
 * codes for pickers; a clerk's attendance sheet previewed with its bad row named, refused
 * whole while the row is bad, imported once fixed, and imported again without writing; the
 * window scores and a selection's candidate sheet downloaded and opened with exceljs.
 *
 * The imported days are in August 2026, a month the test system loads no records for,
 * so every attendance record of that month is one the import wrote. They are past days,
 * which attendance requires (no sign-in ahead of the day); the imports' requests run on a
 * clock pinned to 2026-09-01, before August closes (an import gets intake's closed-month check).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listWindowMonthRecords } from '#store/records';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';
import { listResults } from '#store/results';

let system: LocalSystem;
/** The requests' clock: real, except while the imports pin it inside August's open days. */
let clock: Date | undefined;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  system = await startTestSystem(['2026-09', '2026-10'], { now: () => clock ?? new Date() });
  const sign = (role: string, windowId?: string) =>
    system.issuer.sign({ role: role as never, subject: `${role}${windowId ? `-${windowId}` : ''}-1`, centerId: 'demo', ...(windowId ? { windowId } : {}) });
  tokens.clerk = await sign('clerk', 'w01');
  tokens.head = await sign('head', 'w01');
  tokens.device = await sign('device', 'w01');
  tokens.supervisor = await sign('supervisor');
  tokens.panel = await sign('panel');
  tokens.admin = await sign('admin');
}, 300_000);
afterAll(() => system?.stop());

const url = (path: string) => `${system.url}/api/v1/centers/demo${path}`;
async function get(path: string, role?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url(path), { headers: role ? { authorization: `Bearer ${tokens[role]}` } : {} });
  return { status: res.status, body: await res.json() };
}
async function upload(mode: 'preview' | 'import', file: Uint8Array, role = 'clerk'): Promise<{ status: number; body: any }> {
  const res = await fetch(url(`/imports/attendance?mode=${mode}`), {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    body: file,
  });
  return { status: res.status, body: await res.json() };
}
async function sheetOf(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('8月考勤');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
const augustAttendance = async () => (await listWindowMonthRecords(system.store, 'demo', 'w01', '2026-08', 'attendance')).length;

describe('the roster for pickers', () => {
  it('lists a window’s officers with their window’s name, heads by role, and the finding codes', async () => {
    const w01 = await get('/officers?window=w01', 'head');
    expect(w01.status).toBe(200);
    expect(w01.body.officers.length).toBeGreaterThan(1);
    expect(new Set(w01.body.officers.map((o: any) => o.windowId))).toEqual(new Set(['w01']));
    const windows = await get('/windows', 'clerk');
    const w01Name = windows.body.windows.find((w: any) => w.windowId === 'w01').name;
    expect(w01.body.officers[0].windowName).toBe(w01Name);

    const heads = await get('/officers?role=head', 'supervisor');
    expect(heads.body.officers.every((o: any) => o.role === 'head')).toBe(true);
    expect(heads.body.officers.length).toBe(windows.body.windows.length);

    const codes = await get('/finding-codes', 'panel');
    expect(codes.status).toBe(200);
    expect(codes.body.findingCodes.length).toBeGreaterThan(10);
    expect(codes.body.findingCodes[0]).toMatchObject({ code: expect.any(String), zh: expect.any(String), category: expect.any(String) });
    expect(codes.body.ruleLines['CAT.BASE']).toEqual({ zh: '类别基础分', en: 'category base' });

    expect((await get('/officers?role=boss', 'supervisor')).status).toBe(400);
    // A device's token is for the device routes' authorizer only: the gateway refuses it here.
    expect((await get('/officers', 'device')).status).toBe(401);
    expect((await get('/officers')).status).toBe(401);
  });
});

describe('an attendance sheet imported by a clerk', () => {
  beforeAll(() => {
    clock = new Date('2026-09-01T10:00:00+08:00');
  });
  afterAll(() => {
    clock = undefined;
  });

  it('is previewed with its bad row named, refused whole while it is bad, then imported once and only once', async () => {
    const { body } = await get('/officers?window=w01', 'clerk');
    const [a, b] = body.officers as { officerId: string; name: string }[];
    const other = (await get('/officers?window=w02', 'clerk')).body.officers[0] as { officerId: string; name: string };
    const header = ['工号', '姓名', '日期', '签到', '签退', '请假'];
    const good = [
      [a!.officerId, a!.name, '2026-08-03', '08:52', '17:31', ''],
      [b!.officerId, b!.name, '2026/8/3', '8:57', '17:45', ''],
      [a!.officerId, a!.name, '2026-08-04', '', '', '会议'],
    ];
    // Row 5 is another window's officer: a clerk of w01 may not file it, as at intake.
    const bad = await sheetOf([header, ...good, [other.officerId, other.name, '2026-08-04', '08:50', '17:30', '']]);

    const preview = await upload('preview', bad);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ mode: 'preview', rows: 4, valid: 3 });
    expect(preview.body.issues).toEqual([{ row: 5, column: '', zh: '无权为该窗口登记', en: 'You may not file attendance for window w02' }]);
    expect(preview.body.preview[0]).toEqual({ row: 2, body: { entry: 'sign-in', windowId: 'w01', officerId: a!.officerId, date: '2026-08-03', signIn: '08:52', signOut: '17:31' } });
    expect(await augustAttendance()).toBe(0);

    const refused = await upload('import', bad);
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toEqual([{ path: 'row 5', message_zh: '无权为该窗口登记', message_en: 'You may not file attendance for window w02' }]);
    expect(await augustAttendance()).toBe(0);

    const fixed = await sheetOf([header, ...good]);
    const imported = await upload('import', fixed);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ mode: 'import', written: 3, alreadyImported: 0, issues: [] });
    expect(await augustAttendance()).toBe(3);
    const records = await get('/windows/w01/records?month=2026-08&type=attendance', 'head');
    expect(records.body.records.map((r: any) => r.body.entry).sort()).toEqual(['leave', 'sign-in', 'sign-in']);

    // The same file again, by the window's head this time: nothing more is written.
    const again = await upload('import', fixed, 'head');
    expect(again.body).toMatchObject({ written: 0, alreadyImported: 3 });
    expect(await augustAttendance()).toBe(3);

    // A sheet exported again with one sign-out changed is another file: its officer-days are
    // on file already, and the row says to correct the record instead of adding a second one.
    const changed = await sheetOf([header, [a!.officerId, a!.name, '2026-08-03', '08:52', '18:05', '']]);
    const repeat = await upload('preview', changed);
    expect(repeat.body.issues).toHaveLength(1);
    expect(repeat.body.issues[0]).toMatchObject({ row: 2, column: 'date', en: expect.stringMatching(/^This officer-day is already recorded \(.+\); correct that record instead$/) });
    expect((await upload('import', changed)).status).toBe(400);
    expect(await augustAttendance()).toBe(3);
  });

  it('imports a CSV of monthly volumes the same way, for the clerk’s own window only', async () => {
    const post = async (mode: string, csv: string) => {
      const res = await fetch(url(`/imports/volumes?mode=${mode}`), { method: 'POST', headers: { authorization: `Bearer ${tokens.clerk}`, 'content-type': 'text/csv' }, body: csv });
      return { status: res.status, body: (await res.json()) as any };
    };
    const volumes = async () => (await listWindowMonthRecords(system.store, 'demo', 'w01', '2026-08', 'volume')).map((r) => r.body.accepted);
    const both = '窗口编号,月份,受理量\nw01,2026-08,812\nw02,2026-08,640\n';
    const refused = await post('import', both);
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toEqual([{ path: 'row 3', message_zh: '无权为该窗口登记', message_en: 'You may not file business volume for window w02' }]);
    expect(await volumes()).toEqual([]);
    const own = await post('import', '窗口编号,月份,受理量\nw01,2026-08,812\n');
    expect(own.body).toMatchObject({ written: 1, alreadyImported: 0 });
    expect(await volumes()).toEqual([812]);
  });

  it('answers an unknown kind, an empty body and an unreadable file with 400, and other roles with 403', async () => {
    const res = await fetch(url('/imports/salaries'), { method: 'POST', headers: { authorization: `Bearer ${tokens.clerk}` }, body: 'a,b' });
    expect(res.status).toBe(400);
    expect((await upload('preview', new Uint8Array())).status).toBe(400);
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const unreadable = await upload('preview', broken);
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error.message_zh).toBe('无法读取该 .xlsx 文件');
    expect((await upload('preview', await sheetOf([['工号']]), 'supervisor')).status).toBe(403);
  });
});

describe('sheets out', () => {
  async function download(path: string, role = 'supervisor'): Promise<{ status: number; type: string | null; sheet?: ExcelJS.Worksheet; body?: any }> {
    const res = await fetch(url(path), { headers: { authorization: `Bearer ${tokens[role]}` } });
    const type = res.headers.get('content-type');
    if (res.status !== 200) return { status: res.status, type, body: await res.json() };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    return { status: res.status, type, sheet: book.worksheets[0]! };
  }

  it('gives a month’s window scores as the ledger route has them, under the period and rulebook version', async () => {
    const { status, type, sheet } = await download('/exports/window-scores.xlsx?period=2026-10');
    expect(status).toBe(200);
    expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sheet!.getRow(2).values).toEqual([undefined, '期间', '2026-10']);
    expect(String(sheet!.getCell('B3').value)).toMatch(/^\S+ \d+\.\d+\.\d+$/);
    expect(sheet!.getRow(6).getCell(1).value).toBe('窗口编号');
    const ledger = await get('/windows/w01/ledger?month=2026-10', 'supervisor');
    const monthly = ledger.body.results.find((r: any) => String(r.sk).startsWith('MS#'));
    expect(sheet!.getRow(7).getCell(1).value).toBe('w01');
    expect(sheet!.getRow(7).getCell(4).value).toBe(Number(monthly.scoreShown));
  });

  it('gives a selection’s candidate sheet with numbers and blank ballot and panel columns', async () => {
    await system.tickSelections('demo', '2026-11-02T09:00:00+08:00');
    const { body } = await get('/selections', 'panel');
    const open = body.selections.find((s: any) => s.state !== 'open' && s.state !== 'candidates') ?? body.selections[0];
    expect(open).toBeDefined();
    const { status, sheet } = await download(`/exports/candidates.xlsx?honor=${open.honorId}&period=${open.period}`, 'panel');
    expect(status).toBe(200);
    const headerRow = sheet!.getRow(8).values as unknown[];
    expect(headerRow.slice(1, 9)).toEqual(['候选编号', '编号', '姓名/名称', '所在窗口', '排名', '得分', '资格', '得票数']);
    expect(headerRow).toContain('评审组评分1');
    const selection = await get(`/selections/${open.honorId}/${open.period}`, 'panel');
    const candidates = selection.body.candidates as { subjectId: string; rank: number | null; exclusions: unknown[] }[];
    expect(sheet!.getRow(9).getCell(1).value).toBe(1);
    expect(candidates.length).toBeGreaterThan(1);
    // With two months loaded nobody has a quarter's days on duty: every candidate is excluded,
    // so the numbers follow the ids; a ranked candidate would come first.
    const byId = [...candidates].sort((x, y) => x.subjectId.localeCompare(y.subjectId));
    const first = candidates.filter((c) => c.rank !== null).sort((x, y) => x.rank! - y.rank!)[0] ?? byId[0]!;
    expect(sheet!.getRow(9).getCell(2).value).toBe(first.subjectId);
    const excluded = candidates.find((c) => c.exclusions.length > 0);
    expect(excluded).toBeDefined();
    const excludedRow = [...Array(candidates.length).keys()].map((i) => sheet!.getRow(9 + i)).find((r) => r.getCell(2).value === excluded!.subjectId);
    expect(String(excludedRow!.getCell(7).value)).toMatch(/^不符合：/);
    // Every candidate has a row, and the ballot column is left blank for the meeting.
    expect(sheet!.rowCount - 8).toBe(candidates.length);
    expect(sheet!.getRow(9).getCell(8).value).toBeNull();

    expect((await download('/exports/candidates.xlsx?honor=no-such-honor&period=2026-Q3', 'panel')).status).toBe(404);
    expect((await download('/exports/payroll.xlsx?period=2026-10')).status).toBe(404);
    expect((await download('/exports/window-scores.xlsx?period=2026-10', 'clerk')).status).toBe(403);
  });

  it('gives officers’ scores of a month and of a quarter as the score run stored them, and the yearly assessment sheet', async () => {
    const month = await download('/exports/officer-scores.xlsx?period=2026-10');
    expect(month.status).toBe(200);
    expect(month.sheet!.getRow(2).values).toEqual([undefined, '期间', '2026-10']);
    expect((month.sheet!.getRow(6).values as unknown[]).slice(1)).toEqual(['工号', '姓名', '所在窗口', '岗位', '得分', '等次']);
    const stored = (await listResults(system.store, 'demo', '2026-10', 'MS#O#')).find((r) => r.officerId === 'o001')!;
    const row = [...Array(month.sheet!.rowCount - 6).keys()].map((i) => month.sheet!.getRow(7 + i)).find((r) => r.getCell(1).value === 'o001')!;
    expect(row.getCell(5).value).toBe(Number(stored.scoreShown));

    // The quarter: one column a month as stored (a month the run scored without records scores too), then the count and the mean.
    const quarter = await download('/exports/officer-scores.xlsx?period=2026-Q3', 'panel');
    expect((quarter.sheet!.getRow(6).values as unknown[]).slice(5)).toEqual(['2026-07 得分', '2026-08 得分', '2026-09 得分', '已计分月数', '月均得分']);
    const stored3 = await Promise.all(
      ['2026-07', '2026-08', '2026-09'].map(async (m) => (await listResults(system.store, 'demo', m, 'MS#O#')).find((r) => r.officerId === 'o001')),
    );
    const shown = stored3.map((r) => (r ? Number(r.scoreShown) : null));
    const scored = shown.filter((v): v is number => v !== null);
    const q = [...Array(quarter.sheet!.rowCount - 6).keys()].map((i) => quarter.sheet!.getRow(7 + i)).find((r) => r.getCell(1).value === 'o001')!;
    expect([q.getCell(5).value, q.getCell(6).value, q.getCell(7).value, q.getCell(8).value]).toEqual([...shown, scored.length]);
    // The mean itself is worked by hand in tests/unit/officer-sheets.test.ts; here it lies within the months' range.
    expect(Number(q.getCell(9).value)).toBeGreaterThanOrEqual(Math.min(...scored));
    expect(Number(q.getCell(9).value)).toBeLessThanOrEqual(Math.max(...scored));

    const yearly = await download('/exports/yearly-assessment.xlsx?period=2026', 'admin');
    expect(yearly.status).toBe(200);
    expect(yearly.sheet!.getRow(1).getCell(1).value).toMatch(/2026 年度工作人员考核表$/);
    expect((yearly.sheet!.getRow(7).values as unknown[]).slice(1, 5)).toEqual(['工号', '姓名', '所在窗口', '岗位']);
    expect((await download('/exports/officer-scores.xlsx?period=2026-10', 'clerk')).status).toBe(403);
    expect((await download('/exports/officer-scores.xlsx?period=2026-13')).status).toBe(400);
  });
});

describe('a roster sheet imported by an administrator', () => {
  const rosterUrl = (mode: string) => url(`/imports/roster?mode=${mode}`);
  async function post(bytes: Buffer, mode: string, role = 'admin') {
    const res = await fetch(rosterUrl(mode), { method: 'POST', headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'text/csv' }, body: bytes });
    return { status: res.status, body: (await res.json()) as any };
  }
  const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n'), 'utf8');

  it('previews each row’s issues, writes nothing while one is bad, then writes the new and changed officers once', async () => {
    const header = ['工号', '姓名', '窗口', '岗位', '进驻日期'];
    const { body: list } = await get('/officers?window=w01', 'supervisor');
    const staff = list.officers.find((o: any) => o.role === 'staff');
    const windows = (await get('/windows', 'supervisor')).body.windows as { windowId: string; name: string }[];
    const w02 = windows.find((w) => w.windowId === 'w02')!;
    // Row 2: a new officer of w01 (by the window's id); row 3: a staff member moved to w02 (by its name);
    // row 4: an unknown window; row 5: a second head for w01.
    const bad = csv([
      header,
      ['o901', '新同志', 'w01', '工作人员', '2026-11-02'],
      [staff.officerId, staff.name, w02.name, '工作人员', staff.startDate],
      ['o902', '某人', '无此窗口', '工作人员', '2026-11-02'],
      ['o903', '另一负责人', 'w01', '负责人', '2026/11/2'],
    ]);
    const preview = await post(bad, 'preview');
    expect(preview.status).toBe(200);
    expect(preview.body.issues.map((i: any) => [i.row, i.column])).toEqual([
      [4, '窗口'],
      [5, '岗位'],
    ]);
    expect(preview.body.issues[1].zh).toMatch(/^窗口 w01 将有两位负责人/);
    expect((await post(bad, 'import')).status).toBe(400);
    expect((await get('/officers', 'supervisor')).body.officers.some((o: any) => o.officerId === 'o901')).toBe(false);

    const good = csv([header, ['o901', '新同志', 'w01', '工作人员', '2026-11-02'], [staff.officerId, staff.name, w02.name, '工作人员', staff.startDate]]);
    const first = await post(good, 'import');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ written: 2, changes: { new: 1, changed: 1, same: 0 } });
    const after = (await get('/officers', 'supervisor')).body.officers as any[];
    expect(after.find((o) => o.officerId === 'o901')).toMatchObject({ name: '新同志', windowId: 'w01', role: 'staff', startDate: '2026-11-02' });
    const moved = after.find((o) => o.officerId === staff.officerId);
    expect(moved.windowId).toBe('w02');
    // The move keeps where the officer was before.
    expect(moved.postings.map((p: any) => p.windowId)).toEqual(['w01', 'w02']);

    const again = await post(good, 'import');
    expect(again.body).toMatchObject({ written: 0, changes: { new: 0, changed: 0, same: 2 } });
    expect((await post(good, 'preview', 'supervisor')).status).toBe(403);
  });
});

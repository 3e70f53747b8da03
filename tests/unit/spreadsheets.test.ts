/**
 * Spreadsheets in and out: hand-made workbooks built with exceljs here, read back as the
 * import reads them; rows become the bodies intake takes, bad rows are named in both
 * languages; the export sheets carry their period, rulebook version and export time.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Officer, ServiceWindow } from '#core/center';
import { buildSheet, candidateSheet, headerRowOf, windowScoresSheet } from '#core/spreadsheets/exports';
import { normalizeDate, normalizeMonth, normalizeTime, planImport } from '#core/spreadsheets/imports';
import { csvRows, readTable } from '#core/spreadsheets/table';
import type { SelectionFlow } from '#core/selection/state-machine';

const windows: ServiceWindow[] = [
  { windowId: 'w01', name: '市场监管综合窗口', department: '市场监督管理局', departmentEn: 'Market Regulation' },
  { windowId: 'w02', name: '税务窗口', department: '税务局', departmentEn: 'Taxation' },
];
const officers: Officer[] = [
  { officerId: 'o001', name: '张敏', windowId: 'w01', role: 'head', startDate: '2020-01-01' },
  { officerId: 'o002', name: '李强', windowId: 'w01', role: 'staff', startDate: '2020-01-01' },
  { officerId: 'o003', name: '王芳', windowId: 'w02', role: 'staff', startDate: '2020-01-01' },
  { officerId: 'o004', name: '王芳', windowId: 'w02', role: 'staff', startDate: '2021-01-01' },
];
const roster = { windows, officers };

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('考勤');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading a sheet', () => {
  it('reads an .xlsx with date and time cells as text, skipping empty rows', async () => {
    const bytes = await workbook([
      ['工号', '姓名', '日期', '签到', '签退'],
      [],
      // A date cell and Excel's time-of-day cells (day zero 1899-12-30, wall clock in UTC).
      ['o001', '张敏', new Date(Date.UTC(2026, 9, 9)), new Date(Date.UTC(1899, 11, 30, 8, 52)), new Date(Date.UTC(1899, 11, 30, 17, 31))],
      ['o002', '李强', '2026/10/9', '8:55', '17:40:12'],
    ]);
    const table = await readTable(bytes);
    expect(table.headers).toEqual(['工号', '姓名', '日期', '签到', '签退']);
    expect(table.rows).toEqual([
      { row: 3, cells: ['o001', '张敏', '2026-10-09', '08:52', '17:31'] },
      { row: 4, cells: ['o002', '李强', '2026/10/9', '8:55', '17:40:12'] },
    ]);
  });

  it('reads CSV with quotes, a byte-order mark, CRLF, and GBK when it is not UTF-8', async () => {
    expect(csvRows('a,"b ""x"", c"\r\n1,2\r\n')).toEqual([
      { row: 1, cells: ['a', 'b "x", c'] },
      { row: 2, cells: ['1', '2'] },
    ]);
    const utf8 = new TextEncoder().encode('\uFEFF窗口编号,月份,受理量\nw01,2026-10,812\n');
    expect((await readTable(utf8)).headers).toEqual(['窗口编号', '月份', '受理量']);
    // "月份" in GBK is D4 C2 B7 DD: Excel's plain CSV on a Chinese system.
    const gbk = new Uint8Array([0xd4, 0xc2, 0xb7, 0xdd, 0x0a, 0x32, 0x30, 0x32, 0x36, 0x2d, 0x31, 0x30]);
    expect(await readTable(gbk)).toEqual({ headers: ['月份'], rows: [{ row: 2, cells: ['2026-10'] }] });
  });

  it('normalizes the ways people write dates, times and months', () => {
    expect(normalizeDate('2026/10/8')).toBe('2026-10-08');
    expect(normalizeDate('2026年10月8日')).toBe('2026-10-08');
    expect(normalizeTime('8:05')).toBe('08:05');
    expect(normalizeTime('08:05:59')).toBe('08:05');
    expect(normalizeMonth('2026年10月')).toBe('2026-10');
    expect(normalizeMonth('2026-10-01')).toBe('2026-10');
  });
});

describe('planning an attendance import', () => {
  it('turns a time-clock sheet into attendance bodies, naming each bad row in both languages', async () => {
    const bytes = await workbook([
      ['工号', '姓名', '日期', '签到', '签退', '请假', '审批'],
      ['o001', '张敏', '2026-10-09', '08:52', '17:31', '', ''], // row 2: sign-in
      ['', '李强', '2026-10-09', '', '', '病假', '事后'], // row 3: leave registered after
      ['o002', '', '2026-10-12', '', '', '旷工', ''], // row 4: absence
      ['', '王芳', '2026-10-09', '08:50', '', '', ''], // row 5: two officers named 王芳
      ['o009', '', '2026-10-09', '08:50', '', '', ''], // row 6: no such officer
      ['o001', '', '2026-10-09', '08:40', '', '', ''], // row 7: the same officer-day as row 2
      ['o002', '', '2026-10-13', '', '', '出差', ''], // row 8: unknown leave kind
      ['o002', '', '2026-10-14', '', '', '', ''], // row 9: neither sign-in nor leave
      ['o002', '', '2026-10-15', '09:00', '08:00', '', ''], // row 10: sign-out before sign-in (the schema's own check)
    ]);
    const plan = planImport('attendance', await readTable(bytes), roster);
    expect(plan.rows).toEqual([
      { row: 2, body: { entry: 'sign-in', windowId: 'w01', officerId: 'o001', date: '2026-10-09', signIn: '08:52', signOut: '17:31' } },
      { row: 3, body: { entry: 'leave', windowId: 'w01', officerId: 'o002', date: '2026-10-09', kind: 'sick', approval: 'after' } },
      { row: 4, body: { entry: 'absent', windowId: 'w01', officerId: 'o002', date: '2026-10-12' } },
    ]);
    expect(plan.issues.map((i) => [i.row, i.column])).toEqual([
      [5, '姓名'],
      [6, '工号'],
      [7, '日期'],
      [8, '请假'],
      [9, '签到'],
      [10, '签退'],
    ]);
    expect(plan.issues[0]).toMatchObject({ zh: '有2位工作人员名为「王芳」，请填写工号', en: '2 officers are named 王芳; give the officer id' });
    expect(plan.issues[2]).toMatchObject({ zh: '与第2行重复', en: 'Repeats row 2' });
    expect(plan.issues[5]).toMatchObject({ zh: '签退时间须晚于签到时间', en: 'signOut must be after signIn' });
  });

  it('names missing columns instead of guessing', async () => {
    const plan = planImport('attendance', await readTable(await workbook([['姓名', '签到'], ['张敏', '08:00']])), roster);
    expect(plan.rows).toEqual([]);
    expect(plan.issues).toEqual([{ row: 1, column: '日期', zh: '表头缺少「日期」列', en: 'The header has no date column' }]);
  });
});

describe('planning a volume import', () => {
  it('finds windows by id or name and reads months and counts as people write them', async () => {
    const csv = new TextEncoder().encode('窗口名称,窗口编号,月份,受理量\n税务窗口,,2026年10月,"1,204"\n,w01,2026-10,812\n,w07,2026-10,5\n,w01,2026-10,-3\n');
    const plan = planImport('volumes', await readTable(csv), roster);
    expect(plan.rows).toEqual([
      { row: 2, body: { windowId: 'w02', month: '2026-10', accepted: 1204 } },
      { row: 3, body: { windowId: 'w01', month: '2026-10', accepted: 812 } },
    ]);
    // Row 5's "-3" is no count: the schema refuses it before the duplicate check sees it.
    expect(plan.issues.map((i) => [i.row, i.column])).toEqual([
      [4, '窗口编号'],
      [5, '受理量'],
    ]);
  });
});

describe('export sheets', () => {
  const exportedAt = new Date('2026-11-26T02:30:00Z'); // 10:30 in Beijing

  it('writes a month of window scores under its period, rulebook version and export time', async () => {
    const spec = windowScoresSheet({
      month: '2026-10',
      centerName: '示范中心',
      windows,
      // Deductions are exact fractions: 7/2 shows as 3.50, 1/3 as 0.33.
      scores: [{ windowId: 'w01', scoreShown: '96.50', grade: '优秀', deductionPoints: '7/2', bonus: '1/3', pending: [] }],
      rulebook: { id: 'default', version: '1.0.0', hash: 'h' },
      exportedAt,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildSheet(spec)) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('示范中心 2026-10 窗口月度考核得分');
    expect(sheet.getRow(2).values).toEqual([undefined, '期间', '2026-10']);
    expect(sheet.getRow(3).values).toEqual([undefined, '规则版本', 'default 1.0.0']);
    expect(sheet.getRow(4).values).toEqual([undefined, '导出时间', '2026-11-26 10:30（北京时间）']);
    const header = headerRowOf(spec);
    expect(header).toBe(6);
    expect(sheet.getRow(header).values).toEqual([undefined, '窗口编号', '窗口名称', '派驻单位', '得分', '等次', '扣分', '加分', '待定事项']);
    expect(sheet.getRow(7).values).toEqual([undefined, 'w01', '市场监管综合窗口', '市场监督管理局', 96.5, '优秀', 3.5, 0.33, '']);
    expect(sheet.getRow(8).getCell(5).value).toBe('未计分');
  });

  it('numbers the candidates in ranking order with blank ballot and panel columns', async () => {
    const flow = {
      honorId: 'quarterly-stars',
      period: '2026-Q3',
      places: 2,
      candidates: [
        { subjectId: 'o003', rank: null, score: null, exclusions: [{ rule: 'veto', records: ['r1'], detail: {} }] },
        { subjectId: 'o002', rank: 2, score: '95.10', exclusions: [] },
        { subjectId: 'o001', rank: 1, score: '97.25', exclusions: [] },
      ],
    } as unknown as SelectionFlow;
    const names = new Map([
      ['o001', { name: '张敏', window: '市场监管综合窗口' }],
      ['o002', { name: '李强', window: '市场监管综合窗口' }],
      ['o003', { name: '王芳', window: '税务窗口' }],
    ]);
    const spec = candidateSheet({ flow, honorName: '季度服务之星', centerName: '示范中心', names, rulebook: { id: 'default', version: '1.0.0', hash: 'h' }, exportedAt, panelColumns: 2 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildSheet(spec)) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    const header = headerRowOf(spec);
    expect(sheet.getRow(header).values).toEqual([undefined, '候选编号', '编号', '姓名/名称', '所在窗口', '排名', '得分', '资格', '得票数', '评审组评分1', '评审组评分2', '备注']);
    expect(sheet.getRow(header + 1).values).toEqual([undefined, 1, 'o001', '张敏', '市场监管综合窗口', 1, 97.25, '符合']);
    expect(sheet.getRow(header + 2).values).toEqual([undefined, 2, 'o002', '李强', '市场监管综合窗口', 2, 95.1, '符合']);
    expect(sheet.getRow(header + 3).values).toEqual([undefined, 3, 'o003', '王芳', '税务窗口', undefined, undefined, '不符合：一票否决']);
    expect(sheet.getRow(3).values).toEqual([undefined, '期间', '2026-Q3']);
  });
});

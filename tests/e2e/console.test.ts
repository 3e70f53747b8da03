/**
 * The staff console in Chromium against the whole local system: a clerk imports a month's
 * attendance from an .xlsx with one bad row — the preview names it and nothing is written —
 * then imports the fixed file; a supervisor sees the quarter's selection waiting, downloads
 * the panel's candidate sheet and the month's window scores, which open with exceljs; the
 * roster lists the clerk's window. Screenshots at desktop and phone width.
 *
 * The imported days are in August 2026, a month the system loads no records for, and past;
 * the imports' requests run on a clock pinned to 2026-09-01, before August closes (an import
 * gets intake's closed-month check).
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listWindowMonthRecords } from '#store/records';
import type { LocalSystem } from '../../infra/local/system.ts';
import { accessibilityViolations, launchBrowser, saveScreenshot } from '../support/browser.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
let browser: Browser;
/** The requests' clock: real, except while the imports pin it inside August's open days. */
let clock: Date | undefined;
const pinToAugust = () => {
  beforeAll(() => {
    clock = new Date('2026-09-01T10:00:00+08:00');
  });
  afterAll(() => {
    clock = undefined;
  });
};

beforeAll(async () => {
  [system, browser] = await Promise.all([startTestSystem(['2026-09', '2026-10'], { now: () => clock ?? new Date() }), launchBrowser()]);
  // The quarter's selection opens on the first tick after the quarter.
  await system.tickSelections('demo', '2026-11-02T09:00:00+08:00');
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function devToken(role: string, windowId?: string): Promise<string> {
  // An officer's own account is bound to an officer, named where other roles name a window.
  const query = new URLSearchParams({ role, ...(windowId ? { [role === 'officer' ? 'officer' : 'window']: windowId } : {}) });
  return ((await (await fetch(`${system.url}/_dev/token?${query}`)).json()) as { token: string }).token;
}

/** Waits for what the page reads from the API; the wait is generous because the machine is shared, and asserts nothing about time. */
const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** The console signed in as a role: the token put where the sign-in page keeps it. */
async function consoleAs(role: string, windowId?: string, options: { path?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const token = await devToken(role, windowId);
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: 'zh-CN', acceptDownloads: true });
  await context.addInitScript((t) => sessionStorage.setItem('honor-board.token', t), token);
  const page = await context.newPage();
  const response = await page.goto(`${system.url}${options.path ?? '/console/'}`);
  expect(response?.status()).toBe(200);
  return page;
}

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('考勤');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function officersOf(windowId: string): Promise<{ officerId: string; name: string }[]> {
  const token = await devToken('clerk', windowId);
  const res = await fetch(`${system.url}/api/v1/centers/demo/officers?window=${windowId}`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as { officers: { officerId: string; name: string }[] }).officers;
}

const augustAttendance = async () => (await listWindowMonthRecords(system.store, 'demo', 'w01', '2026-08', 'attendance')).length;

async function workbookOf(page: Page, click: () => Promise<void>): Promise<{ name: string; sheet: ExcelJS.Worksheet }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return { name: download.suggestedFilename(), sheet: book.worksheets[0]! };
}

describe('the console for a clerk', () => {
  pinToAugust();
  it('previews an attendance sheet, names its bad row, writes nothing, then imports the fixed sheet', async () => {
    const [a, b] = await officersOf('w01');
    const [other] = await officersOf('w02');
    const header = ['工号', '姓名', '日期', '签到', '签退', '请假'];
    const good = [
      [a!.officerId, a!.name, '2026-08-03', '08:52', '17:31', ''],
      [b!.officerId, b!.name, '2026-08-03', '08:57', '17:45', ''],
      [a!.officerId, a!.name, '2026-08-04', '', '', '培训'],
    ];
    // Row 5: another window's officer, whom a clerk of w01 may not sign in.
    const bad = await xlsx([header, ...good, [other!.officerId, other!.name, '2026-08-04', '08:50', '17:30', '']]);

    const page = await consoleAs('clerk', 'w01');
    await until(() => page.locator('[data-section="imports"]').isVisible()).toBe(true);
    // A clerk's to do is their window's open month (August, until its close in September); no exports.
    await until(() => page.locator('[data-todo] li').first().innerText()).toContain('2026-08 尚未结账');
    expect(await page.locator('[data-section="exports"]').isVisible()).toBe(false);

    await page.setInputFiles('#import-file', { name: '8月考勤.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    await page.click('[data-preview]');
    const result = page.locator('[data-import-result]');
    await until(() => result.innerText()).toContain('有 1 处问题');
    expect(await result.locator('tbody tr').allInnerTexts()).toEqual(['5\t\t无权为该窗口登记']);
    expect(await page.locator('[data-do-import]').isDisabled()).toBe(true);
    expect(await augustAttendance()).toBe(0);
    await saveScreenshot(page, 'console-clerk-preview-desktop');

    await page.setInputFiles('#import-file', { name: '8月考勤.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await xlsx([header, ...good]) });
    await page.click('[data-preview]');
    await until(() => result.innerText()).toBe('共 3 行，全部无误，可以导入。');
    await page.click('[data-do-import]');
    await until(() => result.innerText()).toBe('已导入 3 条记录。');
    expect(await augustAttendance()).toBe(3);

    // The roster opens on the clerk's own window.
    const roster = page.locator('[data-roster] tbody tr');
    await until(() => roster.count()).toBe((await officersOf('w01')).length);
    expect(await page.locator('[data-roster-window]').inputValue()).toBe('w01');
    expect(await accessibilityViolations(page)).toEqual([]);

    const phone = await consoleAs('clerk', 'w01', { viewport: PHONE });
    await until(() => phone.locator('[data-roster] tbody tr').count()).toBeGreaterThan(0);
    await saveScreenshot(phone, 'console-clerk-phone');
  });
});

describe('a window’s day on one screen', () => {
  pinToAugust();
  it('records every filled line at once through the import’s checks, and the same day again records nothing twice', async () => {
    const [a, b] = await officersOf('w01');
    const page = await consoleAs('clerk', 'w01');
    const rows = page.locator('[data-day-rows] tbody tr');
    await until(() => rows.count()).toBe((await officersOf('w01')).length);
    const before = await augustAttendance();
    // 2026-08-05, a Wednesday in August: past, and no attendance of it on file.
    await page.fill('#day-date', '2026-08-05');
    await page.getByLabel(`${a!.name} 签到`, { exact: true }).fill('08:41');
    await page.getByLabel(`${a!.name} 签退`, { exact: true }).fill('17:32');
    await page.getByLabel(`${b!.name} 请假`, { exact: true }).selectOption('事假');
    await page.click('form[data-day] button[type="submit"]');
    const result = page.locator('[data-day-result]');
    await until(() => result.innerText()).toBe('已导入 2 条记录。');
    expect(await augustAttendance()).toBe(before + 2);
    await saveScreenshot(page, 'console-clerk-day-desktop');

    // The recorded lines are locked now: a change is a correction of the record, not a second one.
    expect(await page.getByLabel(`${a!.name} 签退`, { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByLabel(`${b!.name} 请假`, { exact: true }).inputValue()).toBe('事假');
    expect(await rows.filter({ hasText: '已登记' }).count()).toBe(2);
    await page.click('form[data-day] button[type="submit"]');
    await until(() => result.innerText()).toBe('没有填写任何人员。');
    expect(await augustAttendance()).toBe(before + 2);

    // Another day unlocks them again.
    await page.fill('#day-date', '2026-08-06');
    await until(() => page.getByLabel(`${a!.name} 签退`, { exact: true }).isDisabled()).toBe(false);
  });
});

describe('the console for a supervisor', () => {
  it('shows the quarter’s selection and downloads its candidate sheet and the month’s window scores', async () => {
    const page = await consoleAs('supervisor');
    const todo = page.locator('[data-todo] li');
    await until(() => todo.count()).toBeGreaterThan(0);
    // The honor by its name, not its id; and the whole list of selections below what waits.
    expect(await todo.first().innerText()).toContain('季度服务明星 · 2026-Q3');
    expect(await page.locator('[data-todo]').innerText()).not.toContain('quarterly-stars');
    expect(await page.locator('[data-section="imports"]').isVisible()).toBe(false);

    const candidates = await workbookOf(page, () => todo.first().locator('button').click());
    expect(candidates.name).toBe('candidates-quarterly-stars-2026-Q3.xlsx');
    expect(candidates.sheet.getRow(3).values).toEqual([undefined, '期间', '2026-Q3']);
    expect((candidates.sheet.getRow(8).values as unknown[]).slice(1, 4)).toEqual(['候选编号', '编号', '姓名/名称']);

    await page.fill('#export-month', '2026-10');
    const scores = await workbookOf(page, () => page.click('form[data-export-scores] button'));
    expect(scores.name).toBe('window-scores-2026-10.xlsx');
    expect(scores.sheet.getRow(2).values).toEqual([undefined, '期间', '2026-10']);
    expect(scores.sheet.getRow(7).getCell(1).value).toBe('w01');
    expect(typeof scores.sheet.getRow(7).getCell(4).value).toBe('number');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-supervisor-desktop');
    await saveScreenshot(await consoleAs('supervisor', undefined, { viewport: PHONE }), 'console-supervisor-phone');

    // The roster opens what an officer sees of their own standing.
    const first = page.locator('[data-roster] tbody tr').first().locator('a');
    const name = await first.innerText();
    expect(await first.getAttribute('href')).toMatch(/^\/console\/me\/\?officer=o\d+$/);
    await first.click();
    await until(() => page.locator('[data-me-body] h2').first().innerText()).toMatch(new RegExp(`^${name}（o\\d+）$`));
  });

  it('shows a selection with names for ids and takes an act with its reason, showing a refusal in words', async () => {
    const page = await consoleAs('supervisor', undefined, { path: '/console/selection/?honor=quarterly-stars&period=2026-Q3' });
    const summary = page.locator('[data-selection-summary]');
    await until(() => summary.innerText()).toContain('季度服务明星 · 2026-Q3');
    // Words, not ids: the rulebook by its name, and no raw id anywhere in the summary.
    expect(await summary.innerText()).not.toMatch(/quarterly-stars|default 1\.0\.0/);
    const token = await devToken('supervisor');
    const api = async () =>
      (await (await fetch(`${system.url}/api/v1/centers/demo/selections/quarterly-stars/2026-Q3`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        state: string;
        candidates: { subjectId: string }[];
      };
    const before = await api();
    expect(await page.locator('[data-candidates] tbody tr').count()).toBe(before.candidates.length);
    // Officers by name, not id: the first row names somebody of the roster.
    const firstName = await page.locator('[data-candidates] tbody tr').first().locator('td').nth(1).innerText();
    expect(firstName).toMatch(/（.+窗口）$/);
    await saveScreenshot(page, 'console-selection-desktop');
    await saveScreenshot(await consoleAs('supervisor', undefined, { path: '/console/selection/?honor=quarterly-stars&period=2026-Q3', viewport: PHONE }), 'console-selection-phone');

    // A reason too short is refused by the API, and the page says so; nothing changes.
    const voidForm = page.locator('form[data-act="void"]');
    await voidForm.locator('textarea').fill('错');
    await voidForm.locator('button').click();
    await until(() => page.locator('[data-act-message]').innerText()).toContain('提交内容有误');
    expect((await api()).state).toBe(before.state);

    await voidForm.locator('textarea').fill('本季度考勤数据缺失，经中心研究决定本期不评选');
    await voidForm.locator('button').click();
    await until(() => page.locator('[data-act-message]').innerText()).toBe('已完成，页面已更新。');
    expect((await api()).state).toBe('void');
    await until(() => summary.innerText()).toContain('已作废');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('is in English under /en/console/, and asks a visitor without a session to sign in', async () => {
    const page = await consoleAs('supervisor', undefined, { path: '/en/console/' });
    expect(await page.locator('h1').innerText()).toBe('Console');
    await until(() => page.locator('[data-todo] li').count()).toBeGreaterThan(0);

    const context = await browser.newContext({ viewport: DESKTOP });
    const anonymous = await context.newPage();
    await anonymous.goto(`${system.url}/console/`);
    expect(await anonymous.locator('[data-console-signed-out]').isVisible()).toBe(true);
    expect(await anonymous.locator('[data-section]:visible').count()).toBe(0);
  });
});

describe('a window’s month', () => {
  it('shows the score with every ledger line in words, the records by type, and a correction link for a supervisor', async () => {
    const page = await consoleAs('supervisor', undefined, { path: '/console/window/?window=w01&month=2026-10' });
    const body = page.locator('[data-window-month-body]');
    await until(() => body.locator('h2').first().innerText()).toMatch(/^月度百分制得分：\d+\.\d\d/);
    const token = await devToken('supervisor');
    const ledger = (await (await fetch(`${system.url}/api/v1/centers/demo/windows/w01/ledger?month=2026-10`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      results: { rule: string; scoreShown: string; ledger: { code: string }[] }[];
    };
    const monthly = ledger.results.find((r) => r.rule === 'monthly-score')!;
    expect(await body.locator('h2').first().innerText()).toContain(`月度百分制得分：${monthly.scoreShown}`);
    const lines = body.locator('section').first().locator('tbody tr');
    expect(await lines.count()).toBe(monthly.ledger.length);
    // No line is shown by its bare code: each has a name in words.
    for (const name of await lines.locator('td:first-child').allInnerTexts()) expect(name).toMatch(/[\u4e00-\u9fff]/);
    expect(await body.locator('details.record-group').count()).toBeGreaterThan(0);
    expect(await body.locator('a[href^="/forms/corrections/"]').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'console-window-desktop');
    await saveScreenshot(await consoleAs('clerk', 'w01', { path: '/console/window/?month=2026-10', viewport: PHONE }), 'console-window-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('offers a clerk only their own window, with no correction links', async () => {
    const page = await consoleAs('clerk', 'w01', { path: '/console/window/?month=2026-10' });
    await until(() => page.locator('[data-window-month-body] h2').count()).toBeGreaterThan(0);
    expect(await page.locator('#wm-window option').allInnerTexts()).toEqual([expect.stringContaining('（w01）')]);
    expect(await page.locator('a[href^="/forms/corrections/"]').count()).toBe(0);
  });
});

describe('pickers on the intake forms', () => {
  it('offer officers by name on the attendance form and finding codes by their words on the findings form, the id staying the value', async () => {
    const [first] = await officersOf('w01');
    const clerk = await consoleAs('clerk', 'w01', { path: '/forms/attendance/' });
    const officer = clerk.locator('input[data-path="officerId"]').first();
    await until(() => officer.getAttribute('list')).toBe('picker-officers');
    expect(await clerk.locator(`#picker-officers option[value="${first!.officerId}"]`).getAttribute('label')).toBe(`${first!.name}（企业开办综合窗口）`);

    const supervisor = await consoleAs('supervisor', undefined, { path: '/forms/findings/' });
    const code = supervisor.locator('input[data-path="code"]').first();
    await until(() => code.getAttribute('list')).toBe('picker-codes');
    expect(await supervisor.locator('#picker-codes option').count()).toBeGreaterThan(10);
    expect(await supervisor.locator('#picker-codes option').first().getAttribute('value')).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
  });
});

describe('the officer’s own view', () => {
  it('shows an officer their own months with every ledger line in words, and nothing of anyone else', async () => {
    const [o001] = (await officersOf('w01')).filter((o) => o.officerId === 'o001');
    const page = await consoleAs('officer', 'o001', { path: '/console/me/' });
    const body = page.locator('[data-me-body]');
    await until(() => body.locator('h2').first().innerText()).toBe(`${o001!.name}（o001）`);
    const token = await devToken('officer', 'o001');
    const standing = (await (await fetch(`${system.url}/api/v1/centers/demo/officers/o001/standing?year=${new Date().getFullYear()}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      months: { month: string; scoreShown: string | null; ledger: unknown[] }[];
    };
    const october = standing.months.find((m) => m.month === '2026-10')!;
    const details = body.locator('details', { hasText: '2026-10 · ' });
    expect(await details.locator('summary').innerText()).toContain(`得分 ${october.scoreShown}`);
    await details.locator('summary').click();
    const lines = details.locator('tbody tr');
    expect(await lines.count()).toBe(october.ledger.length);
    for (const name of await lines.locator('td:first-child').allInnerTexts()) expect(name).toMatch(/[\u4e00-\u9fff]/);
    expect(await body.innerText()).toContain('评优资格');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-officer-me-desktop');
    const phone = await consoleAs('officer', 'o001', { path: '/console/me/', viewport: PHONE });
    await until(() => phone.locator('[data-me-body] details').count()).toBeGreaterThan(0);
    await saveScreenshot(phone, 'console-officer-me-phone');

    // Another officer's id in the address changes nothing: the page is the token's own officer's.
    const other = await consoleAs('officer', 'o001', { path: '/console/me/?officer=o002' });
    await until(() => other.locator('[data-me-body] h2').first().innerText()).toBe(`${o001!.name}（o001）`);
    // And the API refuses the officer everything else, read from the page itself.
    const statuses = await page.evaluate(async (t) => {
      const read = async (path: string) => (await fetch(`/api/v1/centers/demo${path}`, { headers: { authorization: `Bearer ${t}` } })).status;
      return Promise.all(['/officers/o002/standing', '/officers', '/windows', '/windows/w01/ledger?month=2026-10', '/windows/w01/records?month=2026-10', '/selections', '/finding-codes'].map(read));
    }, token);
    expect(statuses).toEqual([403, 403, 403, 403, 403, 403, 403]);

    // In English too.
    const english = await consoleAs('officer', 'o001', { path: '/en/console/me/' });
    expect(await english.locator('h1').innerText()).toBe('My assessment');
    await until(() => english.locator('[data-me-body] details summary').first().innerText()).toMatch(/^2026-\d\d · (Score \d+\.\d\d|not scored yet)/);

    // The console shows the officer the way to their own view and no staff section.
    const console_ = await consoleAs('officer', 'o001');
    await until(() => console_.locator('[data-section="me"]').isVisible()).toBe(true);
    expect(await console_.locator('[data-section]:visible').count()).toBe(1);
  });
});

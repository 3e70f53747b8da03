/**
 * Issue #15's done-means in Chromium, on the demo center, each role signed in: the panel
 * settles the quarter's tie; the supervisor publishes the notice, sees a citizen's
 * objection with its text and contact, answers it and makes the list final — every act a
 * form of the console with its reason; a head nominates by picking names. (The clerk's
 * attendance import with a bad row, the candidate sheet opened with exceljs and the
 * officer's own view are in console.test.ts.) Screenshots at desktop and phone width.
 *
 * The requests run on a pinned clock: the quarter's selection opens on 2 November 2026,
 * the panel decides on Tuesday 3 November, the list is proposed and published on the 4th,
 * objected to on the 5th, and made final the day after the notice ends.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeIdOf } from '#core/published';
import { getNotice } from '#store/notices';
import type { LocalSystem } from '../../infra/local/system.ts';
import { accessibilityViolations, launchBrowser, saveScreenshot } from '../support/browser.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
let browser: Browser;
let clock = new Date('2026-11-03T10:00:00+08:00');
const HONOR = 'quarterly-stars';
const PERIOD = '2026-Q3';
const SELECTION = `/console/selection/?honor=${HONOR}&period=${PERIOD}`;

beforeAll(async () => {
  [system, browser] = await Promise.all([startTestSystem(['2026-09', '2026-10'], { now: () => clock }), launchBrowser()]);
  await system.tickSelections('demo', '2026-11-02T09:00:00+08:00');
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

async function devToken(role: string, windowId?: string): Promise<string> {
  const query = new URLSearchParams({ role, ...(windowId ? { window: windowId } : {}) });
  return ((await (await fetch(`${system.url}/_dev/token?${query}`)).json()) as { token: string }).token;
}

async function signedIn(role: string, path: string, options: { windowId?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const token = await devToken(role, options.windowId);
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: 'zh-CN', acceptDownloads: true });
  await context.addInitScript((t) => sessionStorage.setItem('honor-board.token', t), token);
  const page = await context.newPage();
  expect((await page.goto(`${system.url}${path}`))?.status()).toBe(200);
  return page;
}

interface Flow {
  state: string;
  tie: { places: number; subjectIds: string[] } | null;
  proposed: { subjectId: string }[];
  notice: { start: string; end: string } | null;
  objections: { id: string; answer: unknown }[];
}
async function selection(): Promise<Flow> {
  const token = await devToken('supervisor');
  return (await (await fetch(`${system.url}/api/v1/centers/demo/selections/${HONOR}/${PERIOD}`, { headers: { authorization: `Bearer ${token}` } })).json()) as Flow;
}

/** Fills an act's form (its reason, if it has one) and submits it; waits for the page to say it is done. */
async function act(page: Page, action: string, fill: (form: ReturnType<Page['locator']>) => Promise<void> = async () => undefined): Promise<void> {
  const form = page.locator(`form[data-act="${action}"]`);
  await until(() => form.count()).toBe(1);
  await fill(form);
  await form.locator('button[type="submit"]').click();
  await until(() => page.locator('[data-act-message]').innerText()).toBe('已完成，页面已更新。');
}

describe('a selection from the tie to the final list, in the console', () => {
  it('the panel settles the tie by picking names, with a reason', async () => {
    const before = await selection();
    expect(before.state).toBe('assessed');
    expect(before.tie).not.toBeNull();
    const { places, subjectIds } = before.tie!;
    // The tie waits for the panel on its to do, with the candidate sheet for the meeting.
    const consolePage = await signedIn('panel', '/console/');
    const waiting = consolePage.locator('[data-todo] li', { hasText: '待考核小组决定' });
    await until(() => waiting.count()).toBe(1);
    const [download] = await Promise.all([consolePage.waitForEvent('download'), waiting.locator('button').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0]!;
    expect(download.suggestedFilename()).toBe(`candidates-${HONOR}-${PERIOD}.xlsx`);
    expect(String(sheet.getCell('A1').value)).toMatch(/季度服务明星 候选人评审表$/);
    expect((sheet.getRow(8).values as unknown[]).slice(1, 4)).toEqual(['候选编号', '编号', '姓名/名称']);
    await saveScreenshot(consolePage, 'walkthrough-panel-todo');

    const page = await signedIn('panel', SELECTION);
    await act(page, 'decide-tie', async (form) => {
      const boxes = form.locator('input[name="chosen"]');
      expect(await boxes.count()).toBe(subjectIds.length);
      for (let i = 0; i < places; i++) await boxes.nth(i).check();
      await form.locator('textarea[name="reason"]').fill('考核小组会议表决，按服务对象表扬次数择优');
    });
    const after = await selection();
    expect(after.tie).toBeNull();
    await saveScreenshot(page, 'walkthrough-panel-tie-settled');
    // The list is proposed on the next step: the supervisor takes it the next day.
    clock = new Date('2026-11-04T09:30:00+08:00');
    const supervisor = await signedIn('supervisor', SELECTION);
    await act(supervisor, 'advance');
    const proposed = await selection();
    expect(proposed.state).toBe('proposed');
    expect(proposed.proposed.map((p) => p.subjectId)).toEqual(expect.arrayContaining(subjectIds.slice(0, places)));
  });

  it('the supervisor publishes the notice, answers a citizen’s objection read in full, and makes the list final', async () => {
    const page = await signedIn('supervisor', SELECTION);
    await act(page, 'publish-notice');
    const published = await selection();
    expect(published.state).toBe('notice');

    // A citizen objects to the first entry of the notice, as printed there.
    clock = new Date('2026-11-05T15:00:00+08:00');
    const notice = (await getNotice(system.store, 'demo', noticeIdOf(HONOR, PERIOD)))!;
    const entry = notice.entries[0]!;
    const filed = await fetch(`${system.url}/api/v1/centers/demo/public/objections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ noticeId: notice.noticeId, entry, date: '2026-11-05', text: '该同志十月曾在窗口与群众争吵，请核实。', contact: '138 0000 1234' }),
    });
    expect(filed.status).toBe(201);

    // The supervisor reads the objection's text and the objector's contact on the page.
    await page.reload();
    const noticePart = page.locator('[data-notice]');
    await until(() => noticePart.innerText()).toContain('该同志十月曾在窗口与群众争吵，请核实。');
    expect(await noticePart.innerText()).toContain('138 0000 1234');
    await saveScreenshot(page, 'walkthrough-supervisor-objection');
    // The panel reads the text but not the contact.
    const panel = await signedIn('panel', SELECTION);
    await until(() => panel.locator('[data-notice]').innerText()).toContain('请核实');
    expect(await panel.locator('[data-notice]').innerText()).not.toContain('138 0000 1234');

    await act(page, 'answer-objection', async (form) => {
      await form.locator('select[name="outcome"]').selectOption('rejected');
      await form.locator('textarea[name="reason"]').fill('经调取十月录像及投诉台账核实，未发现争吵情况');
    });
    expect((await selection()).objections.every((o) => o.answer !== null)).toBe(true);

    // The day after the notice ends, the supervisor takes the due step: the list is final.
    clock = new Date(`${published.notice!.end}T10:00:00+08:00`);
    clock = new Date(clock.getTime() + 24 * 3600 * 1000);
    await page.reload();
    await act(page, 'advance');
    expect((await selection()).state).toBe('final');
    await until(() => page.locator('[data-selection-summary]').innerText()).toContain('已确定');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'walkthrough-supervisor-final-desktop');
    const phone = await signedIn('supervisor', SELECTION, { viewport: PHONE });
    await until(() => phone.locator('[data-selection-summary]').innerText()).toContain('已确定');
    await saveScreenshot(phone, 'walkthrough-supervisor-final-phone');
  });
});

describe('a head nominates by picking names', () => {
  it('nominates an officer of the window chosen by name; the id is what is sent', async () => {
    clock = new Date('2026-12-10T10:00:00+08:00');
    const page = await signedIn('head', '/forms/nominations/', { windowId: 'w01' });
    const picker = page.locator('#intake--nominee-officers--officers-0-officerId');
    await until(() => picker.getAttribute('list')).toBe('picker-officers');
    // The choice offered by name: the option labelled with the officer's name holds the id.
    const options = page.locator('#picker-officers option');
    await until(() => options.count()).toBeGreaterThan(1);
    const label = (await options.nth(1).getAttribute('label'))!;
    const name = label.split('（')[0]!;
    const chosen = page.locator(`#picker-officers option[label^="${name}（"]`);
    const officerId = (await chosen.first().getAttribute('value'))!;
    await picker.fill(officerId);
    await page.locator('[data-path="quarter"]:visible').fill('2026-Q4');
    await page.locator('#intake--nominee-officers--officers-0-deeds').fill('全年零投诉，主动延时服务群众四十余次');
    await page.getByRole('button', { name: '提交' }).click();
    await until(() => page.locator('[data-form-status]').innerText()).toContain('已提交');
    await saveScreenshot(page, 'walkthrough-head-nomination');
  });
});

describe('an administrator keeps the roster in the console', () => {
  it('adds an officer and renames a window through the forms, and imports a roster sheet after its preview', async () => {
    const page = await signedIn('admin', '/console/');
    const officerForm = page.locator('form[data-edit-officer]');
    await until(() => officerForm.isVisible()).toBe(true);
    await officerForm.locator('#edit-officer-id').fill('o950');
    await officerForm.locator('#edit-officer-name').fill('周新');
    await officerForm.locator('#edit-officer-window').selectOption('w02');
    await officerForm.locator('#edit-officer-start').fill('2026-12-01');
    await officerForm.locator('button[type="submit"]').click();
    await until(() => page.locator('[data-roster-edit] [role="status"]').innerText()).toBe('已保存。');

    const windowForm = page.locator('form[data-edit-window]');
    await windowForm.locator('#edit-window-pick').selectOption('w03');
    await windowForm.locator('#edit-window-name').fill('社会保障综合窗口（新）');
    await windowForm.locator('button[type="submit"]').click();
    await until(() => page.locator('[data-roster-edit] [role="status"]').innerText()).toBe('已保存。');
    await saveScreenshot(page, 'walkthrough-admin-roster-desktop');

    const token = await devToken('admin');
    const read = async (path: string) => (await (await fetch(`${system.url}/api/v1/centers/demo${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as any;
    expect((await read('/officers')).officers.find((o: any) => o.officerId === 'o950')).toMatchObject({ name: '周新', windowId: 'w02', role: 'staff' });
    expect((await read('/windows')).windows.find((w: any) => w.windowId === 'w03').name).toBe('社会保障综合窗口（新）');

    // The roster sheet: the kind is the roster for an administrator; previewed, then imported.
    expect(await page.locator('#import-kind').inputValue()).toBe('roster');
    const sheet = Buffer.from('工号,姓名,窗口,岗位,进驻日期\no951,吴可,w02,工作人员,2026-12-01\n', 'utf8');
    await page.setInputFiles('#import-file', { name: '名册.csv', mimeType: 'text/csv', buffer: sheet });
    await page.click('[data-preview]');
    const result = page.locator('[data-import-result]');
    await until(() => result.innerText()).toBe('共 1 行，全部无误，可以导入。');
    await page.click('[data-do-import]');
    await until(() => result.innerText()).toBe('已导入 1 条记录。');
    expect((await read('/officers')).officers.find((o: any) => o.officerId === 'o951')).toMatchObject({ name: '吴可', windowId: 'w02' });
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

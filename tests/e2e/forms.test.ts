/**
 * The intake forms in Chromium against the whole local system: a clerk signs in on the
 * development sign-in page, is told about a wrong value next to its field, fixes it, and a
 * double click or a retry after a dropped connection records once; a member of the public
 * complains without signing in. Records are checked through the API, as a clerk reads them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateOf, monthOf } from '#core/records/common';
import type { LocalSystem } from '../../infra/local/system.ts';
import { launchBrowser, saveScreenshot, accessibilityViolations } from '../support/browser.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startTestSystem(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

// A record's id derives from the caller and its Idempotency-Key: 20 characters of base32.
const RECORD_ID = /\b[a-z2-7]{20}\b/;

/** This month and the next, in Beijing time, as the API counts them. */
function months(): { current: string; next: string } {
  const current = monthOf(new Date());
  const [year, month] = current.split('-').map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  return { current, next };
}

async function devToken(role: string, windowId?: string): Promise<string> {
  const query = new URLSearchParams({ role, ...(windowId ? { window: windowId } : {}) });
  const answer = (await (await fetch(`${system.url}/_dev/token?${query}`)).json()) as { token: string };
  return answer.token;
}

/** A window's records of a type and month, read through the API with a token of that window. */
interface WindowRecord {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly supersedes?: string;
  readonly supersededBy?: string;
}

async function records(windowId: string, month: string, type: string, role: 'clerk' | 'supervisor' = 'clerk'): Promise<WindowRecord[]> {
  const token = role === 'clerk' ? await devToken('clerk', windowId) : await devToken(role);
  const response = await fetch(`${system.url}/api/v1/centers/demo/windows/${windowId}/records?month=${month}&type=${type}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { records: WindowRecord[] }).records;
}

async function openPage(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const response = await page.goto(`${system.url}${path}`);
  expect(response?.status()).toBe(200);
  return page;
}

/** Counts the POSTs a page sends to an API path. */
function countPosts(page: Page, path: string): () => number {
  let posts = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === path) posts += 1;
  });
  return () => posts;
}

describe('the forms index', () => {
  it('lists the forms by role, in Chinese, with the English version under /en/', async () => {
    const page = await openPage('/forms/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').innerText()).toBe('在线填报');
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['公众', '考勤登记员', '窗口负责人', '管理科/督查科', '考核小组']);
    const clerk = page.locator('section', { has: page.getByRole('heading', { name: '考勤登记员' }) });
    expect(await clerk.locator('.form-list a').allInnerTexts()).toEqual(['考勤与请假', '受理量', '办件', '办结']);
    expect(await page.locator('a[href="/forms/evaluations/"]').count()).toBe(0);
    expect(await page.locator('a[href="/forms/corrections/"]').count()).toBe(1);
    expect(await page.locator('.site-nav a[aria-current="page"]').innerText()).toBe('在线填报');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'forms-index');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/forms\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Online Forms');
    expect(await page.locator('main h2').first().innerText()).toBe('Public');
    await page.context().close();
  });
});

/** The clerk's first volume record, which the supervisor corrects. */
let clerkRecordId = '';

describe('a window clerk', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage('/sign-in/');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('signs in at the development issuer (authorization code with PKCE) and comes back signed in', async () => {
    expect(await page.locator('main').innerText()).toContain('Amazon Cognito');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    // The issuer's page: a role and a window instead of a password.
    await page.waitForURL(/\/_dev\/oidc\/authorize\?/);
    await page.locator('#role').selectOption('clerk');
    await page.locator('#window').fill('w01');
    await page.getByRole('button', { name: '登录 Sign in' }).click();
    await page.waitForURL(/\/sign-in\/$/);
    const current = page.locator('[data-current-session]');
    await expect.poll(() => current.innerText()).toContain('考勤登记员 (clerk)');
    expect(await current.innerText()).toContain('w01');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'forms-sign-in');
  });

  it('is told about a month after this month next to the field, and nothing is recorded', async () => {
    const { current, next } = months();
    const before = await records('w01', current, 'volume');
    await page.goto(`${system.url}/forms/volumes/`);
    await expect.poll(() => page.locator('[data-session]').innerText()).toContain('已登录：考勤登记员（窗口 w01）');
    // The signed-in window fills the window field.
    expect(await page.locator('#intake--windowId').inputValue()).toBe('w01');
    expect(await accessibilityViolations(page)).toEqual([]);

    const posts = countPosts(page, '/api/v1/centers/demo/volumes');
    // A negative count: the browser says so before anything is sent.
    await page.locator('#intake--month').fill(current);
    await page.locator('#intake--accepted').fill('-5');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('#intake--accepted-error').innerText()).toContain('不能小于 0');
    expect(posts()).toBe(0);

    // A month after this one: only the API knows today's month, and says so by field path.
    await page.locator('#intake--month').fill(next);
    await page.locator('#intake--accepted').fill('120');
    await page.getByRole('button', { name: '提交' }).click();
    const error = page.locator('#intake--month-error');
    await expect.poll(() => error.innerText()).toContain('月份晚于本月');
    expect(posts()).toBe(1);
    expect(await page.locator('#intake--month').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#intake--month').getAttribute('aria-describedby')).toContain('intake--month-error');
    expect(await page.locator('#intake--accepted').getAttribute('aria-invalid')).toBeNull();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe(
      'intake--month',
    );
    const summary = page.locator('.error-summary');
    expect(await summary.innerText()).toContain('提交未成功');
    expect(await summary.getByRole('link').innerText()).toBe('月份：月份晚于本月');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'forms-volume-error');

    expect(await records('w01', next, 'volume')).toEqual([]);
    expect(await records('w01', current, 'volume')).toHaveLength(before.length);
  });

  it('fixes it and is shown the record id; the record is there', async () => {
    const { current } = months();
    await page.locator('#intake--month').fill(current);
    await page.getByRole('button', { name: '提交' }).click();
    const status = page.locator('[data-form-status]');
    await expect.poll(() => status.innerText()).toContain('已提交');
    const id = RECORD_ID.exec(await status.innerText())?.[0];
    expect(id).toBeDefined();
    expect(await status.innerText()).toContain(`记录编号：${id}`);
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await page.locator('#intake--month-error').isHidden()).toBe(true);
    // A fresh form for the next entry, still for the clerk's window.
    expect(await page.locator('#intake--accepted').inputValue()).toBe('');
    expect(await page.locator('#intake--windowId').inputValue()).toBe('w01');
    await saveScreenshot(page, 'forms-volume-success');

    const stored = await records('w01', current, 'volume');
    expect(stored.find((r) => r.id === id)?.body).toEqual({ windowId: 'w01', month: current, accepted: 120 });
    clerkRecordId = id!;
  });

  it('double-clicks submit: one request, one record', async () => {
    const { current } = months();
    const before = (await records('w01', current, 'volume')).length;
    const posts = countPosts(page, '/api/v1/centers/demo/volumes');
    await page.locator('#intake--month').fill(current);
    await page.locator('#intake--accepted').fill('7');
    await page.getByRole('button', { name: '提交' }).dblclick();
    await expect.poll(() => page.locator('[data-form-status]').innerText()).toContain('已提交');
    expect(posts()).toBe(1);
    expect(await records('w01', current, 'volume')).toHaveLength(before + 1);
  });

  it('retries after the connection dropped with the answer in flight: still one record', async () => {
    const { current } = months();
    const before = (await records('w01', current, 'volume')).length;
    let dropped = false;
    // The first request reaches the API, which records it; its answer never arrives.
    await page.route('**/api/v1/centers/demo/volumes', async (route) => {
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.locator('#intake--month').fill(current);
    await page.locator('#intake--accepted').fill('11');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain('网络连接失败');
    expect(await page.locator('#intake--accepted').inputValue()).toBe('11');

    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('[data-form-status]').innerText()).toContain('已提交');
    const id = RECORD_ID.exec(await page.locator('[data-form-status]').innerText())?.[0];
    const after = await records('w01', current, 'volume');
    expect(after).toHaveLength(before + 1);
    expect(after.filter((r) => r.body.accepted === 11).map((r) => r.id)).toEqual([id]);
    await page.unroute('**/api/v1/centers/demo/volumes');
  });

  it('may not submit for another window', async () => {
    await page.locator('#intake--windowId').selectOption('w02');
    await page.locator('#intake--month').fill(months().current);
    await page.locator('#intake--accepted').fill('3');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain('无权提交此表单');
  });

  it('is sent to sign in again once signed out', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    expect(await page.locator('[data-session]').innerText()).toContain('尚未登录');
    await page.locator('#intake--windowId').selectOption('w01');
    await page.getByRole('button', { name: '提交' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.innerText()).toContain('尚未登录');
    expect(await summary.getByRole('link', { name: '请先登录' }).getAttribute('href')).toBe('/sign-in/?return=%2Fforms%2Fvolumes%2F');
  });
});

describe('a supervisor', () => {
  it('signs in with a pasted token and corrects the clerk’s record', async () => {
    const { current } = months();
    const page = await openPage('/sign-in/?return=/forms/corrections/volume/');
    await page.locator('#sign-in-token').fill(await devToken('supervisor'));
    await page.getByRole('button', { name: '使用此令牌' }).click();
    await expect.poll(() => page.locator('[data-current-session]').innerText()).toContain('管理科/督查科 (supervisor)');
    const back = page.getByRole('link', { name: '返回表单' });
    expect(await back.getAttribute('href')).toBe('/forms/corrections/volume/');
    // Signed in as a supervisor, a clerk's form says so before anything is filled in.
    await page.goto(`${system.url}/forms/volumes/`);
    await expect.poll(() => page.locator('[data-session]').innerText()).toContain('不能提交此表单');
    await page.goBack();
    await back.click();
    await page.waitForURL(/\/forms\/corrections\/volume\/$/);
    expect(await page.locator('h1').innerText()).toBe('更正：受理量');

    await page.locator('#intake--supersedes').fill(clerkRecordId);
    await page.locator('#intake--reason').fill('受理件数误录，应为 121 件');
    await page.locator('#intake--record-windowId').selectOption('w01');
    await page.locator('#intake--record-month').fill(current);
    await page.locator('#intake--record-accepted').fill('121');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('[data-form-status]').innerText()).toContain('已提交');
    await saveScreenshot(page, 'forms-correction-success');

    const stored = await records('w01', current, 'volume');
    expect(stored.find((r) => r.id === clerkRecordId)).toMatchObject({ supersededBy: expect.stringMatching(RECORD_ID) });
    expect(stored.find((r) => r.body.accepted === 121)).toMatchObject({ supersedes: clerkRecordId });
    await page.context().close();
  });
});

describe('a member of the public', () => {
  it('makes a complaint without signing in', async () => {
    const page = await openPage('/forms/public-complaints/');
    expect(await page.locator('main').innerText()).toContain('任何人，无需登录');
    expect(await accessibilityViolations(page)).toEqual([]);
    const today = dateOf(new Date());
    await page.locator('#intake--receivedDate').fill(today);
    // The supervisors' fields are not on the public form; the channel is the web form.
    expect(await page.locator('#intake--channel').count()).toBe(0);
    expect(await page.locator('#intake--referralNumber').count()).toBe(0);
    await page.locator('#intake--windowId').selectOption('w03');
    await page.locator('#intake--summary').fill('排队叫号后等候四十分钟无人办理，窗口人员离岗未作说明。');
    await page.locator('#intake--complainantName').fill('王女士');
    await page.locator('#intake--complainantContact').fill('139 0000 0000');
    await saveScreenshot(page, 'forms-complaint-filled');
    await page.getByRole('button', { name: '提交' }).click();
    const status = page.locator('[data-form-status]');
    await expect.poll(() => status.innerText()).toContain('已提交');
    const id = RECORD_ID.exec(await status.innerText())?.[0];
    await saveScreenshot(page, 'forms-complaint-success');

    // The complainant's name is the supervisors' to read, never the window's.
    const stored = (await records('w03', monthOf(new Date()), 'complaint', 'supervisor')).find((r) => r.id === id);
    expect(stored?.body).toMatchObject({ receivedDate: today, channel: 'web', windowId: 'w03', complainantName: '王女士' });
    const asWindow = (await records('w03', monthOf(new Date()), 'complaint')).find((r) => r.id === id);
    expect(asWindow?.body).not.toHaveProperty('complainantName');
    await page.context().close();

    // On a phone the form is one column and never wider than the screen.
    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await phone.goto(`${system.url}/forms/public-complaints/`);
    expect(await phone.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(phone, 'forms-complaint-phone');
    await phone.close();
  });
});

describe('every form', () => {
  it('reads completely without JavaScript, and says why submitting needs it', async () => {
    const page = await openPage('/forms/attendance/', { javaScriptEnabled: false });
    expect(await page.locator('noscript').innerText()).toContain('JavaScript');
    expect(await page.getByRole('button', { name: '提交' }).isDisabled()).toBe(true);
    // The first variant (sign-in) is shown; the others are built but hidden.
    expect(await page.locator('#intake--entry-sign-in--signIn').isVisible()).toBe(true);
    expect(await page.locator('#intake--entry-leave--kind').isVisible()).toBe(false);
    await page.context().close();
  });

  it('switches a union’s variant and adds and removes rows', async () => {
    const page = await openPage('/forms/attendance/');
    await page.locator('#intake--entry').selectOption('leave');
    expect(await page.locator('#intake--entry-leave--kind').isVisible()).toBe(true);
    expect(await page.locator('#intake--entry-sign-in--signIn').isVisible()).toBe(false);
    await saveScreenshot(page, 'forms-attendance-leave');
    await page.context().close();

    const nomination = await openPage('/forms/nominations/');
    const rows = nomination.locator('.repeat-row');
    expect(await rows.count()).toBe(1);
    await nomination.getByRole('button', { name: '添加推荐人员' }).click();
    expect(await rows.count()).toBe(2);
    expect(await nomination.locator('#intake--nominee-officers--officers-1-deeds').count()).toBe(1);
    expect(await rows.nth(1).locator('legend').innerText()).toBe('推荐人员 2');
    await rows.nth(0).getByRole('button', { name: '删除 推荐人员 1' }).click();
    expect(await rows.count()).toBe(1);
    expect(await rows.nth(0).locator('#intake--nominee-officers--officers-0-officerId').count()).toBe(1);
    expect(await rows.nth(0).getByRole('button', { name: /删除/ }).isDisabled()).toBe(true);
    await saveScreenshot(nomination, 'forms-nomination');
    await nomination.context().close();
  });

  it('has an English version with lang="en" and a switch back', async () => {
    const page = await openPage('/en/forms/volumes/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Business Volume');
    expect(await page.locator('label[for="intake--accepted"]').innerText()).toContain('Cases accepted');
    expect(await page.getByRole('link', { name: '中文' }).getAttribute('href')).toBe('/forms/volumes/');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'forms-volume-en');
    await page.context().close();
  });
});

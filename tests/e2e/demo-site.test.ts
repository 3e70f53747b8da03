/** The demo center as a visitor sees it: the system running, a month page in Chromium. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { generateDemoCenter } from '../../shared/demo/demo-center.ts';
import { launchBrowser, saveScreenshot } from '../support/browser.ts';
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

describe('demo center site', () => {
  it('lists every demo window on the October 2026 page, reached from the home page', async () => {
    const page = await browser.newPage();
    await page.goto(`${system.url}/`);
    await page.getByRole('link', { name: '2026年10月' }).first().click();
    await page.waitForURL(/\/months\/2026-10\/$/);
    const rows = page.locator('table tbody tr');
    const text = await page.locator('table').innerText();
    for (const w of generateDemoCenter().windows) expect(text).toContain(w.name);
    expect(await rows.count()).toBe(20);
    await saveScreenshot(page, 'demo-month-2026-10');
  });
});

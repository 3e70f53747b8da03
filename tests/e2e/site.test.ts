/**
 * The public site end to end: build it from published documents with buildSite, serve the
 * static files, and read the pages in a real browser the way a visitor would.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../site/build.ts';
import { launchBrowser, saveScreenshot, accessibilityViolations } from '../support/browser.ts';
import { fixtureCenter, fixtureMonths, writePublishedFixtures } from '../support/published-fixtures.ts';
import { type StaticServer, serveStatic } from '../support/static-server.ts';

let work: string;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'site-e2e-'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function openPage(url: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return page;
}

describe('site built from published documents', () => {
  let site: StaticServer;

  beforeAll(async () => {
    const publishedDir = path.join(work, 'published');
    await writePublishedFixtures(publishedDir);
    const { outDir } = await buildSite({ publishedDir, outDir: path.join(work, 'dist') });
    site = await serveStatic(outDir);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('home page: the center, an honest empty honor board, months newest first, contacts', async () => {
    const page = await openPage(`${site.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.title()).resolves.toBe(`${fixtureCenter.name}光荣榜`);
    expect(await page.locator('h1').innerText()).toBe(`${fixtureCenter.name}光荣榜`);
    expect(await page.locator('main').innerText()).toContain('暂无已公示的评选结果');

    const monthLinks = page.locator('main .month-list a');
    expect(await monthLinks.allInnerTexts()).toEqual(['2026年10月', '2026年9月']);
    expect(await monthLinks.first().getAttribute('href')).toBe('/months/2026-10/');

    const footer = await page.locator('footer').innerText();
    expect(footer).toContain(fixtureCenter.address);
    expect(footer).toContain(fixtureCenter.phone);
    // The boards are plain HTML and CSS: not one script is shipped to visitors.
    expect(await page.locator('script').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-home');
    await page.close();
  });

  it('month page: every window with its department, component and satisfaction rate, in hall order', async () => {
    const october = fixtureMonths.find((m) => m.period === '2026-10')!;
    const page = await openPage(`${site.url}/`);
    await page.getByRole('link', { name: '2026年10月' }).click();
    expect(new URL(page.url()).pathname).toBe('/months/2026-10/');
    expect(await page.locator('h1').innerText()).toBe('2026年10月服务质量电子评价');
    expect(await page.locator('main').innerText()).toContain('依据评选规则 qingpu-2018 第 1 版');

    const table = page.getByRole('table', { name: '2026年10月各窗口服务质量电子评价' });
    expect(await table.locator('thead th').allInnerTexts()).toEqual([
      '窗口',
      '派驻单位',
      '电子评价得分\n满分 5 分',
      '满意率',
      '评价数/应评数',
      '受理量',
    ]);
    const rows = await Promise.all(
      (await table.locator('tbody tr').all()).map((row) => row.locator('th, td').allInnerTexts()),
    );
    // Rows in the profile's order, whatever the order of the published document.
    const expected = fixtureCenter.windows.map((w) => {
      const score = october.windows.find((s) => s.windowId === w.windowId)!;
      return [
        w.name,
        w.department,
        score.component,
        score.satisfactionRate === null ? '—' : `${score.satisfactionRate}%`,
        `${score.evaluations} / ${score.required}`,
        String(score.volume),
      ];
    });
    expect(rows).toEqual(expected);
    expect(rows.find((r) => r[0] === '市场监管窗口')?.slice(2, 4)).toEqual(['4.76', '95.24%']);
    expect(rows.find((r) => r[0] === '不动产登记窗口')?.[3]).toBe('—');

    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-month');
    await page.close();

    // A phone: the table scrolls inside its own region instead of widening the page.
    const phone = await openPage(`${site.url}/months/2026-10/`, 390);
    const pageWidth = await phone.locator('html').evaluate((html) => html.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await saveScreenshot(phone, 'site-month-phone');
    await phone.close();
  });

  it('has a page per published month and one list of all months', async () => {
    const page = await openPage(`${site.url}/months/`);
    expect(await page.locator('main .month-list a').allInnerTexts()).toEqual(['2026年10月', '2026年9月']);
    await page.getByRole('link', { name: '2026年9月' }).click();
    expect(await page.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(
      fixtureCenter.windows.map((w) => w.name),
    );
    await page.close();
  });
});

describe('site built before anything is published', () => {
  it('builds from an empty directory, after a full build in the same process, with no stale pages', async () => {
    const publishedDir = path.join(work, 'nothing-published');
    const { outDir } = await buildSite({ publishedDir, outDir: path.join(work, 'dist-empty') });
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    // The content store outlives a build; the October page must not come back from it.
    expect(existsSync(path.join(outDir, 'months', '2026-10'))).toBe(false);

    const site = await serveStatic(outDir);
    try {
      const page = await openPage(`${site.url}/`);
      const main = await page.locator('main').innerText();
      expect(main).toContain('暂无已公示的评选结果');
      expect(main).toContain('暂无已发布的月度电子评价');
      expect(await page.locator('main a[href^="/months/20"]').count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'site-home-empty');
      await page.close();
    } finally {
      await site.close();
    }
  });
});

describe('site built from a document the schemas reject', () => {
  it('fails the build and names the file, rather than publishing unchecked data', async () => {
    const publishedDir = path.join(work, 'rejected');
    await mkdir(publishedDir);
    // The file name looks right; the content decides, and 2026-13 is no month.
    const october = { ...fixtureMonths[1]!, period: '2026-13' };
    await writeFile(path.join(publishedDir, 'monthly-evaluation_2026-10.json'), JSON.stringify(october));
    await expect(buildSite({ publishedDir, outDir: path.join(work, 'dist-rejected') })).rejects.toThrow(
      /monthly-evaluation_2026-10\.json is not a valid published document[\s\S]*period/,
    );
  });
});

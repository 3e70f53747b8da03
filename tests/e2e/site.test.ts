/**
 * The public site end to end: build it from published documents with buildSite, serve the
 * static files, and read the pages in a real browser the way a visitor would — the board,
 * a star list, a window, the archive, the notices with the objection form, the English
 * version, the large-text mode, the printed poster and the downloads' checksums.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../site/build.ts';
import { accessibilityViolations, launchBrowser, pdfPageCount, pdfText, printToPdf, saveScreenshot } from '../support/browser.ts';
import {
  LONGEST_DEEDS,
  fixtureCenter,
  fixtureLists,
  fixtureMonths,
  fixtureNotices,
  fixturePlaque,
  writePublishedFixtures,
} from '../support/published-fixtures.ts';
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

async function openPage(url: string, width = 1280, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return page;
}

const close = (page: Page) => page.context().close();

const q3 = fixtureLists.find((l) => l.honorId === 'quarterly-stars' && l.period === '2026-Q3')!;
const inForce = fixtureNotices.find((n) => n.inForce)!;
const ended = fixtureNotices.find((n) => !n.inForce)!;

/** One page of every template, in both languages where the template has two. */
const TEMPLATES = [
  '/',
  '/en/',
  '/stars/2026-q3/',
  '/en/stars/2026-q3/',
  '/years/2025/',
  '/months/2026-09/',
  '/months/2026-10/',
  '/months/',
  '/notices/',
  '/en/notices/',
  '/windows/',
  '/windows/tax/',
  '/en/windows/housing/',
  '/archive/',
  '/how-scores-work/',
  '/en/how-scores-work/',
];

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

  it('home page: the center, the notice in force first, the current board, months, contacts', async () => {
    const page = await openPage(`${site.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.title()).resolves.toBe(`${fixtureCenter.name}光荣榜`);
    expect(await page.locator('h1').innerText()).toBe(`${fixtureCenter.name}光荣榜`);

    // The notice in force comes before the lists, with its dates and a way to object.
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings).toEqual(['正在公示', '季度表彰', '年度表彰', '月度表彰', '月度电子评价']);
    const notice = page.locator('.notices-now');
    expect(await notice.innerText()).toContain('公示期 2026年11月9日至2026年11月20日');
    expect(await notice.getByRole('link', { name: /查看公示、提出异议/ }).getAttribute('href')).toBe(`/notices/#${inForce.noticeId}`);

    // The latest list of each honor; the excellent windows show who holds the plaque.
    const lists = await page.locator('main .honor-list__title').allInnerTexts();
    expect(lists).toEqual(['2026年第三季度“季度服务明星”', '2025年度“年度服务明星”', '2025年度“优秀窗口”', '2026年9月“月度最佳窗口”']);
    for (const entry of q3.entries) expect(await page.locator('main').innerText()).toContain(entry.name);
    const holders = page.locator('.honoree', { has: page.locator('.badge--plaque') }).locator('.honoree__name');
    expect(await holders.allInnerTexts()).toEqual(fixturePlaque.holders[0]!.windows.map((w) => w.name));

    expect(await page.locator('main .month-list a').allInnerTexts()).toEqual(['2026年10月', '2026年9月', '2026年8月', '2026年7月']);
    const footer = await page.locator('footer').innerText();
    expect(footer).toContain(fixtureCenter.address);
    expect(footer).toContain(fixtureCenter.phone);
    // The boards are plain HTML and CSS; the only scripts are the large-text switch's, and
    // they are files: the content security policy runs no inline script.
    const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((n) => ({ src: n.getAttribute('src') ?? '', text: n.textContent ?? '' })));
    expect(scripts.map((s) => s.text.trim())).toEqual(scripts.map(() => ''));
    expect(scripts.map((s) => s.src)).toEqual(['/scripts/text-size-early.js', expect.stringMatching(/^\/_astro\/SiteHeader\.astro.*\.js$/)]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-home');
    await close(page);
  });

  it('home → quarterly star list → window page → archive, as a visitor clicks', async () => {
    const page = await openPage(`${site.url}/`);
    await page.getByRole('link', { name: '查看2026年第三季度“季度服务明星”完整名单' }).click();
    await page.waitForURL(/\/stars\/2026-q3\/#quarterly-stars$/);
    expect(await page.locator('h1').innerText()).toBe('2026年第三季度表彰名单');

    // Every star in rank order, with window, department, deeds and an initials badge.
    const cards = page.locator('#quarterly-stars .honoree');
    expect(await cards.locator('.honoree__name').allInnerTexts()).toEqual(q3.entries.map((e) => e.name));
    const first = await cards.first().innerText();
    expect(first).toContain('市场监管窗口');
    expect(first).toContain('区市场监督管理局');
    expect(first).toContain(LONGEST_DEEDS);
    expect(await cards.locator('.avatar').allInnerTexts()).toEqual(q3.entries.map((e) => e.name.charAt(0)));
    expect(await page.locator('#quarterly-stars .meta').first().innerText()).toContain('公示期 2026年10月19日至2026年10月30日');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-stars');

    await cards.first().getByRole('link', { name: '市场监管窗口' }).click();
    await page.waitForURL(/\/windows\/market\/$/);
    expect(await page.locator('h1').innerText()).toBe('市场监管窗口');
    const honors = page.locator('main table').first();
    expect(await honors.locator('tbody th').allInnerTexts()).toEqual(['2026年第三季度', '2025年度', '2025年度']);
    expect(await honors.innerText()).toContain('李明远');

    // The trend chart is drawn into the HTML: an image with a title and a description, a
    // line through the scored months, and a table of every month as its text alternative.
    const chart = page.getByRole('img', { name: '市场监管窗口月度考核得分走势图' });
    await expect(chart.isVisible()).resolves.toBe(true);
    // Closed months only: October, published before its close day, is not a result yet.
    expect(await chart.locator('desc').textContent()).toBe(
      '2026年7月至2026年9月，最高 91.20 分（2026年7月），最低 87.45 分（2026年8月），最近一次 89.60 分（2026年9月）。',
    );
    expect(await chart.locator('circle').count()).toBe(3);
    expect(await page.locator('.trend__data tbody td').allTextContents()).toEqual(['89.60', '87.45', '91.20']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-window');

    await page.locator('.site-nav').getByRole('link', { name: '往期名单' }).click();
    await page.waitForURL(/\/archive\/$/);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['2026年', '2025年']);
    const y2026 = await page.locator('#year-2026').innerText();
    for (const title of ['2026年第三季度“季度服务明星”', '2026年第二季度“季度服务明星”', '2026年9月“月度最佳窗口”', '2026年10月“月度最佳窗口”拟表彰名单']) {
      expect(y2026).toContain(title);
    }
    expect(await page.locator('#year-2025').innerText()).toContain('2025年度“优秀窗口”');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-archive');
    await close(page);
  });

  it('a window with an unscored month: the line breaks instead of falling to zero', async () => {
    const page = await openPage(`${site.url}/windows/housing/`);
    const chart = page.getByRole('img');
    // July and September, the closed months with a score; August unscored: two points and
    // no line across the gap (October is still provisional and not drawn).
    expect(await chart.locator('circle').count()).toBe(2);
    expect(await chart.locator('path.trend__line').count()).toBe(0);
    await close(page);
  });

  it('the yearly page: yearly stars, excellent windows and who has held the moving plaque', async () => {
    const page = await openPage(`${site.url}/years/2025/`);
    expect(await page.locator('h1').innerText()).toBe('2025年度表彰名单');
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['年度服务明星', '优秀窗口']);
    const plaque = page.getByRole('table', { name: '优秀窗口流动牌匾历年持有' });
    expect(await plaque.locator('tbody th').allInnerTexts()).toEqual(['2025年度现持有', '2024年度']);
    expect(await plaque.locator('tbody td').first().innerText()).toContain('税务窗口');
    expect(await page.locator('#excellent-windows .meta').first().innerText()).toContain('名额 8 名，评出 2 名，其余空缺');
    await close(page);
  });

  it('the month page: the best windows, then every window with its scores, in hall order', async () => {
    const september = fixtureMonths.find((m) => m.period === '2026-09')!;
    const page = await openPage(`${site.url}/months/`);
    await page.getByRole('link', { name: '2026年9月' }).click();
    await page.waitForURL(/\/months\/2026-09\/$/);
    expect(await page.locator('h1').innerText()).toBe('2026年9月表彰名单与电子评价');
    expect(await page.locator('#best-windows .honoree__name').allInnerTexts()).toEqual(['税务窗口']);

    const table = page.getByRole('table', { name: '2026年9月各窗口服务质量电子评价' });
    expect(await table.locator('thead th').allInnerTexts()).toEqual([
      '窗口',
      '派驻单位',
      '月度考核得分\n满分 100 分',
      '电子评价得分\n满分 5 分',
      '满意率',
      '评价数/应评数',
      '受理量',
    ]);
    const rows = await Promise.all((await table.locator('tbody tr').all()).map((row) => row.locator('th, td').allInnerTexts()));
    // Rows in the profile's order, whatever the order of the published document.
    expect(rows).toEqual(
      fixtureCenter.windows.map((w) => {
        const s = september.windows.find((x) => x.windowId === w.windowId)!;
        return [w.name, w.department, s.score ?? '—', s.component, s.satisfactionRate === null ? '—' : `${s.satisfactionRate}%`, `${s.evaluations} / ${s.required}`, String(s.volume)];
      }),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-month');
    await close(page);

    // A phone: the table scrolls inside its own region instead of widening the page. October
    // was published on 1 November, before its close day (6 November): provisional, in its
    // own style, and without the windows' 100-point scores.
    const phone = await openPage(`${site.url}/months/2026-10/`, 390);
    expect(await phone.locator('h1').innerText()).toBe('2026年10月服务质量电子评价');
    const banner = phone.locator('.provisional-banner');
    expect(await banner.innerText()).toContain('截至2026年11月1日 未定稿');
    expect(await banner.innerText()).toContain('本月于2026年11月6日定稿');
    expect(await phone.locator('.evaluation-table thead th').allInnerTexts()).not.toContain('月度考核得分\n满分 100 分');
    expect(await phone.locator('.evaluation-table .score').count()).toBe(0);
    expect(await phone.locator('.scroll-cue').isVisible()).toBe(true);
    // The download says so too, and carries no window score.
    const october = (await (await fetch(`${site.url}/downloads/monthly-evaluation_2026-10.json`)).json()) as { state: string; closesOn: string; windows: { score: unknown }[] };
    expect([october.state, october.closesOn]).toEqual(['provisional', '2026-11-06']);
    expect(october.windows.map((w) => w.score)).toEqual([null, null, null, null]);
    expect(await phone.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(phone, 'site-month-phone');
    await close(phone);
  });

  it('the notices: dates, what is proposed, who issues it, withdrawals and replacements, how to object, and the objection form filled in for an entry', async () => {
    const page = await openPage(`${site.url}/notices/`);
    expect(await page.locator('h1').innerText()).toBe('公示');
    const card = page.locator(`#${inForce.noticeId}`);
    const text = await card.innerText();
    expect(text).toContain('公示期 2026年11月9日至2026年11月20日');
    // Entries by number, name, window and department; no internal id anywhere on the card.
    expect(await card.locator('.honoree__name').allInnerTexts()).toEqual(['社保窗口', '税务窗口']);
    expect(await card.locator('.honoree__number').allInnerTexts()).toEqual(['1号', '2号']);
    expect(text).not.toContain(inForce.noticeId);
    expect(text).not.toMatch(/编号 |o\d{3}/);
    // The replacement is marked 递补 and runs its own notice; the withdrawn entry stays visible with its date.
    expect(await card.locator('.honoree').nth(1).innerText()).toContain('递补公示期 2026年11月16日至2026年11月27日');
    expect(await card.locator('.withdrawals').innerText()).toContain('2号 市场监管窗口 · 区市场监督管理局');
    expect(await card.locator('.withdrawals').innerText()).toContain('2026年11月13日经核实异议成立，撤销该条目。');
    // 落款: the issuing authority, the date, the address and the supervision phone.
    const issuer = await card.locator('.notice-card__issuer').innerText();
    expect(issuer).toContain('发布单位：青浦区行政服务中心管理委员会办公室');
    expect(issuer).toContain('发布日期：2026年11月9日');
    expect(issuer).toContain(`地址：${fixtureCenter.address}`);
    expect(issuer).toContain('监督电话：021-5970 1234');
    expect(await page.locator('#objection').innerText()).toContain('如何提出异议');
    // One notice in force: the form names it already, by its title and dates.
    expect(await page.locator('#intake--noticeId').inputValue()).toBe(inForce.noticeId);
    expect(await page.locator('#intake--noticeId option:checked').innerText()).toBe('2026年10月“月度最佳窗口”（2026年11月9日至2026年11月20日）');
    expect(await page.locator('#intake--entry option').allInnerTexts()).toEqual(['请选择', '1号 社保窗口 · 区人力资源和社会保障局', '2号 税务窗口 · 区税务局']);

    await card.getByRole('link', { name: /^提出异议\s*：社保窗口$/ }).click();
    await page.waitForURL((url) => url.search === `?noticeId=${inForce.noticeId}&entry=social`);
    expect(await page.locator('#intake--noticeId').inputValue()).toBe(inForce.noticeId);
    expect(await page.locator('#intake--entry').inputValue()).toBe('social');
    expect(await page.locator('#intake button[type="submit"]').isEnabled()).toBe(true);
    expect(await page.locator('#intake').getAttribute('data-endpoint')).toBe('/api/v1/centers/demo/public/objections');

    // An ended notice takes no objection and leads to its final list.
    const past = page.locator(`#${ended.noticeId}`);
    expect(await past.innerText()).toContain('公示已结束');
    expect(await past.getByRole('link', { name: /提出异议/ }).count()).toBe(0);
    expect(await past.getByRole('link', { name: '查看最终名单' }).getAttribute('href')).toBe('/stars/2026-q3/#quarterly-stars');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-notices');
    await close(page);
  });

  it('has an English version of every page, with lang="en" and a switch back', async () => {
    const page = await openPage(`${site.url}/`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe(`${fixtureCenter.nameEn} Honor Board`);
    expect(await page.locator('main .honor-list__title').first().innerText()).toBe('Quarterly Service Stars, Q3 2026');
    // Names stay Chinese and say so, for screen readers.
    expect(await page.locator('.board-section .honoree__name [lang="zh-CN"]').first().innerText()).toBe(q3.entries[0]!.name);

    await page.getByRole('link', { name: 'The full list: Quarterly Service Stars, Q3 2026' }).click();
    await page.waitForURL(/\/en\/stars\/2026-q3\/#quarterly-stars$/);
    expect(await page.locator('h1').innerText()).toBe('Honors of Q3 2026');
    expect(await page.locator('#quarterly-stars .meta').first().innerText()).toContain('Public notice 19 October 2026 to 30 October 2026');
    expect(await page.locator('#quarterly-stars .honoree').first().innerText()).toContain('Market Regulation');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-stars-en');
    expect(await page.getByRole('link', { name: '中文' }).getAttribute('href')).toBe('/stars/2026-q3/');

    await page.goto(`${site.url}/en/notices/?noticeId=${inForce.noticeId}&entry=social`);
    expect(await page.locator('#intake--entry').inputValue()).toBe('social');
    expect(await page.locator('label[for="intake--text"]').innerText()).toContain('Your objection');
    await saveScreenshot(page, 'site-notices-en');
    await close(page);
  });

  it('passes axe-core with zero violations on every template, in both languages', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const url of TEMPLATES) {
      expect((await page.goto(`${site.url}${url}`))?.status(), url).toBe(200);
      const violations = await accessibilityViolations(page);
      if (violations.length > 0) found[url] = violations;
    }
    expect(found).toEqual({});
    await context.close();
  });

  it('large text (长辈版): a switch that persists across pages and visits; pages read without script', async () => {
    const page = await openPage(`${site.url}/stars/2026-q3/`);
    const fontSize = () => page.locator('html').evaluate((html) => html.ownerDocument.defaultView!.getComputedStyle(html).fontSize);
    expect(await fontSize()).toBe('16px');
    const toggle = page.getByRole('button', { name: '长辈版' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await fontSize()).toBe('20px');

    await page.goto(`${site.url}/notices/`);
    expect(await fontSize()).toBe('20px');
    expect(await page.getByRole('button', { name: '长辈版' }).getAttribute('aria-pressed')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'site-notices-large-text');
    await page.goto(`${site.url}/`);
    await saveScreenshot(page, 'site-home-large-text');
    await page.getByRole('button', { name: '长辈版' }).click();
    expect(await fontSize()).toBe('16px');
    await close(page);

    // Without JavaScript every list is there; the switch, which could not work, is not shown.
    const plain = await openPage(`${site.url}/stars/2026-q3/`, 1280, { javaScriptEnabled: false });
    expect(await plain.locator('#quarterly-stars .honoree__name').allInnerTexts()).toEqual(q3.entries.map((e) => e.name));
    expect(await plain.getByRole('button', { name: '长辈版' }).count()).toBe(0);
    await close(plain);
  });

  it('prints a star list as a one-page A4 poster holding every name', async () => {
    const fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    expect(fonts, 'a CJK font (Debian: fonts-noto-cjk) for Chromium to print Chinese').not.toBe('');
    const page = await openPage(`${site.url}/stars/2026-q3/`);
    const pdf = await printToPdf(page, 'site-stars-poster');
    expect(pdfPageCount(pdf)).toBe(1);
    const text = await pdfText(pdf);
    // Glyph runs may be split by the PDF; compare without white space.
    const flat = text.replace(/\s+/g, '');
    for (const entry of q3.entries) expect(flat).toContain(entry.name);
    expect(flat).toContain(fixtureCenter.name);
    expect(flat).toContain(LONGEST_DEEDS.slice(0, 20));
    // The wall poster's foot: the issuing authority and the date under a space for the seal,
    // the address and supervision phone, and a QR code leading to this page online.
    expect(flat).toContain('青浦区行政服务中心管理委员会办公室');
    expect(flat).toContain('2026年10月30日');
    // The PDF's text is NFKC-folded: full-width brackets and colons come out narrow.
    expect(flat).toContain('(盖章)');
    expect(flat).toContain('监督电话:021-59701234');
    expect(flat).toContain('http://localhost:4321/stars/2026-q3/');
    expect(flat).toContain('第1名李明远');
    const qr = page.locator('.poster-qr img');
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await qr.getAttribute('alt')).toBe('网上光荣榜二维码');
    // Nothing of the screen's chrome: no navigation, no downloads.
    expect(flat).not.toContain('在线填报');
    expect(flat).not.toContain('SHA-256');
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, 'site-stars-print');

    // The longest list a quarter can have: ten stars, each with deeds of the full 100 characters.
    await page.locator('.honoree__deeds').evaluateAll((nodes, deeds) => nodes.forEach((n) => (n.textContent = deeds)), LONGEST_DEEDS);
    expect(pdfPageCount(await printToPdf(page, 'site-stars-poster-longest'))).toBe(1);
    await close(page);
  });

  it('shows the SHA-256 of each download, and the downloaded bytes have it', async () => {
    const page = await openPage(`${site.url}/stars/2026-q3/`);
    const items = page.locator('#quarterly-stars .downloads__list li');
    expect(await items.count()).toBe(2);
    for (const item of await items.all()) {
      const href = (await item.locator('a').getAttribute('href'))!;
      const shown = (await item.locator('code').innerText()).trim();
      const response = await fetch(`${site.url}${href}`);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex'), href).toBe(shown);
      if (href.endsWith('.json')) expect(JSON.parse(bytes.toString('utf8'))).toEqual(q3);
      if (href.endsWith('.csv')) {
        const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
        expect(lines[0]).toBe('honor_id,period,position,subject_id,name,window_id,window_name,department,department_en,deeds');
        expect(lines).toHaveLength(q3.entries.length + 1);
        expect(lines[1]).toContain(LONGEST_DEEDS);
      }
    }
    await close(page);
  });

  it('publishes RSS and JSON feeds of the lists and notices, newest first, in both languages', async () => {
    const rss = await (await fetch(`${site.url}/feed.xml`)).text();
    expect(rss).toContain('<rss version="2.0"');
    expect(rss).toContain('<link>http://localhost:4321/stars/2026-q3/#quarterly-stars</link>');
    expect(rss).toContain('http://localhost:4321/downloads/honor-list_quarterly-stars_2026-Q3.json');

    const feed = (await (await fetch(`${site.url}/en/feed.json`)).json()) as { items: { title: string; url: string }[] };
    expect(feed.items.map((i) => i.title)).toEqual([
      'Proposed: Best Windows of the Month, October 2026',
      'Quarterly Service Stars, Q3 2026',
      'Best Windows of the Month, September 2026',
      'Proposed: Quarterly Service Stars, Q3 2026',
      'Quarterly Service Stars, Q2 2026',
      'Yearly Service Stars, 2025',
      'Excellent Windows, 2025',
    ]);
    expect(feed.items[0]!.url).toBe(`http://localhost:4321/en/notices/#${inForce.noticeId}`);
  });
});

describe('site built before anything is published', () => {
  it('builds from an empty directory, after a full build in the same process, with no stale pages', async () => {
    const publishedDir = path.join(work, 'nothing-published');
    const { outDir } = await buildSite({ publishedDir, outDir: path.join(work, 'dist-empty') });
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    // The content store outlives a build; the October page must not come back from it.
    expect(existsSync(path.join(outDir, 'months', '2026-10'))).toBe(false);
    expect(existsSync(path.join(outDir, 'stars', '2026-q3'))).toBe(false);

    const site = await serveStatic(outDir);
    try {
      const page = await openPage(`${site.url}/`);
      const main = await page.locator('main').innerText();
      expect(main).toContain('暂无已公示的评选结果');
      expect(main).toContain('暂无已发布的月度电子评价');
      expect(await page.locator('main a[href^="/months/20"]').count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'site-home-empty');

      // Every index page says plainly that nothing is there yet.
      for (const [url, empty] of [
        ['/notices/', '目前没有正在公示的名单'],
        ['/archive/', '暂无往期名单'],
        ['/windows/', '暂无已公布的窗口信息'],
        ['/en/', 'No honors published yet'],
      ] as const) {
        await page.goto(`${site.url}${url}`);
        expect(await page.locator('main').innerText(), url).toContain(empty);
        expect(await accessibilityViolations(page), url).toEqual([]);
      }
      // How scores work explains the default rulebook when nothing names one.
      await page.goto(`${site.url}/how-scores-work/`);
      expect(await page.locator('main').innerText()).toContain('第 1.0.0 版');
      const feed = (await (await fetch(`${site.url}/feed.json`)).json()) as { items: unknown[] };
      expect(feed.items).toEqual([]);
      await close(page);
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
    const october = { ...fixtureMonths[3]!, period: '2026-13' };
    await writeFile(path.join(publishedDir, 'monthly-evaluation_2026-10.json'), JSON.stringify(october));
    await expect(buildSite({ publishedDir, outDir: path.join(work, 'dist-rejected') })).rejects.toThrow(
      /monthly-evaluation_2026-10\.json is not a valid published document[\s\S]*period/,
    );
  });
});

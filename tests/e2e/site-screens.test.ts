/**
 * The public site on every screen and behind its security headers: the site built from the
 * published fixtures, served by the local gateway as `npm start` serves it. Every page kind
 * holds at 320, 390 and 1366 px, with and without 长辈版 (the page is never wider than the
 * window); every page runs under the content security policy with nothing blocked; pages,
 * the 404 and API answers all carry the headers; and screenshots of the pages a citizen
 * reads, at desktop and phone width, land in tests/artifacts/ for a person to look at.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '#core/security-headers';
import { type ApiHandler, createGateway } from '../../infra/local/gateway.ts';
import type { DevIssuer } from '../../infra/local/dev-issuer.ts';
import { buildSite } from '../../site/build.ts';
import { accessibilityViolations, launchBrowser, saveScreenshot } from '../support/browser.ts';
import { fixtureNotices, writePublishedFixtures } from '../support/published-fixtures.ts';

const inForce = fixtureNotices.find((n) => n.inForce)!;

/** One page of every kind, in both languages where the kind has two. */
const PAGE_KINDS = [
  '/',
  '/en/',
  '/stars/2026-q3/',
  '/en/stars/2026-q3/',
  '/years/2025/',
  '/months/',
  '/months/2026-09/',
  '/en/months/2026-10/',
  '/notices/',
  '/en/notices/',
  '/windows/',
  '/windows/social/',
  '/en/windows/housing/',
  '/archive/',
  '/how-scores-work/',
  '/en/how-scores-work/',
  '/forms/',
  '/forms/public-objections/',
  '/this-page-does-not-exist/',
];

const WIDTHS = [320, 390, 1366];

let work: string;
let browser: Browser;
let gateway: Server;
let origin: string;
/** What the gateway's API handler saw last: proves the API answer passed through it. */
const answered: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'site-screens-'));
  const publishedDir = path.join(work, 'published');
  await writePublishedFixtures(publishedDir);
  const { outDir } = await buildSite({ publishedDir, outDir: path.join(work, 'dist') });
  // The pages need no handler and no token; an API answer comes from a stand-in handler,
  // which is enough to see the gateway's headers on it.
  const handler: ApiHandler = async (event) => {
    answered.push(event.routeKey);
    return { statusCode: 200, body: JSON.stringify({ ok: true }) };
  };
  const issuer = { verify: () => Promise.reject(new Error('no token in this test')) } as unknown as DevIssuer;
  gateway = createGateway({
    handlers: {
      'submit-record': handler,
      'read-records': handler,
      'manage-center': handler,
      'manage-selections': handler,
      'read-roster': handler,
      'manage-imports': handler,
      'read-exports': handler,
    },
    issuer,
    siteDir: outDir,
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (gateway) await new Promise<void>((resolve) => (gateway.closeAllConnections(), gateway.close(() => resolve())));
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(url: string, width: number, large = false): Promise<{ page: Page; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN' });
  if (large) await context.addInitScript(() => localStorage.setItem('text-size', 'large'));
  const page = await context.newPage();
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto(`${origin}${url}`);
  await page.waitForLoadState('load');
  return { page, blocked };
}

describe('security headers', () => {
  it('are on every page, the 404 page, a download and an API answer, as the shared record says', async () => {
    const responses = await Promise.all(
      ['/', '/en/notices/', '/no-such-page/', '/downloads/honor-list_quarterly-stars_2026-Q3.csv', '/api/v1/centers/demo/public/objections', '/api/v1/no-such-route'].map(
        (url) => fetch(`${origin}${url}`, url.includes('objections') ? { method: 'POST', body: '{}' } : {}),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 404, 200, 200, 404]);
    expect(answered).toContain('POST /api/v1/centers/{center}/public/objections');
    for (const response of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${response.url} ${name}`).toBe(value);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("script-src 'self'");
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('are enforced by the browser: an inline script is refused and reported, the site\'s own scripts run', async () => {
    const { page, blocked } = await open('/', 390);
    await expect(page.addScriptTag({ content: 'document.title = "injected"' })).rejects.toThrow(/Content Security Policy/);
    expect(await page.title()).not.toBe('injected');
    expect(blocked.length).toBeGreaterThan(0);
    // The large-text switch is a script file of the site: it ran and showed its button.
    expect(await page.getByRole('button', { name: '长辈版' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('every page kind on every screen', () => {
  it('is never wider than the window at 320, 390 and 1366 px, with and without large text, and nothing is blocked by the CSP', { timeout: 240_000 }, async () => {
    const overflow: string[] = [];
    const blocked: string[] = [];
    // One browser context per screen, reused page after page: a context per page costs
    // more than the page.
    for (const large of [false, true]) {
      for (const width of WIDTHS) {
        const { page, blocked: seen } = await open('/', width, large);
        for (const url of PAGE_KINDS) {
          await page.goto(`${origin}${url}`);
          if (large) expect(await page.locator('html').getAttribute('data-text-size'), url).toBe('large');
          const scrollWidth = await page.locator('html').evaluate((html) => html.scrollWidth);
          if (scrollWidth > width) overflow.push(`${url} at ${width}px${large ? ' (长辈版)' : ''}: ${scrollWidth}px`);
          blocked.push(...seen.splice(0).map((b) => `${url}: ${b}`));
        }
        await page.context().close();
      }
    }
    expect(overflow).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('the 404 page has the site frame and a way on in both languages, and passes axe-core', async () => {
    const { page } = await open('/no-such-page/', 390);
    expect(await page.locator('h1').innerText()).toBe('页面不存在');
    expect(await page.locator('[lang="en"] h2').innerText()).toBe('Page Not Found');
    expect(await page.locator('section[lang="en"] .not-found__links a').allInnerTexts()).toContain('Notices');
    expect(await page.locator('section:not([lang]) .not-found__links a').allInnerTexts()).toContain('公示');
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
    expect((await fetch(`${origin}/favicon.svg`)).headers.get('content-type')).toMatch(/svg/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'screens-404-phone');
    await page.context().close();
  });

  it('takes screenshots of the pages a citizen reads, at desktop and phone width', { timeout: 120_000 }, async () => {
    const pages: [string, string][] = [
      ['home', '/'],
      ['stars', '/stars/2026-q3/'],
      ['notice', `/notices/#${inForce.noticeId}`],
      ['month-provisional', '/months/2026-10/'],
      ['month-closed', '/months/2026-09/'],
      ['window', '/windows/market/'],
      ['how-scores-work', '/how-scores-work/'],
      ['how-scores-work-en', '/en/how-scores-work/'],
    ];
    for (const [name, url] of pages) {
      for (const [suffix, width] of [['desktop', 1366], ['phone', 390]] as const) {
        const { page } = await open(url, width);
        await saveScreenshot(page, `screens-${name}-${suffix}`);
        await page.context().close();
      }
    }
    const { page } = await open('/stars/2026-q3/', 1366);
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, 'screens-poster');
    await page.context().close();
  });
});

/**
 * The demo center as a visitor sees it: the system running with the demo's third quarter
 * and October, the quarter's stars taken through the selection (notice, an objection from
 * the public, the final list), its published documents on the site's pages in both
 * languages — and nothing private anywhere in the built site: the privacy scan reads every
 * file the site serves (pages, feeds, downloads) for the demo's private values.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HonorList, PublicNotice, PublishedDocument } from '#core/published';
import { dateOf } from '#core/records/common';
import { defaultRulebook } from '#core/rulebook/default';
import { explainRulebook } from '#core/rulebook/explain';
import { listPublished } from '#store/published';
import { listResults } from '#store/results';
import { exportPublished } from '../../infra/local/publish-site.ts';
import type { LocalSystem } from '../../infra/local/system.ts';
import { DEMO_CENTER_ID, generateDemoCenter } from '../../shared/demo/demo-center.ts';
import { buildSite } from '../../site/build.ts';
import { honorTitle } from '../../site/src/i18n.ts';
import { formatPeriod } from '../../site/src/util/format.ts';
import { periodPath } from '../../site/src/util/paths.ts';
import { accessibilityViolations, launchBrowser, saveScreenshot } from '../support/browser.ts';
import { startTestSystem } from '../support/system.ts';

const MONTHS = ['2026-07', '2026-08', '2026-09', '2026-10'];
const demo = generateDemoCenter();

const QUARTER = '2026-Q3';
const HONOR = 'quarterly-stars';

let system: LocalSystem;
let browser: Browser;
let published: PublishedDocument[];
const tokens: Record<string, string> = {};
/** What a member of the public wrote in an objection: private, like a complainant's name. */
const objection = { contact: `objector-${randomUUID()}@example.cn`, text: `异议核实材料${randomUUID().slice(0, 8)}，请核查。` };

async function api(method: string, path: string, role?: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${system.url}/api/v1/centers/${DEMO_CENTER_ID}${path}`, {
    method,
    headers: {
      ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json', 'idempotency-key': randomUUID() }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

const selection = async (): Promise<any> => (await api('GET', `/selections/${HONOR}/${QUARTER}`, 'supervisor')).body;
const act = (role: string, body: unknown) => api('POST', `/selections/${HONOR}/${QUARTER}/acts`, role, body);

/** The quarter's stars up to the notice: advanced as the daily tick would, a tie decided by the panel. */
async function putQuarterOnNotice(): Promise<void> {
  for (let step = 0; step < 5 && (await selection()).state !== 'proposed'; step++) {
    const tie = (await selection()).tie;
    if (tie) expect((await act('panel', { action: 'decide-tie', chosen: tie.subjectIds.slice(0, tie.places), reason: '考核小组集体研究决定' })).status).toBe(200);
    expect((await act('supervisor', { action: 'advance' })).status).toBe(200);
  }
  expect((await act('supervisor', { action: 'publish-notice' })).status).toBe(200);
  await system.siteBuilt();
}

const refresh = async () => {
  await system.siteBuilt();
  published = await listPublished(system.store, DEMO_CENTER_ID);
};

beforeAll(async () => {
  [system, browser] = await Promise.all([startTestSystem(MONTHS), launchBrowser()]);
  for (const role of ['supervisor', 'panel'] as const) tokens[role] = await system.issuer.sign({ role, subject: `${role}-1`, centerId: DEMO_CENTER_ID });
  await putQuarterOnNotice();
  await refresh();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const lists = (): HonorList[] => published.filter((d): d is HonorList => d.kind === 'honor-list');
const notices = (): PublicNotice[] => published.filter((d): d is PublicNotice => d.kind === 'notice');

describe('demo center site', () => {
  it('lists every demo window on the October 2026 page, reached from the home page', async () => {
    const page = await browser.newPage();
    await page.goto(`${system.url}/`);
    await page.locator('.month-list').getByRole('link', { name: '2026年10月' }).click();
    await page.waitForURL(/\/months\/2026-10\/$/);
    const table = page.locator('table.evaluation-table');
    const text = await table.innerText();
    for (const w of demo.windows) expect(text).toContain(w.name);
    expect(await table.locator('tbody tr').count()).toBe(20);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'demo-month-2026-10');
    await page.close();
  });

  it('shows the notice in force with the objection form, and takes an objection from the public', async () => {
    const notice = notices().find((n) => n.honorId === HONOR && n.period === QUARTER)!;
    expect(notice).toMatchObject({ inForce: true });
    const page = await browser.newPage();
    await page.goto(`${system.url}/`);
    expect(await page.locator('.notices-now').innerText()).toContain('2026年第三季度“季度服务明星”拟表彰名单');
    await page.locator('.notices-now').getByRole('link', { name: /查看公示、提出异议/ }).click();
    const first = notice.entries[0]!;
    await page.locator(`#${notice.noticeId}`).getByRole('link', { name: new RegExp(`^提出异议\\s*：${first.name}$`) }).click();
    await page.waitForURL((url) => url.searchParams.get('entry') === first.subjectId);
    expect(await page.locator('#intake--noticeId').inputValue()).toBe(notice.noticeId);
    expect(await page.locator('#intake--entry').inputValue()).toBe(first.subjectId);
    await page.locator('#intake--date').fill(dateOf(new Date()));
    await page.locator('#intake--text').fill(objection.text);
    await page.locator('#intake--contact').fill(objection.contact);
    await page.getByRole('button', { name: '提交' }).click();
    const status = page.locator('[data-form-status]', { hasText: '已提交' });
    await status.waitFor();
    const objectionId = /记录编号：\s*([\w.:/-]+)/.exec(await status.innerText())?.[1];
    expect(objectionId).toBeTruthy();
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'demo-objection-submitted');
    await page.close();

    // The center answers it; the list is final on the first tick after the notice's last day.
    const answered = await act('supervisor', { action: 'answer-objection', objectionId, outcome: 'rejected', reason: '经核查，反映情况不属实。' });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect((await selection()).objections).toHaveLength(1);
    const dayAfter = new Date(Date.parse(`${notice.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await system.tickSelections(DEMO_CENTER_ID, `${dayAfter}T00:30:00+08:00`)).published).toBeGreaterThan(0);
    await refresh();
    expect(lists().map((l) => `${l.honorId} ${l.period}`)).toContain(`${HONOR} ${QUARTER}`);
  });

  it('shows every list and notice the demo published, on its page and the board, in both languages', async () => {
    const page = await browser.newPage();
    for (const lang of ['zh', 'en'] as const) {
      for (const list of lists()) {
        await page.goto(`${system.url}${periodPath(list.period, lang)}`);
        const section = page.locator(`#${list.honorId}`);
        // English headings are in title case: "quarterly service stars" → "Quarterly Service Stars".
        expect(await section.locator('.honor-list__title').innerText()).toBe(honorTitle(list.title, lang));
        expect(await section.locator('.honoree__name').allInnerTexts()).toEqual(list.entries.map((e) => e.name));
        expect(await accessibilityViolations(page), `${lang} ${list.honorId} ${list.period}`).toEqual([]);
        if (lang === 'zh') await saveScreenshot(page, `demo-${list.honorId}-${list.period}`);
      }
      await page.goto(`${system.url}${lang === 'zh' ? '' : '/en'}/notices/`);
      for (const notice of notices()) {
        const card = page.locator(`#${notice.noticeId}`);
        expect(await card.locator('.honoree__name').allInnerTexts()).toEqual(notice.entries.map((e) => e.name));
      }
      expect(await accessibilityViolations(page)).toEqual([]);
      if (lang === 'zh') await saveScreenshot(page, 'demo-notices');

      await page.goto(`${system.url}${lang === 'zh' ? '' : '/en'}/`);
      const board = await page.locator('main').innerText();
      for (const notice of notices().filter((n) => n.inForce)) expect(board).toContain(formatPeriod(notice.period, lang));
      for (const list of lists()) expect(board).toContain(honorTitle(list.title, lang));
      if (lang === 'zh') await saveScreenshot(page, 'demo-home');
    }
    await page.close();
  });

  it('publishes no complainant, objector, finding, ledger or officer score: not in a page, a feed or a download', async () => {
    const objectionValues = [objection.contact, objection.text].map((value) => ({ kind: 'objection', value }));
    const secrets = [...privateRecordValues(), ...objectionValues, ...(await privateResultValues())];
    expect(secrets.length).toBeGreaterThan(100);
    const publicText = JSON.stringify(await listPublished(system.store, DEMO_CENTER_ID));
    const rulesText = JSON.stringify(explainRulebook(defaultRulebook()));
    // A number an officer scored may equal a published window figure by chance, and a
    // finding's evidence may be no more than the rule's own words, which
    // /how-scores-work/ explains: neither is a leak.
    const forbidden = secrets.filter((s) => !(s.kind === 'officer score' && publicText.includes(s.value)) && !rulesText.includes(s.value));

    const work = await mkdtemp(path.join(tmpdir(), 'privacy-'));
    try {
      await exportPublished(system.store, DEMO_CENTER_ID, path.join(work, 'published'));
      const { outDir } = await buildSite({ publishedDir: path.join(work, 'published'), outDir: path.join(work, 'site') });
      const files = await siteFiles(outDir);
      expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(40);
      expect(files.some((f) => f.endsWith('feed.xml')) && files.some((f) => f.endsWith('.csv'))).toBe(true);
      const found: string[] = [];
      for (const file of files) {
        const text = decodeEntities(await readFile(file, 'utf8'));
        for (const secret of forbidden) if (text.includes(secret.value)) found.push(`${path.relative(outDir, file)}: ${secret.kind} "${secret.value}"`);
      }
      expect(found).toEqual([]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

interface Secret {
  readonly kind: string;
  readonly value: string;
}

/** What the demo's records hold that only supervisors may see. */
function privateRecordValues(): Secret[] {
  const fields: Record<string, readonly string[]> = {
    complaint: ['complainantName', 'complainantContact', 'summary', 'referralNumber'],
    'complaint-step': ['note', 'extensionReason'],
    finding: ['evidence'],
    veto: ['reason'],
    'veto-appeal': ['grounds'],
    'appeal-decision': ['reason'],
    objection: ['contact', 'text'],
  };
  const secrets: Secret[] = [];
  for (const record of demo.records) {
    const names = fields[record.type];
    if (!names) continue;
    // The record's own id names a complaint or a finding.
    secrets.push({ kind: `${record.type} id`, value: record.id });
    for (const name of names) {
      const value = record.body[name];
      // Short generic notes ("已回复") say nothing about anyone.
      if (typeof value === 'string' && value.length >= (name === 'complainantName' ? 2 : 6)) secrets.push({ kind: `${record.type} ${name}`, value });
    }
  }
  return dedupe(secrets);
}

/** Officers' monthly and period scores and the codes of every ledger line, from the stored results. */
async function privateResultValues(): Promise<Secret[]> {
  const secrets: Secret[] = [];
  for (const period of [...MONTHS, '2026-Q3']) {
    for (const item of await listResults(system.store, DEMO_CENTER_ID, period, '')) {
      const sk = String(item.sk);
      if (/#O#/.test(sk)) {
        for (const shown of [item.scoreShown, item.meanShown]) if (typeof shown === 'string') secrets.push({ kind: 'officer score', value: shown });
      }
      for (const line of (item.ledger as { code: string }[] | undefined) ?? []) {
        // Rule codes (EE.BASE, CAT.FLOOR …); finding codes are the rulebook's, explained in public.
        if (line.code.includes('.')) secrets.push({ kind: 'ledger code', value: line.code });
      }
    }
  }
  expect(secrets.some((s) => s.kind === 'officer score')).toBe(true);
  return dedupe(secrets);
}

const dedupe = (secrets: Secret[]): Secret[] => [...new Map(secrets.map((s) => [s.value, s])).values()];

async function siteFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(html|xml|json|csv|js|txt)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

/** Text as a reader gets it: HTML and XML entities decoded. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

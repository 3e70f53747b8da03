/**
 * Debian's Chromium driven by playwright-core (never `playwright install`), and
 * screenshots under tests/artifacts/ (gitignored) for a person to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { type Browser, type Page, chromium } from 'playwright-core';

const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // No sandbox: test machines run as root in containers. The rest keeps Chromium off the
    // network except for the pages under test.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves a full-page screenshot as tests/artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** axe-core findings against WCAG 2.0–2.2 A/AA and best practice, on the page as it is now. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the site's
  // content security policy (rightly) refuses inline scripts, and the check must run under it.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const inPage = (globalThis as unknown as { axe: typeof axe }).axe;
    const { violations } = await inPage.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return violations.map((v) => `${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/** Prints the page as Chromium does (A4, the page's print stylesheet), saved as tests/artifacts/<name>.pdf. */
export async function printToPdf(page: Page, name: string): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await mkdir(artifactsDir, { recursive: true });
  await writeFile(path.join(artifactsDir, `${name}.pdf`), pdf);
  return pdf;
}

/** The page objects of a PDF (`/Type /Page`, not the `/Pages` tree), counted in its bytes. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/**
 * CJK fonts draw a radical and its ideograph with one glyph (⻩ and 黄), and a PDF's text map
 * may name the radical. Kangxi radicals fold under NFKC; these simplified radicals do not
 * (Unicode's EquivalentUnifiedIdeograph.txt).
 */
const RADICALS: Readonly<Record<string, string>> = {
  '\u2EC5': '见', '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED0': '钅', '\u2ED3': '长', '\u2ED4': '门',
  '\u2ED7': '雨', '\u2ED8': '青', '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食',
  '\u2EE0': '饣', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE7': '卤',
  '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙', '\u2EA0': '民',
  '\u2EC4': '西', '\u2EC1': '虎',
};

/** The text of every page of a PDF, in reading order, as PDF.js extracts it, radicals folded. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const document = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await task.destroy();
  return pages
    .join('\n')
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EFF]/g, (radical) => RADICALS[radical] ?? radical);
}

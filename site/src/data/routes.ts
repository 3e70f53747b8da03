/**
 * The pages that exist for the published documents: one per period with final lists (a
 * month also for its electronic evaluation) and one per window. Each page file in both
 * languages calls these from its getStaticPaths.
 */
import type { Feed } from 'feed';
import type { PeriodKind } from '#core/rules/period';
import type { Lang } from '../i18n.ts';
import { type PublicWindow, periodsOfKind, publicWindows } from '../util/board.ts';
import { downloadName, downloadsOf } from '../util/downloads.ts';
import { buildFeed } from '../util/feeds.ts';
import { quarterSlug } from '../util/paths.ts';
import { readPublished } from './published.ts';

const PARAM: Record<PeriodKind, (period: string) => string> = {
  quarter: quarterSlug,
  year: (year) => year,
  month: (month) => month,
};

export async function periodRoutes(kind: PeriodKind) {
  const { lists, plaques, months } = await readPublished();
  const withLists = periodsOfKind(lists, kind);
  const periods = new Set([...withLists.map((p) => p.period), ...(kind === 'month' ? months.map((m) => m.period) : [])]);
  return [...periods].map((period) => ({
    params: { period: PARAM[kind](period) },
    props: {
      period,
      lists: withLists.find((p) => p.period === period)?.lists ?? [],
      plaques,
      evaluation: months.find((m) => m.period === period),
    },
  }));
}

export async function windowRoutes(): Promise<{ params: { id: string }; props: { window: PublicWindow } }[]> {
  return publicWindows(await readPublished()).map((window) => ({ params: { id: window.windowId }, props: { window } }));
}

/** Every downloadable file: each published list as JSON and as CSV. */
export async function downloadRoutes(format: 'json' | 'csv') {
  const { lists, notices, months, plaques } = await readPublished();
  return [...lists, ...notices, ...months, ...plaques].map((doc) => {
    const file = downloadsOf(doc)[format];
    return { params: { name: downloadName(doc) }, props: { body: file.body, contentType: file.contentType } };
  });
}

/** The feed of published lists in a language, for the site at `site`. */
export async function feedOf(lang: Lang, site: URL | undefined): Promise<Feed> {
  const { center, lists, notices } = await readPublished();
  if (!site) throw new Error('the feeds need absolute addresses: set `site` in astro.config.mjs (SITE_URL)');
  return buildFeed({ center, lists, notices, site, lang });
}

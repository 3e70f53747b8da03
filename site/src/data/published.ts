/**
 * What pages read from the published collections. Pages go through these functions rather
 * than calling getCollection themselves, so ordering rules live in one place.
 *
 * The documents are read once per build: every page needs some of them, and Astro warns
 * at each read of an empty collection (a center with no plaque yet), which would print a
 * warning per page. buildSite names each build (SITE_BUILD_ID), so a later build in the
 * same process reads afresh. (The site has no dev server: it is only ever built.)
 */
import { getCollection, getEntry } from 'astro:content';
import type { CenterProfile, MonthlyEvaluation } from '#core/published';
import { type Published, sortLists } from '../util/board.ts';
import { newestFirst } from '../util/format.ts';
import { publicMonth } from '../util/periods.ts';

let cached: { build: string; published: Promise<Published> } | undefined;

async function load(): Promise<Published> {
  const [center, months, lists, notices, plaques] = await Promise.all([
    getEntry('center', 'center'),
    getCollection('monthlyEvaluations'),
    getCollection('honorLists'),
    getCollection('notices'),
    getCollection('plaqueHistories'),
  ]);
  return {
    center: center?.data,
    // Every page and download reads a month through its public view (util/periods.ts).
    months: newestFirst(months.map((entry) => publicMonth(entry.data))),
    lists: sortLists(lists.map((entry) => entry.data)),
    notices: notices
      .map((entry) => entry.data)
      .toSorted((a, b) => b.start.localeCompare(a.start) || a.noticeId.localeCompare(b.noticeId)),
    plaques: plaques.map((entry) => entry.data),
  };
}

/**
 * Everything published: the center profile (undefined until published), months newest
 * first, final lists newest first (a period's lists in their rulebook's order), notices
 * newest first, plaque histories.
 */
export function readPublished(): Promise<Published> {
  const build = `${process.env.PUBLISHED_DIR ?? ''}#${process.env.SITE_BUILD_ID ?? ''}`;
  if (cached?.build !== build) cached = { build, published: load() };
  return cached.published;
}

export const readCenterProfile = async (): Promise<CenterProfile | undefined> => (await readPublished()).center;
export const listMonthlyEvaluations = async (): Promise<readonly MonthlyEvaluation[]> => (await readPublished()).months;

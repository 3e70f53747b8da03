/**
 * What pages read from the published collections. Pages go through these functions rather
 * than calling getCollection themselves, so ordering rules live in one place.
 */
import { getCollection, getEntry } from 'astro:content';
import type { CenterProfile, HonorList, MonthlyEvaluation, PlaqueHistory, PublicNotice } from '#core/published';
import { type Published, sortLists } from '../util/board.ts';
import { newestFirst } from '../util/format.ts';

/** Undefined until the center profile has been published. */
export async function readCenterProfile(): Promise<CenterProfile | undefined> {
  return (await getEntry('center', 'center'))?.data;
}

export async function listMonthlyEvaluations(): Promise<MonthlyEvaluation[]> {
  return newestFirst((await getCollection('monthlyEvaluations')).map((entry) => entry.data));
}

/** Final lists, newest period first, each period's lists in their rulebook's order. */
export async function listHonorLists(): Promise<HonorList[]> {
  return sortLists((await getCollection('honorLists')).map((entry) => entry.data));
}

/** Notices, newest first. */
export async function listNotices(): Promise<PublicNotice[]> {
  const notices = (await getCollection('notices')).map((entry) => entry.data);
  return notices.toSorted((a, b) => b.start.localeCompare(a.start) || a.noticeId.localeCompare(b.noticeId));
}

export async function listPlaqueHistories(): Promise<PlaqueHistory[]> {
  return (await getCollection('plaqueHistories')).map((entry) => entry.data);
}

/** Everything published, for the pages that combine kinds. */
export async function readPublished(): Promise<Published> {
  const [center, months, lists, notices, plaques] = await Promise.all([
    readCenterProfile(),
    listMonthlyEvaluations(),
    listHonorLists(),
    listNotices(),
    listPlaqueHistories(),
  ]);
  return { center, months, lists, notices, plaques };
}

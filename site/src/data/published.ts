/**
 * What pages read from the published collections. Pages go through these functions rather
 * than calling getCollection themselves, so ordering rules live in one place.
 */
import { getCollection, getEntry } from 'astro:content';
import type { CenterProfile, MonthlyEvaluation } from '#core/published';
import { newestFirst } from '../util/format.ts';

/** Undefined until the center profile has been published. */
export async function readCenterProfile(): Promise<CenterProfile | undefined> {
  return (await getEntry('center', 'center'))?.data;
}

export async function listMonthlyEvaluations(): Promise<MonthlyEvaluation[]> {
  const entries = await getCollection('monthlyEvaluations');
  return newestFirst(entries.map((entry) => entry.data));
}

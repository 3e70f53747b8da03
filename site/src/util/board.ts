/**
 * The honor board's views of the published documents: the current board, the lists of a
 * period, the archive by year, a window's honors and score trend. Pure: pages read the
 * collections and pass them in.
 */
import type { CenterProfile, HonoredEntry, HonorList, MonthlyEvaluation, PlaqueHistory, PublicNotice } from '#core/published';
import { type PeriodKind, periodKindOf } from '#core/rules/period';
import { newestFirst, yearOf } from './format.ts';
import { honorRank } from './rulebooks.ts';
import type { TrendPoint } from './trend-chart.ts';

export interface Published {
  readonly center: CenterProfile | undefined;
  /** Newest first. */
  readonly months: readonly MonthlyEvaluation[];
  /** Newest first (sortLists). */
  readonly lists: readonly HonorList[];
  /** Newest first. */
  readonly notices: readonly PublicNotice[];
  readonly plaques: readonly PlaqueHistory[];
}

/** Newest period first; lists of one period in their rulebook's order of honors. */
export function sortLists(lists: readonly HonorList[]): HonorList[] {
  const ordered = lists.toSorted(
    (a, b) => honorRank(a.rulebook, a.honorId) - honorRank(b.rulebook, b.honorId) || a.honorId.localeCompare(b.honorId),
  );
  return newestFirst(ordered);
}

/** The board shows quarterly honors first, then yearly, then monthly. */
const KIND_ORDER: readonly PeriodKind[] = ['quarter', 'year', 'month'];

export interface BoardSection {
  readonly kind: PeriodKind;
  /** The latest list of each honor of this kind. */
  readonly lists: readonly HonorList[];
}

/** The current honor board: the latest final list of every honor, by kind of period. */
export function currentBoard(lists: readonly HonorList[]): BoardSection[] {
  const latest = new Map<string, HonorList>();
  for (const list of sortLists(lists)) if (!latest.has(list.honorId)) latest.set(list.honorId, list);
  return KIND_ORDER.map((kind) => ({ kind, lists: [...latest.values()].filter((l) => periodKindOf(l.period) === kind) })).filter(
    (section) => section.lists.length > 0,
  );
}

export const noticesInForce = (notices: readonly PublicNotice[]): PublicNotice[] => notices.filter((n) => n.inForce);

/** The periods of one kind that have final lists, newest first, each with its lists. */
export function periodsOfKind(lists: readonly HonorList[], kind: PeriodKind): { period: string; lists: HonorList[] }[] {
  const periods = new Map<string, HonorList[]>();
  for (const list of sortLists(lists)) {
    if (periodKindOf(list.period) !== kind) continue;
    periods.set(list.period, [...(periods.get(list.period) ?? []), list]);
  }
  return [...periods].map(([period, ofPeriod]) => ({ period, lists: ofPeriod }));
}

/** The plaque history of a list's honor, if the honor has a moving plaque. */
export const plaqueOf = (plaques: readonly PlaqueHistory[], honorId: string): PlaqueHistory | undefined =>
  plaques.find((p) => p.honorId === honorId);

/** The windows that hold a plaque now (its newest holders), by subject id. */
export function plaqueHolders(plaque: PlaqueHistory | undefined): { period: string; windows: readonly HonoredEntry[] } | undefined {
  return plaque?.holders[0];
}

export interface ArchiveYear {
  readonly year: string;
  readonly lists: readonly HonorList[];
  readonly notices: readonly PublicNotice[];
  readonly months: readonly MonthlyEvaluation[];
}

/** Every published list by year, newest year first. */
export function archiveByYear(published: Pick<Published, 'lists' | 'notices' | 'months'>): ArchiveYear[] {
  const years = new Set([...published.lists, ...published.notices, ...published.months].map((d) => yearOf(d.period)));
  return [...years]
    .sort((a, b) => b.localeCompare(a))
    .map((year) => ({
      year,
      lists: published.lists.filter((l) => yearOf(l.period) === year),
      notices: published.notices.filter((n) => yearOf(n.period) === year),
      months: published.months.filter((m) => yearOf(m.period) === year),
    }));
}

export interface PublicWindow {
  readonly windowId: string;
  readonly name: string;
  readonly department: string | null;
  readonly departmentEn: string | null;
}

/**
 * Every window the public can read about: the profile's, in the order of the hall, then
 * any other window a published document names (a window closed since, say).
 */
export function publicWindows(published: Pick<Published, 'center' | 'months' | 'lists'>): PublicWindow[] {
  const windows = new Map<string, PublicWindow>();
  for (const w of published.center?.windows ?? []) windows.set(w.windowId, w);
  for (const list of published.lists) {
    for (const e of list.entries) {
      if (e.windowId && !windows.has(e.windowId)) {
        windows.set(e.windowId, { windowId: e.windowId, name: e.windowName ?? e.windowId, department: e.department, departmentEn: e.departmentEn });
      }
    }
  }
  for (const month of published.months) {
    for (const w of month.windows) {
      if (!windows.has(w.windowId)) windows.set(w.windowId, { windowId: w.windowId, name: w.windowId, department: null, departmentEn: null });
    }
  }
  return [...windows.values()];
}

export interface WindowHonor {
  readonly list: HonorList;
  /** The window itself, or its officers, on that list. */
  readonly entries: readonly HonoredEntry[];
}

/** A window's honors, newest first: lists naming the window or one of its officers. */
export function windowHonors(windowId: string, lists: readonly HonorList[]): WindowHonor[] {
  return sortLists(lists).flatMap((list) => {
    const entries = list.entries.filter((e) => e.windowId === windowId);
    return entries.length > 0 ? [{ list, entries }] : [];
  });
}

/** A window's monthly 100-point scores, oldest month first; null where a month has none. */
export function windowTrend(windowId: string, months: readonly MonthlyEvaluation[]): TrendPoint[] {
  return months
    .filter((m) => m.windows.some((w) => w.windowId === windowId))
    .map((m) => ({ period: m.period, score: m.windows.find((w) => w.windowId === windowId)!.score }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

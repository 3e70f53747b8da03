/**
 * 评选 — candidate pools, quotas and proposed lists of the rulebook's honors. DOMAIN.md §6.
 *
 * - Quarterly stars [seed 003]: the nominated, ranked by the quarter's mean monthly score; 10.
 * - Quarterly composite [seed 001 (a)]: a pool of the top 8 windows / 13 officers by mean
 *   monthly score (`candidatePool`), then the composite of §4.5; 5 windows, 10 officers.
 * - Yearly stars [seed 003]: holders of the year's quarterly stars, more titles first, then
 *   the year's mean monthly score; 10.
 * - Excellent windows [seed 003]: by the year's mean monthly window score; 8.
 * - Monthly best windows [seed 002]: by the scheme's own points (rules/best-window.ts), its
 *   disqualified windows out; ≥ 90 points, at most ⌊20%⌋ of the windows but at least 1, none
 *   when nobody reaches 90.
 * - Civilized windows and officers [seed 001 (b)]: 2 + 2 a month, 2 + 2 a year.
 * - Gold awards [seed 000]: the nominated, by the panel's mean score; 5 + 10 + 5–10.
 *
 * Everyone ineligible is listed with the reasons; ties at the cut are returned for the panel
 * (ranking.ts). The same inputs in any order give the same selection.
 */
import type { LedgerLine } from '../ledger.ts';
import { type Points, ZERO, cmp, floorInt, fraction, mul, pts, round2 } from '../points.ts';
import type { Honor } from '../rulebook/honor.ts';
import { type RulebookRef, rulebookRef } from '../rulebook/ref.ts';
import type { Rulebook } from '../rulebook/schema.ts';
import {
  type EligibilityFacts,
  type Exclusion,
  type VetoEvent,
  type WindowStanding,
  exclusions,
  lowestWindows,
} from './eligibility.ts';
import { type BestWindowFacts, type BestWindowScore, bestWindowScores } from './best-window.ts';
import { type CityFacts, cityPreconditionExclusions } from './city-nomination.ts';
import { monthsOf, periodKindOf } from './period.ts';
import {
  type MonthlyScoreRef,
  type ScoreSlip,
  quarterlyComposite,
  weightedMonthlyMean,
  weightedSlipMean,
} from './quarterly-composite.ts';
import { type RankedEntry, type TieBreakMetrics, type TieBreakerMetric, cutAt, rankCandidates } from './ranking.ts';

export interface Contender extends EligibilityFacts {
  readonly metrics: TieBreakMetrics;
  /** The period's monthly scores, for rankings by mean monthly score and the composite. */
  readonly monthlyScores?: readonly MonthlyScoreRef[];
  readonly nominations?: readonly { readonly by: 'window' | 'supervisor'; readonly recordId: string }[];
  /** Titles of the honor the entry names, won within the period. */
  readonly titles?: readonly { readonly period: string; readonly recordId: string }[];
  readonly ballots?: readonly ScoreSlip[];
  readonly panelScores?: readonly ScoreSlip[];
  /** Windows, for an honor ranked by the best-window scheme: the month's facts it reads. */
  readonly bestWindow?: BestWindowFacts;
  /** For an honor with the city scheme's preconditions: what they read. */
  readonly city?: CityFacts;
}

export interface SelectionInput {
  readonly honorId: string;
  readonly period: string;
  readonly contenders: readonly Contender[];
  readonly vetoes: readonly VetoEvent[];
  /** Every window's standing in the period, where heads of the lowest windows are out. */
  readonly windowStandings?: readonly WindowStanding[];
  /** Officers per window, where windows nominate by their size. */
  readonly windowOfficers?: Readonly<Record<string, number>>;
}

export interface SelectionEntry {
  readonly subjectId: string;
  readonly rank: number;
  /** The ranking score: mean monthly score, composite or panel mean. */
  readonly score: Points;
  /** Titles held, for rankings by titles. */
  readonly titles: number | null;
  /** The tie-breakers consulted to place it among equal scores, with its values. */
  readonly tieBreaks: readonly { readonly metric: TieBreakerMetric; readonly value: string | null }[];
  /** How the ranking score was computed; the lines sum to it. */
  readonly ledger: readonly LedgerLine[];
  /** For a ranking by the best-window scheme: its five items and the capped bonuses, which sum to the score. */
  readonly items?: BestWindowScore['items'];
}

export interface Selection {
  readonly honorId: string;
  readonly period: string;
  /** `pool`: the candidates of a composite honor; `final`: the proposed list. */
  readonly stage: 'pool' | 'final';
  readonly rulebook: RulebookRef;
  readonly places: number;
  readonly selected: readonly SelectionEntry[];
  /** Tied across the cut for `places` places: the panel decides and records why. */
  readonly tie: { readonly places: number; readonly entries: readonly SelectionEntry[] } | null;
  readonly notSelected: readonly SelectionEntry[];
  /** Eligible but under the honor's minimum score. */
  readonly belowMinimumScore: readonly SelectionEntry[];
  readonly ineligible: readonly { readonly subjectId: string; readonly exclusions: readonly Exclusion[] }[];
  /** Fewer places can be filled than the quota's minimum (e.g. gold enterprises 5–10). */
  readonly shortOfMinimum: boolean;
}

interface Ranked {
  readonly id: string;
  readonly keys: readonly Points[];
  readonly metrics: TieBreakMetrics;
  readonly score: Points;
  readonly titles: number | null;
  readonly ledger: readonly LedgerLine[];
  readonly items?: BestWindowScore['items'];
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function honorOf(rulebook: Rulebook, input: SelectionInput): Honor {
  const honor = rulebook.honors.find((h) => h.id === input.honorId);
  if (!honor) throw new RangeError(`honor ${input.honorId} is not in rulebook ${rulebook.id}`);
  if (periodKindOf(input.period) !== honor.period) throw new RangeError(`${honor.id} is a ${honor.period} honor, not for ${input.period}`);
  return honor;
}

function checkNominationLimits(honor: Honor, entrants: readonly Contender[], windowOfficers: SelectionInput['windowOfficers']): void {
  if (honor.entry.kind !== 'nominations' || !honor.entry.perWindow) return;
  const perWindow = new Map<string, number>();
  for (const c of entrants) {
    const byWindow = (c.nominations ?? []).filter((n) => n.by === 'window').length;
    if (byWindow === 0) continue;
    if (!c.windowId) throw new RangeError(`${c.id}: a window nomination needs the officer's window`);
    perWindow.set(c.windowId, (perWindow.get(c.windowId) ?? 0) + 1);
  }
  for (const [windowId, nominated] of [...perWindow].sort()) {
    const officers = windowOfficers?.[windowId];
    if (officers === undefined) throw new RangeError(`window ${windowId}: its number of officers is needed`);
    const band = honor.entry.perWindow.find((b) => b.upToOfficers === null || officers <= b.upToOfficers);
    if (!band || nominated > band.nominees) {
      throw new RangeError(`window ${windowId} (${officers} officers) nominated ${nominated}, more than ${band?.nominees ?? 0}`);
    }
  }
}

function entrantsOf(honor: Honor, input: SelectionInput): Contender[] {
  const contenders = [...input.contenders].sort(byId);
  if (new Set(contenders.map((c) => c.id)).size !== contenders.length) throw new RangeError('a contender is listed twice');
  switch (honor.entry.kind) {
    case 'all':
      return contenders;
    case 'nominations': {
      const entrants = contenders.filter((c) => (c.nominations ?? []).length > 0);
      checkNominationLimits(honor, entrants, input.windowOfficers);
      return entrants;
    }
    case 'title-holders': {
      const months = new Set(monthsOf(input.period));
      for (const c of contenders) {
        const outside = (c.titles ?? []).find((t) => !monthsOf(t.period).every((m) => months.has(m)));
        if (outside) throw new RangeError(`${c.id}: title ${outside.recordId} of ${outside.period} is outside ${input.period}`);
      }
      return contenders.filter((c) => (c.titles ?? []).length > 0);
    }
  }
}

function need<T>(value: T | undefined, contender: Contender, what: string): T {
  if (value === undefined) throw new RangeError(`${contender.id}: ${what} are needed`);
  return value;
}

function meanScore(c: Contender): { score: Points; ledger: readonly LedgerLine[] } {
  const { value, ledger } = weightedMonthlyMean(need(c.monthlyScores, c, 'monthly scores'));
  return { score: value, ledger };
}

/** Best-window scores of every entrant, where the honor ranks by that scheme (volume ranks need the whole field). */
function bestWindowOf(honor: Honor, entrants: readonly Contender[]): Map<string, BestWindowScore> | null {
  if (honor.ranking.kind !== 'best-window-scheme') return null;
  return bestWindowScores(entrants.map((c) => need(c.bestWindow, c, 'best-window facts')), honor.ranking.scheme);
}

function rankedFor(honor: Honor, stage: Selection['stage'], c: Contender, rulebook: Rulebook, bestWindow: Map<string, BestWindowScore> | null): Ranked {
  const base = { id: c.id, metrics: c.metrics, titles: null };
  const ranking = stage === 'pool' ? 'mean-monthly-score' : honor.ranking.kind;
  switch (ranking) {
    case 'mean-monthly-score': {
      const { score, ledger } = meanScore(c);
      return { ...base, keys: [score], score, ledger };
    }
    case 'titles-then-mean-score': {
      const { score, ledger } = meanScore(c);
      const titles = (c.titles ?? []).length;
      const titleLine = { code: 'SEL.TITLES', points: ZERO, records: (c.titles ?? []).map((t) => t.recordId).sort(), detail: { titles } };
      return { ...base, keys: [fraction(titles), score], score, titles, ledger: [titleLine, ...ledger] };
    }
    case 'panel-score': {
      const { value, ledger } = weightedSlipMean('SEL.PANEL', need(c.panelScores, c, 'panel scores'), pts(1));
      return { ...base, keys: [value], score: value, ledger };
    }
    case 'best-window-scheme': {
      const scored = bestWindow?.get(c.id);
      if (!scored) throw new RangeError(`${c.id}: best-window facts are needed`);
      return { ...base, keys: [scored.score], score: scored.score, ledger: scored.ledger, items: scored.items };
    }
    case 'composite': {
      const result = quarterlyComposite(
        {
          monthlyScores: need(c.monthlyScores, c, 'monthly scores'),
          ballots: need(c.ballots, c, 'ballots'),
          panelScores: need(c.panelScores, c, 'panel scores'),
        },
        rulebook.compositeWeights!,
      );
      return { ...base, keys: [result.composite], score: result.composite, ledger: result.ledger };
    }
  }
}

function placesFor(honor: Honor, stage: Selection['stage'], entrants: number): number {
  if (stage === 'pool') return honor.ranking.kind === 'composite' ? honor.ranking.poolSize : 0;
  const { quota } = honor;
  if (quota.kind === 'fixed') return quota.places;
  // A share of the whole field entered (all windows scored), eligible or not.
  return Math.max(quota.atLeast, Number(floorInt(mul(pts(quota.share), fraction(entrants)))));
}

function select(rulebook: Rulebook, input: SelectionInput, stage: Selection['stage']): Selection {
  const honor = honorOf(rulebook, input);
  const entrants = entrantsOf(honor, input);
  const standings = input.windowStandings ?? [];
  const bottomCount = honor.eligibility.excludeHeadsOfBottomWindows;
  if (bottomCount !== undefined && standings.length === 0) throw new RangeError(`${honor.id}: window standings are needed`);
  const lowest = bottomCount === undefined ? null : lowestWindows(standings, bottomCount, rulebook);
  const context = { honor, period: input.period, vetoes: input.vetoes, lowest, rulebook };
  const bestWindow = bestWindowOf(honor, entrants);

  const ineligible: Selection['ineligible'][number][] = [];
  const ranked: Ranked[] = [];
  for (const contender of entrants) {
    const disqualified: Exclusion[] = (bestWindow?.get(contender.id)?.disqualified ?? []).map((d) => ({ rule: 'disqualified', records: d.records, detail: { code: d.code } }));
    const city = honor.eligibility.cityPreconditions;
    const unmet = city && honor.subject !== 'enterprise' ? cityPreconditionExclusions(honor.subject, need(contender.city, contender, 'precondition facts'), city, input.period) : [];
    const reasons = [...exclusions(contender, context), ...disqualified, ...unmet];
    if (reasons.length > 0) ineligible.push({ subjectId: contender.id, exclusions: reasons });
    else ranked.push(rankedFor(honor, stage, contender, rulebook, bestWindow));
  }

  const minimum = stage === 'final' && honor.minScore !== undefined ? pts(honor.minScore) : null;
  const reaches = (r: Ranked): boolean => minimum === null || cmp(round2(r.score), minimum) >= 0;
  const groups = rankCandidates(ranked, rulebook.tieBreakers);
  const places = placesFor(honor, stage, entrants.length);
  const cut = cutAt(
    groups.map((g) => g.filter((e) => reaches(e.candidate))).filter((g) => g.length > 0),
    places,
  );

  const entry = (e: RankedEntry<Ranked>): SelectionEntry => ({
    subjectId: e.candidate.id,
    rank: e.rank,
    score: e.candidate.score,
    titles: e.candidate.titles,
    tieBreaks: e.tieBreaks,
    ledger: e.candidate.ledger,
    ...(e.candidate.items ? { items: e.candidate.items } : {}),
  });
  const filled = cut.selected.length + (cut.tie?.places ?? 0);
  return {
    honorId: honor.id,
    period: input.period,
    stage,
    rulebook: rulebookRef(rulebook),
    places,
    selected: cut.selected.map(entry),
    tie: cut.tie ? { places: cut.tie.places, entries: cut.tie.entries.map(entry) } : null,
    notSelected: cut.notSelected.map(entry),
    belowMinimumScore: groups.flat().filter((e) => !reaches(e.candidate)).map(entry),
    ineligible,
    shortOfMinimum: stage === 'final' && honor.quota.kind === 'fixed' && filled < (honor.quota.minimum ?? 0),
  };
}

/** An input a ranking needs and does not have yet: a contender's scores, or the window standings. */
export interface MissingInput {
  readonly subjectId: string | null;
  readonly what: 'monthly scores' | 'ballots' | 'panel scores' | 'window standings' | 'best-window facts';
}

/**
 * What the ranking of `stage` would need and lacks, for the eligible entrants: an empty list
 * means `candidatePool` / `selectHonor` can run. A value, not an error, so that a selection
 * can wait and say for what.
 */
export function missingInputs(rulebook: Rulebook, input: SelectionInput, stage: Selection['stage']): MissingInput[] {
  const honor = honorOf(rulebook, input);
  const missing: MissingInput[] = [];
  const bottomCount = honor.eligibility.excludeHeadsOfBottomWindows;
  if (bottomCount !== undefined && (input.windowStandings ?? []).length === 0) return [{ subjectId: null, what: 'window standings' }];
  const lowest = bottomCount === undefined ? null : lowestWindows(input.windowStandings ?? [], bottomCount, rulebook);
  const context = { honor, period: input.period, vetoes: input.vetoes, lowest, rulebook };
  const ranking = stage === 'pool' ? 'mean-monthly-score' : honor.ranking.kind;
  const entrants = entrantsOf(honor, input);
  if (ranking === 'best-window-scheme') {
    // Every entrant's facts, disqualified or not: the volume ranks take the whole field.
    return entrants.filter((c) => !c.bestWindow).map((c) => ({ subjectId: c.id, what: 'best-window facts' as const }));
  }
  const needs: MissingInput['what'][] =
    ranking === 'panel-score' ? ['panel scores'] : ranking === 'composite' ? ['monthly scores', 'ballots', 'panel scores'] : ['monthly scores'];
  for (const c of entrants) {
    if (exclusions(c, context).length > 0) continue;
    const has = { 'monthly scores': c.monthlyScores, ballots: c.ballots, 'panel scores': c.panelScores, 'window standings': [], 'best-window facts': [] };
    for (const what of needs) if ((has[what] ?? []).length === 0) missing.push({ subjectId: c.id, what });
  }
  return missing;
}

/** The candidates of a composite honor: the top of the pool by mean monthly score [seed 001 (a)]. */
export function candidatePool(rulebook: Rulebook, input: SelectionInput): Selection {
  const honor = honorOf(rulebook, input);
  if (honor.ranking.kind !== 'composite') throw new RangeError(`${honor.id} has no candidate pool`);
  return select(rulebook, input, 'pool');
}

/**
 * The proposed list of an honor. For a composite honor, the contenders are the pool's
 * candidates (as the panel settled any tie at the pool's cut), with their ballots and panel
 * scores.
 */
export function selectHonor(rulebook: Rulebook, input: SelectionInput): Selection {
  return select(rulebook, input, 'final');
}

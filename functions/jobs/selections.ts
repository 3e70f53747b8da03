/**
 * The selections of a center, run against the store: opening a selection when its period
 * is due, gathering its facts (core/selection/contenders.ts) for the candidates and the
 * assessment, the scheduled daily tick, the panel's and center's acts, and publishing the
 * notice and the final list for the site. The decisions are the state machine's
 * (core/selection/state-machine.ts); this module only reads, calls and writes.
 */
import { type WorkingCalendar, createCalendar } from '#core/calendar';
import { fromExact } from '#core/points';
import { dateOf } from '#core/records/common';
import { defaultRulebook } from '#core/rulebook/default';
import type { Honor } from '#core/rulebook/honor';
import { rulebookRef } from '#core/rulebook/ref';
import type { Rulebook } from '#core/rulebook/schema';
import { addMonths, monthsOf, periodKindOf } from '#core/rules/period';
import { titleYears } from '#core/rules/city-nomination';
import { type SelectionFacts, type SelectionSources, type StoredMonthlyScore, selectionFacts, selectionMonths } from '#core/selection/contenders';
import { selectionSchedule } from '#core/selection/schedule';
import { type FiledObjection, duePeriods, newObjections, objectionMonths, periodReadiness, rankForStep } from '#core/selection/steps';
import {
  type Act,
  type Refusal,
  type SelectionFlow,
  SCHEDULER,
  enterCandidates,
  openSelection,
  recordAssessment,
  recordObjection,
  tick,
} from '#core/selection/state-machine';
import { CENTER_SUBJECT } from '#core/aggregates';
import type { ObjectionBody } from '#core/records/objection';
import { noticeIdOf } from '#core/published';
import { type MonthReader, listAggregatesForMonth, listFacts } from '#store/aggregates';
import { listOfficers, listWindows } from '#store/center';
import type { Store } from '#store/client';
import { hasResults, listResults } from '#store/results';
import { type StoredSelection, listSelections, saveSelection } from '#store/selections';
import { getCalendarOverrides, listRulebooks } from '#store/settings';
import { publishSelection } from './selection-documents.ts';

/** The rulebooks a center has had (the default first) and its calendar, read fresh. */
export interface SelectionSettings {
  readonly current: Rulebook;
  readonly rulebooks: readonly Rulebook[];
  readonly calendar: WorkingCalendar;
}

export async function selectionSettings(store: Store, centerId: string): Promise<SelectionSettings> {
  const [stored, overrides] = await Promise.all([listRulebooks(store, centerId), getCalendarOverrides(store, centerId)]);
  return { current: stored.at(-1) ?? defaultRulebook(), rulebooks: [defaultRulebook(), ...stored], calendar: createCalendar(overrides) };
}

/** The rulebook version a selection opened under. */
export function rulebookOf(settings: SelectionSettings, selection: StoredSelection): Rulebook {
  const found = settings.rulebooks.find((r) => r.hash === selection.rulebook.hash);
  if (!found) throw new Error(`rulebook ${selection.rulebook.id} ${selection.rulebook.version} is no longer stored`);
  return found;
}

export function honorOf(rulebook: Rulebook, honorId: string): Honor {
  const honor = rulebook.honors.find((h) => h.id === honorId);
  if (!honor) throw new Error(`rulebook ${rulebook.id} ${rulebook.version} has no honor ${honorId}`);
  return honor;
}

async function monthlyScores(store: Store, centerId: string, months: readonly string[]) {
  const entries = await Promise.all(
    months.map(async (month) => {
      const items = await listResults(store, centerId, month, 'MS#');
      const bySubject = new Map<string, StoredMonthlyScore>(
        items.map((item) => [
          String(item.sk).slice('MS#'.length),
          { score: fromExact(String(item.score)), deductionPoints: fromExact(String(item.deductionPoints)), resultId: `${centerId}/${month}/${item.sk}` },
        ]),
      );
      return [month, bySubject] as const;
    }),
  );
  return new Map(entries);
}

/** Final titles of `honorId` whose period lies within `period` (yearly stars from quarterly stars). */
async function titlesWithin(store: Store, centerId: string, honorId: string, period: string) {
  const months = new Set(monthsOf(period));
  return (await listSelections(store, centerId))
    .map((s) => s.flow)
    .filter((f) => f.honorId === honorId && f.state === 'final' && monthsOf(f.period).every((m) => months.has(m)))
    .flatMap((f) => f.proposed.map((p) => ({ subjectId: p.subjectId, period: f.period, recordId: `selection:${f.honorId}:${f.period}` })));
}

/**
 * The past titles the city scheme's preconditions count (seed 001 (c)): each window's final
 * titles of the rulebook's named yearly honor, or each officer's yearly 优秀 grades, in the
 * lookback years.
 */
async function pastTitles(store: Store, centerId: string, honor: Honor, period: string): Promise<NonNullable<SelectionSources['pastTitles']>> {
  const rules = honor.eligibility.cityPreconditions;
  if (!rules) return [];
  const years = titleYears(period, rules);
  if (honor.subject === 'window') {
    const { titleHonorId } = rules;
    if (!titleHonorId) return [];
    return (await listSelections(store, centerId))
      .map((s) => s.flow)
      .filter((f) => f.honorId === titleHonorId && f.state === 'final' && years.includes(f.period))
      .flatMap((f) => f.proposed.map((p) => ({ subjectId: p.subjectId, year: f.period, record: `selection:${f.honorId}:${f.period}` })));
  }
  const graded = await Promise.all(
    years.map(async (year) =>
      (await listResults(store, centerId, year, YEARLY_OFFICER_PREFIX))
        .filter((item) => item.grade === 'excellent')
        .map((item) => ({ subjectId: String(item.sk).slice(YEARLY_OFFICER_PREFIX.length), year, record: `${centerId}/${year}/${String(item.sk)}` })),
    ),
  );
  return graded.flat();
}
const YEARLY_OFFICER_PREFIX = 'YA#O#';

export async function gatherFacts(
  store: Store,
  centerId: string,
  honor: Honor,
  period: string,
  rulebook: Rulebook,
  calendar: WorkingCalendar,
  /** A reader shared by several gatherings (an officer's standing over a quarter and a year) reads each month once. */
  readMonth: MonthReader = (m) => listAggregatesForMonth(store, centerId, m),
): Promise<SelectionFacts> {
  const months = selectionMonths(period);
  const [windows, officers, aggregates, scores, titles, past] = await Promise.all([
    listWindows(store, centerId),
    listOfficers(store, centerId),
    Promise.all(months.map(async (m) => [m, await readMonth(m)] as const)),
    monthlyScores(store, centerId, monthsOf(period)),
    honor.entry.kind === 'title-holders' ? titlesWithin(store, centerId, honor.entry.honorId, period) : Promise.resolve([]),
    pastTitles(store, centerId, honor, period),
  ]);
  return selectionFacts({ honor, period, windows, officers, aggregates: new Map(aggregates), monthlyScores: scores, titles, pastTitles: past, calendar }, rulebook);
}

/** The objections filed against the selection's notice: the center's objection facts of each month it ran. */
async function filedObjections(store: Store, flow: SelectionFlow): Promise<FiledObjection[]> {
  const facts = (await Promise.all(objectionMonths(flow).map((m) => listFacts(store, flow.centerId, m, CENTER_SUBJECT, 'objection')))).flat();
  return (facts as unknown as { recordId: string; body: ObjectionBody }[]).map(({ recordId, body }) => ({
    recordId,
    noticeId: body.noticeId,
    entry: body.entry,
    date: body.date,
  }));
}

/** Takes the notice's new objections into the history, each on the day it was raised (never before the last step). */
export async function takeObjections(store: Store, flow: SelectionFlow): Promise<SelectionFlow> {
  let current = flow;
  for (const objection of newObjections(flow, noticeIdOf(flow.honorId, flow.period), await filedObjections(store, flow))) {
    const last = current.history.at(-1)!.at;
    const at = objection.date > last ? objection.date : last;
    const step = recordObjection(current, objection, { at, by: 'public', why: `异议 ${objection.id} / objection ${objection.id}` });
    if (step.ok) current = step.selection;
    else console.log(JSON.stringify({ level: 'warn', msg: 'objection not taken', objection: objection.id, refusal: step.refusal }));
  }
  return current;
}

export interface Advance {
  readonly selection: StoredSelection;
  /** True when there is something to save. */
  readonly changed: boolean;
  /** Why it does not move further today; null once final or void. */
  readonly waiting: Refusal | null;
}

/**
 * Takes every step that is due on `today` and needs nobody's input: entering the
 * candidates and recording the assessment from the store's facts, then the state machine's
 * own tick (voting opens, the list is proposed, the notice ends in a final list).
 */
export async function advanceSelection(store: Store, settings: SelectionSettings, selection: StoredSelection, today: string): Promise<Advance> {
  const rulebook = rulebookOf(settings, selection);
  const honor = honorOf(rulebook, selection.flow.honorId);
  const { deadlines } = selectionSchedule(honor, selection.flow.period, settings.calendar);
  const act = (why: string): Act => ({ at: today, by: SCHEDULER, why });
  let flow = selection.flow;
  let deeds = selection.deeds;
  let waiting: Refusal | null = null;
  for (;;) {
    const deadline = flow.state === 'open' || flow.state === 'voting' ? deadlines[flow.state] : undefined;
    if (deadline !== undefined && today > deadline) {
      const entering = flow.state === 'open';
      const readiness = periodReadiness(honor, flow.period, today, await scoredMonths(store, flow.centerId, flow.period), settings.calendar);
      if (!readiness.ready) {
        waiting = readiness.refusal;
        break;
      }
      const facts = await gatherFacts(store, flow.centerId, honor, flow.period, rulebook, settings.calendar);
      const ranking = rankForStep(rulebook, honor, facts.input, entering ? 'candidates' : 'assessment');
      if (!ranking.ok) {
        waiting = ranking.refusal;
        break;
      }
      const result = ranking.selection;
      deeds = Object.fromEntries([...facts.deeds].sort());
      const why = `期限 ${deadline} 已过 / the deadline ${deadline} passed`;
      const step = entering ? enterCandidates(flow, result, act(why)) : recordAssessment(flow, result, act(why));
      if (!step.ok) {
        waiting = step.refusal;
        break;
      }
      flow = step.selection;
      continue;
    }
    if (flow.state === 'notice') flow = await takeObjections(store, flow);
    const ticked = tick(flow, today, deadlines);
    waiting = ticked.waiting;
    if (ticked.selection === flow) break;
    flow = ticked.selection;
  }
  // A selection opened just now is unsaved: it changed even if it took no step.
  const changed = flow !== selection.flow || selection.version === 0;
  return { selection: { ...selection, flow, deeds }, changed, waiting };
}

async function scoredMonths(store: Store, centerId: string, period: string): Promise<Set<string>> {
  const months = monthsOf(period);
  const scored = await Promise.all(months.map((month) => hasResults(store, centerId, month, 'MS#')));
  return new Set(months.filter((_, i) => scored[i]));
}

export interface TickOutcome {
  readonly honorId: string;
  readonly period: string;
  readonly state: string;
  readonly changed: boolean;
  readonly waiting: Refusal | null;
  /** Keys of the documents published for the site. */
  readonly published: readonly string[];
}

/** Someone else saved the selection between our read and our write. */
export class SelectionConflict extends Error {}

/** Saves and publishes an advanced selection; throws SelectionConflict when someone else wrote first. */
export async function commit(store: Store, settings: SelectionSettings, advance: Advance, now: Date): Promise<string[]> {
  if (!advance.changed) return [];
  if (!(await saveSelection(store, advance.selection, now.toISOString()))) {
    throw new SelectionConflict(`selection ${advance.selection.flow.honorId} ${advance.selection.flow.period} changed meanwhile; run again`);
  }
  return publishSelection(store, advance.selection, rulebookOf(settings, advance.selection), now);
}

/**
 * A new, unsaved selection of an honor of the center's current rulebook, when its period is
 * due on `today` and has anything to select (a period nobody was scored in has not).
 */
export async function openIfDue(store: Store, settings: SelectionSettings, centerId: string, honorId: string, period: string, today: string): Promise<StoredSelection | undefined> {
  const honor = settings.current.honors.find((h) => h.id === honorId);
  if (!honor || periodKindOf(period) !== honor.period || today < selectionSchedule(honor, period, settings.calendar).opensOn) return undefined;
  if (honor.ranking.kind !== 'panel-score' && (await scoredMonths(store, centerId, period)).size === 0) return undefined;
  const flow = openSelection({ centerId, honorId, period }, { at: today, by: SCHEDULER, why: `${period} 评选开始 / the ${period} selection opens` });
  return { flow, rulebook: rulebookRef(settings.current), deeds: {}, version: 0 };
}

/**
 * The daily tick (每日推进): opens the selections that are due under the center's rulebook and
 * advances every one not yet final or void. Running it twice on a day changes nothing more.
 */
export async function tickSelections(store: Store, centerId: string, now: Date, onSelection?: (o: TickOutcome) => void): Promise<TickOutcome[]> {
  const today = dateOf(now);
  const settings = await selectionSettings(store, centerId);
  const existing = await listSelections(store, centerId);
  const known = new Set(existing.map((s) => `${s.flow.honorId}#${s.flow.period}`));
  const opened: StoredSelection[] = [];
  for (const honor of settings.current.honors) {
    for (const period of duePeriods(honor, today)) {
      if (known.has(`${honor.id}#${period}`)) continue;
      const selection = await openIfDue(store, settings, centerId, honor.id, period, today);
      if (selection) opened.push(selection);
    }
  }
  const outcomes: TickOutcome[] = [];
  for (const selection of [...existing.filter((s) => s.flow.state !== 'final' && s.flow.state !== 'void'), ...opened]) {
    const advance = await advanceSelection(store, settings, selection, today);
    const published = await commit(store, settings, advance, now);
    const { flow } = advance.selection;
    const outcome = { honorId: flow.honorId, period: flow.period, state: flow.state, changed: advance.changed, waiting: advance.waiting, published };
    onSelection?.(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}


/**
 * Scheduled score run (定时评分): invoked by EventBridge Scheduler in AWS, by the local
 * scheduler under `npm start` and by `npm run score`. A schedule names a relative period
 * ("previous-month", "previous-quarter") so one fixed input serves every period. A quarter
 * or a year is scored month by month; unchanged months write nothing.
 */
import { dateOf, monthOf } from '#core/records/common';
import { sourceParts } from '#core/score-inputs';
import { monthsOf, periodKindOf, periodRulesDate } from '#core/rules/period';
import { monthReader } from '#store/aggregates';
import { rosterReader } from '#store/center';
import { defaultStore } from '#store/client';
import { rekeyFactsTypeFirst } from '#store/fact-layout';
import { resultsReader } from '#store/results';
import { centerSettings } from './center-settings.ts';
import { forEveryCenter } from './every-center.ts';
import { scoreAndPublishMonth } from './jobs/monthly-evaluation.ts';
import { runMonthlyScores } from './jobs/monthly-scores.ts';
import { runPeriodMeans } from './jobs/period-means.ts';
import { type RunScoresEvent, resolvePeriod, runScoresEvent } from './jobs/periods.ts';
import { runYearlyAssessment } from './jobs/yearly-assessment.ts';

const store = defaultStore();

/** A table an earlier version wrote is rekeyed before its first run here reads facts by type (one GetItem after). */
let rekeyed: Promise<unknown> | undefined;
const factsTypeFirst = (): Promise<unknown> => {
  rekeyed ??= rekeyFactsTypeFirst(store, new Date(), (line) => console.log(JSON.stringify({ level: 'info', msg: line }))).catch((error: unknown) => {
    rekeyed = undefined;
    throw error;
  });
  return rekeyed;
};

export interface RunOutcome {
  readonly centerId: string;
  readonly period: string;
  readonly months: readonly { readonly month: string; readonly changed: boolean }[];
  /** False when every month's inputs and rulebook were those of its last run: nothing was written. */
  readonly changed: boolean;
}

/** What a schedule sends: the period alone, for every center listed in the table. */
export const everyCenterEvent = runScoresEvent.omit({ centerId: true });

export interface EveryCenterOutcome {
  readonly centers: readonly RunOutcome[];
  readonly changed: boolean;
}

export async function handler(input: RunScoresEvent, onMonth?: (month: string, done: number, total: number) => void): Promise<RunOutcome>;
export async function handler(input: unknown, onMonth?: (month: string, done: number, total: number) => void): Promise<RunOutcome | EveryCenterOutcome>;
export async function handler(input: unknown, onMonth?: (month: string, done: number, total: number) => void): Promise<RunOutcome | EveryCenterOutcome> {
  await factsTypeFirst();
  const every = everyCenterEvent.safeParse(input);
  if (!every.success) return runCenter(runScoresEvent.parse(input), onMonth);
  const outcomes = await forEveryCenter(store, (centerId) => runCenter({ centerId, period: every.data.period }));
  return { centers: outcomes, changed: outcomes.some((o) => o.changed) };
}

async function runCenter(event: RunScoresEvent, onMonth?: (month: string, done: number, total: number) => void): Promise<RunOutcome> {
  const now = new Date();
  const resolved = resolvePeriod(event.period, now);
  const months = monthsOf(resolved).filter((m) => m <= monthOf(now));
  const outcomes: { month: string; changed: boolean }[] = [];
  const { rulebookAt, calendar } = await centerSettings(store, event.centerId, now);
  // The period's means and yearly assessment follow the version in force at its end.
  const rulebook = rulebookAt(periodRulesDate(resolved, dateOf(now)));
  // Each month's aggregates and facts of a type are read once in the run, though a month's
  // scores read parts of its neighbours too (the quarter's inspections, the month before's
  // device faults), and of its facts only the types the scores read. The windows and
  // officers are read once too.
  const readMonth = monthReader(store, event.centerId);
  const roster = rosterReader(store, event.centerId);
  // A month's scores, once written, are read from memory by its publication and the means.
  const results = resultsReader(store, event.centerId);
  // The next month's reads go out while this month is scored (the database works while the rules run).
  const readAhead = (month: string | undefined) => {
    for (const [m, part] of month ? sourceParts(month) : []) readMonth(m, part).catch(() => undefined);
  };
  for (const [i, month] of months.entries()) {
    readAhead(months[i + 1]);
    // A month is scored by the version its records were checked against (rulebook/in-force.ts).
    const monthRules = rulebookAt(`${month}-01`);
    const scores = await runMonthlyScores(store, event.centerId, month, monthRules, now, readMonth, roster, results);
    const evaluation = await scoreAndPublishMonth(store, event.centerId, month, monthRules, now, readMonth, calendar, roster, results);
    const changed = evaluation.changed || scores.changed;
    console.log(
      JSON.stringify({
        level: 'info',
        msg: 'score run',
        ...evaluation,
        changed,
        monthlyScores: { windows: scores.windows, officers: scores.officers, changed: scores.changed },
      }),
    );
    outcomes.push({ month, changed });
    onMonth?.(month, outcomes.length, months.length);
  }
  // A quarter or a year also gets its figure: the mean of the months scored.
  const means = periodKindOf(resolved) === 'month' ? undefined : await runPeriodMeans(store, event.centerId, resolved, rulebook, now, results);
  if (means) console.log(JSON.stringify({ level: 'info', msg: 'period means', centerId: event.centerId, ...means }));
  // A year also gets the yearly officer assessment, where the rulebook has one (§4.6).
  const yearly = periodKindOf(resolved) === 'year' ? await runYearlyAssessment(store, event.centerId, resolved, rulebook, calendar, now) : undefined;
  if (yearly) console.log(JSON.stringify({ level: 'info', msg: 'yearly assessment', centerId: event.centerId, ...yearly }));
  const changed = outcomes.some((o) => o.changed) || (means?.changed ?? false) || (yearly?.changed ?? false);
  return { centerId: event.centerId, period: resolved, months: outcomes, changed };
}

/**
 * 评选推进的判断 — the decisions a scheduled selection step takes, kept out of the jobs, which
 * only read and write (DOMAIN.md §6): which periods are due, whether a period is complete
 * enough to select on, what the step ranks, and which objections of a notice are new.
 *
 * - **Periods close.** A month closes at the end of the rulebook's close day (default: the
 *   5th working day of the next month). No selection advances while a month of its period is
 *   open or unscored; it says which months it waits for.
 * - Incomplete inputs (a candidate without ballots, a period unscored) are returned as a
 *   refusal with a code and both languages, never thrown.
 */
import type { IsoDate, WorkingCalendar } from '../calendar.ts';
import type { Honor } from '../rulebook/honor.ts';
import type { Rulebook } from '../rulebook/schema.ts';
import { addMonths, monthsOf, quarterOf } from '../rules/period.ts';
import { type Selection, type SelectionInput, candidatePool, missingInputs, selectHonor } from '../rules/selection.ts';
import type { Refusal, SelectionFlow } from './state-machine.ts';

/** The working day of the next month on whose close a month closes, when the rulebook names none. */
export const DEFAULT_MONTH_CLOSE_WORKING_DAY = 5;

/** The last day on which records of `month` are still open: the nth working day of the next month. */
export function monthClosesOn(month: string, calendar: Pick<WorkingCalendar, 'addWorkingDays'>, nthWorkingDay = DEFAULT_MONTH_CLOSE_WORKING_DAY): IsoDate {
  const lastOfMonth = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return calendar.addWorkingDays(lastOfMonth, nthWorkingDay).date;
}

export type Readiness =
  | { readonly ready: true }
  | { readonly ready: false; readonly open: readonly string[]; readonly unscored: readonly string[]; readonly refusal: Refusal };

/**
 * Whether a selection of `period` may take a step on `today`: every month closed (after its
 * close day) and scored. A panel-scored honor (seed 000) ranks no monthly score and waits
 * for nothing here. **Assumption:** a month with no score between two scored months of the
 * period is a gap to wait for; closed months with no score before the first or after the last
 * scored one are months in which the center was not (yet, or any more) scored — a center that
 * started mid-year — since the scheduled run scores each month before it closes.
 */
export function periodReadiness(
  honor: Honor,
  period: string,
  today: IsoDate,
  scoredMonths: ReadonlySet<string>,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
  nthWorkingDay = DEFAULT_MONTH_CLOSE_WORKING_DAY,
): Readiness {
  if (honor.ranking.kind === 'panel-score') return { ready: true };
  const months = monthsOf(period);
  const open = months.filter((m) => today <= monthClosesOn(m, calendar, nthWorkingDay));
  const scored = months.filter((m) => scoredMonths.has(m));
  const [first, last] = [scored[0], scored.at(-1)];
  const unscored = first === undefined || last === undefined ? [...months] : months.filter((m) => m > first && m < last && !scoredMonths.has(m));
  if (open.length === 0 && unscored.length === 0) return { ready: true };
  const zh = [open.length > 0 ? `${open.join('、')} 尚未结账` : '', unscored.length > 0 ? `${unscored.join('、')} 尚未评分` : ''].filter(Boolean).join('；');
  const en = [open.length > 0 ? `${open.join(', ')} not yet closed` : '', unscored.length > 0 ? `${unscored.join(', ')} not yet scored` : ''].filter(Boolean).join('; ');
  return {
    ready: false,
    open,
    unscored,
    refusal: { code: 'period-incomplete', zh: `评选期间不完整：${zh}`, en: `the period is incomplete: ${en}` },
  };
}

export type RankingStep = { readonly ok: true; readonly selection: Selection } | { readonly ok: false; readonly refusal: Refusal };

/**
 * What a step ranks: the pool, for a composite honor's candidates; otherwise, and for the
 * assessment, the final ranking — of a composite honor over its pool only (a tie at the
 * pool's cut keeps every tied candidate in the pool).
 */
export function rankForStep(rulebook: Rulebook, honor: Honor, input: SelectionInput, stage: 'candidates' | 'assessment'): RankingStep {
  const composite = honor.ranking.kind === 'composite';
  const incomplete = (stageName: Selection['stage'], of: SelectionInput): RankingStep | null => {
    const missing = missingInputs(rulebook, of, stageName);
    if (missing.length === 0) return null;
    const list = missing.map((m) => (m.subjectId ? `${m.subjectId}: ${m.what}` : m.what));
    return {
      ok: false,
      refusal: {
        code: 'inputs-incomplete',
        zh: `评选依据不完整：${list.join('；')}`,
        en: `the selection's inputs are incomplete: ${list.join('; ')}`,
      },
    };
  };
  if (!composite) return incomplete('final', input) ?? { ok: true, selection: selectHonor(rulebook, input) };
  const poolMissing = incomplete('pool', input);
  if (poolMissing) return poolMissing;
  const pool = candidatePool(rulebook, input);
  if (stage === 'candidates') return { ok: true, selection: pool };
  const inPool = new Set([...pool.selected, ...(pool.tie?.entries ?? [])].map((e) => e.subjectId));
  const pooled = { ...input, contenders: input.contenders.filter((c) => inPool.has(c.id)) };
  return incomplete('final', pooled) ?? { ok: true, selection: selectHonor(rulebook, pooled) };
}

/** The month, quarter or year before the one `today` falls in. */
function previousPeriod(kind: Honor['period'], today: IsoDate): string {
  const month = today.slice(0, 7);
  if (kind === 'month') return addMonths(month, -1);
  if (kind === 'quarter') return quarterOf(addMonths(monthsOf(quarterOf(month))[0]!, -1));
  return String(Number(today.slice(0, 4)) - 1);
}

/** The periods whose selection of `honor` may be due on `today`: the last one ended, and the current year for a panel's yearly calendar (seed 000). */
export function duePeriods(honor: Honor, today: IsoDate): string[] {
  const scheduled = honor.period === 'year' && honor.schedule.some((s) => s.from) ? [today.slice(0, 4)] : [];
  return [...new Set([previousPeriod(honor.period, today), ...scheduled])];
}

/** The months whose objections a notice may hold: from its publication to its end. */
export function objectionMonths(flow: SelectionFlow): string[] {
  const published = flow.history.find((h) => h.event === 'publish-notice');
  if (!flow.notice || !published) return [];
  const months = [published.at.slice(0, 7)];
  while (months.at(-1)! < flow.notice.end.slice(0, 7)) months.push(addMonths(months.at(-1)!, 1));
  return months;
}

export interface FiledObjection {
  readonly recordId: string;
  readonly noticeId: string;
  /** The entry objected to. */
  readonly entry: string;
  readonly date: IsoDate;
}

/** The objections filed against this notice that its history has not taken yet, oldest first. */
export function newObjections(flow: SelectionFlow, noticeId: string, filed: readonly FiledObjection[]): { id: string; subjectId: string; date: string }[] {
  if (!flow.notice || !flow.history.some((h) => h.event === 'publish-notice')) return [];
  const known = new Set(flow.objections.map((o) => o.id));
  return filed
    .filter((o) => o.noticeId === noticeId && !known.has(o.recordId))
    .map((o) => ({ id: o.recordId, subjectId: o.entry, date: o.date }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

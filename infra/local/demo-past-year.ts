/**
 * The demo's year before (2025), replayed on the first `npm start` before the demo year's
 * own past (demo-history.ts), so the site has a yearly page and the moving plaque a holder:
 *
 * 1. the year's volumes, ratings and hygiene inspections (generateDemoPastYear), loaded as
 *    the demo year is, and its twelve months scored by the score job in one run of the year;
 * 2. its four quarters of stars through the intake API and the selection acts
 *    (demo-quarters.ts), each made final by the tick after its notice;
 * 3. its yearly honors — 年度服务明星 from the quarterly stars, 优秀服务窗口 from the monthly
 *    window scores — opened by the tick that made Q4 final (the year is due from 1 January),
 *    assessed and put on notice by the supervisor, a tie decided by the panel, and made
 *    final by the tick after both notices ended.
 *
 * Every act happens at an instant of early 2026 the demo clock pins, before the demo year's
 * first nominations (16 March 2026).
 */
import type { Role } from '#core/roles';
import { loadRecords } from '#store/demo-loader';
import { type DemoCenter, DEMO_CENTER_ID, DEMO_PAST_QUARTERS, DEMO_PAST_YEAR, generateDemoPastYear } from '../../shared/demo/demo-center.ts';
import { PANEL } from '../../shared/demo/people.ts';
import { demoCaller } from './demo-api.ts';
import type { DemoClock } from './demo-history.ts';
import { replayEarlierQuarters } from './demo-quarters.ts';
import type { LocalSystem } from './system.ts';

/** The default rulebook's yearly honors (rulebook/default.ts). */
export const DEMO_YEARLY_HONORS = ['yearly-stars', 'excellent-windows'] as const;

/** After 2025-Q4's list is final (its notice, from 23 January 2026, ends early February). */
const ASSESSED_AT = `${Number(DEMO_PAST_YEAR) + 1}-02-24T09:30:00+08:00`;
const NOTICE_AT = `${Number(DEMO_PAST_YEAR) + 1}-02-25T09:30:00+08:00`;

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export interface PastYearOutcome {
  /** The year's quarters whose stars are final. */
  readonly quarters: readonly string[];
  /** The yearly honors whose lists are final. */
  readonly yearly: readonly string[];
}

export async function replayPastYear(
  system: Pick<LocalSystem, 'url' | 'issuer' | 'store' | 'tickSelections' | 'scoreMonth'>,
  clock: DemoClock,
  roster: Pick<DemoCenter, 'windows' | 'officers'>,
  progress: (message: string) => void = () => undefined,
): Promise<PastYearOutcome> {
  progress(`${DEMO_PAST_YEAR} 业务量与评价 / the year before: volumes, ratings, hygiene`);
  await loadRecords(system.store, DEMO_CENTER_ID, generateDemoPastYear());
  progress(`${DEMO_PAST_YEAR} 月度评分 / scoring its twelve months`);
  await system.scoreMonth(DEMO_CENTER_ID, DEMO_PAST_YEAR);
  const quarters = await replayEarlierQuarters(system, clock, roster, progress, DEMO_PAST_QUARTERS);

  const tokens = new Map<Role, string>();
  tokens.set('supervisor', await system.issuer.sign({ role: 'supervisor', subject: 'supervisor-1', centerId: DEMO_CENTER_ID }));
  tokens.set('panel', await system.issuer.sign({ role: 'panel', subject: PANEL[0].id, centerId: DEMO_CENTER_ID }));
  const call = demoCaller(system.url, DEMO_CENTER_ID, 'demo history', { missingIsAnswer: true });
  const api = (method: string, path: string, role: Role, body?: unknown) => call(tokens.get(role)!, method, path, body);

  const yearly: string[] = [];
  try {
    // Both honors are assessed and put on notice before one tick ends both notices, so no
    // tick acts on a selection between the supervisor's acts.
    const ends: string[] = [];
    for (const honorId of DEMO_YEARLY_HONORS) {
      progress(`${DEMO_PAST_YEAR} ${honorId} 年度评选 / yearly honor: assessment, notice`);
      const path = `/selections/${honorId}/${DEMO_PAST_YEAR}`;
      const act = (role: Role, body: unknown) => api('POST', `${path}/acts`, role, body);
      clock.pin(ASSESSED_AT);
      // The tick after Q4 opened the year and took the steps that were due; the supervisor
      // takes the rest up to the proposal (advance opens it, if no tick has).
      for (let step = 0; step < 8; step++) {
        const { status, answer: flow } = await api('GET', path, 'supervisor');
        if (status === 404 || ['open', 'candidates', 'voting'].includes(flow.state)) await act('supervisor', { action: 'advance' });
        else if (flow.state !== 'assessed') break;
        else if (flow.tie) await act('panel', { action: 'decide-tie', chosen: flow.tie.subjectIds.slice(0, flow.tie.places), reason: '考核小组集体研究，按全年工作实绩决定' });
        else await act('supervisor', { action: 'advance' });
      }
      clock.pin(NOTICE_AT);
      await act('supervisor', { action: 'publish-notice' });
      ends.push(String((await api('GET', path, 'supervisor')).answer.notice.end));
    }
    clock.pin(undefined);
    progress(`${DEMO_PAST_YEAR} 年度评选公示期满 / the yearly notices end: final lists`);
    await system.tickSelections(DEMO_CENTER_ID, `${nextDay(ends.sort().at(-1)!)}T00:30:00+08:00`);
    for (const honorId of DEMO_YEARLY_HONORS) {
      if ((await api('GET', `/selections/${honorId}/${DEMO_PAST_YEAR}`, 'supervisor')).answer.state === 'final') yearly.push(honorId);
    }
  } finally {
    clock.pin(undefined);
  }
  return { quarters, yearly };
}

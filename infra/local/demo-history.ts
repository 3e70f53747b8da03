/**
 * The demo's past (示范中心的历史), replayed on the first `npm start` through the same API
 * and jobs as real data: the supervisors and the panel act over HTTP with development
 * tokens, the daily selection tick runs at the instants it would have run.
 *
 * What "now" is: a replayed act happens at the instant the demo's calendar gives it — the
 * gateway reads `clock.now()`, which the replay pins and then releases — and everything
 * after the replay happens at the real time of the start (or at a test's pinned clock). So
 * the demo's quarter has long ended its notice whatever the day of the start, while the
 * correction below is filed on the day of the start, after the months were published.
 *
 * Replayed: the year before's quarterly stars and yearly honors (demo-past-year.ts); the
 * first two quarters' stars from their nominations to the final list
 * (demo-quarters.ts); the last closed quarter's stars taken from the records to the final list
 * (advanced, a tie decided by the panel if there is one, the notice published the day after
 * the panel met and ended, the list final on the first tick after); and one correction of a
 * closed, published month (a rating the device recorded wrongly), whose month is then
 * republished with its 更正 note.
 */
import type { Role } from '#core/roles';
import { listOfficers, listWindows } from '#store/center';
import { listWindowMonthRecords } from '#store/records';
import { DEMO_CENTER_ID, DEMO_HONOR, DEMO_QUARTER } from '../../shared/demo/demo-center.ts';
import { demoCaller } from './demo-api.ts';
import { type PastYearOutcome, replayPastYear } from './demo-past-year.ts';
import { replayEarlierQuarters } from './demo-quarters.ts';
import type { LocalSystem } from './system.ts';

/** The gateway's clock: pinned while the past is replayed, the real time otherwise. */
export interface DemoClock {
  now(): Date;
  pin(at: string | undefined): void;
}

export function demoClock(): DemoClock {
  let pinned: Date | undefined;
  return {
    now: () => pinned ?? new Date(),
    pin: (at) => void (pinned = at === undefined ? undefined : new Date(at)),
  };
}

/** When the quarter's acts happen: after the panel's last day (10-21), the notice the day after. */
const ASSESSED_AT = '2026-10-22T09:30:00+08:00';
const NOTICE_AT = '2026-10-23T09:30:00+08:00';
/** The corrected rating: September, at a window whose device recorded one rating wrongly. */
export const DEMO_CORRECTION = {
  month: '2026-09',
  windowId: 'w03',
  reason: '经调阅评价器记录与现场录像核实，该笔评价群众实际选择“不满意”，设备误记为“满意”，予以更正。',
} as const;

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export interface ReplayOutcome {
  /** The year before: its final quarterly stars and yearly honors (demo-past-year.ts). */
  readonly pastYear: PastYearOutcome;
  /** The earlier quarters whose stars are final (demo-quarters.ts). */
  readonly earlierQuarters: readonly string[];
  readonly finalList: boolean;
  readonly corrected: string | undefined;
}

export async function replayDemoHistory(
  system: Pick<LocalSystem, 'url' | 'issuer' | 'store' | 'tickSelections' | 'scoreMonth' | 'siteBuilt'>,
  clock: DemoClock,
  progress: (message: string) => void = () => undefined,
): Promise<ReplayOutcome> {
  const tokens = new Map<Role, string>();
  for (const role of ['supervisor', 'panel'] as const) tokens.set(role, await system.issuer.sign({ role, subject: `${role}-1`, centerId: DEMO_CENTER_ID }));
  const call = demoCaller(system.url, DEMO_CENTER_ID, 'demo history');
  const api = async (method: string, path: string, role: Role, body?: unknown): Promise<any> => (await call(tokens.get(role)!, method, path, body)).answer;
  const selectionPath = `/selections/${DEMO_HONOR}/${DEMO_QUARTER}`;
  const act = (role: Role, body: unknown) => api('POST', `${selectionPath}/acts`, role, body);

  try {
    const roster = { windows: await listWindows(system.store, DEMO_CENTER_ID), officers: await listOfficers(system.store, DEMO_CENTER_ID) };
    const pastYear = await replayPastYear(system, clock, roster, progress);
    const earlierQuarters = await replayEarlierQuarters(system, clock, roster, progress);
    progress(`${DEMO_QUARTER} 季度服务明星评选 / quarterly stars: assessment, notice, final list`);
    clock.pin(ASSESSED_AT);
    // The first advance opens the selection; each next one takes the step the daily tick would.
    await act('supervisor', { action: 'advance' });
    for (let step = 0; step < 8; step++) {
      const flow = await api('GET', selectionPath, 'supervisor');
      if (flow.state !== 'assessed') break;
      if (flow.tie) await act('panel', { action: 'decide-tie', chosen: flow.tie.subjectIds.slice(0, flow.tie.places), reason: '考核小组集体研究，按季度工作实绩决定' });
      else await act('supervisor', { action: 'advance' });
    }
    clock.pin(NOTICE_AT);
    await act('supervisor', { action: 'publish-notice' });
    const { notice } = await api('GET', selectionPath, 'supervisor');
    clock.pin(undefined);
    const finalList = (await system.tickSelections(DEMO_CENTER_ID, `${nextDay(notice.end)}T00:30:00+08:00`)).published > 0;

    // The correction is filed now, after the month was published as closed at the start.
    progress(`${DEMO_CORRECTION.month} 更正 / a correction of a closed month`);
    const ratings = await listWindowMonthRecords(system.store, DEMO_CENTER_ID, DEMO_CORRECTION.windowId, DEMO_CORRECTION.month, 'evaluation');
    const rating = ratings.filter((r) => r.body.rating === '满意' && !r.supersededBy).sort((a, b) => a.id.localeCompare(b.id))[0];
    let corrected: string | undefined;
    if (rating) {
      const answer = await api('POST', '/corrections', 'supervisor', { supersedes: rating.id, reason: DEMO_CORRECTION.reason, record: { ...rating.body, rating: '不满意' } });
      corrected = String(answer.id);
      await system.scoreMonth(DEMO_CENTER_ID, DEMO_CORRECTION.month);
    }
    await system.siteBuilt();
    return { pastYear, earlierQuarters, finalList, corrected };
  } finally {
    clock.pin(undefined);
  }
}

/**
 * The demo's first two quarters of stars (2026-Q1, 2026-Q2) — and the four of the year
 * before (demo-past-year.ts) — replayed through the intake
 * API and the selection acts as the centre would have run them: every window head
 * nominates within the window's limit in the week before the 20th of the quarter's third
 * month, each head scores the other windows' candidates and the panel scores them all in
 * the month after, then the selection is assessed, put on notice and made final by the
 * tick. The 2026-Q3 selection's records are the generator's (shared/demo/selection.ts).
 *
 * Who is nominated and the scores come from a random stream of their own, so the replay is
 * the same on every first start. The default rulebook asks no days on duty for the
 * quarterly stars (DOMAIN.md §4.3), so the months without attendance records do not stop
 * anyone.
 */
import type { Officer } from '#core/center';
import { nominationLimit } from '#core/records/nomination';
import type { Role } from '#core/roles';
import { addMonths, monthsOf } from '#core/rules/period';
import { type DemoCenter, DEMO_CENTER_ID, DEMO_HONOR } from '../../shared/demo/demo-center.ts';
import { PANEL } from '../../shared/demo/people.ts';
import { forkRandom } from '../../shared/demo/random.ts';
import { demoCaller } from './demo-api.ts';
import type { DemoClock } from './demo-history.ts';
import type { LocalSystem } from './system.ts';

export const DEMO_EARLIER_QUARTERS = ['2026-Q1', '2026-Q2'] as const;
const SEED = 20260803;
const DEEDS = [
  (o: Officer) => `${o.name}业务熟练、办件零差错，本季度群众满意率名列前茅。`,
  (o: Officer) => `${o.name}主动提供延时和预约服务，多次收到群众感谢信。`,
  (o: Officer) => `${o.name}梳理窗口“一次性告知”清单，补正率明显下降。`,
  (o: Officer) => `${o.name}带教新同事尽快上岗，窗口高峰期业务有序办理。`,
];

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function replayEarlierQuarters(
  system: Pick<LocalSystem, 'url' | 'issuer' | 'tickSelections'>,
  clock: DemoClock,
  demo: Pick<DemoCenter, 'windows' | 'officers'>,
  progress: (message: string) => void = () => undefined,
  quarters: readonly string[] = DEMO_EARLIER_QUARTERS,
): Promise<string[]> {
  const call = demoCaller(system.url, DEMO_CENTER_ID, 'demo history');
  const post = async (token: string, method: string, path: string, body?: unknown): Promise<any> => (await call(token, method, path, body)).answer;
  const sign = (role: Role, subject: string, windowId?: string) => system.issuer.sign({ role, subject, centerId: DEMO_CENTER_ID, ...(windowId ? { windowId } : {}) });
  const supervisor = await sign('supervisor', 'supervisor-1');
  const panelLead = await sign('panel', PANEL[0].id);
  const heads = new Map<string, { officer: Officer; token: string }>();
  for (const w of demo.windows) {
    const head = demo.officers.find((o) => o.windowId === w.windowId && o.role === 'head')!;
    heads.set(w.windowId, { officer: head, token: await sign('head', head.officerId, w.windowId) });
  }

  const finals: string[] = [];
  try {
    for (const quarter of quarters) {
      progress(`${quarter} 季度服务明星评选 / quarterly stars: nominations, ballots, panel, notice, final list`);
      const random = forkRandom(SEED, quarter);
      const [, , third] = monthsOf(quarter) as [string, string, string];
      const after = addMonths(third, 1);
      const quarterStart = `${monthsOf(quarter)[0]}-01`;

      clock.pin(`${third}-16T10:00:00+08:00`);
      const candidates: string[] = [];
      for (const w of demo.windows) {
        // Officers at the window since before the quarter began.
        const staff = demo.officers.filter((o) => o.windowId === w.windowId && o.startDate <= quarterStart);
        const chosen = random.sample(staff, Math.min(nominationLimit(staff.length), staff.length));
        if (chosen.length === 0) continue;
        const deeds = random.sample(DEEDS, chosen.length);
        await post(heads.get(w.windowId)!.token, 'POST', '/nominations', {
          nominee: 'officers',
          quarter,
          windowId: w.windowId,
          officers: chosen.map((o, i) => ({ officerId: o.officerId, deeds: deeds[i]!(o) })),
        });
        candidates.push(...chosen.map((o) => o.officerId));
      }
      const windowOf = new Map(demo.officers.map((o) => [o.officerId, o.windowId]));
      const score = (low: number): string => String(random.int(low * 2, 196) / 2);

      clock.pin(`${after}-14T15:00:00+08:00`);
      for (const [windowId, { token }] of heads) {
        const scores = candidates.filter((c) => windowOf.get(c) !== windowId).map((candidateId) => ({ candidateId, score: score(75) }));
        await post(token, 'POST', '/ballots', { honorId: DEMO_HONOR, period: quarter, scores });
      }
      clock.pin(`${after}-20T16:00:00+08:00`);
      for (const member of PANEL) {
        await post(await sign('panel', member.id), 'POST', '/panel-scores', { honorId: DEMO_HONOR, period: quarter, scores: candidates.map((candidateId) => ({ candidateId, score: score(70) })) });
      }

      const path = `/selections/${DEMO_HONOR}/${quarter}`;
      clock.pin(`${after}-22T09:30:00+08:00`);
      await post(supervisor, 'POST', `${path}/acts`, { action: 'advance' });
      for (let step = 0; step < 8; step++) {
        const flow = await post(supervisor, 'GET', path);
        if (flow.state !== 'assessed') break;
        if (flow.tie) await post(panelLead, 'POST', `${path}/acts`, { action: 'decide-tie', chosen: flow.tie.subjectIds.slice(0, flow.tie.places), reason: '考核小组集体研究，按季度工作实绩决定' });
        else await post(supervisor, 'POST', `${path}/acts`, { action: 'advance' });
      }
      clock.pin(`${after}-23T09:30:00+08:00`);
      await post(supervisor, 'POST', `${path}/acts`, { action: 'publish-notice' });
      const { notice } = await post(supervisor, 'GET', path);
      clock.pin(undefined);
      if ((await system.tickSelections(DEMO_CENTER_ID, `${nextDay(notice.end)}T00:30:00+08:00`)).published > 0) finals.push(quarter);
    }
  } finally {
    clock.pin(undefined);
  }
  return finals;
}

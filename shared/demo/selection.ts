/**
 * The quarterly-stars selection of the last closed quarter (季度服务明星, seed 003): every
 * window nominates within its limit (1 officer with 1–5 officers, 2 with 6 or more) before
 * the 20th of the quarter's third month; a supervisor nominates one officer directly; every
 * window head scores the candidates of the other windows; three panel members score them all.
 *
 * Windows nominate officers who were on duty enough days — save two, so eligibility has
 * work to do: the subject of the verified 12345 complaint (vetoed) and the head of the
 * clearly lowest window.
 */
import type { Officer } from '#core/center';
import { instantOf } from '#core/records/common';
import { nominationLimit } from '#core/records/nomination';
import { SEED_003_ATTENDANCE } from '#core/rules/attendance';
import { monthsOf } from '#core/rules/period';
import { PANEL, SUPERVISORS } from './people.ts';
import type { Random } from './random.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import { type DemoWorld, uncast } from './world.ts';
import { DEMO_QUARTER, workingDayFrom } from './year.ts';

export const DEMO_HONOR = 'quarterly-stars';

/** Comfortably above the 60 days on duty seed 001 asks, so nobody drops out by a day. */
const MIN_DAYS_ON_DUTY = 62;

/** Nominations in the week before the deadline; ballots and the panel once the quarter is over. */
const NOMINATION_WEEK = ['2026-09-14', '2026-09-18'] as const;
const DIRECT_NOMINATION = '2026-09-24';
const BALLOT_WEEK = ['2026-10-12', '2026-10-16'] as const;
const PANEL_DAYS = ['2026-10-19', '2026-10-21'] as const;

const DEEDS = [
  (o: Officer, n: number) => `${o.name}本季度受理办件${n}件，零差错、零投诉，主动延时服务群众。`,
  (o: Officer) => `${o.name}业务熟练，带教新同事尽快上岗，季度群众满意率名列前茅。`,
  (o: Officer) => `${o.name}推行“一次性告知”清单，窗口补正率明显下降，多次收到群众感谢。`,
  (o: Officer) => `${o.name}克服人手紧张困难，连续加班完成季度业务高峰期办理任务。`,
];

export function generateSelection(world: DemoWorld, random: Random): DemoRecord[] {
  const { roster, calendar, presence, cast } = world;
  const quarterDays = monthsOf(DEMO_QUARTER).flatMap((m) => calendar.workingDaysInMonth(m).dates);
  const daysOnDuty = (o: Officer): number =>
    quarterDays.filter((date) => {
      const entry = presence.entry(o.officerId, date);
      return entry?.entry === 'sign-in' || (entry?.entry === 'leave' && SEED_003_ATTENDANCE.onDutyLeaveKinds.includes(entry.kind));
    }).length;
  const daysBetween = ([from, to]: readonly [string, string]): string[] => {
    const days: string[] = [];
    for (let d = workingDayFrom(calendar, from); d <= to; d = calendar.addWorkingDays(d, 1).date) days.push(d);
    return days;
  };
  const records: DemoRecord[] = [];
  const nominated = new Set<string>();
  // Deeds in the head's words: no two nominees of a window alike.
  const nominees = (officers: readonly Officer[]): { officerId: string; deeds: string }[] => {
    const deeds = random.sample(DEEDS, officers.length);
    return officers.map((o, i) => {
      nominated.add(o.officerId);
      return { officerId: o.officerId, deeds: deeds[i]!(o, random.int(180, 420)) };
    });
  };

  for (const { windowId } of roster.windows) {
    const staff = roster.staffOf(windowId);
    const limit = nominationLimit(staff.length);
    const pool = uncast(world, staff).filter((o) => daysOnDuty(o) >= MIN_DAYS_ON_DUTY);
    const chosen = [cast.hotlineSubject, cast.bottomHead].filter((o) => o.windowId === windowId);
    chosen.push(...random.sample(pool, limit - chosen.length));
    if (chosen.length === 0) throw new Error(`demo window ${windowId} has nobody to nominate`);
    const head = roster.headOf(windowId);
    const submitted = instantOf(random.pick(daysBetween(NOMINATION_WEEK)), '10:00');
    const body = { nominee: 'officers' as const, quarter: DEMO_QUARTER, windowId, officers: nominees(chosen) };
    records.push(demoRecord('nomination', `demo-nomination-${DEMO_QUARTER}-${windowId}`, body, head.officerId, submitted));
  }

  // 中心科室可向考核小组直接推荐: an officer of a window that has used its places.
  const direct = random.pick(uncast(world, roster.staffOf('w01')).filter((o) => !nominated.has(o.officerId) && daysOnDuty(o) >= MIN_DAYS_ON_DUTY));
  const supervisor = SUPERVISORS[0];
  records.push(
    demoRecord(
      'nomination',
      `demo-nomination-${DEMO_QUARTER}-direct-${direct.officerId}`,
      { nominee: 'officers', quarter: DEMO_QUARTER, windowId: direct.windowId, direct: true, officers: nominees([direct]) },
      supervisor.id,
      instantOf(DIRECT_NOMINATION, '10:00'),
    ),
  );

  const candidates = [...nominated].map((id) => roster.officer(id));
  const score = (low: number): string => String(random.int(low * 2, 196) / 2);
  for (const { windowId } of roster.windows) {
    const head = roster.headOf(windowId);
    // A head never scores the candidates of the window they head.
    const scores = candidates.filter((c) => c.windowId !== windowId).map((c) => ({ candidateId: c.officerId, score: score(75) }));
    records.push(
      demoRecord('ballot', `demo-ballot-${DEMO_QUARTER}-${head.officerId}`, { honorId: DEMO_HONOR, period: DEMO_QUARTER, scores }, head.officerId, instantOf(random.pick(daysBetween(BALLOT_WEEK)), '15:00')),
    );
  }
  for (const member of PANEL) {
    const scores = candidates.map((c) => ({ candidateId: c.officerId, score: score(70) }));
    records.push(
      demoRecord('panel-score', `demo-panel-${DEMO_QUARTER}-${member.id}`, { honorId: DEMO_HONOR, period: DEMO_QUARTER, scores }, member.id, instantOf(random.pick(daysBetween(PANEL_DAYS)), '16:00')),
    );
  }
  return records;
}

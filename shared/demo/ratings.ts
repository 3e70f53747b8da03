/**
 * Business volume and ratings (受理量、服务评价) for every window and month: coverage aimed at
 * the seed 003 quota so some windows fall short, satisfaction so some fall below 95 %. A
 * device never records two ratings within a minute of each other — except once: the burst
 * that the consecutive-rating check (连续评价) must flag.
 */
import type { WorkingCalendar } from '#core/calendar';
import type { Officer } from '#core/center';
import { FIVE_LEVEL_RATINGS, TWO_LEVEL_RATINGS } from '#core/records/evaluation';
import { instantOf } from '#core/records/common';
import { SEED_003_ELECTRONIC_EVALUATION, requiredEvaluations } from '#core/rules/electronic-evaluation';
import type { Presence } from './attendance.ts';
import { clerkOf, deviceOf } from './people.ts';
import type { Random } from './random.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import type { Roster } from './staff.ts';
import { DEMO_MONTHS, pad } from './year.ts';

/** Two ratings of one device 7 seconds apart, no case number: a consecutive rating. */
const BURST = { windowId: 'w03', month: '2026-09', secondsApart: 7 };

export interface Burst {
  readonly windowId: string;
  readonly month: string;
  readonly officerId: string;
  readonly ratedAt: readonly [string, string];
}

interface Ratings {
  readonly records: DemoRecord[];
  /** Cases accepted, by `${windowId}|${month}`. */
  readonly volumes: ReadonlyMap<string, number>;
  readonly burst: Burst;
}

// Counters open 09:00–17:00 Beijing = 01:00–09:00 UTC, cut into two-minute slots; one rating a
// slot at most keeps any two ratings of a device more than a minute apart.
const SLOT_SECONDS = 120;
const SLOTS_A_DAY = (8 * 3600) / SLOT_SECONDS;
const OPENING_UTC_SECONDS = 3600;

const instantAt = (date: string, secondsAfterOpening: number): string => {
  const s = OPENING_UTC_SECONDS + secondsAfterOpening;
  return `${date}T${pad(Math.floor(s / 3600), 2)}:${pad(Math.floor(s / 60) % 60, 2)}:${pad(s % 60, 2)}.000Z`;
};

const between = (random: Random, [low, high]: readonly [number, number]): number => low + random.next() * (high - low);

export function generateRatings(roster: Roster, presence: Presence, calendar: WorkingCalendar, random: Random): Ratings {
  const { burst, ...ratings } = ratingsOfMonths(roster, presence, calendar, random, DEMO_MONTHS);
  if (!burst) throw new Error(`the demo has no window ${BURST.windowId} or no month ${BURST.month} for the burst`);
  return { ...ratings, burst };
}

/** Volumes and ratings of the given months; the burst only when its month is one of them. */
export function ratingsOfMonths(
  roster: Roster,
  presence: Presence,
  calendar: WorkingCalendar,
  random: Random,
  months: readonly string[],
): Omit<Ratings, 'burst'> & { burst: Burst | undefined } {
  const records: DemoRecord[] = [];
  const volumes = new Map<string, number>();
  let burst: Burst | undefined;

  for (const { windowId } of roster.windows) {
    const profile = roster.profile(windowId);
    const staff = roster.staffOf(windowId);
    for (const month of months) {
      const days = calendar.workingDaysInMonth(month).dates;
      const accepted = Math.round(between(random, profile.volume));
      volumes.set(`${windowId}|${month}`, accepted);
      // The clerk reports the month's tally at the close of its last working day.
      const reported = instantOf(days.at(-1)!, '18:00');
      records.push(demoRecord('volume', `demo-volume-${windowId}-${month}`, { windowId, month, accepted }, clerkOf(windowId), reported));

      const required = requiredEvaluations(accepted, SEED_003_ELECTRONIC_EVALUATION);
      const count = Math.round(required * between(random, profile.coverage));
      const satisfaction = between(random, profile.satisfaction);
      const used = new Set<number>();
      for (let n = 0; n < count; n++) {
        let slot: number;
        do slot = random.int(0, days.length * SLOTS_A_DAY - 1);
        while (used.has(slot));
        used.add(slot);
        const day = days[Math.floor(slot / SLOTS_A_DAY)]!;
        const ratedAt = instantAt(day, (slot % SLOTS_A_DAY) * SLOT_SECONDS + random.int(0, 59));
        const satisfied = random.next() < satisfaction;
        const rating =
          profile.scale === 'two-level'
            ? TWO_LEVEL_RATINGS[satisfied ? 0 : 1]
            : satisfied
              ? random.pick(FIVE_LEVEL_RATINGS.slice(0, 3))
              : random.pick(FIVE_LEVEL_RATINGS.slice(3));
        // The device names the officer signed in at the counter; nobody, if all are away.
        const onDuty = staff.filter((o) => presence.atWork(o, day));
        const officerId = onDuty.length > 0 ? random.pick(onDuty).officerId : undefined;
        const body = {
          windowId,
          ...(officerId ? { officerId } : {}),
          ratedAt,
          scale: profile.scale,
          rating,
          ...(random.chance(0.4) ? { caseNumber: `SL${month.replace('-', '')}${pad(random.int(1, 99999), 5)}` } : {}),
        };
        records.push(demoRecord('evaluation', `demo-eval-${windowId}-${month}-${pad(n, 4)}`, body, deviceOf(windowId)));
      }

      if (windowId === BURST.windowId && month === BURST.month) {
        const { officerId, ratedAt: pair } = (burst = consecutiveBurst(windowId, month, days, used, staff, presence, random));
        pair.forEach((ratedAt, i) => {
          const body = { windowId, officerId, ratedAt, scale: profile.scale, rating: '满意' };
          records.push(demoRecord('evaluation', `demo-eval-${windowId}-${month}-burst-${i + 1}`, body, deviceOf(windowId)));
        });
      }
    }
  }
  return { records, volumes, burst };
}

/** A slot with free slots on both sides, on a day an officer is at the counter: the burst stands alone. */
function consecutiveBurst(
  windowId: string,
  month: string,
  days: readonly string[],
  used: ReadonlySet<number>,
  staff: readonly Officer[],
  presence: Presence,
  random: Random,
): Burst {
  for (;;) {
    const slot = random.int(0, days.length * SLOTS_A_DAY - 1);
    const inDay = slot % SLOTS_A_DAY;
    if (inDay === 0 || inDay === SLOTS_A_DAY - 1 || [slot - 1, slot, slot + 1].some((s) => used.has(s))) continue;
    const day = days[Math.floor(slot / SLOTS_A_DAY)]!;
    const onDuty = staff.filter((o) => presence.atWork(o, day));
    if (onDuty.length === 0) continue;
    const first = inDay * SLOT_SECONDS + random.int(10, 40);
    return {
      windowId,
      month,
      officerId: random.pick(onDuty).officerId,
      ratedAt: [instantAt(day, first), instantAt(day, first + BURST.secondsApart)],
    };
  }
}

/**
 * The demo center (示范中心), generated deterministically from a seed: about 20 windows of
 * real departments, about 120 officers with fictitious names, and the year 2026 up to the end
 * of October with every record type of intake, so that every rule has data to work on —
 * volumes and ratings, attendance (Q3 and October), cases, inspections, patrols and their
 * findings, complaints, training, evaluator conduct, commendations, vetoes and the Q3
 * quarterly-stars selection. Yearly ratings and objections are not in it: the year is not
 * over, and no public notice has been published yet.
 *
 * Each concern is a module of its own with a random stream of its own (`forkRandom`); they
 * share the roster, the cast of who plays which part, the calendar and who was at work.
 */
import { createCalendar } from '#core/calendar';
import type { Center, Officer, ServiceWindow } from '#core/center';
import { generateAttendance } from './attendance.ts';
import { generateCases } from './cases.ts';
import { castOf } from './cast.ts';
import { generateCommendations } from './commendations.ts';
import { generateComplaints } from './complaints.ts';
import { generateConduct } from './conduct.ts';
import { generateInspections } from './inspections.ts';
import { generatePatrols } from './patrols.ts';
import { forkRandom } from './random.ts';
import { generateRatings, ratingsOfMonths } from './ratings.ts';
import type { DemoRecord } from './record.ts';
import { generateSelection } from './selection.ts';
import { generateRoster } from './staff.ts';
import { generateTraining } from './training.ts';
import type { DemoWorld } from './world.ts';
import { DEMO_PAST_MONTHS, DEMO_PAST_QUARTERS, rememberingCalendar } from './year.ts';

export type { DemoRecord } from './record.ts';
export { DEMO_HONOR } from './selection.ts';
export { DEMO_CENTER_ID } from './staff.ts';
export { DEMO_ATTENDANCE_MONTHS, DEMO_INSPECTED_QUARTERS, DEMO_MONTHS, DEMO_NOW, DEMO_PAST_MONTHS, DEMO_PAST_QUARTERS, DEMO_PAST_YEAR, DEMO_QUARTER } from './year.ts';

const DEMO_SEED = 20260801;

export interface DemoCenter {
  readonly center: Center;
  readonly windows: readonly ServiceWindow[];
  readonly officers: readonly Officer[];
  readonly records: readonly DemoRecord[];
}

export function generateDemoCenter(seed = DEMO_SEED): DemoCenter {
  const random = (part: string) => forkRandom(seed, part);
  const calendar = rememberingCalendar(createCalendar());
  const roster = generateRoster(random('roster'));
  const cast = castOf(roster);
  const attendance = generateAttendance(roster, cast, calendar, random('attendance'));
  const world: DemoWorld = { roster, cast, calendar, presence: attendance.presence };
  const ratings = generateRatings(roster, attendance.presence, calendar, random('ratings'));
  const records = [
    ...attendance.records,
    ...ratings.records,
    ...generateCases(world, ratings.volumes, random('cases')),
    ...generateInspections(world, random('inspections')),
    ...generatePatrols(world, random('patrols')),
    ...generateConduct(world, ratings.burst, random('conduct')),
    ...generateComplaints(world, random('complaints')),
    ...generateTraining(world, random('training')),
    ...generateCommendations(world, random('commendations')),
    ...generateSelection(world, random('selection')),
  ];
  return { center: roster.center, windows: roster.windows, officers: roster.officers, records };
}

/**
 * The year before (2025), compact: each window's monthly volume and ratings and its
 * quarterly hygiene inspection — the records the monthly window score rests on — for the
 * same roster, from random streams of their own, so the demo year above is unchanged. No
 * attendance, cases, patrols or complaints: the yearly honors of the default rulebook rank
 * by the monthly scores and the quarterly titles, and the replay
 * (infra/local/demo-past-year.ts) enters the quarters' nominations, ballots and panel scores
 * through the API.
 */
export function generateDemoPastYear(seed = DEMO_SEED): DemoRecord[] {
  const random = (part: string) => forkRandom(seed, part);
  const calendar = rememberingCalendar(createCalendar());
  const roster = generateRoster(random('roster'));
  const cast = castOf(roster);
  // Presence outside the months with attendance: at the counter every working day since starting.
  const { presence } = generateAttendance(roster, cast, calendar, random('attendance'));
  const world: DemoWorld = { roster, cast, calendar, presence };
  return [
    ...ratingsOfMonths(roster, presence, calendar, random('ratings-2025'), DEMO_PAST_MONTHS).records,
    ...generateInspections(world, random('inspections-2025'), DEMO_PAST_QUARTERS),
  ];
}

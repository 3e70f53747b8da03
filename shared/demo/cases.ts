/**
 * Cases (办件): a sample of each window's cases every month — same-day 即办件 and 答复件,
 * 承诺件, 联办件 and 报批件 completed by a later record, on time — and a few overdue ones,
 * each with the findings the supervisor records for it. Cases that would be completed
 * after the demo's today stay open.
 */
import { type CaseBody, type CaseType, caseDeadline } from '#core/records/case';
import { dateOf } from '#core/records/common';
import { clerkOf, SUPERVISORS } from './people.ts';
import type { Random } from './random.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import { findingsOf } from './findings.ts';
import { type DemoWorld, someWorkingDay } from './world.ts';
import { DEMO_MONTHS, DEMO_NOW, pad } from './year.ts';

const CASE_MIX: readonly (readonly [CaseType, number])[] = [
  ['immediate', 45],
  ['reply', 10],
  ['promised', 35],
  ['joint', 5],
  ['referred', 5],
];
const CASE_WEIGHT = CASE_MIX.reduce((n, [, w]) => n + w, 0);
const PROMISED_DAYS: Readonly<Record<CaseType, readonly number[]>> = {
  immediate: [0],
  reply: [0],
  promised: [3, 5, 7, 10, 15, 20],
  joint: [10, 15, 20],
  referred: [15, 20],
};

/** Cases completed after their promised deadline; the bottom window has two in Q3. */
const OVERDUE = [
  { windowId: 'w09', month: '2026-02', promisedWorkingDays: 5, daysLate: 1 },
  { windowId: 'w20', month: '2026-04', promisedWorkingDays: 10, daysLate: 3 },
  { windowId: 'w10', month: '2026-07', promisedWorkingDays: 5, daysLate: 2 },
  { windowId: 'w10', month: '2026-09', promisedWorkingDays: 7, daysLate: 1 },
] as const;

/** Accepted in October, due on 23 October, not completed by the demo's today: overdue and open. */
const OPEN_OVERDUE = { windowId: 'w20', month: '2026-10', acceptedDate: '2026-10-09', promisedWorkingDays: 10 } as const;

const TODAY = dateOf(DEMO_NOW);

function caseType(random: Random): CaseType {
  let draw = random.next() * CASE_WEIGHT;
  for (const [type, weight] of CASE_MIX) {
    draw -= weight;
    if (draw < 0) return type;
  }
  return CASE_MIX[0]![0];
}

export function generateCases(world: DemoWorld, volumes: ReadonlyMap<string, number>, random: Random): DemoRecord[] {
  const { roster, calendar, presence } = world;
  const records: DemoRecord[] = [];
  const verifier = SUPERVISORS[0];

  for (const { windowId } of roster.windows) {
    const staff = roster.staffOf(windowId);
    for (const month of DEMO_MONTHS) {
      const accepted = volumes.get(`${windowId}|${month}`) ?? 0;
      // A sample of the month's cases: a few dozen at the busy windows, all of them at the quiet ones.
      const sample = Math.min(accepted, Math.max(10, Math.min(30, Math.round(accepted / 15))));
      let n = 0;
      const register = (body: Omit<CaseBody, 'windowId' | 'caseNumber' | 'officerId'>, officerId: string): { id: string; caseNumber: string } => {
        n += 1;
        const id = `demo-case-${windowId}-${month}-${pad(n, 3)}`;
        const caseNumber = `${windowId.toUpperCase()}-${month.replace('-', '')}-${pad(n, 3)}`;
        records.push(demoRecord('case', id, { windowId, officerId, caseNumber, ...body }, clerkOf(windowId)));
        return { id, caseNumber };
      };
      const complete = (id: string, caseNumber: string, completedDate: string): string => {
        const doneId = id.replace('demo-case-', 'demo-case-done-');
        records.push(demoRecord('case-completion', doneId, { windowId, caseNumber, completedDate }, clerkOf(windowId)));
        return doneId;
      };
      // The officer who accepts is one at the counter that day.
      const acceptance = (): { acceptedDate: string; officerId: string } => {
        for (;;) {
          const acceptedDate = someWorkingDay(world, month, random);
          const onDuty = staff.filter((o) => presence.atWork(o, acceptedDate));
          if (onDuty.length > 0) return { acceptedDate, officerId: random.pick(onDuty).officerId };
        }
      };

      for (let i = 0; i < sample; i++) {
        const type = caseType(random);
        const promisedWorkingDays = random.pick(PROMISED_DAYS[type]);
        const { acceptedDate, officerId } = acceptance();
        if (promisedWorkingDays === 0) {
          register({ caseType: type, acceptedDate, promisedWorkingDays, completedDate: acceptedDate }, officerId);
          continue;
        }
        const { id, caseNumber } = register({ caseType: type, acceptedDate, promisedWorkingDays }, officerId);
        const completedDate = calendar.addWorkingDays(acceptedDate, random.int(1, promisedWorkingDays)).date;
        if (completedDate < TODAY) complete(id, caseNumber, completedDate);
      }

      for (const late of OVERDUE.filter((o) => o.windowId === windowId && o.month === month)) {
        const { acceptedDate, officerId } = acceptance();
        const { promisedWorkingDays, daysLate } = late;
        const { id, caseNumber } = register({ caseType: 'promised', acceptedDate, promisedWorkingDays }, officerId);
        const deadline = caseDeadline({ acceptedDate, promisedWorkingDays }, calendar).date;
        const completedDate = calendar.addWorkingDays(deadline, daysLate).date;
        const doneId = complete(id, caseNumber, completedDate);
        const evidence = `办件${caseNumber}承诺${promisedWorkingDays}个工作日，应于${deadline}办结，实际${completedDate}办结，超期${daysLate}个工作日，无正当理由`;
        records.push(
          ...findingsOf({ kind: 'other', id: doneId, recordId: doneId, date: completedDate, verifiedBy: verifier }, [
            { code: 'W-SVC-CASE-OVERDUE', windowId, evidence, count: daysLate },
            { code: 'O-EFF-CASE-OVERDUE', windowId, officer: roster.officer(officerId), evidence, count: daysLate },
          ]),
        );
      }

      if (windowId === OPEN_OVERDUE.windowId && month === OPEN_OVERDUE.month) {
        const { acceptedDate, promisedWorkingDays } = OPEN_OVERDUE;
        const officer = staff.find((o) => presence.atWork(o, acceptedDate));
        if (!officer) throw new Error(`demo window ${windowId} has nobody at work on ${acceptedDate}`);
        register({ caseType: 'joint', acceptedDate, promisedWorkingDays }, officer.officerId);
      }
    }
  }
  return records;
}

/**
 * Evaluator conduct (评价行为): a rating refused, a self-rating, no prompt to rate at the bottom
 * window, the evaluator switched off twice — once without cause, once during a fault the IT
 * section logged (评价器故障), which exempts it — and the supervisor's confirmation of the
 * consecutive-rating burst in the ratings.
 */
import type { Officer } from '#core/center';
import { dateOf, instantOf } from '#core/records/common';
import type { ConductKind } from '#core/rules/electronic-evaluation';
import { SUPERVISORS, deviceOf } from './people.ts';
import type { Random } from './random.ts';
import type { Burst } from './ratings.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import { type DemoWorld, uncast } from './world.ts';

const OCCURRENCES: readonly { windowId: string; from: string; time: string; kind: ConductKind; note: string }[] = [
  { windowId: 'w13', from: '2026-02-26', time: '14:15', kind: 'self-rating', note: '监控显示工作人员在群众离开后自行按下评价键' },
  { windowId: 'w16', from: '2026-04-21', time: '09:30', kind: 'evaluator-off', note: '评价器被关闭约一小时，无故障报修记录' },
  { windowId: 'w04', from: '2026-06-10', time: '10:42', kind: 'refused', note: '群众要求评价，工作人员称“不用评了”并收起评价器' },
  { windowId: 'w10', from: '2026-08-18', time: '15:20', kind: 'no-prompt', note: '连续接待多名群众均未提示评价' },
];

/** Switched off at 10:05 during a fault logged from 09:40 to 11:20 that day: exempt. */
const FAULT = {
  windowId: 'w12',
  from: '2026-09-15',
  observed: '10:05',
  fault: ['09:40', '11:20'] as const,
  conductNote: '巡查发现评价器黑屏',
  faultNote: '评价器触摸屏无响应，信息科维修记录 IT-2026-0915-03，已更换屏幕',
};

export function generateConduct(world: DemoWorld, burst: Burst, random: Random): DemoRecord[] {
  const { roster, presence, calendar } = world;
  const records: DemoRecord[] = [];
  const supervisor = SUPERVISORS[2];

  const observe = (windowId: string, from: string, time: string, kind: ConductKind, note: string): string => {
    const officer: Officer = random.pick(uncast(world, roster.staffOf(windowId)));
    const date = presence.dayAtWork(officer, from);
    const body = { windowId, officerId: officer.officerId, observedAt: instantOf(date, time), kind, note };
    records.push(demoRecord('evaluator-conduct', `demo-conduct-${date}-${windowId}-${kind}`, body, supervisor.id));
    return date;
  };
  for (const o of OCCURRENCES) observe(o.windowId, o.from, o.time, o.kind, o.note);

  const date = observe(FAULT.windowId, FAULT.from, FAULT.observed, 'evaluator-off', FAULT.conductNote);
  const [from, to] = FAULT.fault.map((time) => instantOf(date, time)) as [string, string];
  const fault = { windowId: FAULT.windowId, deviceId: deviceOf(FAULT.windowId), from, to, note: FAULT.faultNote };
  // Reported once the repair is done.
  records.push(demoRecord('device-fault', `demo-device-fault-${date}-${FAULT.windowId}`, fault, supervisor.id, to));

  const first = new Date(burst.ratedAt[0]).toISOString().replace('.000Z', 'Z');
  const decision = {
    flagId: `flag:${deviceOf(burst.windowId)}:${first}`,
    windowId: burst.windowId,
    month: burst.month,
    decision: 'confirm' as const,
    note: '同一评价器数秒内两次“满意”，其间无办件编号；监控显示为工作人员自行按键',
  };
  const decided = instantOf(calendar.addWorkingDays(dateOf(burst.ratedAt[0]), 1).date, '10:00');
  records.push(demoRecord('consecutive-flag-decision', `demo-flag-decision-${burst.windowId}-${burst.month}`, decision, supervisor.id, decided));
  return records;
}

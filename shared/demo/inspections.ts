/**
 * Hygiene inspections (卫生检查): one a quarter at every window, most with a deduction or two
 * of half a point to a point and a half, the bottom window of Q3 with many. At one window the
 * Q3 inspector finds an officer smoking in the no-smoking area: 5 points, the officer's
 * finding and a veto, which the officer appeals and a second supervisor upholds.
 */
import type { InspectionBody } from '#core/records/inspection';
import { monthsOf } from '#core/rules/period';
import { findingsOf, vetoOf } from './findings.ts';
import { INSPECTOR, SUPERVISORS } from './people.ts';
import type { Random } from './random.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import { type DemoWorld, someWorkingDay } from './world.ts';
import { DEMO_INSPECTED_QUARTERS } from './year.ts';

const MINOR_ITEMS = [
  { item: 'dust', note: '办公设备表面有灰尘' },
  { item: 'clutter', note: '文件资料摆放不整齐' },
  { item: 'bulletin-board', note: '政务公开栏资料摆放凌乱' },
  { item: 'litter', note: '桌面、地面有纸屑' },
  { item: 'bin-full', note: '垃圾筐已满未清理' },
] as const;

const BOTTOM_DEDUCTIONS: InspectionBody['deductions'] = [
  { item: 'dust', points: '2', note: '柜台、电脑、打印机普遍积灰' },
  { item: 'clutter', points: '1.5', note: '档案袋堆放在柜台上' },
  { item: 'bulletin-board', points: '1.5', note: '公开栏资料过期且摆放凌乱' },
  { item: 'litter', points: '2', note: '地面纸屑较多' },
  { item: 'bin-full', points: '1', note: '垃圾筐积满未清理' },
];

const SMOKING = {
  quarter: '2026-Q3',
  from: '2026-09-16',
  note: '窗口后区发现工作人员吸烟',
  grounds: '当日吸烟者系来访群众，本人并未吸烟，请求调取监控复核',
  reason: '经调取当日监控录像，确认系该工作人员本人在窗口后区吸烟，维持否决',
};

export function generateInspections(world: DemoWorld, random: Random, quarters: readonly string[] = DEMO_INSPECTED_QUARTERS): DemoRecord[] {
  const { roster, calendar, presence, cast } = world;
  const records: DemoRecord[] = [];
  const [recorder, vetoer, decider] = SUPERVISORS;

  for (const quarter of quarters) {
    // The third party comes in the quarter's last month.
    const month = monthsOf(quarter)[2]!;
    for (const { windowId } of roster.windows) {
      const id = `demo-inspection-${quarter}-${windowId}`;
      const smoking = quarter === SMOKING.quarter && windowId === cast.smoker.windowId;
      const date = smoking ? presence.dayAtWork(cast.smoker, SMOKING.from) : someWorkingDay(world, month, random);
      let deductions: InspectionBody['deductions'];
      if (smoking) {
        deductions = [{ item: 'smoking', note: SMOKING.note }, { item: 'dust', points: '0.5', note: '办公设备表面有灰尘' }];
      } else if (quarter === SMOKING.quarter && windowId === cast.bottomWindowId) {
        deductions = BOTTOM_DEDUCTIONS;
      } else {
        deductions = random
          .sample(MINOR_ITEMS, random.chance(0.3) ? 0 : random.int(1, 2))
          .map(({ item, note }) => ({ item, points: random.pick(['0.5', '0.5', '1', '1.5']), note }));
      }
      records.push(demoRecord('inspection', id, { windowId, quarter, date, inspector: INSPECTOR, deductions }, recorder.id));
      if (!smoking) continue;

      const { smoker } = cast;
      const evidence = `${quarter}卫生检查：${SMOKING.note}（${smoker.name}）`;
      records.push(
        ...findingsOf({ kind: 'inspection', id, recordId: id, date, verifiedBy: vetoer }, [
          { code: 'O-DISC-SMOKING', windowId, officer: smoker, evidence },
        ]),
      );
      const vetoDate = calendar.addWorkingDays(date, 1).date;
      const veto = vetoOf('V-O-SMOKING', { windowId, officer: smoker }, vetoDate, evidence, vetoer);
      const appealDate = calendar.addWorkingDays(vetoDate, 2).date;
      const appealId = `demo-veto-appeal-${appealDate}-${smoker.officerId}`;
      // The window head hands in the officer's appeal; a supervisor other than the one who vetoed decides.
      const appeal = demoRecord('veto-appeal', appealId, { vetoId: veto.id, date: appealDate, grounds: SMOKING.grounds }, roster.headOf(windowId).officerId);
      const decisionDate = calendar.addWorkingDays(appealDate, 3).date;
      const decision = demoRecord(
        'appeal-decision',
        `demo-appeal-decision-${decisionDate}-${smoker.officerId}`,
        { appealId, decision: 'upheld', reason: SMOKING.reason, decidedBy: decider.name, date: decisionDate },
        decider.id,
      );
      records.push(veto, appeal, decision);
    }
  }
  return records;
}

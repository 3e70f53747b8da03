/**
 * Training (学习培训): a session every month with its roll call — officers present, excused
 * (on leave that day) and a few absent without excuse, each of whom gets the finding
 * (O-TRAIN-ABSENT). Where attendance is kept, the roll call agrees with it: leave is
 * excused, 旷工 is absent.
 */
import type { Officer } from '#core/center';
import { findingsOf } from './findings.ts';
import { SUPERVISORS } from './people.ts';
import type { Random } from './random.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import { type DemoWorld, uncast } from './world.ts';
import { DEMO_ATTENDANCE_MONTHS, DEMO_MONTHS } from './year.ts';

const TOPICS = [
  '政务服务规范化标准化建设',
  '窗口服务礼仪与文明用语',
  '“一件事一次办”改革政策解读',
  '政务服务“好差评”制度',
  '廉洁从政警示教育',
  '行政许可法与依法行政',
  '消防安全与应急疏散',
  '个人信息保护与数据安全',
  '投诉处置与群众沟通技巧',
  '优化营商环境政策解读',
];

/** The session falls on the month's eighth working day. */
const SESSION_DAY = 7;

export function generateTraining(world: DemoWorld, random: Random): DemoRecord[] {
  const { roster, calendar, presence } = world;
  const records: DemoRecord[] = [];
  const supervisor = SUPERVISORS[1];

  DEMO_MONTHS.forEach((month, i) => {
    const date = calendar.workingDaysInMonth(month).dates[SESSION_DAY]!;
    const stationed = roster.officers.filter((o) => o.startDate <= date);
    let excused: Officer[];
    let absent: Officer[];
    if (DEMO_ATTENDANCE_MONTHS.includes(month)) {
      excused = stationed.filter((o) => presence.entry(o.officerId, date)?.entry === 'leave');
      const skipped = random.sample(uncast(world, stationed).filter((o) => presence.atWork(o, date)), random.int(0, 2));
      absent = [...stationed.filter((o) => presence.entry(o.officerId, date)?.entry === 'absent'), ...skipped];
    } else {
      const pool = uncast(world, stationed);
      excused = random.sample(pool, random.int(2, 4));
      absent = random.sample(pool.filter((o) => !excused.includes(o)), random.int(0, 2));
    }
    const present = stationed.filter((o) => !excused.includes(o) && !absent.includes(o));
    const id = `demo-training-${month}`;
    const ids = (officers: readonly Officer[]): string[] => officers.map((o) => o.officerId);
    const body = { sessionId: `training-${month}`, date, topic: TOPICS[i % TOPICS.length]!, present: ids(present), excused: ids(excused), absent: ids(absent) };
    records.push(demoRecord('training', id, body, supervisor.id));
    records.push(
      ...findingsOf(
        { kind: 'other', id, recordId: id, date, verifiedBy: supervisor },
        absent.map((officer) => ({ code: 'O-TRAIN-ABSENT', windowId: officer.windowId, officer, evidence: `${date}学习培训点名缺席，未事先请假` })),
      ),
    );
  });
  return records;
}

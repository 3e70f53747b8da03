/**
 * Patrols (巡查): a few rounds a month — morning, afternoon or through the cameras — most
 * finding something at a window (dress, badge, phone, absent from post …), each shortcoming
 * verified into findings against the officer and, as seed 004 counts them, the window. The
 * bottom window of Q3 is patrolled and found wanting more often. Apart from the patrols, a
 * third-party mystery shopper (暗访) films an officer on the phone: a finding that vetoes.
 */
import type { Officer } from '#core/center';
import { PATROL_SESSIONS, type PatrolBody } from '#core/records/patrol';
import { findingsOf, type FindingItem } from './findings.ts';
import { SUPERVISORS } from './people.ts';
import type { Random } from './random.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import { type DemoWorld, someWorkingDay, uncast } from './world.ts';
import { DEMO_MONTHS, workingDayFrom } from './year.ts';

/**
 * An officer's shortcoming: the officer's code and the window's code for the same event (seed
 * 004). One act, one code: where seed 002 names the act, its code (the default rulebook's).
 */
const SHORTCOMINGS = [
  { officer: 'O-DISC-DRESS', window: 'W-PATROL-ETIQUETTE', note: '未按规定穿着统一工作服上岗' },
  { officer: 'O-DISC-NO-BADGE', window: 'W-PATROL-ETIQUETTE', note: '上班未佩戴胸牌' },
  { officer: 'O-DISC-OFF-POST', window: 'W-PATROL-ATTENDANCE', note: '工作时间离开岗位约二十分钟，窗口无人接待' },
  { officer: 'O-PATROL-PHONE', window: 'W-PATROL-ATTENDANCE', note: '工作时间在窗口玩手机' },
  { officer: 'O-DISC-UNCIVIL', window: 'W-PATROL-ATTENDANCE', note: '九点四十分仍在窗口吃早饭，群众排队等候' },
  { officer: 'O-PATROL-NO-COURTESY', window: 'W-PATROL-LANGUAGE', note: '接待办事群众未使用文明用语' },
  { officer: 'O-PATROL-DESK-UNTIDY', window: 'W-PATROL-ETIQUETTE', note: '办公用品、告知单摆放凌乱' },
] as const;
const NOTICE_MISSING = { code: 'W-SVC-NOTICE-MISSING', note: '办事须知和申报表格未放在规定位置' };

const ROUNDS_A_MONTH = 4;
const BOTTOM_QUARTER_MONTHS = ['2026-07', '2026-08', '2026-09'];
const MYSTERY_SHOPPER = { from: '2026-05-14', evidence: '第三方暗访视频：工作时间在窗口低头玩手机约五分钟，群众排队等候' };

export function generatePatrols(world: DemoWorld, random: Random): DemoRecord[] {
  const { roster, presence, cast } = world;
  const records: DemoRecord[] = [];
  const rounds = new Map<string, number>();

  const patrol = (date: string, windowId: string, shortcoming: 'officer' | 'window' | 'none'): void => {
    const supervisor = random.pick(SUPERVISORS);
    const n = (rounds.get(`${date}|${windowId}`) ?? 0) + 1;
    rounds.set(`${date}|${windowId}`, n);
    const id = `demo-patrol-${date}-${windowId}-${n}`;
    const session = random.pick(PATROL_SESSIONS);
    const onDuty = uncast(world, roster.staffOf(windowId)).filter((o) => presence.atWork(o, date));
    let officer: Officer | undefined;
    let items: FindingItem[] = [];
    if (shortcoming === 'officer' && onDuty.length > 0) {
      officer = random.pick(onDuty);
      const found = random.pick(SHORTCOMINGS);
      items = [
        { code: found.officer, windowId, officer, evidence: found.note },
        { code: found.window, windowId, evidence: `${officer.name}：${found.note}` },
      ];
    } else if (shortcoming === 'window') {
      items = [{ code: NOTICE_MISSING.code, windowId, evidence: NOTICE_MISSING.note }];
    }
    const body: PatrolBody = {
      date,
      session,
      windowId,
      ...(officer ? { officerId: officer.officerId } : {}),
      findings: items.map((f) => ({ code: f.code, note: f.evidence })),
      ...(items.length === 0 ? { note: '窗口秩序良好，未发现问题' } : {}),
    };
    records.push(demoRecord('patrol', id, body, supervisor.id));
    records.push(...findingsOf({ kind: 'patrol', id, recordId: id, date, verifiedBy: supervisor }, items));
  };

  for (const month of DEMO_MONTHS) {
    for (let i = 0; i < ROUNDS_A_MONTH; i++) {
      const draw = random.next();
      patrol(someWorkingDay(world, month, random), random.pick(roster.windows).windowId, draw < 0.65 ? 'officer' : draw < 0.75 ? 'window' : 'none');
    }
    if (BOTTOM_QUARTER_MONTHS.includes(month)) {
      patrol(someWorkingDay(world, month, random), cast.bottomWindowId, 'officer');
      patrol(someWorkingDay(world, month, random), cast.bottomWindowId, month === '2026-09' ? 'window' : 'officer');
    }
  }

  const { phoneUser } = cast;
  const date = presence.dayAtWork(phoneUser, MYSTERY_SHOPPER.from);
  const { windowId } = phoneUser;
  records.push(
    ...findingsOf({ kind: 'mystery-shopper', id: `demo-mystery-shopper-${date}-${windowId}`, date, verifiedBy: SUPERVISORS[1] }, [
      { code: 'O-PATROL-PHONE', windowId, officer: phoneUser, evidence: MYSTERY_SHOPPER.evidence },
      { code: 'W-PATROL-ATTENDANCE', windowId, evidence: `${phoneUser.name}：${MYSTERY_SHOPPER.evidence}` },
      { code: 'V-O-PHONE-MYSTERY-SHOPPER', windowId, officer: phoneUser, evidence: MYSTERY_SHOPPER.evidence },
    ]),
  );
  return records;
}

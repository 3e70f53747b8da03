/**
 * Commendations (表扬) through the year: banners (锦旗), letters of thanks (感谢信), praise in the
 * district and the municipal media, a gift handed in — to a window, or to one of its
 * officers at the counter that day — each verified by a supervisor.
 */
import type { CommendationBody } from '#core/records/commendation';
import { SUPERVISORS } from './people.ts';
import type { Random } from './random.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import { type DemoWorld, uncast } from './world.ts';

const PRAISE: readonly {
  windowId: string;
  from: string;
  kind: CommendationBody['kind'];
  level?: CommendationBody['level'];
  /** Whether the praise names an officer. */
  personal: boolean;
  note: string;
}[] = [
  { windowId: 'w14', from: '2026-02-11', kind: 'banner', personal: false, note: '新人赠送锦旗“热情周到 便民利民”，感谢节前加班办理结婚登记' },
  { windowId: 'w08', from: '2026-03-18', kind: 'letter', personal: true, note: '求职者来信感谢工作人员耐心指导办理创业担保贷款' },
  { windowId: 'w18', from: '2026-04-22', kind: 'media', level: 'district', personal: false, note: '区融媒体中心报道公证窗口“延时服务”做法' },
  { windowId: 'w12', from: '2026-05-27', kind: 'gift-handed-in', personal: true, note: '工作人员婉拒群众所送购物卡并主动上交，已由中心退还' },
  { windowId: 'w19', from: '2026-06-17', kind: 'letter', personal: true, note: '残疾人家属来信感谢工作人员上门帮办' },
  { windowId: 'w05', from: '2026-07-15', kind: 'banner', personal: true, note: '留学生家长赠送锦旗“急事急办 暖心服务”' },
  { windowId: 'w11', from: '2026-08-20', kind: 'letter', personal: true, note: '异地就医群众来信感谢工作人员帮助完成备案' },
  { windowId: 'w01', from: '2026-08-25', kind: 'media', level: 'municipal', personal: true, note: '市日报专题报道企业开办“一窗通办、一日办结”' },
  { windowId: 'w02', from: '2026-09-09', kind: 'letter', personal: false, note: '企业来信感谢许可窗口提前完成食品经营许可审查' },
  { windowId: 'w01', from: '2026-10-22', kind: 'banner', personal: false, note: '企业赠送锦旗“高效办事 服务一流”' },
];

export function generateCommendations(world: DemoWorld, random: Random): DemoRecord[] {
  const { roster, presence } = world;
  return PRAISE.map(({ windowId, from, kind, level, personal, note }) => {
    const supervisor = random.pick(SUPERVISORS);
    const officer = random.pick(uncast(world, roster.staffOf(windowId)));
    const date = presence.dayAtWork(officer, from);
    const body: CommendationBody = {
      windowId,
      ...(personal ? { officerId: officer.officerId } : {}),
      kind,
      ...(level ? { level } : {}),
      date,
      note,
      verifiedBy: supervisor.name,
    };
    return demoRecord('commendation', `demo-commendation-${date}-${windowId}-${kind}`, body, supervisor.id);
  });
}

/**
 * Preset: Zhaoxiang yearly “金牌服务窗口 / 金牌店小二 / 金牌企业” — seed 000; DOMAIN.md §6.
 *
 * Units nominate (1 May–30 June); the panel scores the published criteria (1 July–31
 * August); the list is on notice for 10 working days in September; awards around 1 October.
 * 5 windows, 10 officers, 5–10 enterprises, by the panel's mean score. Other rules as the
 * default.
 */
import { DEFAULT_RULEBOOK_CONTENT } from '../default.ts';
import type { HonorInput } from '../honor.ts';
import { defineRulebook } from '../schema.ts';

const SCHEME = '§赵巷镇“金牌服务窗口”、“金牌店小二”、“金牌企业”评选活动实施方案(试行)';

const GOLD_SCHEDULE: HonorInput['schedule'] = [
  { step: 'nomination', from: { month: 5, day: 1 }, to: { month: 6, day: 30 } },
  { step: 'assessment', from: { month: 7, day: 1 }, to: { month: 8, day: 31 } },
  { step: 'notice', from: { month: 9, day: 1 }, to: { month: 9, day: 30 } },
  { step: 'award', from: { month: 10, day: 1 } },
];

function gold(id: string, subject: HonorInput['subject'], zh: string, en: string, quota: HonorInput['quota']): HonorInput {
  return {
    id,
    name: { zh, en },
    subject,
    period: 'year',
    entry: { kind: 'nominations' },
    ranking: { kind: 'panel-score' },
    quota,
    schedule: GOLD_SCHEDULE,
    sources: [
      { seed: '000', clause: `${SCHEME} 五、名额分配与奖励内容` },
      { seed: '000', clause: `${SCHEME} 六、评选程序 (二)–(五)` },
    ],
  };
}

export const SEED_000_YEARLY_GOLD = defineRulebook({
  ...DEFAULT_RULEBOOK_CONTENT,
  id: 'seed-000-yearly-gold',
  version: '1.0.0',
  name: { zh: '金牌服务窗口、金牌店小二、金牌企业（年度）', en: 'Gold windows, gold officers and gold enterprises (yearly)' },
  summary: {
    zh: '每年评选一次：5月1日至6月30日申报，7月1日至8月31日评定，9月公示10个工作日，10月1日前后表彰；金牌服务窗口5个、金牌店小二10名、金牌企业5—10家。',
    en: 'Once a year: nominations 1 May–30 June, assessment 1 July–31 August, a 10-working-day notice in September, awards around 1 October; 5 gold windows, 10 gold officers, 5–10 gold enterprises.',
  },
  honors: [
    gold('gold-windows', 'window', '金牌服务窗口', 'gold service windows', { kind: 'fixed', places: 5 }),
    gold('gold-officers', 'officer', '金牌店小二', 'gold officers (金牌店小二)', { kind: 'fixed', places: 10 }),
    gold('gold-enterprises', 'enterprise', '金牌企业', 'gold enterprises', { kind: 'fixed', places: 10, minimum: 5 }),
  ],
  // 六、(四)公示阶段: 公示期为10个工作日。
  notice: { workingDays: 10 },
});

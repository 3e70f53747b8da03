/**
 * Preset: 市民之家 quarterly “优质服务窗口 / 优秀服务标兵” — seed 001 (a); DOMAIN.md §4.5, §6.
 *
 * Each quarter the top 8 windows and top 13 officers by the monthly 100-point scores are
 * candidates; window heads vote (民主推荐) and the panel scores (综合评定); the composite
 * 80% monthly + 10% + 10% picks 5 windows and 10 officers. Officers need 60 days on duty in
 * the quarter; windows need every case completed on time. Other rules as the default.
 */
import { DEFAULT_RULEBOOK_CONTENT } from '../default.ts';
import { defineRulebook } from '../schema.ts';

const SCHEME = '§文明服务窗口优质服务标兵创建活动实施方案(市民之家)';

export const SEED_001_QUARTERLY_COMPOSITE = defineRulebook({
  ...DEFAULT_RULEBOOK_CONTENT,
  id: 'seed-001-quarterly-composite',
  version: '1.0.0',
  name: { zh: '季度优质服务窗口和优秀服务标兵（市民之家）', en: 'Quarterly quality windows and service pacesetters (citizen center)' },
  summary: {
    zh: '每季度按月度百分考核取前8个窗口、前13名工作人员为候选对象，经民主推荐和综合评定，按80%、10%、10%汇总，确定5个窗口、10名工作人员。',
    en: 'Each quarter the top 8 windows and 13 officers by monthly 100-point scores are candidates; ballots and the panel are added 80% / 10% / 10%; 5 windows and 10 officers are chosen.',
  },
  // 五、(三)分值权重: 百分考核得分占80%，民主推荐得分占10%，综合评定得分占10%。
  compositeWeights: { monthly: '0.8', democratic: '0.1', panel: '0.1' },
  honors: [
    {
      id: 'quality-windows',
      name: { zh: '优质服务窗口', en: 'quality service windows' },
      subject: 'window',
      period: 'quarter',
      entry: { kind: 'all' },
      ranking: { kind: 'composite', poolSize: 8 },
      quota: { kind: 'fixed', places: 5 },
      eligibility: { minOnTimeCompletionPercent: '100' },
      sources: [
        { seed: '001', clause: `${SCHEME} 五、(二)评选程序 1–3 (前8个窗口; 前5个窗口)` },
        { seed: '001', clause: `${SCHEME} 四、(一) 按期办结率100%` },
      ],
    },
    {
      id: 'service-pacesetters',
      name: { zh: '优秀服务标兵', en: 'service pacesetters' },
      subject: 'officer',
      period: 'quarter',
      entry: { kind: 'all' },
      ranking: { kind: 'composite', poolSize: 13 },
      quota: { kind: 'fixed', places: 10 },
      eligibility: { minDaysOnDuty: 60 },
      sources: [
        { seed: '001', clause: `${SCHEME} 五、(二)评选程序 1–3 (前13名工作人员; 前10名)` },
        { seed: '001', clause: `${SCHEME} 三、评选范围 (每季度在岗不少于60天)` },
      ],
    },
  ],
});

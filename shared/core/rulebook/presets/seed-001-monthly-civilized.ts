/**
 * Preset: monthly “文明服务窗口 / 文明服务标兵” — seed 001 (b); DOMAIN.md §6.
 *
 * Each month 2 windows and 2 officers by the monthly 100-point score; each year 2 + 2.
 * **Assumption:** the seed's year-end 综合考评 ranks by the year's mean monthly score.
 * Other rules as the default.
 */
import { DEFAULT_RULEBOOK_CONTENT } from '../default.ts';
import type { HonorInput } from '../honor.ts';
import { defineRulebook } from '../schema.ts';

const SCHEME = '§文明服务窗口优质服务标兵创建活动实施方案(区政务服务中心)';

function civilized(subject: 'window' | 'officer', period: 'month' | 'year'): HonorInput {
  const zh = subject === 'window' ? '文明服务窗口' : '文明服务标兵';
  const en = subject === 'window' ? 'civilized service windows' : 'civilized service pacesetters';
  return {
    id: `civilized-${subject}s-${period === 'month' ? 'monthly' : 'yearly'}`,
    name: { zh: `${period === 'month' ? '月度' : '年度'}${zh}`, en: `${en} of the ${period}` },
    subject,
    period,
    entry: { kind: 'all' },
    ranking: { kind: 'mean-monthly-score' },
    quota: { kind: 'fixed', places: 2 },
    sources: [{ seed: '001', clause: `${SCHEME} 四、评选数量; 五、评选办法 (满分为100分)` }],
  };
}

export const SEED_001_MONTHLY_CIVILIZED = defineRulebook({
  ...DEFAULT_RULEBOOK_CONTENT,
  id: 'seed-001-monthly-civilized',
  version: '1.0.0',
  name: { zh: '文明服务窗口和文明服务标兵（月度）', en: 'Civilized windows and pacesetters (monthly)' },
  summary: {
    zh: '每月评选文明服务窗口、文明服务标兵各2个，每年评选年度文明服务窗口、文明服务标兵各2个，满分100分。',
    en: 'Each month 2 civilized windows and 2 civilized officers on the 100-point score; each year 2 of each.',
  },
  honors: [civilized('window', 'month'), civilized('officer', 'month'), civilized('window', 'year'), civilized('officer', 'year')],
});

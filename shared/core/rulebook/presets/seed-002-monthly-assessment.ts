/**
 * Preset: 金口河-style monthly assessments and the monthly best window — seed 002;
 * DOMAIN.md §4.4, §6.
 *
 * - Windows: 优质服务 60, 廉洁办公 20, 工作纪律 20, all by deductions (seed 002 has no
 *   electronic evaluation or hygiene component) [§窗口单位考核实施细则].
 * - Officers: 德 20, 能 20, 勤 20, 绩 25, 廉 15, each "扣完为止" [§窗口工作人员考核实施细则];
 *   grades ≥ 90 优秀, ≥ 75 称职, ≥ 60 基本称职, else 不称职.
 * - Best windows each month by the scheme's own five items of 20, bonuses and disqualifiers
 *   (rules/best-window.ts): ≥ 90 points, at most ⌊20%⌋ of the windows but at least 1,
 *   none when nobody reaches 90 [§最佳窗口单位评比考核办法].
 * Only the seed's own codes: the officer deductions under the heading the seed gives them.
 */
import type { FindingCode } from '../finding-code.ts';
import { defaultFindingCodes, SEED_002_OFFICER_CATEGORY } from '../findings/index.ts';
import { DEFAULT_RULEBOOK_CONTENT } from '../default.ts';
import { defineRulebook } from '../schema.ts';
import { SEED_002_MONTHLY_GRADING } from '../../rules/monthly-grades.ts';
import { BEST_WINDOW_SOURCE, SEED_002_BEST_WINDOW } from '../../rules/best-window.ts';

const OFFICER_RULES = '§窗口工作人员考核实施细则 一、考核形式与内容';

/** Seed 002's codes; an officer deduction only where the seed files it under 德能勤绩廉. */
function seed002Codes(codes: readonly FindingCode[]): FindingCode[] {
  return codes
    .filter((c) => c.source.seed === '002')
    .flatMap((c) => {
      if (c.subject === 'window' || c.effect === 'bonus') return [c];
      const heading = SEED_002_OFFICER_CATEGORY[c.code];
      return heading ? [{ ...c, category: heading }] : [];
    });
}

export const SEED_002_MONTHLY_ASSESSMENT = defineRulebook({
  ...DEFAULT_RULEBOOK_CONTENT,
  id: 'seed-002-monthly-assessment',
  version: '1.0.0',
  name: { zh: '窗口单位与工作人员月度百分考核、最佳窗口评比', en: 'Monthly 100-point assessments and best windows' },
  summary: {
    zh: '窗口按优质服务60分、廉洁办公20分、工作纪律20分，工作人员按德20分、能20分、勤20分、绩25分、廉15分每月考核，扣完为止；每月评选得分90分以上的最佳服务窗口，评选面20%左右。',
    en: 'Windows (service 60, integrity 20, discipline 20) and officers (德 20, 能 20, 勤 20, 绩 25, 廉 15) are assessed monthly, each category down to zero at most; best windows each month at 90 points or more, about 20% of the windows.',
  },
  window: {
    ...DEFAULT_RULEBOOK_CONTENT.window,
    categories: DEFAULT_RULEBOOK_CONTENT.window.categories.map((c) => ({ ...c, components: [] })),
  },
  officer: {
    categories: [
      { id: 'officer.de', name: { zh: '德', en: 'morals (德)' }, max: '20', source: { seed: '002', clause: `${OFFICER_RULES} (一)德(20分，扣完为止)` } },
      { id: 'officer.neng', name: { zh: '能', en: 'ability (能)' }, max: '20', source: { seed: '002', clause: `${OFFICER_RULES} (二)能(20分，扣完为止)` } },
      { id: 'officer.qin', name: { zh: '勤', en: 'diligence (勤)' }, max: '20', source: { seed: '002', clause: `${OFFICER_RULES} (三)勤(20分，扣完为止)` } },
      { id: 'officer.ji', name: { zh: '绩', en: 'performance (绩)' }, max: '25', source: { seed: '002', clause: `${OFFICER_RULES} (四)绩(25分，扣完为止)` } },
      { id: 'officer.lian', name: { zh: '廉', en: 'integrity (廉)' }, max: '15', source: { seed: '002', clause: `${OFFICER_RULES} (五)廉(15分，扣完为止)` } },
    ],
    bonusCategory: DEFAULT_RULEBOOK_CONTENT.officer.bonusCategory,
  },
  findingCodes: seed002Codes(defaultFindingCodes()),
  // 第十二条–第十五条: window grades, 优秀 at most 20% / 15%, derived codes, 调离.
  monthlyGrading: SEED_002_MONTHLY_GRADING,
  electronicEvaluation: undefined,
  hygiene: undefined,
  honors: [
    {
      id: 'best-windows',
      name: { zh: '最佳服务窗口', en: 'best service windows' },
      subject: 'window',
      period: 'month',
      entry: { kind: 'all' },
      // Scored by the scheme's own five items, bonuses and disqualifiers, not the 100-point score.
      ranking: { kind: 'best-window-scheme', scheme: SEED_002_BEST_WINDOW },
      quota: { kind: 'share', share: '0.2', atLeast: 1 },
      minScore: '90',
      sources: [
        { seed: '002', clause: '§最佳窗口单位评比考核办法 一、总则 第1、2条' },
        { seed: '002', clause: BEST_WINDOW_SOURCE },
      ],
    },
  ],
});

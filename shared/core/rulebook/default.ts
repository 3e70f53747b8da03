/**
 * The default rulebook (默认评选规则): seed 003 (Qingpu) with the seed 002 monthly
 * categories, as DOMAIN.md §4.4 and §7 describe. Every number cites its clause; the finding
 * codes cite theirs in `findings/`.
 */
import { SEED_003_ATTENDANCE } from '../rules/attendance.ts';
import { SEED_003_ELECTRONIC_EVALUATION } from '../rules/electronic-evaluation.ts';
import { SEED_003_HYGIENE } from '../rules/hygiene.ts';
import type { HonorInput } from './honor.ts';
import { DEFAULT_FINDING_CODE_INPUTS } from './findings/index.ts';
import { type Rulebook, type RulebookInput, defineRulebook } from './schema.ts';

const S002_WINDOW = '§窗口单位考核实施细则 一、形式与内容';
const S003_YEARLY = '§窗口工作人员年度考核的实施办法';
const S003_HONORS = '§优秀服务窗口和服务明星评选办法';

const DEFAULT_WINDOW_CATEGORIES: RulebookInput['window']['categories'] = [
  {
    id: 'window.service',
    name: { zh: '优质服务', en: 'quality service' },
    max: '60',
    components: ['electronic-evaluation', 'hygiene'],
    source: { seed: '002', clause: `${S002_WINDOW} (一)优质服务(60分)` },
  },
  {
    id: 'window.integrity',
    name: { zh: '廉洁办公', en: 'integrity' },
    max: '20',
    source: { seed: '002', clause: `${S002_WINDOW} (二)廉洁办公(20分)` },
  },
  {
    id: 'window.discipline',
    name: { zh: '工作纪律', en: 'work discipline' },
    max: '20',
    source: { seed: '002', clause: `${S002_WINDOW} (三)工作纪律(20分)` },
  },
];

const WINDOW_BONUS = { id: 'window.bonus', name: { zh: '加分', en: 'bonuses' } };
const OFFICER_BONUS = { id: 'officer.bonus', name: { zh: '加分', en: 'bonuses' } };

const DEFAULT_HONORS: HonorInput[] = [
  {
    id: 'quarterly-stars',
    name: { zh: '季度服务明星', en: 'quarterly service stars' },
    subject: 'officer',
    period: 'quarter',
    // 原则上窗口工作人员在1—5名的推荐1名，6名以上的推荐2名；中心科室可直接推荐。
    entry: {
      kind: 'nominations',
      perWindow: [
        { upToOfficers: 5, nominees: 1 },
        { upToOfficers: null, nominees: 2 },
      ],
    },
    ranking: { kind: 'mean-monthly-score' },
    quota: { kind: 'fixed', places: 10 },
    // Seed 003 has no days-on-duty rule; seed 001's 60 days live in its preset (DOMAIN.md §4.3).
    eligibility: { excludeHeadsOfBottomWindows: 3 },
    schedule: [{ step: 'nomination', to: { month: 3, day: 20 } }],
    sources: [{ seed: '003', clause: `${S003_HONORS} 三、(一)评选名额 第3条; (二)2 第(6)条; (三)评选程序 2` }],
  },
  {
    id: 'yearly-stars',
    name: { zh: '年度服务明星', en: 'stars of the year' },
    subject: 'officer',
    period: 'year',
    entry: { kind: 'title-holders', honorId: 'quarterly-stars' },
    ranking: { kind: 'titles-then-mean-score' },
    quota: { kind: 'fixed', places: 10 },
    sources: [{ seed: '003', clause: `${S003_HONORS} 三、(一)评选名额 第2条; (二)3; (三)3 从季度服务明星…评定产生` }],
  },
  {
    id: 'excellent-windows',
    name: { zh: '优秀服务窗口', en: 'excellent service windows' },
    subject: 'window',
    period: 'year',
    entry: { kind: 'all' },
    ranking: { kind: 'mean-monthly-score' },
    quota: { kind: 'fixed', places: 8 },
    eligibility: { minOnTimeCompletionPercent: '100' },
    // “优秀服务窗口”奖牌实行流动管理 [seed 003 §评选办法 五、1]: the plaque moves with the title.
    movingPlaque: true,
    sources: [
      { seed: '003', clause: `${S003_HONORS} 三、(一)评选名额 第1条; (二)1 第(3)条 按期办结，无超时办结现象` },
      { seed: '001', clause: '§文明服务窗口优质服务标兵创建活动实施方案(市民之家) 四、(一) 按期办结率100%' },
    ],
  },
];

export const DEFAULT_RULEBOOK_CONTENT = {
  id: 'default',
  version: '1.0.0',
  name: { zh: '默认评选规则（青浦模式）', en: 'Default rulebook (Qingpu model)' },
  summary: {
    zh: '按青浦区行政服务中心窗口管理与服务系列制度（2018）评选，月度百分考核采用窗口“优质服务、廉洁办公、工作纪律”与工作人员“德、能、勤、绩、廉、学”分类。',
    en: 'Selects by the Qingpu district service center rules (2018); monthly 100-point assessments use the window categories service / integrity / discipline and the officer categories ideology, discipline, duty, efficiency, integrity, training.',
  },
  window: { categories: DEFAULT_WINDOW_CATEGORIES, bonusCategory: WINDOW_BONUS },
  officer: {
    categories: [
      { id: 'officer.ideology', name: { zh: '思想品德', en: 'ideology and morals' }, max: '20', source: { seed: '003', clause: `${S003_YEARLY} 四、(一)思想品德(20分)` } },
      { id: 'officer.discipline', name: { zh: '遵章守纪', en: 'discipline' }, max: '20', source: { seed: '003', clause: `${S003_YEARLY} 四、(二)遵章守纪(20分)` } },
      { id: 'officer.duty', name: { zh: '履职尽责', en: 'duty' }, max: '20', source: { seed: '003', clause: `${S003_YEARLY} 四、(三)1.履职尽责(20分)` } },
      { id: 'officer.efficiency', name: { zh: '工作效率', en: 'efficiency' }, max: '25', source: { seed: '003', clause: `${S003_YEARLY} 四、(三)2.工作效率(25分)` } },
      { id: 'officer.integrity', name: { zh: '廉洁自律', en: 'integrity' }, max: '10', source: { seed: '003', clause: `${S003_YEARLY} 四、(四)廉洁自律(10分)` } },
      { id: 'officer.training', name: { zh: '学习培训', en: 'training' }, max: '5', source: { seed: '003', clause: `${S003_YEARLY} 四、(五)学习培训(5分)` } },
    ],
    bonusCategory: OFFICER_BONUS,
  },
  // DOMAIN.md §4.4: the seeds set no cap; 10 is the documented default.
  bonusCap: '10',
  // One act, one code: a seed 004 patrol code whose act another seed's code names stays with
  // the July campaign (presets/seed-004-patrol.ts).
  findingCodes: DEFAULT_FINDING_CODE_INPUTS.filter((c) => c.sameActAs === undefined),
  electronicEvaluation: SEED_003_ELECTRONIC_EVALUATION,
  hygiene: SEED_003_HYGIENE,
  attendance: SEED_003_ATTENDANCE,
  // Seed 002 §窗口工作人员考核实施细则 二、评定与奖惩.
  monthlyOfficerGrades: [
    { grade: 'excellent', min: '90' },
    { grade: 'competent', min: '75' },
    { grade: 'basic', min: '60' },
    { grade: 'incompetent', min: '0' },
  ],
  // Seed 003 §窗口工作人员年度考核的实施办法 五、六、七.
  yearlyAssessment: {
    dailyWeight: '0.6',
    raterShares: {
      head: [
        { rater: 'unit-leader', points: '10' },
        { rater: 'peer-heads', points: '6' },
        { rater: 'center-departments', points: '24' },
      ],
      staff: [
        { rater: 'unit-leader', points: '6' },
        { rater: 'window-head', points: '10' },
        { rater: 'center-departments', points: '24' },
      ],
    },
    grades: [
      { grade: 'excellent', min: '90' },
      { grade: 'competent', min: '80' },
      { grade: 'basic', min: '60' },
      { grade: 'incompetent', min: '0' },
    ],
    excellentShare: '0.2',
    maxMonthsStationedUngraded: 6,
    maxLeaveShareOfYear: '0.5',
    absence: { maxConsecutiveDays: 10, maxUnapprovedAbroadDays: 10 },
  },
  // DOMAIN.md §6: higher satisfaction rate, then fewer deduction points, then higher sign-in rate.
  tieBreakers: [
    { metric: 'satisfaction-rate', prefer: 'higher' },
    { metric: 'deduction-points', prefer: 'lower' },
    { metric: 'sign-in-rate', prefer: 'higher' },
  ],
  honors: DEFAULT_HONORS,
  notice: { workingDays: 10 },
  appeal: { workingDays: 5 },
} satisfies RulebookInput;

let parsed: Rulebook | undefined;

/**
 * The default rulebook, parsed on first use rather than at import: a Lambda that never needs
 * it (a center with a rulebook of its own, a function that reads no rule) does not pay the
 * parse in its cold start.
 */
export const defaultRulebook = (): Rulebook => (parsed ??= defineRulebook(DEFAULT_RULEBOOK_CONTENT));

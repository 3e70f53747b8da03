/**
 * Preset: a county center's nominations to the city's yearly “优质服务窗口 / 优秀服务标兵” —
 * seed 001 (c); DOMAIN.md §6.
 *
 * The center keeps the default rulebook's own honors (its yearly excellent windows and the
 * yearly officer assessment are what the city's preconditions count) and adds two yearly
 * lists for the nomination upward, 2 windows and 2 officers [一、名额分配]: everyone who meets
 * the preconditions, by the year's mean monthly score, and everyone who does not with the
 * condition not met [三、申报条件; 四、(一)10、11、13] (rules/city-nomination.ts):
 * the title (windows) or 优秀 grade (officers) twice in the last four years (2011–2014 for
 * 2014), two years at the window and still there, satisfaction ≥ 99%, on time 100% (windows),
 * no valid complaint, media exposure or 暗访 report in the year. The panel amends the list
 * with a written reason where the center nominates otherwise.
 */
import { DEFAULT_RULEBOOK_CONTENT } from '../default.ts';
import type { HonorInput } from '../honor.ts';
import { defineRulebook } from '../schema.ts';

const SCHEME = '§2014年度全市“优质服务窗口”和“优秀服务标兵”评选活动实施方案';

/** Codes that are a valid complaint, a media exposure or a mystery shopper's report (四、(一)13; (二)7). */
const COMPLAINT_EXPOSURE_REPORT = {
  window: ['W-SVC-COMPLAINT-VERIFIED', 'W-SVC-MEDIA-CRITICISM', 'V-W-COMPLAINT-12345', 'V-W-COMPLAINT-VERIFIED', 'V-W-CRITICISED-OR-EXPOSED', 'V-W-PHONE-MYSTERY-SHOPPER'],
  officer: ['O-IDEO-COMPLAINT-ATTITUDE', 'O-DUTY-ERROR-COMPLAINT', 'V-O-COMPLAINT-12345', 'V-O-COMPLAINT-VERIFIED', 'V-O-CRITICISED-OR-EXPOSED', 'V-O-PHONE-MYSTERY-SHOPPER'],
};

const COMMON = { lookbackYears: 4, minTitles: 2, minSatisfactionPercent: '99', verifiedComplaint: true } as const;

export const CITY_NOMINATION_HONORS: HonorInput[] = [
  {
    id: 'city-quality-windows',
    name: { zh: '推荐市级优质服务窗口', en: 'windows nominated to the city' },
    subject: 'window',
    period: 'year',
    entry: { kind: 'all' },
    ranking: { kind: 'mean-monthly-score' },
    quota: { kind: 'fixed', places: 2 },
    eligibility: {
      minOnTimeCompletionPercent: '100',
      cityPreconditions: { ...COMMON, titleHonorId: 'excellent-windows', excludingCodes: COMPLAINT_EXPOSURE_REPORT.window },
    },
    sources: [
      { seed: '001', clause: `${SCHEME} 一、评选范围及名额分配 (“优质服务窗口”2个)` },
      { seed: '001', clause: `${SCHEME} 三、申报条件 (“优秀窗口单位”称号两次(含)以上)` },
      { seed: '001', clause: `${SCHEME} 四、(一)10 按时办结率100%; 11 满意率99%以上; 13 无有效投诉、媒体曝光、暗访通报` },
    ],
  },
  {
    id: 'city-pacesetters',
    name: { zh: '推荐市级优秀服务标兵', en: 'officers nominated to the city' },
    subject: 'officer',
    period: 'year',
    entry: { kind: 'all' },
    ranking: { kind: 'mean-monthly-score' },
    quota: { kind: 'fixed', places: 2 },
    eligibility: { cityPreconditions: { ...COMMON, minYearsAtWindow: 2, excludingCodes: COMPLAINT_EXPOSURE_REPORT.officer } },
    sources: [
      { seed: '001', clause: `${SCHEME} 一、评选范围及名额分配 (“优秀服务标兵”2名)` },
      { seed: '001', clause: `${SCHEME} 三、申报条件 (年度考核“优秀等次”两次(含)以上; 在窗口工作两年以上，目前仍在窗口工作)` },
      { seed: '001', clause: `${SCHEME} 四、(一)11、13; (二)7 无群众有效投诉` },
    ],
  },
];

export const SEED_001_CITY_NOMINATION = defineRulebook({
  ...DEFAULT_RULEBOOK_CONTENT,
  id: 'seed-001-city-nomination',
  version: '1.0.0',
  name: { zh: '县级中心向市级推荐优质服务窗口和优秀服务标兵', en: 'County center nominations to the city’s quality windows and pacesetters' },
  summary: {
    zh: '县级中心每年向市政务服务中心推荐“优质服务窗口”2个、“优秀服务标兵”2名：列出符合申报条件的窗口和人员（近四年两次获评优秀、在窗口工作两年以上、满意率99%以上、按时办结率100%、无有效投诉和媒体曝光），并说明其余不符合的原因。',
    en: 'Each year a county center nominates 2 windows and 2 officers to the city: the system lists who meets the preconditions (two excellent titles or grades in four years, two years at the window, satisfaction of 99% or more, every case on time, no valid complaint or media exposure) and why the others do not.',
  },
  honors: [...DEFAULT_RULEBOOK_CONTENT.honors, ...CITY_NOMINATION_HONORS],
});

/**
 * A small published center for site tests, written the way the publisher writes them (one
 * document per file, validated by the published schemas): a center profile with four
 * windows; four months of electronic evaluation with the windows' monthly scores; the final
 * quarterly stars of 2026-Q3 (ten, one with deeds of the full 100 characters) and 2026-Q2
 * (places left empty); the yearly stars and excellent windows of 2025 with the moving
 * plaque's history; the monthly best windows of September 2026; the ended notice of the
 * Q3 stars and the October best windows' notice, in force, with an entry withdrawn after
 * an upheld objection and its replacement (递补).
 *
 * Months close on the 5th working day of the next month (DOMAIN.md §6): July–September were
 * published after their close days (7 August, 7 September, 13 October 2026 — National Day
 * takes 1–7 October), so they are results; October was published on 1 November, before
 * its close day of 6 November, so it is provisional as of 1 November.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type CenterProfile,
  type HonoredEntry,
  type HonorList,
  type MonthlyEvaluation,
  type PlaqueHistory,
  type PublicNotice,
  type PublishedDocument,
  documentFileName,
  noticeIdOf,
  publishedDocument,
} from '#core/published';

const rulebook = { id: 'qingpu-2018', version: '1', hash: 'sha256-3f1c0a7e' };
const defaultRulebook = { id: 'default', version: '1.0.0', hash: 'sha256-0d1e2f3a' };
const seed002 = { id: 'seed-002-monthly-assessment', version: '1.0.0', hash: 'sha256-9a8b7c6d' };

export const fixtureCenter: CenterProfile = {
  kind: 'center',
  centerId: 'demo-center',
  name: '青浦区行政服务中心',
  nameEn: 'Qingpu District Administrative Service Center',
  address: '上海市青浦区公园路100号',
  phone: '021-5970 0000',
  authority: '青浦区行政服务中心管理委员会办公室',
  authorityEn: 'Office of the Qingpu District Administrative Service Center Committee',
  supervisionPhone: '021-5970 1234',
  windows: [
    { windowId: 'market', name: '市场监管窗口', department: '区市场监督管理局', departmentEn: 'Market Regulation' },
    { windowId: 'tax', name: '税务窗口', department: '区税务局', departmentEn: 'Taxation' },
    { windowId: 'social', name: '社保窗口', department: '区人力资源和社会保障局', departmentEn: 'Human Resources and Social Security' },
    { windowId: 'housing', name: '不动产登记窗口', department: '区规划和自然资源局', departmentEn: 'Planning and Natural Resources' },
  ],
};

const windowOf = (windowId: string) => fixtureCenter.windows.find((w) => w.windowId === windowId)!;

/** Windows listed out of the profile's order, so a page that forgets to sort shows it. */
export const fixtureMonths: MonthlyEvaluation[] = [
  {
    kind: 'monthly-evaluation',
    centerId: 'demo-center',
    period: '2026-07',
    publishedAt: '2026-08-10T10:00:00+08:00',
    rulebook,
    windows: [
      { windowId: 'market', component: '4.10', satisfactionRate: '92.00', evaluations: 50, required: 55, volume: 110, score: '91.20' },
      { windowId: 'tax', component: '4.60', satisfactionRate: '97.00', evaluations: 48, required: 50, volume: 150, score: '94.30' },
      { windowId: 'social', component: '4.40', satisfactionRate: '94.00', evaluations: 66, required: 70, volume: 175, score: '92.75' },
      { windowId: 'housing', component: '5.00', satisfactionRate: null, evaluations: 0, required: 0, volume: 0, score: '88.00' },
    ],
  },
  {
    kind: 'monthly-evaluation',
    centerId: 'demo-center',
    period: '2026-08',
    publishedAt: '2026-09-08T10:00:00+08:00',
    rulebook,
    windows: [
      { windowId: 'market', component: '3.90', satisfactionRate: '90.50', evaluations: 44, required: 58, volume: 116, score: '87.45' },
      { windowId: 'tax', component: '4.80', satisfactionRate: '98.50', evaluations: 52, required: 52, volume: 158, score: '95.10' },
      { windowId: 'social', component: '4.20', satisfactionRate: '93.00', evaluations: 64, required: 70, volume: 170, score: '90.05' },
      // Not scored yet that month: the chart breaks its line rather than drawing zero.
      { windowId: 'housing', component: '5.00', satisfactionRate: null, evaluations: 0, required: 0, volume: 0, score: null },
    ],
  },
  {
    kind: 'monthly-evaluation',
    centerId: 'demo-center',
    period: '2026-09',
    publishedAt: '2026-10-14T10:00:00+08:00',
    rulebook,
    windows: [
      { windowId: 'tax', component: '4.90', satisfactionRate: '98.00', evaluations: 50, required: 50, volume: 160, score: '96.40' },
      { windowId: 'market', component: '3.76', satisfactionRate: '95.24', evaluations: 42, required: 60, volume: 120, score: '89.60' },
      { windowId: 'housing', component: '5.00', satisfactionRate: null, evaluations: 0, required: 0, volume: 0, score: '90.00' },
      { windowId: 'social', component: '4.50', satisfactionRate: '90.00', evaluations: 70, required: 70, volume: 180, score: '91.85' },
    ],
  },
  {
    kind: 'monthly-evaluation',
    centerId: 'demo-center',
    period: '2026-10',
    // Just after midnight in Beijing: still 31 October in UTC, 1 November on the page; and
    // before the month's close day, so provisional.
    publishedAt: '2026-11-01T00:30:00+08:00',
    rulebook,
    windows: [
      { windowId: 'social', component: '4.85', satisfactionRate: '97.10', evaluations: 69, required: 70, volume: 190, score: '95.55' },
      { windowId: 'market', component: '4.76', satisfactionRate: '95.24', evaluations: 63, required: 60, volume: 118, score: '92.80' },
      { windowId: 'tax', component: '4.00', satisfactionRate: '100.00', evaluations: 48, required: 52, volume: 104, score: '93.15' },
      { windowId: 'housing', component: '5.00', satisfactionRate: null, evaluations: 0, required: 0, volume: 0, score: '89.35' },
    ],
  },
];

/** Exactly 100 characters: the longest deeds an officer's nomination may carry. */
export const LONGEST_DEEDS =
  '本季度受理企业开办、变更登记业务四百余件，全程零差错、零投诉；主动推行“一次性告知”清单和预约延时服务，帮助群众少跑腿；耐心带教两名新同事尽快独立上岗，窗口满意率连续三个月保持第一，受到群众广泛好评。';

const officer = (position: number, subjectId: string, name: string, windowId: string, deeds: string | null): HonoredEntry => {
  const w = windowOf(windowId);
  return { position, subjectId, name, windowId, windowName: w.name, department: w.department, departmentEn: w.departmentEn, deeds };
};

const windowEntry = (position: number, windowId: string, deeds: string | null): HonoredEntry => {
  const w = windowOf(windowId);
  return { position, subjectId: windowId, name: w.name, windowId, windowName: w.name, department: w.department, departmentEn: w.departmentEn, deeds };
};

const Q3_STARS: HonoredEntry[] = [
  officer(1, 'o101', '李明远', 'market', LONGEST_DEEDS),
  officer(2, 'o102', '王芳菲', 'tax', '熟悉税费政策，耐心为纳税人讲解，本季度办件量居窗口首位，多次收到群众感谢信。'),
  officer(3, 'o103', '张卫东', 'social', '克服人手紧张困难，连续加班完成社保年度核定高峰期办理任务。'),
  officer(4, 'o104', '陈静怡', 'housing', '推行不动产登记“一窗受理”，平均办理时间缩短三分之一。'),
  officer(5, 'o105', '刘洋', 'market', '带教新同事尽快上岗，季度群众满意率名列前茅。'),
  officer(6, 'o106', '赵晓磊', 'tax', '主动延时服务，帮助外地来沪企业当天完成税务登记。'),
  officer(7, 'o107', '黄丽娟', 'social', '为行动不便的老人提供上门代办服务，收到锦旗一面。'),
  officer(8, 'o108', '周子杰', 'housing', '梳理常见补正事项，编写办事指南，窗口补正率明显下降。'),
  officer(9, 'o109', '吴敏', 'market', '业务熟练，零差错、零投诉。'),
  officer(10, 'o110', '欧阳娜娜', 'tax', '积极参与“政策进企业”宣讲，服务企业三十余家。'),
];

const header = (honorId: string, title: { zh: string; en: string }, subject: HonorList['subject'], period: string, publishedAt: string, ref = defaultRulebook) => ({
  centerId: 'demo-center',
  honorId,
  title,
  subject,
  period,
  rulebook: ref,
  publishedAt,
});

const QUARTERLY_STARS = { zh: '季度服务明星', en: 'Quarterly service stars' };
const YEARLY_STARS = { zh: '年度服务明星', en: 'Yearly service stars' };
const EXCELLENT_WINDOWS = { zh: '优秀窗口', en: 'Excellent windows' };
const BEST_WINDOWS = { zh: '月度最佳窗口', en: 'Best windows of the month' };

export const fixtureLists: HonorList[] = [
  {
    kind: 'honor-list',
    ...header('quarterly-stars', QUARTERLY_STARS, 'officer', '2026-Q3', '2026-10-30T17:05:00+08:00'),
    finalizedOn: '2026-10-30',
    notice: { start: '2026-10-19', end: '2026-10-30' },
    places: 10,
    entries: Q3_STARS,
  },
  {
    kind: 'honor-list',
    ...header('quarterly-stars', QUARTERLY_STARS, 'officer', '2026-Q2', '2026-07-24T17:00:00+08:00'),
    finalizedOn: '2026-07-24',
    notice: { start: '2026-07-13', end: '2026-07-24' },
    places: 10,
    entries: [
      officer(1, 'o102', '王芳菲', 'tax', '熟悉税费政策，耐心为纳税人讲解。'),
      officer(2, 'o107', '黄丽娟', 'social', '为行动不便的老人提供上门代办服务。'),
      officer(3, 'o111', '孙嘉禾', 'housing', null),
    ],
  },
  {
    kind: 'honor-list',
    ...header('yearly-stars', YEARLY_STARS, 'officer', '2025', '2026-01-23T16:00:00+08:00'),
    finalizedOn: '2026-01-23',
    notice: { start: '2026-01-12', end: '2026-01-23' },
    places: 10,
    entries: [
      officer(1, 'o102', '王芳菲', 'tax', '全年四个季度三次获评季度服务明星。'),
      officer(2, 'o101', '李明远', 'market', '全年办件零差错、零投诉。'),
    ],
  },
  {
    kind: 'honor-list',
    ...header('excellent-windows', EXCELLENT_WINDOWS, 'window', '2025', '2026-01-23T16:00:00+08:00'),
    finalizedOn: '2026-01-23',
    notice: { start: '2026-01-12', end: '2026-01-23' },
    places: 8,
    entries: [
      windowEntry(1, 'tax', '全年群众满意率保持在百分之九十八以上，率先实现税费业务“一网通办”。'),
      windowEntry(2, 'market', '企业开办全程网办率全区第一。'),
    ],
  },
  {
    kind: 'honor-list',
    ...header('best-windows', BEST_WINDOWS, 'window', '2026-09', '2026-10-23T10:00:00+08:00', seed002),
    finalizedOn: '2026-10-23',
    notice: { start: '2026-10-12', end: '2026-10-23' },
    places: 1,
    entries: [windowEntry(1, 'tax', null)],
  },
];

export const fixturePlaque: PlaqueHistory = {
  kind: 'plaque-history',
  centerId: 'demo-center',
  honorId: 'excellent-windows',
  title: EXCELLENT_WINDOWS,
  publishedAt: '2026-01-23T16:00:00+08:00',
  holders: [
    { period: '2025', windows: [windowEntry(1, 'tax', null), windowEntry(2, 'market', null)] },
    { period: '2024', windows: [windowEntry(1, 'social', null)] },
  ],
};

export const fixtureNotices: PublicNotice[] = [
  {
    kind: 'notice',
    ...header('quarterly-stars', QUARTERLY_STARS, 'officer', '2026-Q3', '2026-10-19T09:00:00+08:00'),
    noticeId: noticeIdOf('quarterly-stars', '2026-Q3'),
    start: '2026-10-19',
    end: '2026-10-30',
    provisional: false,
    inForce: false,
    entries: Q3_STARS,
  },
  {
    kind: 'notice',
    ...header('best-windows', BEST_WINDOWS, 'window', '2026-10', '2026-11-09T09:00:00+08:00', seed002),
    noticeId: noticeIdOf('best-windows', '2026-10'),
    start: '2026-11-09',
    end: '2026-11-20',
    provisional: false,
    inForce: true,
    entries: [
      windowEntry(1, 'social', '十月群众满意率百分之九十七，社保业务高峰期无一投诉。'),
      // The replacement for the withdrawn market window runs its own ten working days.
      { ...windowEntry(2, 'tax', null), replacement: { start: '2026-11-16', end: '2026-11-27', replaces: 'market' } },
    ],
    withdrawals: [{ entry: windowEntry(2, 'market', null), withdrawnOn: '2026-11-13', reason: 'objection-upheld' }],
  },
];

export const fixtureDocuments: PublishedDocument[] = [fixtureCenter, ...fixtureMonths, ...fixtureLists, fixturePlaque, ...fixtureNotices];

/** Writes the fixture documents into `dir` (created if missing); returns the documents. */
export async function writePublishedFixtures(dir: string, documents: readonly PublishedDocument[] = fixtureDocuments): Promise<PublishedDocument[]> {
  const parsed = documents.map((doc) => publishedDocument.parse(doc));
  await mkdir(dir, { recursive: true });
  await Promise.all(parsed.map((doc) => writeFile(path.join(dir, documentFileName(doc)), `${JSON.stringify(doc, null, 2)}\n`)));
  return parsed;
}

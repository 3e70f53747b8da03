/**
 * The demo center (示范中心), generated deterministically from a seed: about 20 windows of
 * real departments, about 120 officers with fictitious names, and three months of volumes
 * and ratings with realistic variety — some windows under quota, some dissatisfaction.
 * Every later record type is added here, so the demo stays one generator.
 */
import { createCalendar } from '#core/calendar';
import type { Center, Officer, ServiceWindow } from '#core/center';
import { FIVE_LEVEL_RATINGS, TWO_LEVEL_RATINGS } from '#core/records/evaluation';
import { SEED_003_ELECTRONIC_EVALUATION, requiredEvaluations } from '#core/rules/electronic-evaluation';
import { type Random, seededRandom } from './random.ts';

export const DEMO_CENTER_ID = 'demo';
export const DEMO_MONTHS = ['2026-08', '2026-09', '2026-10'] as const;
const DEMO_SEED = 20260801;

export interface DemoRecord {
  readonly id: string;
  readonly type: 'evaluation' | 'volume';
  readonly windowId: string;
  readonly month: string;
  readonly at: string;
  readonly body: Readonly<Record<string, unknown>>;
}

export interface DemoCenter {
  readonly center: Center;
  readonly windows: readonly ServiceWindow[];
  readonly officers: readonly Officer[];
  readonly records: readonly DemoRecord[];
}

/** How busy a window is and how well it does; the variety the rules need to show. */
interface WindowProfile {
  readonly name: string;
  readonly department: string;
  readonly departmentEn: string;
  readonly staff: number;
  readonly volume: readonly [number, number];
  /** Share of the required evaluations the window collects. */
  readonly coverage: readonly [number, number];
  /** Share of satisfied ratings. */
  readonly satisfaction: readonly [number, number];
  readonly scale: 'two-level' | 'five-level';
}

const W = (
  name: string,
  department: string,
  departmentEn: string,
  staff: number,
  volume: [number, number],
  coverage: [number, number],
  satisfaction: [number, number],
  scale: 'two-level' | 'five-level' = 'five-level',
): WindowProfile => ({ name, department, departmentEn, staff, volume, coverage, satisfaction, scale });

const WINDOWS: readonly WindowProfile[] = [
  W('企业开办综合窗口', '市场监督管理局', 'Market Regulation Bureau', 10, [380, 520], [1.0, 1.15], [0.97, 1.0]),
  W('市场监管许可窗口', '市场监督管理局', 'Market Regulation Bureau', 6, [120, 190], [0.95, 1.1], [0.95, 0.99]),
  W('税务综合窗口', '国家税务总局示范区税务局', 'Taxation Bureau', 9, [450, 650], [1.0, 1.2], [0.96, 0.995]),
  W('发票领用窗口', '国家税务总局示范区税务局', 'Taxation Bureau', 5, [160, 240], [0.55, 0.75], [0.93, 0.98]),
  W('出入境证件窗口', '公安局出入境管理大队', 'Public Security Exit-Entry Administration', 7, [220, 330], [1.0, 1.1], [0.98, 1.0]),
  W('户政窗口', '公安局户政管理科', 'Public Security Household Registration', 6, [90, 140], [0.9, 1.05], [0.95, 1.0]),
  W('社会保险窗口', '人力资源和社会保障局', 'Human Resources and Social Security Bureau', 8, [300, 420], [1.0, 1.1], [0.94, 0.99]),
  W('就业创业窗口', '人力资源和社会保障局', 'Human Resources and Social Security Bureau', 4, [30, 60], [0.8, 1.0], [0.97, 1.0], 'two-level'),
  W('不动产登记窗口', '不动产登记中心', 'Real Estate Registration Center', 10, [400, 560], [0.9, 1.05], [0.88, 0.95]),
  W('不动产交易窗口', '住房和城乡建设局', 'Housing and Urban-Rural Development Bureau', 6, [140, 200], [0.45, 0.65], [0.9, 0.97]),
  W('医疗保障窗口', '医疗保障局', 'Healthcare Security Bureau', 7, [200, 300], [1.0, 1.1], [0.97, 1.0]),
  W('住房公积金窗口', '住房公积金管理中心', 'Housing Provident Fund Center', 6, [150, 210], [0.9, 1.05], [0.97, 1.0]),
  W('交通运输窗口', '交通运输局', 'Transport Bureau', 4, [40, 80], [0.85, 1.05], [0.95, 1.0], 'two-level'),
  W('民政婚姻登记窗口', '民政局', 'Civil Affairs Bureau', 5, [60, 110], [1.0, 1.2], [0.99, 1.0]),
  W('卫生健康窗口', '卫生健康委员会', 'Health Commission', 4, [20, 45], [0.9, 1.1], [0.96, 1.0], 'two-level'),
  W('生态环境窗口', '生态环境局', 'Ecology and Environment Bureau', 3, [8, 25], [0.3, 0.6], [0.9, 1.0], 'two-level'),
  W('自然资源窗口', '自然资源局', 'Natural Resources Bureau', 4, [25, 50], [0.9, 1.05], [0.92, 0.98], 'two-level'),
  W('公证服务窗口', '司法局公证处', 'Justice Bureau Notary Office', 4, [50, 90], [0.95, 1.1], [0.97, 1.0]),
  W('残疾人服务窗口', '残疾人联合会', "Disabled Persons' Federation", 3, [10, 30], [1.0, 1.3], [1.0, 1.0], 'two-level'),
  W('工程建设项目审批窗口', '行政审批局', 'Administrative Approval Bureau', 9, [110, 170], [0.85, 1.0], [0.9, 0.96]),
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '静敏伟芳娜秀英丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国文辉晓东海燕雪梅志刚佳怡子涵欣然宇轩浩然思远雨桐嘉豪梓萱';

function fictitiousName(random: Random, used: Set<string>): string {
  for (;;) {
    const given = random.chance(0.6) ? random.pick([...GIVEN]) + random.pick([...GIVEN]) : random.pick([...GIVEN]);
    const name = random.pick([...SURNAMES]) + given;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const between = (random: Random, [low, high]: readonly [number, number]): number => low + random.next() * (high - low);

export function generateDemoCenter(seed = DEMO_SEED): DemoCenter {
  const random = seededRandom(seed);
  const calendar = createCalendar();
  const center: Center = {
    centerId: DEMO_CENTER_ID,
    name: '示范区政务服务中心',
    nameEn: 'Demo District Government Service Center',
    address: '示范区市民大道 100 号市民之家一楼',
    phone: '0000-12345',
  };
  const names = new Set<string>();
  const windows: ServiceWindow[] = [];
  const officers: Officer[] = [];
  const records: DemoRecord[] = [];
  let officerNo = 0;

  WINDOWS.forEach((profile, index) => {
    const windowId = `w${pad(index + 1, 2)}`;
    windows.push({ windowId, name: profile.name, department: profile.department, departmentEn: profile.departmentEn });
    const staff: string[] = [];
    for (let i = 0; i < profile.staff; i++) {
      const officerId = `o${pad(++officerNo, 3)}`;
      staff.push(officerId);
      const startYear = random.chance(0.1) ? 2026 : random.int(2016, 2025);
      const startMonth = startYear === 2026 ? random.int(6, 9) : random.int(1, 12);
      officers.push({
        officerId,
        name: fictitiousName(random, names),
        windowId,
        role: i === 0 ? 'head' : 'staff',
        startDate: `${startYear}-${pad(startMonth, 2)}-${pad(random.int(1, 28), 2)}`,
      });
    }

    for (const month of DEMO_MONTHS) {
      const volume = Math.round(between(random, profile.volume));
      records.push({
        id: `demo-volume-${windowId}-${month}`,
        type: 'volume',
        windowId,
        month,
        at: `${month}-01T00:00:00.000Z`,
        body: { windowId, month, accepted: volume },
      });
      // Aim the coverage at the seed 003 quota so some windows fall short of it.
      const required = requiredEvaluations(volume, SEED_003_ELECTRONIC_EVALUATION);
      const ratings = Math.round(required * between(random, profile.coverage));
      const satisfaction = between(random, profile.satisfaction);
      const days = calendar.workingDaysInMonth(month).dates;
      for (let n = 0; n < ratings; n++) {
        const day = random.pick(days);
        // Counters open 09:00–17:00 Beijing time = 01:00–09:00 UTC.
        const at = `${day}T${pad(random.int(1, 8), 2)}:${pad(random.int(0, 59), 2)}:${pad(random.int(0, 59), 2)}.000Z`;
        const satisfied = random.next() < satisfaction;
        const rating =
          profile.scale === 'two-level'
            ? TWO_LEVEL_RATINGS[satisfied ? 0 : 1]
            : satisfied
              ? random.pick(FIVE_LEVEL_RATINGS.slice(0, 3))
              : random.pick(FIVE_LEVEL_RATINGS.slice(3));
        records.push({
          id: `demo-eval-${windowId}-${month}-${pad(n, 4)}`,
          type: 'evaluation',
          windowId,
          month,
          at,
          body: {
            windowId,
            officerId: random.pick(staff),
            ratedAt: at,
            scale: profile.scale,
            rating,
            ...(random.chance(0.4) ? { caseNumber: `SL${month.replace('-', '')}${pad(random.int(1, 99999), 5)}` } : {}),
          },
        });
      }
    }
  });
  return { center, windows, officers, records };
}

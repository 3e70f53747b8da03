/**
 * The demo center's windows and officers: about 20 windows of real departments, about 120
 * officers with fictitious names, and for each window a profile of how busy it is and how
 * well it does, the variety the rules need to show.
 */
import type { Center, Officer, ServiceWindow } from '#core/center';
import { PANEL, SUPERVISORS } from './people.ts';
import type { Random } from './random.ts';
import { pad } from './year.ts';

export const DEMO_CENTER_ID = 'demo';

interface WindowProfile {
  readonly name: string;
  readonly department: string;
  readonly departmentEn: string;
  readonly staff: number;
  /** Cases accepted a month. */
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

/** The windows and officers, and who is who among them. */
export interface Roster {
  readonly center: Center;
  readonly windows: readonly ServiceWindow[];
  readonly officers: readonly Officer[];
  profile(windowId: string): WindowProfile;
  /** The window's officers, its head first. */
  staffOf(windowId: string): readonly Officer[];
  headOf(windowId: string): Officer;
  officer(officerId: string): Officer;
}

export function generateRoster(random: Random): Roster {
  const center: Center = {
    centerId: DEMO_CENTER_ID,
    name: '示范区政务服务中心',
    nameEn: 'Demo District Government Service Center',
    address: '示范区市民大道 100 号市民之家一楼',
    phone: '0000-12345',
  };
  // The supervisors and the panel are people of the center too: no officer shares their names.
  const names = new Set<string>([...SUPERVISORS, ...PANEL].map((p) => p.name));
  const windows: ServiceWindow[] = [];
  const officers: Officer[] = [];
  const profiles = new Map<string, WindowProfile>();
  const staff = new Map<string, Officer[]>();

  WINDOWS.forEach((profile, index) => {
    const windowId = `w${pad(index + 1, 2)}`;
    windows.push({ windowId, name: profile.name, department: profile.department, departmentEn: profile.departmentEn });
    profiles.set(windowId, profile);
    const members: Officer[] = [];
    for (let i = 0; i < profile.staff; i++) {
      const head = i === 0;
      // Heads have run their window for years; about one officer in ten joined this year.
      const startYear = head ? random.int(2014, 2022) : random.chance(0.1) ? 2026 : random.int(2016, 2025);
      const startMonth = startYear === 2026 ? random.int(3, 9) : random.int(1, 12);
      members.push({
        officerId: `o${pad(officers.length + members.length + 1, 3)}`,
        name: fictitiousName(random, names),
        windowId,
        role: head ? 'head' : 'staff',
        startDate: `${startYear}-${pad(startMonth, 2)}-${pad(random.int(1, 28), 2)}`,
      });
    }
    officers.push(...members);
    staff.set(windowId, members);
  });

  const byId = new Map(officers.map((o) => [o.officerId, o]));
  const found = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo roster has no ${what}`);
    return value;
  };
  return {
    center,
    windows,
    officers,
    profile: (windowId) => found(profiles.get(windowId), `window ${windowId}`),
    staffOf: (windowId) => found(staff.get(windowId), `window ${windowId}`),
    headOf: (windowId) => found(staff.get(windowId)?.[0], `head of ${windowId}`),
    officer: (officerId) => found(byId.get(officerId), `officer ${officerId}`),
  };
}

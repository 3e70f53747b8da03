/**
 * A synthetic center for the benchmark, deterministic from a seed: windows and officers,
 * and for each window-month its volume, ratings, a sign-in per officer and working day and,
 * in a quarter's last month, a hygiene inspection. Records are made one window-month at a
 * time (each from a random stream of its own), so a tenfold center never sits in memory
 * whole. Placement and bodies come from the demo generator's `demoRecord`, as intake
 * places them.
 */
import { createCalendar } from '#core/calendar';
import type { Center, Officer, ServiceWindow } from '#core/center';
import { FIVE_LEVEL_RATINGS } from '#core/records/evaluation';
import { instantOf } from '#core/records/common';
import { forkRandom, type Random } from '../../shared/demo/random.ts';
import { type DemoRecord, demoRecord } from '../../shared/demo/record.ts';
import { pad, rememberingCalendar } from '../../shared/demo/year.ts';

export interface CenterShape {
  readonly centerId: string;
  readonly windows: number;
  readonly officers: number;
  readonly months: readonly string[];
  readonly ratingsPerWindowMonth: number;
  /** 10 for the tenfold center: ten times the services and ratings, one more device per window for each. */
  readonly factor: number;
  readonly seed: number;
}

export interface SyntheticCenter {
  readonly shape: CenterShape;
  readonly center: Center;
  readonly windows: readonly ServiceWindow[];
  readonly officers: readonly Officer[];
  /** The records of one window-month. */
  windowMonth(windowId: string, month: string): DemoRecord[];
}

const calendar = rememberingCalendar(createCalendar());

// Counters open 09:00–17:00 Beijing; ratings of one device fall in distinct two-minute
// slots, as in the demo, so no two are within the consecutive-rating interval.
const SLOT_SECONDS = 120;
const SLOTS_A_DAY = (8 * 3600) / SLOT_SECONDS;
const INSPECTOR = '物业服务公司检查员 (基准测试)';

export function syntheticCenter(shape: CenterShape): SyntheticCenter {
  const id = (prefix: string, n: number, width: number) => `${prefix}${pad(n, width)}`;
  const windows: ServiceWindow[] = Array.from({ length: shape.windows }, (_, i) => ({
    windowId: id('w', i + 1, 3),
    name: `综合窗口 ${i + 1}`,
    department: `派驻部门 ${(i % 12) + 1}`,
    departmentEn: `Department ${(i % 12) + 1}`,
  }));
  const roster = forkRandom(shape.seed, 'roster');
  const officers: Officer[] = Array.from({ length: shape.officers }, (_, i) => ({
    officerId: id('o', i + 1, 4),
    name: `工作人员 ${i + 1}`,
    windowId: windows[i % shape.windows]!.windowId,
    // The first officer of each window is its head.
    role: i < shape.windows ? 'head' : 'staff',
    startDate: `${roster.int(2012, 2024)}-${pad(roster.int(1, 12), 2)}-${pad(roster.int(1, 28), 2)}`,
  }));
  const staff = Map.groupBy(officers, (o) => o.windowId);
  const center: Center = {
    centerId: shape.centerId,
    name: `基准测试政务服务中心 ${shape.centerId}`,
    nameEn: `Benchmark Government Service Center ${shape.centerId}`,
    address: '基准测试路 1 号',
    phone: '0000-00000',
  };

  const windowMonth = (windowId: string, month: string): DemoRecord[] => {
    const random = forkRandom(shape.seed, `${windowId}|${month}`);
    const days = calendar.workingDaysInMonth(month).dates;
    const own = staff.get(windowId) ?? [];
    const clerk = `clerk-${windowId}`;
    // Drawn first and in the same order whatever the factor, so the tenfold center has the same windows, only busier.
    const base = shape.ratingsPerWindowMonth * (0.7 + 0.6 * random.next());
    const coverage = 0.6 + 0.3 * random.next();
    const satisfaction = 0.9 + 0.1 * random.next();
    const accepted = Math.round((base / coverage) * shape.factor);
    const records: DemoRecord[] = [
      demoRecord('volume', `${windowId}-${month}-volume`, { windowId, month, accepted }, clerk, instantOf(days.at(-1)!, '18:00')),
    ];
    for (let device = 1; device <= shape.factor; device++) {
      records.push(...ratings(random, windowId, month, days, own, `device-${windowId}-${device}`, Math.round(base), satisfaction));
    }
    for (const officer of own) {
      for (const date of days) {
        const body = { entry: 'sign-in' as const, windowId, officerId: officer.officerId, date, signIn: `08:${pad(random.int(30, 59), 2)}`, signOut: `17:${pad(random.int(0, 40), 2)}` };
        records.push(demoRecord('attendance', `${officer.officerId}-${date}-attendance`, body, clerk, instantOf(date, body.signOut)));
      }
    }
    if (['03', '06', '09', '12'].includes(month.slice(5))) {
      const quarter = `${month.slice(0, 4)}-Q${Number(month.slice(5)) / 3}`;
      const deductions = random.chance(0.5) ? [{ item: 'dust' as const, points: '0.5', note: '办公设备表面有灰尘' }] : [];
      records.push(demoRecord('inspection', `${windowId}-${quarter}-inspection`, { windowId, quarter, date: random.pick(days), inspector: INSPECTOR, deductions }, 'sup-bench'));
    }
    return records;
  };
  return { shape, center, windows, officers, windowMonth };
}

function ratings(
  random: Random,
  windowId: string,
  month: string,
  days: readonly string[],
  staff: readonly Officer[],
  device: string,
  count: number,
  satisfaction: number,
): DemoRecord[] {
  const records: DemoRecord[] = [];
  const slots = new Set<number>();
  const capacity = days.length * SLOTS_A_DAY;
  while (slots.size < Math.min(count, capacity)) slots.add(random.int(0, capacity - 1));
  for (const slot of [...slots].sort((a, b) => a - b)) {
    const day = days[Math.floor(slot / SLOTS_A_DAY)]!;
    const seconds = 3600 + (slot % SLOTS_A_DAY) * SLOT_SECONDS + random.int(0, 59);
    const ratedAt = `${day}T${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}.000Z`;
    const satisfied = random.next() < satisfaction;
    const body = {
      windowId,
      ...(staff.length > 0 ? { officerId: random.pick(staff).officerId } : {}),
      ratedAt,
      scale: 'five-level' as const,
      rating: random.pick(satisfied ? FIVE_LEVEL_RATINGS.slice(0, 3) : FIVE_LEVEL_RATINGS.slice(3)),
      ...(random.chance(0.4) ? { caseNumber: `SL${month.replace('-', '')}${pad(random.int(1, 99999), 5)}` } : {}),
    };
    records.push(demoRecord('evaluation', `${device}-${month}-${pad(records.length + 1, 5)}`, body, device));
  }
  return records;
}

/**
 * A synthetic center for the benchmark, deterministic from a seed: windows and officers,
 * and every record type in the proportions of a real center. For each window-month: its
 * volume, ratings, cases about as many as the volume (promised ones completed later, some
 * late), a sign-in per officer and working day, a few patrols (half with a finding),
 * findings, a complaint with its steps, a commendation and, in a quarter's last month, a
 * hygiene inspection. For each center-month: a training session; in a quarter's last
 * month a nomination per window, a ballot per window head and objections to the notice.
 * The tenfold center multiplies every one of them (ratings, cases, findings, patrols,
 * complaints, trainings, nominations, ballots, objections) except sign-ins, which follow
 * officers and days. Records are made one window-month at a time (each from a random
 * stream of its own), so a tenfold center never sits in memory whole. Placement and bodies
 * come from the demo generator's `demoRecord`, as intake places them.
 */
import { createCalendar } from '#core/calendar';
import type { Center, Officer, ServiceWindow } from '#core/center';
import { FIVE_LEVEL_RATINGS } from '#core/records/evaluation';
import { MAX_SCORES_PER_SHEET } from '#core/records/ballot';
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
  /** The center-level records of one month (trainings; nominations, ballots and objections in a quarter's last month). */
  centerMonth(month: string): DemoRecord[];
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
    records.push(...cases(random, windowId, month, days, own, clerk, accepted));
    records.push(...supervision(random, windowId, month, days, own, shape.factor));
    if (['03', '06', '09', '12'].includes(month.slice(5))) {
      const quarter = `${month.slice(0, 4)}-Q${Number(month.slice(5)) / 3}`;
      const deductions = random.chance(0.5) ? [{ item: 'dust' as const, points: '0.5', note: '办公设备表面有灰尘' }] : [];
      records.push(demoRecord('inspection', `${windowId}-${quarter}-inspection`, { windowId, quarter, date: random.pick(days), inspector: INSPECTOR, deductions }, 'sup-bench'));
    }
    return records;
  };
  const centerMonth = (month: string): DemoRecord[] => {
    const random = forkRandom(shape.seed, `center|${month}`);
    const days = calendar.workingDaysInMonth(month).dates;
    const records: DemoRecord[] = [];
    const ids = officers.map((o) => o.officerId);
    for (let n = 1; n <= shape.factor; n++) {
      const absent = random.sample(ids, random.int(0, 3));
      const excused = random.sample(ids.filter((o) => !absent.includes(o)), random.int(1, 4));
      const present = ids.filter((o) => !absent.includes(o) && !excused.includes(o));
      const body = { sessionId: `training-${month}-${n}`, date: random.pick(days), topic: '政务服务礼仪与业务规范', present, excused, absent };
      records.push(demoRecord('training', `training-${month}-${n}`, body, SUPERVISOR));
    }
    if (!['03', '06', '09', '12'].includes(month.slice(5))) return records;
    const quarter = `${month.slice(0, 4)}-Q${Number(month.slice(5)) / 3}`;
    const nominated: string[] = [];
    for (const { windowId } of windows) {
      const own = staff.get(windowId) ?? [];
      const head = own[0];
      if (!head) continue;
      for (let n = 1; n <= shape.factor; n++) {
        const chosen = random.sample(own, Math.min(own.length, own.length > 5 ? 2 : 1));
        nominated.push(...chosen.map((o) => o.officerId));
        const body = { nominee: 'officers' as const, quarter, windowId, officers: chosen.map((o) => ({ officerId: o.officerId, deeds: '全季度零投诉，群众满意率高，主动延时服务' })) };
        records.push(demoRecord('nomination', `nomination-${quarter}-${windowId}-${n}`, body, head.officerId, instantOf(days[10]!, '10:00')));
      }
    }
    const candidates = [...new Set(nominated)];
    for (const { windowId } of windows) {
      const head = staff.get(windowId)?.[0];
      if (!head) continue;
      for (let n = 1; n <= shape.factor; n++) {
        // A sheet scores at most MAX_SCORES_PER_SHEET candidates, as intake allows.
        const scores = candidates
          .filter((c) => !(staff.get(windowId) ?? []).some((o) => o.officerId === c))
          .slice(0, MAX_SCORES_PER_SHEET)
          .map((candidateId) => ({ candidateId, score: String(random.int(150, 196) / 2) }));
        records.push(demoRecord('ballot', `ballot-${quarter}-${head.officerId}-${n}`, { honorId: 'quarterly-stars', period: quarter, scores }, head.officerId, instantOf(days.at(-3)!, '15:00')));
      }
    }
    // Public objections to the notice: a few a quarter, each up to 500 characters.
    for (let n = 1; n <= Math.max(1, Math.round(windows.length / 4)) * shape.factor; n++) {
      const body = { noticeId: `notice-${quarter}`, entry: random.pick(candidates), date: days.at(-1)!, text: '异议：该同志本季度曾有群众反映服务态度问题，请核实。'.repeat(8), contact: '138' + pad(random.int(0, 99_999_999), 8) };
      records.push(demoRecord('objection', `objection-${quarter}-${n}`, body, `ip:10.0.${n % 256}.${(n >> 8) % 256}`));
    }
    return records;
  };
  return { shape, center, windows, officers, windowMonth, centerMonth };
}

const SUPERVISOR = 'sup-bench';

/** About one case per service accepted; promised ones completed by a later record, one in twenty late. */
function cases(random: Random, windowId: string, month: string, days: readonly string[], staff: readonly Officer[], clerk: string, accepted: number): DemoRecord[] {
  const records: DemoRecord[] = [];
  if (staff.length === 0) return records;
  const tag = `${windowId.toUpperCase()}-${month.replace('-', '')}`;
  for (let n = 1; n <= accepted; n++) {
    const caseNumber = `${tag}-${pad(n, 6)}`;
    const acceptedDate = random.pick(days);
    const officerId = random.pick(staff).officerId;
    if (random.chance(0.4)) {
      records.push(demoRecord('case', `case-${caseNumber}`, { windowId, officerId, caseNumber, caseType: 'immediate', acceptedDate, promisedWorkingDays: 0, completedDate: acceptedDate }, clerk));
      continue;
    }
    const promisedWorkingDays = random.pick([1, 3, 5]);
    records.push(demoRecord('case', `case-${caseNumber}`, { windowId, officerId, caseNumber, caseType: 'promised', acceptedDate, promisedWorkingDays }, clerk));
    const deadline = calendar.addWorkingDays(acceptedDate, promisedWorkingDays).date;
    const completedDate = random.chance(0.05) ? calendar.addWorkingDays(deadline, random.int(1, 3)).date : calendar.addWorkingDays(acceptedDate, random.int(0, promisedWorkingDays)).date;
    records.push(demoRecord('case-completion', `done-${caseNumber}`, { windowId, caseNumber, completedDate }, clerk));
  }
  return records;
}

/** A supervisor's month at a window: patrols (half of them with a finding), other findings, a complaint and its steps, a commendation. */
function supervision(random: Random, windowId: string, month: string, days: readonly string[], staff: readonly Officer[], factor: number): DemoRecord[] {
  const records: DemoRecord[] = [];
  if (staff.length === 0) return records;
  for (let n = 1; n <= 4 * factor; n++) {
    const date = random.pick(days);
    const officer = random.pick(staff);
    const found = random.chance(0.5);
    const id = `patrol-${windowId}-${month}-${n}`;
    const body = {
      date,
      session: random.pick(['morning', 'afternoon'] as const),
      windowId,
      ...(found ? { officerId: officer.officerId } : {}),
      findings: found ? [{ code: 'O-DISC-DRESS', note: '未按规定着工装' }] : [],
      ...(found ? {} : { note: '窗口秩序良好，未发现问题' }),
    };
    records.push(demoRecord('patrol', id, body, SUPERVISOR));
    if (found) {
      const finding = { code: 'O-DISC-DRESS', subject: 'officer' as const, windowId, officerId: officer.officerId, date, evidence: '巡查照片：未按规定着工装', verifiedBy: SUPERVISOR, sourceKind: 'patrol' as const, sourceRecordId: id };
      records.push(demoRecord('finding', `${id}-f1`, finding, SUPERVISOR));
    }
  }
  for (let n = 1; n <= factor; n++) {
    const receivedDate = random.pick(days.slice(0, -3));
    const id = `complaint-${windowId}-${month}-${n}`;
    const body = { receivedDate, channel: 'email' as const, windowId, officerId: random.pick(staff).officerId, summary: '办事群众反映窗口等候时间过长，工作人员解释不够耐心。'.repeat(6), complainantName: '群众', complainantContact: 'citizen@example.com' };
    records.push(demoRecord('complaint', id, body, SUPERVISOR));
    records.push(demoRecord('complaint-step', `${id}-investigating`, { complaintId: id, step: 'investigating', date: calendar.addWorkingDays(receivedDate, 1).date }, SUPERVISOR));
    records.push(demoRecord('commendation', `commendation-${windowId}-${month}-${n}`, { windowId, kind: 'letter', date: random.pick(days), note: '群众来信表扬窗口服务热情', verifiedBy: SUPERVISOR }, SUPERVISOR));
  }
  return records;
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

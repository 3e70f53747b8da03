/**
 * 最佳窗口单位评比 — the monthly best window by its own scheme. DOMAIN.md §6; seed 002
 * §最佳窗口单位评比考核办法.
 *
 * Five items of 20 points each [二、评选办法及考核细则 1–5], each taking its deductions down
 * to zero at most (**Assumption:** "扣完为止" as in the seed's other schemes; the scheme says
 * only "(20分)"):
 *
 *   1. volume        20 when the window's accepted cases of the month rank 1–10 among the
 *                     center's windows (competition rank: windows tied at 10th are all in),
 *                     else 0. **Assumption:** a window that accepted no case earns nothing.
 *   2. deadlines     −3 per case per working day completed past its deadline (超承诺日, the
 *                     window-month's overdue working days as intake judged them).
 *   3. attitude      the rulebook's codes: rough attitude / no or wrong answer −3, quarrel −5.
 *   4. notices       the rulebook's codes: a missing item of information −3, a missing
 *                     document −5.
 *   5. discipline    the rulebook's codes, −2 per person per occurrence: late or early leave,
 *                     skipping collective activities, breaking the center's rules.
 *
 * Items 3–5 read the findings supervisors record — the window's own and its officers' — as
 * the monthly 100-point score does, each code at the scheme's own points; the scheme never
 * counts a finding the 100-point score would not see (a late sign-in costs here only when
 * recorded as O-DISC-LATE).
 *
 * Bonuses, added after the five items and together capped at the scheme's `bonusCap`
 * (**Assumption**, DOMAIN.md §4.4's cap; the seed sets none, and a window finishing fifty
 * cases in half the time would otherwise gain 400 points): each case completed on time with
 * its promised time cut by ≥ 50% +8, by 30–50% +5, by 20–30% +1.5 [2(3)] — a case counts in
 * the highest band it reaches, so exactly 30% is +5 — and media praise +3 a level, a banner +5,
 * a letter of thanks +2 [6].
 *
 * Disqualifiers (取消评选资格) [1(2), 2(2), 2(4), 3(3)]: falsification, illegal fees, a verified
 * complaint that an item entered into the center is still handled by the home unit, and any
 * verified complaint about the window in the month (a verifying complaint step, or a finding
 * whose code is a verified complaint). A disqualified window is listed with its reasons and
 * not ranked.
 *
 * The selection then keeps windows at ≥ 90 points (as shown, two decimals), at most ⌊20%⌋ of
 * the windows entered but at least one, none when nobody reaches 90 (rules/selection.ts).
 * Pure and deterministic: the same facts in any order give the same scores.
 */
import * as z from 'zod';
import type { WorkingCalendar } from '../calendar.ts';
import type { LedgerLine } from '../ledger.ts';
import { type Points, ZERO, add, cmp, format2, fraction, mul, neg, pts, sub, sum } from '../points.ts';
import { decimal } from '../rulebook/fields.ts';

const code = z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
/** A finding code and what one unit of it costs (or earns) under this scheme. */
const codePoints = z.strictObject({ code, points: decimal });

const codedItem = z.strictObject({ max: decimal, codes: z.array(codePoints) });

export const bestWindowScheme = z.strictObject({
  volume: z.strictObject({ max: decimal, topPlaces: z.number().int().positive() }),
  deadlines: z.strictObject({
    max: decimal,
    perOverdueCaseDay: decimal,
    /** Bands of promised time saved, in whole percent; a case counts in the highest it reaches. */
    faster: z.array(z.strictObject({ savedPercent: z.number().int().min(1).max(100), points: decimal })),
  }),
  attitude: codedItem,
  notices: codedItem,
  discipline: codedItem,
  /** Bonus codes (commendations and their findings); a `level` code earns its points per level. */
  bonuses: z.array(codePoints),
  bonusCap: decimal,
  disqualifiers: z.strictObject({
    codes: z.array(code),
    /** Any complaint about the window verified in the month disqualifies it [3(3)]. */
    verifiedComplaint: z.boolean(),
  }),
});
export type BestWindowScheme = z.infer<typeof bestWindowScheme>;
export type BestWindowSchemeInput = z.input<typeof bestWindowScheme>;

const S = '§最佳窗口单位评比考核办法 二、';

/** Seed 002's scheme, its items mapped onto the rulebook's finding codes. */
export const SEED_002_BEST_WINDOW: BestWindowSchemeInput = {
  // 1、当月办件量名列前1–10名(20分)
  volume: { max: '20', topPlaces: 10 },
  // 2、(1)超承诺日办结，每一件一天扣3分; (3)缩短50%…加8分; 缩短30–50%…加5分; 缩短20–30%…加1.5分
  deadlines: {
    max: '20',
    perOverdueCaseDay: '3',
    faster: [
      { savedPercent: 50, points: '8' },
      { savedPercent: 30, points: '5' },
      { savedPercent: 20, points: '1.5' },
    ],
  },
  // 3、(1)态度生硬，有问不答或回答不准确，顾客不满意扣3分; (2)与顾客发生争吵，谩骂顾客扣5分
  attitude: {
    max: '20',
    codes: [
      { code: 'O-DUTY-NO-ONE-TIME-NOTICE', points: '3' },
      { code: 'W-SVC-QUARREL', points: '5' },
    ],
  },
  // 4、(1)每缺一项扣3分; (2)每缺一件扣5分 — the legal basis not given is an item of
  // information; a service guide or form not in place is a document.
  notices: {
    max: '20',
    codes: [
      { code: 'W-SVC-LEGAL-BASIS-MISSING', points: '3' },
      { code: 'W-SVC-NOTICE-MISSING', points: '5' },
    ],
  },
  // 5、(1)每迟到、早退一人一次扣2分; (2)无故不参加集体活动每人每次扣2分; (3)违反规章制度一人一次扣2分
  discipline: {
    max: '20',
    codes: [
      { code: 'O-DISC-LATE', points: '2' },
      { code: 'O-DISC-EARLY-LEAVE', points: '2' },
      { code: 'O-IDEO-ACTIVITY-ABSENT', points: '2' },
      { code: 'O-TRAIN-ABSENT', points: '2' },
      { code: 'O-DISC-DEFY-MANAGEMENT', points: '2' },
      { code: 'O-DISC-OFF-POST', points: '2' },
      { code: 'W-DISC-LEAVE-VIOLATION', points: '2' },
      { code: 'W-DISC-UNSTAFFED', points: '2' },
    ],
  },
  // 6、受到新闻媒体表扬的每次加3分，每提高一个档次增加3分; 锦旗加5分; 书面感谢信加2分
  bonuses: [
    { code: 'B-W-MEDIA-PRAISE', points: '3' },
    { code: 'B-W-BANNER', points: '5' },
    { code: 'B-W-THANKS-LETTER', points: '2' },
  ],
  bonusCap: '10',
  disqualifiers: {
    // 1(2)不得弄虚作假; 2(2)违规收费; 2(4)进入中心的项目仍由原单位办理，调查属实
    codes: [
      'W-INT-FALSIFICATION',
      'W-INT-FALSIFICATION-SEVERE',
      'W-INT-FEE-UNLAWFUL',
      'W-INT-FEE-AT-HOME-UNIT',
      'W-INT-FEE-NOT-DESIGNATED-BANK',
      'O-INT-FEE-VIOLATION',
      'W-DISC-HOME-UNIT-ACCEPTANCE',
      // 3(3)被顾客投诉，调查属实 — also where a supervisor records the verified complaint as a finding
      'W-SVC-COMPLAINT-VERIFIED',
      'W-SVC-LICENSING-UNLAWFUL',
      'O-IDEO-COMPLAINT-ATTITUDE',
      'O-DUTY-ERROR-COMPLAINT',
    ],
    // 3(3)被顾客投诉，调查属实，取消评优资格
    verifiedComplaint: true,
  },
};

export const BEST_WINDOW_SOURCE = `${S}1–6`;

/** One finding (or commendation) of the window's month: its own or one of its officers'. */
export interface BestWindowOccurrence {
  readonly code: string;
  readonly recordId: string;
  /** Units: a count, or a media level (区级 1 … 国家级 4); default 1. */
  readonly units?: number;
}

/** What the scheme reads about one window in one month. */
export interface BestWindowFacts {
  readonly windowId: string;
  readonly volume: { readonly accepted: number; readonly records: readonly string[] };
  readonly overdue: { readonly caseDays: number; readonly records: readonly string[] };
  /** Cases completed on time, by whole percent of promised time saved. */
  readonly faster: readonly { readonly savedPercent: number; readonly cases: number }[];
  readonly fasterRecords: readonly string[];
  readonly occurrences: readonly BestWindowOccurrence[];
  /** Complaints about the window verified in the month: the verifying step's id. */
  readonly verifiedComplaints: readonly { readonly complaintId: string; readonly stepId: string }[];
}

export interface Disqualification {
  /** A disqualifying code, or `complaint-verified`. */
  readonly code: string;
  readonly records: readonly string[];
}

export interface BestWindowScore {
  readonly windowId: string;
  /** Σ items + capped bonuses; the ledger's lines sum to it. */
  readonly score: Points;
  readonly volumeRank: number | null;
  readonly items: Readonly<Record<'volume' | 'deadlines' | 'attitude' | 'notices' | 'discipline' | 'bonuses', Points>>;
  readonly ledger: readonly LedgerLine[];
  readonly disqualified: readonly Disqualification[];
}

/**
 * Whole percent of the promised time a completed case saved, or null when it saved none
 * or promised none (即办件). Time taken = working days after the day of acceptance up to the
 * completion, counted as the promise is; saved = ⌊100 × (promised − taken) / promised⌋, so a
 * band at k% holds exactly when the share saved is at least k%.
 */
export function savedPercent(
  acceptedDate: string,
  promisedWorkingDays: number,
  completedDate: string,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
): number | null {
  if (promisedWorkingDays <= 0 || completedDate < acceptedDate) return null;
  const taken = calendar.workingDaysBetween(acceptedDate, completedDate).count;
  if (taken >= promisedWorkingDays) return null;
  return Math.floor((100 * (promisedWorkingDays - taken)) / promisedWorkingDays);
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const unitsOf = (o: BestWindowOccurrence): number => o.units ?? 1;

/** Competition ranks of the windows by accepted volume, highest first (1, 2, 2, 4). */
function volumeRanks(windows: readonly BestWindowFacts[]): Map<string, number> {
  const volumes = windows.map((w) => w.volume.accepted);
  return new Map(windows.map((w) => [w.windowId, 1 + volumes.filter((v) => v > w.volume.accepted).length]));
}

/** An item: its maximum, one line per deduction, and a line giving back what went below zero. */
function item(name: string, max: Points, deductions: readonly LedgerLine[]): { total: Points; lines: LedgerLine[] } {
  const lines: LedgerLine[] = [{ code: `BW.${name}`, points: max, records: [], detail: { max: format2(max) } }, ...deductions];
  const raw = sum(lines.map((l) => l.points));
  if (cmp(raw, ZERO) >= 0) return { total: raw, lines };
  // 扣完为止: the item stops at zero.
  return { total: ZERO, lines: [...lines, { code: `BW.${name}.FLOOR`, points: neg(raw), records: [], detail: { restored: format2(neg(raw)) } }] };
}

function codeLines(occurrences: readonly BestWindowOccurrence[], codes: readonly { code: string; points: string }[], sign: 1 | -1): LedgerLine[] {
  const table = new Map(codes.map((c) => [c.code, pts(c.points)]));
  return occurrences
    .filter((o) => table.has(o.code))
    .map((o) => {
      const points = mul(table.get(o.code)!, fraction(unitsOf(o)));
      return { code: o.code, points: sign === 1 ? points : neg(points), records: [o.recordId], detail: { units: unitsOf(o) } };
    });
}

function scoreOne(w: BestWindowFacts, rank: number | null, scheme: BestWindowScheme): BestWindowScore {
  const occurrences = [...w.occurrences].sort((a, b) => byText(a.recordId, b.recordId) || byText(a.code, b.code));

  const inTop = rank !== null && rank <= scheme.volume.topPlaces;
  const volumePoints = inTop ? pts(scheme.volume.max) : ZERO;
  const volume = {
    total: volumePoints,
    lines: [{ code: 'BW.VOLUME', points: volumePoints, records: [...w.volume.records], detail: { accepted: w.volume.accepted, rank: rank ?? '—', topPlaces: scheme.volume.topPlaces } }],
  };

  const overdueLines: LedgerLine[] =
    w.overdue.caseDays > 0
      ? [{ code: 'BW.OVERDUE', points: neg(mul(pts(scheme.deadlines.perOverdueCaseDay), fraction(w.overdue.caseDays))), records: [...w.overdue.records], detail: { caseDays: w.overdue.caseDays, perCaseDay: scheme.deadlines.perOverdueCaseDay } }]
      : [];
  const deadlines = item('DEADLINES', pts(scheme.deadlines.max), overdueLines);
  const attitude = item('ATTITUDE', pts(scheme.attitude.max), codeLines(occurrences, scheme.attitude.codes, -1));
  const notices = item('NOTICES', pts(scheme.notices.max), codeLines(occurrences, scheme.notices.codes, -1));
  const discipline = item('DISCIPLINE', pts(scheme.discipline.max), codeLines(occurrences, scheme.discipline.codes, -1));

  // Each case in the highest band it reaches.
  const bands = [...scheme.deadlines.faster].sort((a, b) => b.savedPercent - a.savedPercent);
  const perBand = new Map<number, number>();
  for (const { savedPercent: saved, cases } of w.faster) {
    const band = bands.find((b) => saved >= b.savedPercent);
    if (band) perBand.set(band.savedPercent, (perBand.get(band.savedPercent) ?? 0) + cases);
  }
  const fasterLines: LedgerLine[] = bands
    .filter((b) => (perBand.get(b.savedPercent) ?? 0) > 0)
    .map((b) => ({
      code: 'BW.FASTER',
      points: mul(pts(b.points), fraction(perBand.get(b.savedPercent)!)),
      records: [...w.fasterRecords],
      detail: { savedPercentAtLeast: b.savedPercent, cases: perBand.get(b.savedPercent)!, perCase: b.points },
    }));
  const bonusLines = [...fasterLines, ...codeLines(occurrences, scheme.bonuses, 1)];
  const earned = sum(bonusLines.map((l) => l.points));
  const cap = pts(scheme.bonusCap);
  const capLine: LedgerLine[] = cmp(earned, cap) > 0 ? [{ code: 'BW.BONUS-CAP', points: sub(cap, earned), records: [], detail: { cap: scheme.bonusCap } }] : [];
  const bonuses = { total: cmp(earned, cap) > 0 ? cap : earned, lines: [...bonusLines, ...capLine] };

  const disqualifying = new Set(scheme.disqualifiers.codes);
  const byCode = new Map<string, string[]>();
  for (const o of occurrences) if (disqualifying.has(o.code)) byCode.set(o.code, [...(byCode.get(o.code) ?? []), o.recordId]);
  const disqualified: Disqualification[] = [...byCode].sort(([a], [b]) => byText(a, b)).map(([c, records]) => ({ code: c, records: [...new Set(records)].sort() }));
  if (scheme.disqualifiers.verifiedComplaint && w.verifiedComplaints.length > 0) {
    disqualified.push({ code: 'complaint-verified', records: [...new Set(w.verifiedComplaints.flatMap((c) => [c.complaintId, c.stepId]))].sort() });
  }

  const parts = { volume, deadlines, attitude, notices, discipline, bonuses };
  const score = Object.values(parts).reduce((total, p) => add(total, p.total), ZERO);
  return {
    windowId: w.windowId,
    score,
    volumeRank: rank,
    items: { volume: volume.total, deadlines: deadlines.total, attitude: attitude.total, notices: notices.total, discipline: discipline.total, bonuses: bonuses.total },
    ledger: Object.values(parts).flatMap((p) => p.lines),
    disqualified,
  };
}

/**
 * Every window's best-window score of the month. Volume ranks are taken over all the windows
 * given (the center's windows scored in the month), disqualified ones included: a
 * disqualification takes a window out of the selection, not out of the volume table.
 */
export function bestWindowScores(windows: readonly BestWindowFacts[], scheme: BestWindowScheme): Map<string, BestWindowScore> {
  const ids = windows.map((w) => w.windowId);
  if (new Set(ids).size !== ids.length) throw new RangeError('a window is listed twice');
  for (const w of windows) {
    if (!Number.isInteger(w.volume.accepted) || w.volume.accepted < 0) throw new RangeError(`window ${w.windowId}: volume ${w.volume.accepted}`);
    if (!Number.isInteger(w.overdue.caseDays) || w.overdue.caseDays < 0) throw new RangeError(`window ${w.windowId}: overdue case days ${w.overdue.caseDays}`);
  }
  const ranks = volumeRanks(windows);
  return new Map(
    [...windows]
      .sort((a, b) => byText(a.windowId, b.windowId))
      .map((w) => [w.windowId, scoreOne(w, w.volume.accepted > 0 ? ranks.get(w.windowId)! : null, scheme)]),
  );
}

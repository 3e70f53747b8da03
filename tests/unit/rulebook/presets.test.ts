import { describe, expect, it } from 'vitest';
import { ledgerTotal } from '#core/ledger';
import { format2, pts, toExact } from '#core/points';
import { SEED_000_YEARLY_GOLD } from '#core/rulebook/presets/seed-000-yearly-gold';
import { SEED_001_MONTHLY_CIVILIZED } from '#core/rulebook/presets/seed-001-monthly-civilized';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import { officerMonthlyScore, windowMonthlyScore } from '#core/rules/monthly-score';
import { type Contender, candidatePool, selectHonor } from '#core/rules/selection';

const id2 = (n: number) => String(n).padStart(2, '0');
const months = (scores: string[], first = 4) =>
  scores.map((score, i) => ({ month: `2024-${id2(first + i)}`, score: pts(score), resultId: `r${first + i}-${score}` }));
const slips = (scores: string[], prefix: string) => scores.map((score, i) => ({ by: `${prefix}${i}`, score, recordId: `${prefix}-rec${i}` }));
const ids = (entries: readonly { subjectId: string }[]) => entries.map((e) => e.subjectId);

describe('seed 001 (a): quarterly quality windows by the composite', () => {
  const RB = SEED_001_QUARTERLY_COMPOSITE;
  // Each row: quarter's monthly scores, ballots, panel scores.
  // composite = 0.8 × mean + 0.1 × ballots + 0.1 × panel:
  //   w01 95 / 80 / 80 → 76 + 8 + 8 = 92       w02 94 / 70 / 70 → 75.2 + 7 + 7 = 89.2
  //   w03 93 / 95 / 95 → 74.4 + 9.5 + 9.5 = 93.4  w04 92 / 60 / 60 → 73.6 + 6 + 6 = 85.6
  //   w05 90, 85, 88 / 90, 92, 94 / 80 → 70.1333 + 9.2 + 8 = 87.33
  //   w06 91 / 90 / 90 → 72.8 + 9 + 9 = 90.8     w07 89 / 85 / 85 → 71.2 + 8.5 + 8.5 = 88.2
  //   w08 88 / 75 / 75 → 70.4 + 7.5 + 7.5 = 85.4
  //   w09 87 and w10 86: below the pool of 8 (w05's mean is 87.67)
  const rows: [string, string[], string[], string[]][] = [
    ['w01', ['95', '95', '95'], ['80'], ['80']],
    ['w02', ['94', '94', '94'], ['70'], ['70']],
    ['w03', ['93', '93', '93'], ['95'], ['95']],
    ['w04', ['92', '92', '92'], ['60'], ['60']],
    ['w05', ['90', '85', '88'], ['90', '92', '94'], ['80']],
    ['w06', ['91', '91', '91'], ['90'], ['90']],
    ['w07', ['89', '89', '89'], ['85'], ['85']],
    ['w08', ['88', '88', '88'], ['75'], ['75']],
    ['w09', ['87', '87', '87'], [], []],
    ['w10', ['86', '86', '86'], [], []],
  ];
  const completion = { completed: 12, onTime: 12, records: [] };
  const field: Contender[] = rows.map(([id, scores]) => ({ id, monthlyScores: months(scores), metrics: {}, completion }));

  it('the top 8 windows by the monthly scores are the candidates', () => {
    const pool = candidatePool(RB, { honorId: 'quality-windows', period: '2024-Q2', contenders: field, vetoes: [] });
    expect(pool.stage).toBe('pool');
    expect(ids(pool.selected)).toEqual(['w01', 'w02', 'w03', 'w04', 'w06', 'w07', 'w08', 'w05']);
    expect(ids(pool.notSelected)).toEqual(['w09', 'w10']);
  });

  it('ballots and panel make the composite; the top 5 are proposed (w05: 87.33)', () => {
    const candidates: Contender[] = rows.slice(0, 8).map(([id, scores, ballots, panel]) => ({
      id,
      monthlyScores: months(scores),
      ballots: slips(ballots, `${id}-b`),
      panelScores: slips(panel, `${id}-p`),
      metrics: {},
      completion,
    }));
    const result = selectHonor(RB, { honorId: 'quality-windows', period: '2024-Q2', contenders: candidates, vetoes: [] });
    expect(result.selected.map((e) => [e.subjectId, format2(e.score)])).toEqual([
      ['w03', '93.40'],
      ['w01', '92.00'],
      ['w06', '90.80'],
      ['w02', '89.20'],
      ['w07', '88.20'],
    ]);
    const w05 = result.notSelected.find((e) => e.subjectId === 'w05')!;
    expect([format2(w05.score), toExact(ledgerTotal(w05.ledger))]).toEqual(['87.33', '262/3']);
  });

  it('officers need 60 days on duty in the quarter', () => {
    const officers: Contender[] = Array.from({ length: 14 }, (_, i) => ({
      id: `o${id2(i + 1)}`,
      monthlyScores: months([String(99 - i), String(99 - i), String(99 - i)]),
      metrics: {},
      daysOnDuty: { days: i === 0 ? 59 : 61, records: [] },
    }));
    const pool = candidatePool(RB, { honorId: 'service-pacesetters', period: '2024-Q2', contenders: officers, vetoes: [] });
    expect(pool.places).toBe(13);
    expect(ids(pool.ineligible)).toEqual(['o01']);
    expect(ids(pool.selected)).toHaveLength(13);
  });
});

describe('seed 001 (b): civilized windows, 2 a month and 2 a year', () => {
  const RB = SEED_001_MONTHLY_CIVILIZED;
  it('the two best monthly scores of March', () => {
    const windows: Contender[] = ['96', '98', '91', '97', '85'].map((score, i) => ({ id: `w${i + 1}`, monthlyScores: months([score], 3), metrics: {} }));
    const result = selectHonor(RB, { honorId: 'civilized-windows-monthly', period: '2024-03', contenders: windows, vetoes: [] });
    expect(ids(result.selected)).toEqual(['w2', 'w4']);
  });

  it('the year’s two by the mean monthly score: (96 × 11 + 60) / 12 = 93 is beaten by a steady 94', () => {
    const year = (scores: string[]) => months(scores, 1);
    const steady = Array.from({ length: 12 }, () => '94');
    const dip = [...Array.from({ length: 11 }, () => '96'), '60'];
    const good = Array.from({ length: 12 }, () => '95');
    const result = selectHonor(RB, {
      honorId: 'civilized-officers-yearly',
      period: '2024',
      contenders: [
        { id: 'dip', monthlyScores: year(dip), metrics: {} },
        { id: 'steady', monthlyScores: year(steady), metrics: {} },
        { id: 'good', monthlyScores: year(good), metrics: {} },
      ],
      vetoes: [],
    });
    expect(result.selected.map((e) => [e.subjectId, format2(e.score)])).toEqual([
      ['good', '95.00'],
      ['steady', '94.00'],
    ]);
  });
});

describe('seed 002: monthly 100-point assessments and best windows', () => {
  const RB = SEED_002_MONTHLY_ASSESSMENT;

  it('an officer late twice (勤 −2 each) and once corrupt (廉 −10): 100 − 4 − 10 = 86, 称职', () => {
    const result = officerMonthlyScore(
      {
        officerId: 'o1',
        month: '2024-05',
        findings: [
          { code: 'O-DISC-LATE', recordId: 'l1' },
          { code: 'O-DISC-LATE', recordId: 'l2' },
          { code: 'O-INT-CORRUPTION', recordId: 'c1' },
        ],
      },
      RB,
    );
    expect(Object.fromEntries(result.categories.map((c) => [c.id, format2(c.score)]))).toEqual({
      'officer.de': '20.00',
      'officer.neng': '20.00',
      'officer.qin': '16.00',
      'officer.ji': '25.00',
      'officer.lian': '5.00', // 廉 15 − 10
    });
    expect([format2(result.score), result.grade]).toEqual(['86.00', 'competent']);
  });

  it('旷工 five times (勤 −5 each) empties 勤 and stops there: 100 − 20 = 80, 称职', () => {
    const findings = [1, 2, 3, 4, 5].map((n) => ({ code: 'O-DISC-ABSENT-WITHOUT-LEAVE', recordId: `a${n}` }));
    const result = officerMonthlyScore({ officerId: 'o1', month: '2024-05', findings }, RB);
    expect([format2(result.score), result.grade, format2(result.deductionPoints)]).toEqual(['80.00', 'competent', '25.00']);
  });

  it('a window’s deductions and bonus: 100 − 5 (complaint) − 2 × 5 (overdue 2 days) + 5 (banner) = 90', () => {
    const result = windowMonthlyScore(
      {
        windowId: 'w1',
        month: '2024-05',
        findings: [
          { code: 'W-SVC-COMPLAINT-VERIFIED', recordId: 'f1' },
          { code: 'W-SVC-CASE-OVERDUE', recordId: 'f2', units: 2 },
          { code: 'B-W-BANNER', recordId: 'f3' },
        ],
      },
      RB,
    );
    expect(format2(result.score)).toBe('90.00');
  });

  /**
   * A window as seed 002's best-window scheme sees it (rules/best-window.ts): 100 when its
   * volume is in the top 10 and nothing is deducted; +2 a letter of thanks, −2 a late officer
   * (劳动纪律), 80 with no case accepted, and 'slow' = 100 − 3 × 4 overdue case-days + 1.5
   * (one case 20% faster) = 89.50.
   */
  type Shape = { letters?: number; lates?: number; unstaffed?: number } | 'no-cases' | 'slow';
  const bestWindowFacts = (windowId: string, shape: Shape) => {
    const o = typeof shape === 'object' ? shape : {};
    const n = (count: number | undefined, code: string) => Array.from({ length: count ?? 0 }, (_, k) => ({ code, recordId: `${windowId}-${code}-${k}` }));
    return {
      windowId,
      volume: { accepted: shape === 'no-cases' ? 0 : 100, records: [] },
      overdue: { caseDays: shape === 'slow' ? 4 : 0, records: [] },
      faster: shape === 'slow' ? [{ savedPercent: 20, cases: 1 }] : [],
      fasterRecords: [],
      occurrences: [...n(o.letters, 'B-W-THANKS-LETTER'), ...n(o.lates, 'O-DISC-LATE'), ...n(o.unstaffed, 'W-DISC-UNSTAFFED')],
      verifiedComplaints: [],
    };
  };
  const bestWindows = (shapes: Shape[]) =>
    selectHonor(RB, {
      honorId: 'best-windows',
      period: '2024-05',
      contenders: shapes.map((shape, i) => ({ id: `w${id2(i + 1)}`, monthlyScores: months(['95'], 5), metrics: {}, bestWindow: bestWindowFacts(`w${id2(i + 1)}`, shape) })),
      vetoes: [],
    });
  const noCases = (count: number): Shape[] => Array.from({ length: count }, () => 'no-cases' as const);

  it('best windows: ≥ 90, at most ⌊20% × 10⌋ = 2', () => {
    // 104, 102, 100, 90.00 (5 late), 89.50, then five at 80
    const result = bestWindows([{ letters: 2 }, { letters: 1 }, {}, { lates: 5 }, 'slow', ...noCases(5)]);
    expect(result.places).toBe(2);
    expect(ids(result.selected)).toEqual(['w01', 'w02']);
    expect(ids(result.notSelected)).toEqual(['w03', 'w04']);
    expect(ids(result.belowMinimumScore)).toEqual(['w05', 'w06', 'w07', 'w08', 'w09', 'w10']);
  });

  it('at least one when ⌊20%⌋ is 0 (3 windows), none when nobody reaches 90', () => {
    // 92 (4 late), 80, 80 → w01; then 89.50 and four at 80 → nobody
    expect(ids(bestWindows([{ lates: 4 }, ...noCases(2)]).selected)).toEqual(['w01']);
    const none = bestWindows(['slow', ...noCases(4)]);
    expect([none.selected, none.tie]).toEqual([[], null]);
  });

  it('a tie at the cut goes to the panel', () => {
    // 104, 102, 102, seven at 80: 2 places, the second shared by w02 and w03
    const result = bestWindows([{ letters: 2 }, { letters: 1 }, { letters: 1 }, ...noCases(7)]);
    expect(ids(result.selected)).toEqual(['w01']);
    expect(result.tie && [result.tie.places, ids(result.tie.entries)]).toEqual([1, ['w02', 'w03']]);
  });

  it('ranks by the scheme’s points, not by the monthly 100-point score', () => {
    const unstaffed = [0, 3, 6, 9, 12];
    const scored = unstaffed.map((count, i) =>
      windowMonthlyScore({ windowId: `w${id2(i + 1)}`, month: '2024-05', findings: Array.from({ length: count }, (_, n) => ({ code: 'W-DISC-UNSTAFFED', recordId: `w${i}-${n}` })) }, RB),
    );
    // 100-point score: 工作纪律 20 − 5 each, down to 0: 100, 85, 80, 80, 80 — only w01 reaches 90.
    expect(scored.map((s) => format2(s.score))).toEqual(['100.00', '85.00', '80.00', '80.00', '80.00']);
    // The scheme's 劳动纪律 costs 2 each: 20, 14, 8, 2, 0 (−4 stops at 0) → 100, 94, 88, 82, 80;
    // w02 reaches 90 here, and ⌊20% × 5⌋ = 1 place leaves it second, not under the minimum.
    const result = bestWindows(unstaffed.map((count) => ({ unstaffed: count })));
    expect(result.selected.map((e) => [e.subjectId, format2(e.score)])).toEqual([['w01', '100.00']]);
    expect(result.notSelected.map((e) => [e.subjectId, format2(e.score)])).toEqual([['w02', '94.00']]);
    expect(result.belowMinimumScore.map((e) => format2(e.score))).toEqual(['88.00', '82.00', '80.00']);
  });
});

describe('seed 000: yearly gold awards by the panel’s scores', () => {
  const RB = SEED_000_YEARLY_GOLD;
  const nominated = (id: string, panel: string[]): Contender => ({
    id,
    metrics: {},
    nominations: [{ by: 'supervisor', recordId: `nom-${id}` }],
    panelScores: slips(panel, `${id}-p`),
  });

  it('5 of 6 nominated windows by the panel’s mean score', () => {
    // means: a 90, b (88 + 92) / 2 = 90 … tie with a; c 95; d 70; e 85; f 80
    const result = selectHonor(RB, {
      honorId: 'gold-windows',
      period: '2024',
      contenders: [nominated('a', ['90']), nominated('b', ['88', '92']), nominated('c', ['95']), nominated('d', ['70']), nominated('e', ['85']), nominated('f', ['80'])],
      vetoes: [],
    });
    expect(result.selected.map((e) => [e.subjectId, e.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 2],
      ['e', 4],
      ['f', 5],
    ]);
    expect(ids(result.notSelected)).toEqual(['d']);
  });

  it('5–10 gold enterprises: four nominated fall short of the minimum', () => {
    const result = selectHonor(RB, {
      honorId: 'gold-enterprises',
      period: '2024',
      contenders: ['e1', 'e2', 'e3', 'e4'].map((id) => nominated(id, ['88'])),
      vetoes: [],
    });
    expect([result.places, result.selected.length, result.shortOfMinimum]).toEqual([10, 4, true]);
  });

  it('keeps the seed’s timeline and a 10-working-day notice', () => {
    const honor = RB.honors.find((h) => h.id === 'gold-officers')!;
    expect(honor.quota).toEqual({ kind: 'fixed', places: 10 });
    expect(honor.schedule.map((s) => [s.step, s.from?.month, s.from?.day])).toEqual([
      ['nomination', 5, 1],
      ['assessment', 7, 1],
      ['notice', 9, 1],
      ['award', 10, 1],
    ]);
    expect(RB.notice.workingDays).toBe(10);
  });
});

describe('seed 004: patrol deductions of the service quality month', () => {
  const RB = SEED_004_PATROL;

  it('items 1–4 cost 1 point a breach, item 5 (integrity) 2 points', () => {
    for (const code of RB.findingCodes) {
      const integrity = code.source.clause.includes('5、坚决做到廉洁自律');
      expect([code.code, code.points]).toEqual([code.code, { fixed: integrity ? '2' : '1' }]);
    }
  });

  it('an officer late (−1), badly dressed (−1) and taking a gift (−2): 96; the window the same', () => {
    const officer = officerMonthlyScore(
      {
        officerId: 'o1',
        month: '2024-07',
        findings: [
          { code: 'O-PATROL-LATE', recordId: 'p1' },
          { code: 'O-PATROL-DRESS', recordId: 'p2' },
          { code: 'O-PATROL-GIFT', recordId: 'p3' },
        ],
      },
      RB,
    );
    expect(format2(officer.score)).toBe('96.00');
    const window = windowMonthlyScore(
      {
        windowId: 'w1',
        month: '2024-07',
        findings: [
          { code: 'W-PATROL-ATTENDANCE', recordId: 'p1' },
          { code: 'W-PATROL-ETIQUETTE', recordId: 'p2' },
          { code: 'W-PATROL-INTEGRITY', recordId: 'p3' },
        ],
      },
      RB,
    );
    expect(format2(window.score)).toBe('96.00');
  });
});

/**
 * The monthly best window by seed 002's own scheme (§最佳窗口单位评比考核办法; DOMAIN.md §6):
 * the five items of 20, the faster-completion bands, the bonuses and their cap, the
 * disqualifiers, then the selection's ≥ 90 / ⌊20%⌋ / at-least-one cut. Every expected number
 * is worked in a comment from the scheme's text.
 */
import { describe, expect, it } from 'vitest';
import { recordEffects } from '#core/aggregates';
import { createCalendar } from '#core/calendar';
import { ledgerTotal } from '#core/ledger';
import { format2, toExact } from '#core/points';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { type BestWindowFacts, SEED_002_BEST_WINDOW, bestWindowScheme, bestWindowScores, savedPercent } from '#core/rules/best-window';
import { type Contender, selectHonor } from '#core/rules/selection';

const SCHEME = bestWindowScheme.parse(SEED_002_BEST_WINDOW);
const id2 = (n: number) => String(n).padStart(2, '0');

const facts = (windowId: string, extra: Partial<BestWindowFacts> = {}): BestWindowFacts => ({
  windowId,
  volume: { accepted: 100, records: [`vol-${windowId}`] },
  overdue: { caseDays: 0, records: [] },
  faster: [],
  fasterRecords: [],
  occurrences: [],
  verifiedComplaints: [],
  ...extra,
});
const times = (n: number, code: string, prefix: string) => Array.from({ length: n }, (_, i) => ({ code, recordId: `${prefix}-${i + 1}` }));

describe('savedPercent: how much of the promised time a case saved', () => {
  const calendar = createCalendar();
  // Accepted Monday 2026-06-01, 10 working days promised; June 2026 has no holiday before the 19th.
  it.each([
    ['2026-06-05', 60], // taken Tue–Fri = 4 → ⌊100 × 6 / 10⌋ = 60
    ['2026-06-08', 50], // taken 5 (the weekend is not counted) → exactly 50
    ['2026-06-09', 40], // 6 → 40
    ['2026-06-11', 20], // 8 → 20
    ['2026-06-12', 10], // 9 → 10
    ['2026-06-01', 100], // the same day: nothing taken
  ])('completed %s → %i%%', (completed, percent) => {
    expect(savedPercent('2026-06-01', 10, completed, calendar)).toBe(percent);
  });
  it('saves nothing when the whole promise was used, and cannot save on a same-day case', () => {
    expect(savedPercent('2026-06-01', 10, '2026-06-15', calendar)).toBeNull(); // taken 10 of 10
    expect(savedPercent('2026-06-01', 0, '2026-06-01', calendar)).toBeNull(); // 即办件
  });
  it('floors, so a band at 30% is reached only at a full 30%', () => {
    // 3 promised, 2 taken (Tue, Wed): ⌊100 / 3⌋ = 33 — in the 30–50% band, not 50%.
    expect(savedPercent('2026-06-01', 3, '2026-06-03', calendar)).toBe(33);
  });
});

describe('the saved share at intake', () => {
  const completion = (derived: Record<string, unknown>) =>
    recordEffects({ id: 'r1', type: 'case-completion', month: '2026-06', windowId: 'w01', body: { windowId: 'w01', caseNumber: 'C-1', completedDate: '2026-06-05' }, derived }).deltas[0]!.counters;
  it('counts an on-time completion under its whole percent saved, and a late one under none', () => {
    expect(completion({ deadline: '2026-06-15', onTime: true, overdueWorkingDays: 0, savedPercent: 60 })).toEqual({ completed: 1, 'completed.onTime': 1, 'completed.saved.60': 1 });
    expect(completion({ deadline: '2026-06-04', onTime: false, overdueWorkingDays: 1 })).toEqual({ completed: 1, 'completed.late': 1, 'completed.overdueWorkingDays': 1 });
  });
});

describe('one window’s score', () => {
  it('adds the five items and the capped bonuses, each deduction on its own ledger line', () => {
    const w = facts('w01', {
      overdue: { caseDays: 2, records: ['2026-06/W#w01#completed.overdueWorkingDays'] },
      faster: [
        { savedPercent: 55, cases: 1 },
        { savedPercent: 30, cases: 1 },
        { savedPercent: 29, cases: 1 },
        { savedPercent: 19, cases: 2 },
      ],
      fasterRecords: ['faster'],
      occurrences: [
        { code: 'W-SVC-QUARREL', recordId: 'f-quarrel' },
        { code: 'W-SVC-NOTICE-MISSING', recordId: 'f-doc' },
        { code: 'W-SVC-LEGAL-BASIS-MISSING', recordId: 'f-item' },
        ...times(2, 'O-DISC-LATE', 'f-late'),
        { code: 'B-W-BANNER', recordId: 'c-banner' },
        // A code the scheme does not name costs nothing here (it is the 100-point score's).
        { code: 'W-DISC-NETWORK-DAMAGE', recordId: 'f-network' },
      ],
    });
    const scored = bestWindowScores([w], SCHEME).get('w01')!;
    // volume:     rank 1 of 1 → 20
    // deadlines:  20 − 3 × 2 case-days = 14
    // attitude:   20 − 5 (quarrel) = 15
    // notices:    20 − 5 (a document) − 3 (an item) = 12
    // discipline: 20 − 2 × 2 (late) = 16
    // bonuses:    55% → 8, 30% → 5 (the higher band it reaches), 29% → 1.5, 19% → 0;
    //             banner 5: 19.5, capped at 10
    // total:      20 + 14 + 15 + 12 + 16 + 10 = 87
    expect(Object.fromEntries(Object.entries(scored.items).map(([k, v]) => [k, toExact(v)]))).toEqual({
      volume: '20',
      deadlines: '14',
      attitude: '15',
      notices: '12',
      discipline: '16',
      bonuses: '10',
    });
    expect(toExact(scored.score)).toBe('87');
    expect(toExact(ledgerTotal(scored.ledger))).toBe('87');
    expect(scored.ledger.find((l) => l.code === 'BW.BONUS-CAP')).toMatchObject({ detail: { cap: '10' } });
    expect(toExact(scored.ledger.find((l) => l.code === 'BW.BONUS-CAP')!.points)).toBe('-19/2');
    expect(scored.ledger.filter((l) => l.code === 'BW.FASTER').map((l) => [l.detail!.savedPercentAtLeast, toExact(l.points)])).toEqual([
      [50, '8'],
      [30, '5'],
      [20, '3/2'],
    ]);
    expect(scored.ledger.some((l) => l.code === 'W-DISC-NETWORK-DAMAGE')).toBe(false);
    expect(scored.disqualified).toEqual([]);
  });

  it('stops each item at zero (扣完为止)', () => {
    // discipline: 20 − 11 × 2 = −2 → 0, the floor line gives back 2; everything else full: 80.
    const scored = bestWindowScores([facts('w01', { occurrences: times(11, 'O-DISC-EARLY-LEAVE', 'early') })], SCHEME).get('w01')!;
    expect(toExact(scored.items.discipline)).toBe('0');
    expect(toExact(scored.ledger.find((l) => l.code === 'BW.DISCIPLINE.FLOOR')!.points)).toBe('2');
    expect(toExact(scored.score)).toBe('80');
    expect(toExact(ledgerTotal(scored.ledger))).toBe('80');
  });

  it('counts media praise by level: +3 a level', () => {
    // municipal = level 2 → 6; a letter 2: bonuses 8, total 108
    const scored = bestWindowScores([facts('w01', { occurrences: [{ code: 'B-W-MEDIA-PRAISE', recordId: 'm', units: 2 }, { code: 'B-W-THANKS-LETTER', recordId: 'l' }] })], SCHEME).get('w01')!;
    expect(toExact(scored.items.bonuses)).toBe('8');
    expect(toExact(scored.score)).toBe('108');
  });

  it('gives the volume points to the top 10 by volume, all windows tied at 10th included, and none for no cases', () => {
    // w01…w09 accept 100 … 92 (ranks 1–9), w10 and w11 50 (both 10th), w12 10 (12th), w13 nothing.
    const windows = [
      ...Array.from({ length: 9 }, (_, i) => facts(`w${id2(i + 1)}`, { volume: { accepted: 100 - i, records: [] } })),
      facts('w10', { volume: { accepted: 50, records: [] } }),
      facts('w11', { volume: { accepted: 50, records: [] } }),
      facts('w12', { volume: { accepted: 10, records: [] } }),
      facts('w13', { volume: { accepted: 0, records: [] } }),
    ];
    const scores = bestWindowScores(windows, SCHEME);
    const volume = (w: string) => [scores.get(w)!.volumeRank, toExact(scores.get(w)!.items.volume)];
    expect(volume('w09')).toEqual([9, '20']);
    expect(volume('w10')).toEqual([10, '20']);
    expect(volume('w11')).toEqual([10, '20']);
    expect(volume('w12')).toEqual([12, '0']);
    expect(volume('w13')).toEqual([null, '0']);
  });

  it('lists every disqualifier with its records, a verified complaint included', () => {
    const scored = bestWindowScores(
      [
        facts('w01', {
          occurrences: [
            { code: 'W-INT-FEE-UNLAWFUL', recordId: 'f-fee' },
            { code: 'W-DISC-HOME-UNIT-ACCEPTANCE', recordId: 'f-home' },
            { code: 'W-INT-FALSIFICATION', recordId: 'f-false' },
            // A verified complaint recorded as its officer's finding.
            { code: 'O-IDEO-COMPLAINT-ATTITUDE', recordId: 'f-attitude' },
          ],
          verifiedComplaints: [{ complaintId: 'cmp-1', stepId: 'step-1' }],
        }),
      ],
      SCHEME,
    ).get('w01')!;
    expect(scored.disqualified).toEqual([
      { code: 'O-IDEO-COMPLAINT-ATTITUDE', records: ['f-attitude'] },
      { code: 'W-DISC-HOME-UNIT-ACCEPTANCE', records: ['f-home'] },
      { code: 'W-INT-FALSIFICATION', records: ['f-false'] },
      { code: 'W-INT-FEE-UNLAWFUL', records: ['f-fee'] },
      { code: 'complaint-verified', records: ['cmp-1', 'step-1'] },
    ]);
  });

  it('names only codes the seed-002 preset has', () => {
    const codes = new Set(SEED_002_MONTHLY_ASSESSMENT.findingCodes.map((c) => c.code));
    const named = [...SCHEME.attitude.codes, ...SCHEME.notices.codes, ...SCHEME.discipline.codes, ...SCHEME.bonuses].map((c) => c.code);
    expect([...named, ...SCHEME.disqualifiers.codes].filter((c) => !codes.has(c))).toEqual([]);
  });
});

describe('the monthly best windows of the seed-002 preset', () => {
  const MONTH = '2026-06';
  /** A window whose best-window score is 100 + its letters × 2 (at most 10): volume in the top 10, no deductions. */
  const contender = (n: number, extra: Partial<BestWindowFacts> = {}, letters = 0): Contender => ({
    id: `w${id2(n)}`,
    metrics: {},
    monthlyScores: [{ month: MONTH, score: { n: 95n, d: 1n }, resultId: `ms-${n}` }],
    completion: { completed: 0, onTime: 0, records: [] },
    bestWindow: facts(`w${id2(n)}`, { ...extra, occurrences: [...times(letters, 'B-W-THANKS-LETTER', `letter-${n}`), ...(extra.occurrences ?? [])] }),
  });
  const select = (contenders: Contender[]) =>
    selectHonor(SEED_002_MONTHLY_ASSESSMENT, { honorId: 'best-windows', period: MONTH, contenders, vetoes: [] });
  const ids = (entries: readonly { subjectId: string }[]) => entries.map((e) => e.subjectId);

  it('ranks by the scheme, not by the monthly 100-point score', () => {
    // Every monthly score is 95; w03 has 3 letters (106), w01 2 (104), w02 none (100).
    const result = select([contender(1, {}, 2), contender(2), contender(3, {}, 3), contender(4), contender(5)]);
    // 5 windows: ⌊0.2 × 5⌋ = 1 place.
    expect(result.places).toBe(1);
    expect(result.selected.map((e) => [e.subjectId, format2(e.score)])).toEqual([['w03', '106.00']]);
    expect(result.selected[0]!.ledger.every((l) => l.code.startsWith('BW.') || l.code === 'B-W-THANKS-LETTER')).toBe(true);
  });

  it('gives ⌊20%⌋ places: 2 of 10 windows, 1 of 9', () => {
    // Letters 5, 4, 3, …: w01 110, w02 108, w03 106, …, the rest 100.
    const field = (n: number) => Array.from({ length: n }, (_, i) => contender(i + 1, {}, Math.max(0, 5 - i)));
    const ten = select(field(10));
    expect(ten.places).toBe(2); // ⌊0.2 × 10⌋ = 2
    expect(ids(ten.selected)).toEqual(['w01', 'w02']);
    const nine = select(field(9));
    expect(nine.places).toBe(1); // ⌊0.2 × 9⌋ = ⌊1.8⌋ = 1
    expect(ids(nine.selected)).toEqual(['w01']);
  });

  it('gives at least one place: 1 of 4 windows though ⌊0.8⌋ = 0', () => {
    const result = select([contender(1, {}, 1), contender(2), contender(3), contender(4)]);
    expect(result.places).toBe(1);
    expect(ids(result.selected)).toEqual(['w01']);
  });

  it('keeps a window at exactly 90.00 and leaves out one at 89.50', () => {
    // w01: discipline 20 − 5 × 2 = 10                       → 90.00
    // w02: deadlines 20 − 3 × 4 = 8, one case 20% faster +1.5 → 88 + 1.5 = 89.50
    // w03: notices 20 − 3 × 5 (three documents missing) = 5    → 85.00
    // w04: discipline 20 − 6 × 2 = 8 → 88.00;  w05: 20 − 7 × 2 = 6 → 86.00
    // 5 windows: ⌊0.2 × 5⌋ = 1 place, and only w01 reaches 90.
    const result = select([
      contender(1, { occurrences: times(5, 'O-DISC-LATE', 'late') }),
      contender(2, { overdue: { caseDays: 4, records: [] }, faster: [{ savedPercent: 20, cases: 1 }] }),
      contender(3, { occurrences: times(3, 'W-SVC-NOTICE-MISSING', 'doc') }),
      contender(4, { occurrences: times(6, 'O-DISC-LATE', 'late4') }),
      contender(5, { occurrences: times(7, 'O-DISC-LATE', 'late5') }),
    ]);
    expect(result.selected.map((e) => [e.subjectId, format2(e.score)])).toEqual([['w01', '90.00']]);
    expect(result.belowMinimumScore.map((e) => [e.subjectId, format2(e.score)])).toEqual([
      ['w02', '89.50'],
      ['w04', '88.00'],
      ['w05', '86.00'],
      ['w03', '85.00'],
    ]);
  });

  it('leaves the list empty when nobody reaches 90, the at-least-one place notwithstanding', () => {
    // No cases accepted anywhere: volume 0, the other items 80; letters 4, 3, 2, 1, 0 → 88, 86, 84, 82, 80.
    const result = select([1, 2, 3, 4, 5].map((n) => contender(n, { volume: { accepted: 0, records: [] } }, 5 - n)));
    expect(result.places).toBe(1);
    expect(result.selected).toEqual([]);
    expect(result.tie).toBeNull();
    expect(result.belowMinimumScore.map((e) => format2(e.score))).toEqual(['88.00', '86.00', '84.00', '82.00', '80.00']);
  });

  it('takes a disqualified top scorer out, with the reason, and gives its place to the next', () => {
    // 10 windows: 2 places. w01 (110) charged an unlawful fee; w02 (108) had a complaint
    // verified: both out. w03 106 and w04 104 are the best windows.
    const field = Array.from({ length: 10 }, (_, i) => contender(i + 1, {}, Math.max(0, 5 - i)));
    field[0] = contender(1, { occurrences: [{ code: 'W-INT-FEE-UNLAWFUL', recordId: 'f-fee' }] }, 5);
    field[1] = contender(2, { verifiedComplaints: [{ complaintId: 'cmp-9', stepId: 'step-9' }] }, 4);
    const result = select(field);
    expect(result.places).toBe(2); // the field entered is 10, disqualified ones included
    expect(result.selected.map((e) => [e.subjectId, format2(e.score)])).toEqual([
      ['w03', '106.00'],
      ['w04', '104.00'],
    ]);
    expect(result.ineligible).toEqual([
      { subjectId: 'w01', exclusions: [{ rule: 'disqualified', records: ['f-fee'], detail: { code: 'W-INT-FEE-UNLAWFUL' } }] },
      { subjectId: 'w02', exclusions: [{ rule: 'disqualified', records: ['cmp-9', 'step-9'], detail: { code: 'complaint-verified' } }] },
    ]);
  });
});

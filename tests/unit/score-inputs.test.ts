/**
 * The monthly scores' inputs from aggregates (core/score-inputs): records are folded into
 * aggregates exactly as intake folds them, turned into rule inputs, and scored by the
 * default rulebook. Every expected number is worked by hand from the rule text.
 */
import { describe, expect, it } from 'vitest';
import { type AggregateDelta, CENTER_LEVEL_WINDOW, type RecordFacts, aggregatesByMonth, recordEffects, windowSubject } from '#core/aggregates';
import { ledgerTotal } from '#core/ledger';
import { format2, toExact } from '#core/points';
import { RECORD_TYPES, type RecordTypeName } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import type { Rulebook } from '#core/rulebook/schema';
import { type ConsecutiveFlag, consecutiveFlags } from '#core/rules/consecutive-ratings';
import { type MonthlyScore, officerMonthlyScore, windowMonthlyScore } from '#core/rules/monthly-score';
import { type MonthAggregates, type ScoreSources, monthlyScoreInputs, scoreInputsHash, sourceMonths } from '#core/score-inputs';
import { DEMO_MONTHS, DEMO_NOW, generateDemoCenter } from '../../shared/demo/demo-center.ts';
import { stableJson } from './rules/stable-json.ts';

/** A record as intake files it: the body checked by its type, placed by the type's own rules. */
function record(type: RecordTypeName, id: string, body: Record<string, unknown>): RecordFacts {
  const recordType = RECORD_TYPES[type] as RecordType<any>;
  const parsed = recordType.body.parse(body) as Record<string, unknown>;
  return { id, type, month: recordType.monthOf(parsed), windowId: recordType.windowOf(parsed) ?? CENTER_LEVEL_WINDOW, body: parsed };
}

const counters = (month: string, windowId: string, c: Record<string, number>): AggregateDelta => ({
  month,
  subject: windowSubject(windowId),
  counters: c,
});

/** The aggregates and facts the records leave, as the store's month read assembles them. */
function aggregatesOf(records: readonly RecordFacts[], extra: readonly AggregateDelta[] = []): Map<string, MonthAggregates> {
  return aggregatesByMonth(records.map(recordEffects), extra);
}

const OFFICERS = [
  { officerId: 'o001', startDate: '2020-03-01' },
  { officerId: 'o002', startDate: '2026-11-20' },
  { officerId: 'o083', startDate: '2021-01-01' },
  { officerId: 'o084', startDate: '2021-01-01' },
  { officerId: 'o085', startDate: '2021-01-01' },
  { officerId: 'o999', startDate: '2026-12-01' },
];

function sourcesOf(
  month: string,
  records: readonly RecordFacts[],
  options: { extra?: AggregateDelta[]; flags?: (ConsecutiveFlag & { windowId: string })[]; now: string; windowIds?: string[] },
): ScoreSources {
  return {
    centerId: 'c1',
    month,
    windowIds: options.windowIds ?? ['w01'],
    officers: OFFICERS,
    aggregates: aggregatesOf(records, options.extra),
    flags: options.flags ?? [],
    now: new Date(options.now),
  };
}

function scores(sources: ScoreSources, rulebook: Rulebook = defaultRulebook()) {
  const inputs = monthlyScoreInputs(sources, rulebook);
  return {
    inputs,
    window: (id: string) => windowMonthlyScore(inputs.windows.find((w) => w.windowId === id)!, rulebook),
    officer: (id: string) => officerMonthlyScore(inputs.officers.find((o) => o.officerId === id)!, rulebook),
  };
}

const lines = (score: MonthlyScore, prefix: string) =>
  score.ledger.filter((l) => l.code.startsWith(prefix)).map((l) => ({ code: l.code, points: toExact(l.points), records: l.records }));

const finding = (id: string, body: Record<string, unknown>) =>
  record('finding', id, { evidence: '巡查记录', verifiedBy: '顾立群', sourceKind: 'patrol', ...body });
const commendation = (id: string, body: Record<string, unknown>) =>
  record('commendation', id, { windowId: 'w01', note: '群众表扬', verifiedBy: '顾立群', ...body });
const conduct = (id: string, windowId: string, officerId: string, observedAt: string, kind: string) =>
  record('evaluator-conduct', id, { windowId, officerId, observedAt, kind, note: '巡查发现' });

describe('the months a score reads', () => {
  it('the month before (device faults) and the months of its quarter (inspections)', () => {
    expect(sourceMonths('2026-10')).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    expect(sourceMonths('2026-11')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(sourceMonths('2027-01')).toEqual(['2026-12', '2027-01', '2027-02', '2027-03']);
  });
});

describe('window inputs from aggregates', () => {
  it('counts, the quarter’s inspection, a finding and a banner: 99.675 → 99.68', () => {
    const records = [
      // Filed in October, the first month of Q4: it applies to November too.
      record('inspection', 'insp-q4', {
        windowId: 'w01',
        quarter: '2026-Q4',
        date: '2026-10-20',
        inspector: '第三方',
        deductions: [
          { item: 'clutter', points: '1' },
          { item: 'bulletin-board', points: '0.5' },
        ],
      }),
      finding('f-complaint', { code: 'W-SVC-COMPLAINT-VERIFIED', subject: 'window', windowId: 'w01', date: '2026-11-05', sourceKind: 'complaint' }),
      commendation('c-banner', { kind: 'banner', date: '2026-11-10' }),
    ];
    const { inputs, window } = scores(
      sourcesOf('2026-11', records, { extra: [counters('2026-11', 'w01', { evaluations: 40, satisfied: 38, volume: 60 })], now: '2026-12-01T00:00:00Z' }),
    );
    expect(inputs.windows[0]!.evaluation).toMatchObject({ volume: 60, valid: 40, satisfied: 38, conduct: [] });
    const result = window('w01');
    // V 60 → R = ⌈0.60 × 60⌉ = 36 ≤ E 40: no shortfall; base = 5 × 38 / 40 = 4.75
    // hygiene: 100 − 1 − 0.5 = 98.5 → 98.5 × 5 / 100 = 4.925
    // 优质服务 = 4.75 + 4.925 + (60 − 10 − 5 = 45) = 54.675; 廉洁办公 20; 工作纪律 20 → 94.675
    // banner +5 → 99.675 ≤ 110 (no cap) → shown 99.68
    expect(lines(result, 'EE.')).toEqual([{ code: 'EE.BASE', points: '19/4', records: ['c1/2026-11/W#w01#evaluations'] }]);
    expect(lines(result, 'HY.')).toEqual([{ code: 'HY.INSPECTION', points: '197/40', records: ['insp-q4'] }]);
    expect(lines(result, 'W-')).toEqual([{ code: 'W-SVC-COMPLAINT-VERIFIED', points: '-5', records: ['f-complaint'] }]);
    expect(lines(result, 'B-')).toEqual([{ code: 'B-W-BANNER', points: '5', records: ['c-banner'] }]);
    expect(result.categories.map((c) => [c.id, toExact(c.score)])).toEqual([
      ['window.service', '2187/40'],
      ['window.integrity', '20'],
      ['window.discipline', '20'],
    ]);
    expect(toExact(result.score)).toBe('3987/40');
    expect(format2(result.score)).toBe('99.68');
    expect(result.pending).toEqual([]);
    expect(toExact(ledgerTotal(result.ledger))).toBe(toExact(result.score));
  });

  it('a device fault cancels the evaluator-off it caused, for the window and the officer', () => {
    // Fault at w12 on 15 Sep 09:40–11:20 Beijing; another that began on 31 Aug 17:00 and ran into 1 Sep.
    const records = [
      record('device-fault', 'fault-0915', {
        windowId: 'w12',
        deviceId: 'device-w12',
        from: '2026-09-15T09:40:00+08:00',
        to: '2026-09-15T11:20:00+08:00',
        note: '触摸屏无响应',
      }),
      record('device-fault', 'fault-0831', {
        windowId: 'w12',
        deviceId: 'device-w12',
        from: '2026-08-31T17:00:00+08:00',
        to: '2026-09-01T10:00:00+08:00',
        note: '断电',
      }),
      conduct('cd-a-off-in-fault', 'w12', 'o083', '2026-09-15T10:05:00+08:00', 'evaluator-off'),
      conduct('cd-b-off-later', 'w12', 'o083', '2026-09-15T14:00:00+08:00', 'evaluator-off'),
      conduct('cd-c-refused-in-fault', 'w12', 'o084', '2026-09-15T10:30:00+08:00', 'refused'),
      conduct('cd-d-no-prompt-august-fault', 'w12', 'o085', '2026-09-01T09:10:00+08:00', 'no-prompt'),
      // The same time at another window: w12's fault does not reach it.
      conduct('cd-e-off-other-window', 'w13', 'o001', '2026-09-15T10:05:00+08:00', 'evaluator-off'),
    ];
    const { inputs, window, officer } = scores(
      sourcesOf('2026-09', records, {
        extra: [counters('2026-09', 'w12', { evaluations: 20, satisfied: 20, volume: 20 })],
        now: '2026-09-30T12:00:00Z',
        windowIds: ['w12', 'w13'],
      }),
    );
    expect(inputs.windows[0]!.evaluation!.conduct).toEqual([
      { kind: 'evaluator-off', recordId: 'cd-a-off-in-fault', cancelledBy: 'fault-0915' },
      { kind: 'evaluator-off', recordId: 'cd-b-off-later' },
      // Refusing is a person's act: a fault does not excuse it.
      { kind: 'refused', recordId: 'cd-c-refused-in-fault' },
      { kind: 'no-prompt', recordId: 'cd-d-no-prompt-august-fault', cancelledBy: 'fault-0831' },
    ]);
    // V 20 → R = ⌈0.70 × 20⌉ = 14 ≤ E 20; base 5 × 20 / 20 = 5; − 1 (b) − 2.5 (c) = 1.5
    const w12 = window('w12');
    expect(lines(w12, 'EE.')).toEqual([
      { code: 'EE.BASE', points: '5', records: ['c1/2026-09/W#w12#evaluations'] },
      { code: 'EE.CONDUCT.evaluator-off', points: '-1', records: ['cd-b-off-later'] },
      { code: 'EE.CONDUCT.refused', points: '-5/2', records: ['cd-c-refused-in-fault'] },
    ]);
    // The officers carry the same points: o083 only for (b), o084 for (c), o085 nothing.
    expect(lines(officer('o083'), 'O-EVAL')).toEqual([{ code: 'O-EVAL-DEVICE-OFF', points: '-1', records: ['cd-b-off-later'] }]);
    expect(format2(officer('o083').score)).toBe('99.00');
    expect(format2(officer('o084').score)).toBe('97.50');
    expect(format2(officer('o085').score)).toBe('100.00');
    expect(lines(window('w13'), 'EE.CONDUCT')).toEqual([{ code: 'EE.CONDUCT.evaluator-off', points: '-1', records: ['cd-e-off-other-window'] }]);
  });

  it('a confirmed consecutive flag: its extra ratings are not valid, and it costs 1 once', () => {
    const flag = (flagId: string, windowId: string, ratingIds: string[]) => ({
      flagId,
      device: `device-${windowId}`,
      ratingIds,
      ratings: ratingIds.length,
      firstAt: '2026-09-11T10:34:39+08:00',
      lastAt: '2026-09-11T10:34:50+08:00',
      windowId,
    });
    const decision = (id: string, flagId: string, choice: 'confirm' | 'clear') =>
      record('consecutive-flag-decision', id, { flagId, windowId: 'w03', month: '2026-09', decision: choice, note: '核查监控' });
    const records = [decision('dec-confirm', 'flag-3', 'confirm'), decision('dec-clear', 'flag-2', 'clear')];
    const { window } = scores(
      sourcesOf('2026-09', records, {
        extra: [counters('2026-09', 'w03', { evaluations: 10, satisfied: 9, volume: 10 })],
        flags: [flag('flag-3', 'w03', ['r1', 'r2', 'r3']), flag('flag-2', 'w03', ['r4', 'r5']), flag('flag-open', 'w03', ['r6', 'r7'])],
        now: '2026-10-05T00:00:00Z',
        windowIds: ['w03'],
      }),
    );
    const result = window('w03');
    // Confirmed: 3 ratings, 2 beyond the first → E 10 − 2 = 8, S 9 − 2 = 7 (taken as satisfied).
    // The cleared and the undecided flag leave their ratings valid.
    // V 10 → R = ⌈0.70 × 10⌉ = 7 ≤ 8: no shortfall; base 5 × 7 / 8 = 4.375; consecutive −1 → 3.375
    expect(result.ledger.find((l) => l.code === 'EE.BASE')).toMatchObject({
      records: ['c1/2026-09/W#w03#evaluations', 'dec-confirm'],
      detail: { valid: 8, satisfied: 7 },
    });
    expect(lines(result, 'EE.')).toEqual([
      { code: 'EE.BASE', points: '35/8', records: ['c1/2026-09/W#w03#evaluations', 'dec-confirm'] },
      { code: 'EE.CONDUCT.consecutive', points: '-1', records: ['dec-confirm'] },
    ]);
    // Q3 ended on 30 Sep and w03 has no inspection: hygiene missing, 0.
    // 优质服务 = 3.375 + 0 + 50 = 53.375; + 20 + 20 = 93.375 → 93.38
    expect(lines(result, 'HY.')).toEqual([{ code: 'HY.MISSING', points: '0', records: [] }]);
    expect(format2(result.score)).toBe('93.38');
    expect(toExact(ledgerTotal(result.ledger))).toBe(toExact(result.score));
  });

  it('a self-rating is one invalid rating and costs 1', () => {
    const records = [conduct('cd-self', 'w01', 'o001', '2026-09-10T14:15:00+08:00', 'self-rating')];
    const { window, officer } = scores(
      sourcesOf('2026-09', records, { extra: [counters('2026-09', 'w01', { evaluations: 10, satisfied: 9, volume: 10 })], now: '2026-09-30T00:00:00Z' }),
    );
    // E 10 − 1 = 9, S 9 − 1 = 8; R = 7 ≤ 9; base 5 × 8 / 9 = 40/9; − 1 → 31/9 ≈ 3.44
    expect(lines(window('w01'), 'EE.')).toEqual([
      { code: 'EE.BASE', points: '40/9', records: ['c1/2026-09/W#w01#evaluations', 'cd-self'] },
      { code: 'EE.CONDUCT.self-rating', points: '-1', records: ['cd-self'] },
    ]);
    expect(lines(officer('o001'), 'O-EVAL')).toEqual([{ code: 'O-EVAL-SELF', points: '-1', records: ['cd-self'] }]);
  });

  it('hygiene: pending inside the quarter, missing after it, and an inspection filed later in the quarter counts', () => {
    const october = (records: RecordFacts[], now: string) => scores(sourcesOf('2026-10', records, { now })).window('w01');
    // No counts: E = 0, R = 0 → the full 5. 优质服务 50 + 5 (+ hygiene) , 廉洁 20, 纪律 20.
    const pending = october([], '2026-11-21T00:00:00Z');
    expect(pending.pending).toEqual(['hygiene']);
    expect(format2(pending.score)).toBe('95.00');
    const missing = october([], '2027-01-01T00:00:00Z'); // 1 Jan 08:00 Beijing: Q4 is over
    expect(missing.pending).toEqual([]);
    expect(lines(missing, 'HY.')).toEqual([{ code: 'HY.MISSING', points: '0', records: [] }]);
    // Filed on 10 December for Q4: it is October's too. 100 − 2 = 98 → 4.9 → 99.90
    const december = record('inspection', 'insp-dec', {
      windowId: 'w01',
      quarter: '2026-Q4',
      date: '2026-12-10',
      inspector: '第三方',
      deductions: [{ item: 'dust', points: '2' }],
    });
    const inspected = october([december], '2026-12-20T00:00:00Z');
    expect(lines(inspected, 'HY.')).toEqual([{ code: 'HY.INSPECTION', points: '49/10', records: ['insp-dec'] }]);
    expect(format2(inspected.score)).toBe('99.90');
  });
});

describe('officer inputs and whose a finding is', () => {
  const records = [
    finding('f-phone', { code: 'O-PATROL-PHONE', subject: 'officer', windowId: 'w01', officerId: 'o001', date: '2026-11-03' }),
    // A window code that names the officer is filed under the officer too, but it is the window's.
    finding('f-window', { code: 'W-PATROL-ATTENDANCE', subject: 'window', windowId: 'w01', officerId: 'o001', date: '2026-11-03' }),
    commendation('c-letter', { officerId: 'o001', kind: 'letter', date: '2026-11-04' }),
    commendation('c-media', { officerId: 'o001', kind: 'media', level: 'provincial', date: '2026-11-05' }),
    commendation('c-gift', { officerId: 'o001', kind: 'gift-handed-in', date: '2026-11-06' }),
    // The supervisor also recorded the letter as a finding: the finding stands, the letter is not counted twice.
    finding('f-letter', {
      code: 'B-O-THANKS-LETTER',
      subject: 'officer',
      windowId: 'w01',
      officerId: 'o001',
      date: '2026-11-04',
      sourceKind: 'other',
      sourceRecordId: 'c-letter',
    }),
  ];
  const scored = scores(sourcesOf('2026-11', records, { now: '2026-11-30T00:00:00Z' }));

  it('an officer gets its own findings and the praise that names it, once', () => {
    const o001 = scored.officer('o001');
    expect(lines(o001, 'O-')).toEqual([{ code: 'O-PATROL-PHONE', points: '-1', records: ['f-phone'] }]);
    // media at provincial level (3) × 3 = 9; the letter through its finding only; a gift has no officer bonus
    expect(lines(o001, 'B-')).toEqual([
      { code: 'B-O-MEDIA-PRAISE', points: '9', records: ['c-media'] },
      { code: 'B-O-THANKS-LETTER', points: '2', records: ['f-letter'] },
    ]);
    // 100 − 1 + 9 + 2 = 110 = the cap (100 + 10): stands
    expect(format2(o001.score)).toBe('110.00');
    expect(o001.grade).toBe('excellent');
  });

  it('the window gets its own findings and every praise of the window', () => {
    const w01 = scored.window('w01');
    expect(lines(w01, 'W-')).toEqual([{ code: 'W-PATROL-ATTENDANCE', points: '-1', records: ['f-window'] }]);
    // gift 5, letter 2, media 3 × 3 = 9
    expect(lines(w01, 'B-')).toEqual([
      { code: 'B-W-GIFT-HANDED-IN', points: '5', records: ['c-gift'] },
      { code: 'B-W-THANKS-LETTER', points: '2', records: ['c-letter'] },
      { code: 'B-W-MEDIA-PRAISE', points: '9', records: ['c-media'] },
    ]);
  });

  it('scores officers stationed by the month’s end only', () => {
    expect(scored.inputs.officers.map((o) => o.officerId)).toEqual(['o001', 'o002', 'o083', 'o084', 'o085']);
    expect(format2(scored.officer('o002').score)).toBe('100.00');
  });

  it('a rulebook without a derived code gives that record nothing; findings are kept', () => {
    const patrolOnly = monthlyScoreInputs(sourcesOf('2026-11', records, { now: '2026-11-30T00:00:00Z' }), SEED_004_PATROL);
    const o001 = patrolOnly.officers.find((o) => o.officerId === 'o001')!;
    // B-O-* are not seed 004 codes: the commendations drop; the findings remain for the engine to judge.
    expect(o001.findings.map((f) => [f.code, f.recordId])).toEqual([
      ['B-O-THANKS-LETTER', 'f-letter'],
      ['O-PATROL-PHONE', 'f-phone'],
    ]);
    // Under seed 004 the officer's patrol finding charges the window its item's code too (one
    // event, one finding); the window's own f-window, which intake refuses under this rulebook,
    // is still there for the engine to judge.
    expect(patrolOnly.windows[0]!.findings.map((f) => [f.code, f.recordId])).toEqual([
      ['W-PATROL-ATTENDANCE', 'f-phone'],
      ['W-PATROL-ATTENDANCE', 'f-window'],
    ]);
  });
});

describe('determinism', () => {
  it('the same aggregates in any order give byte-identical inputs, hash and scores', () => {
    const records = [
      finding('f-1', { code: 'W-PATROL-LANGUAGE', subject: 'window', windowId: 'w01', date: '2026-11-03' }),
      finding('f-2', { code: 'O-PATROL-BADGE', subject: 'officer', windowId: 'w01', officerId: 'o001', date: '2026-11-04' }),
      commendation('c-1', { kind: 'banner', date: '2026-11-05' }),
      conduct('cd-1', 'w01', 'o001', '2026-11-06T10:00:00+08:00', 'no-prompt'),
      conduct('cd-2', 'w01', 'o001', '2026-11-06T11:00:00+08:00', 'refused'),
    ];
    const extra = [counters('2026-11', 'w01', { evaluations: 30, satisfied: 27, volume: 44 })];
    const forward = sourcesOf('2026-11', records, { extra, now: '2026-11-30T00:00:00Z', windowIds: ['w01', 'w02'] });
    const reversed: ScoreSources = {
      ...forward,
      windowIds: ['w02', 'w01'],
      officers: [...OFFICERS].reverse(),
      aggregates: new Map(
        [...aggregatesOf([...records].reverse(), extra)].reverse().map(([month, subjects]) => [
          month,
          new Map(
            [...subjects].reverse().map(([subject, a]) => [
              subject,
              { counters: a.counters, members: Object.fromEntries(Object.entries(a.members).reverse().map(([t, l]) => [t, [...l].reverse()])) },
            ]),
          ),
        ]),
      ),
    };
    const a = monthlyScoreInputs(forward, defaultRulebook());
    const b = monthlyScoreInputs(reversed, defaultRulebook());
    expect(stableJson(b)).toBe(stableJson(a));
    expect(scoreInputsHash(b)).toBe(scoreInputsHash(a));
    const scoreAll = (i: typeof a) => [...i.windows.map((w) => windowMonthlyScore(w, defaultRulebook())), ...i.officers.map((o) => officerMonthlyScore(o, defaultRulebook()))];
    expect(stableJson(scoreAll(b))).toBe(stableJson(scoreAll(a)));
  });

  it('a change of any input changes the hash', () => {
    const base = sourcesOf('2026-11', [], { extra: [counters('2026-11', 'w01', { evaluations: 3, satisfied: 3 })], now: '2026-11-30T00:00:00Z' });
    const moreRatings = sourcesOf('2026-11', [], { extra: [counters('2026-11', 'w01', { evaluations: 4, satisfied: 3 })], now: '2026-11-30T00:00:00Z' });
    const afterQuarter = { ...base, now: new Date('2027-01-05T00:00:00Z') };
    const hash = (s: ScoreSources) => scoreInputsHash(monthlyScoreInputs(s, defaultRulebook()));
    expect(new Set([hash(base), hash(moreRatings), hash(afterQuarter)]).size).toBe(3);
  });
});

describe('the demo year through the adapter', () => {
  const demo = generateDemoCenter();
  const aggregates = aggregatesOf(demo.records);
  const monthScores = (month: string) => {
    const ratings = demo.records.filter((r) => r.type === 'evaluation' && r.month === month);
    const flags = demo.windows.flatMap(({ windowId }) =>
      consecutiveFlags(
        ratings
          .filter((r) => r.windowId === windowId)
          .map((r) => ({ recordId: r.id, device: r.submittedBy, at: String(r.body.ratedAt), ...(typeof r.body.caseNumber === 'string' ? { caseNumber: r.body.caseNumber } : {}) })),
        defaultRulebook().electronicEvaluation!.consecutiveIntervalSeconds,
      ).map((f) => ({ ...f, windowId })),
    );
    const sources: ScoreSources = {
      centerId: 'demo',
      month,
      windowIds: demo.windows.map((w) => w.windowId),
      officers: demo.officers,
      aggregates,
      flags,
      now: new Date(DEMO_NOW),
    };
    return scores(sources);
  };
  const conductOf = (kind: string, month: string) => demo.records.find((r) => r.type === 'evaluator-conduct' && r.body.kind === kind && r.month === month)!;

  it('scores every window and officer of every month, each ledger summing to its score', () => {
    for (const month of DEMO_MONTHS) {
      const { inputs, window, officer } = monthScores(month);
      expect(inputs.windows).toHaveLength(demo.windows.length);
      expect(inputs.officers).toHaveLength(demo.officers.filter((o) => o.startDate.slice(0, 7) <= month).length);
      for (const result of [...inputs.windows.map((w) => window(w.windowId)), ...inputs.officers.map((o) => officer(o.officerId))]) {
        expect(toExact(ledgerTotal(result.ledger))).toBe(toExact(result.score));
      }
      // Q1–Q3 were inspected; Q4 is under way on the demo's today.
      expect(window('w01').pending).toEqual(month === '2026-10' ? ['hygiene'] : []);
    }
  });

  it('w03 in September: the confirmed burst costs 1, and its second rating is not valid', () => {
    const { window } = monthScores('2026-09');
    const w03 = window('w03');
    const counted = aggregates.get('2026-09')!.get('W#w03')!.counters;
    expect(lines(w03, 'EE.CONDUCT')).toEqual([{ code: 'EE.CONDUCT.consecutive', points: '-1', records: ['demo-flag-decision-w03-2026-09'] }]);
    expect(w03.ledger.find((l) => l.code === 'EE.BASE')!.detail).toMatchObject({ valid: counted.evaluations! - 1, satisfied: counted.satisfied! - 1 });
  });

  it('w12 in September: the evaluator-off during the logged fault costs nothing', () => {
    const { window, officer } = monthScores('2026-09');
    const off = conductOf('evaluator-off', '2026-09');
    expect(lines(window('w12'), 'EE.CONDUCT')).toEqual([]);
    expect(lines(officer(String(off.body.officerId)), 'O-EVAL')).toEqual([]);
  });

  it('w16 in April: the evaluator-off without a fault costs the window and the officer 1', () => {
    const { window, officer } = monthScores('2026-04');
    const off = conductOf('evaluator-off', '2026-04');
    expect(lines(window('w16'), 'EE.CONDUCT')).toEqual([{ code: 'EE.CONDUCT.evaluator-off', points: '-1', records: [off.id] }]);
    expect(lines(officer(String(off.body.officerId)), 'O-EVAL')).toEqual([{ code: 'O-EVAL-DEVICE-OFF', points: '-1', records: [off.id] }]);
  });

  it('w01 in August: municipal media praise of an officer, +6 to the window and +6 to the officer', () => {
    const { window, officer } = monthScores('2026-08');
    const praise = demo.records.find((r) => r.type === 'commendation' && r.month === '2026-08' && r.windowId === 'w01')!;
    expect(lines(window('w01'), 'B-')).toEqual([{ code: 'B-W-MEDIA-PRAISE', points: '6', records: [praise.id] }]);
    expect(lines(officer(String(praise.body.officerId)), 'B-')).toEqual([{ code: 'B-O-MEDIA-PRAISE', points: '6', records: [praise.id] }]);
  });
});

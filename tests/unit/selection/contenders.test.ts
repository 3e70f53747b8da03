/** The facts a selection ranks and excludes on, from hand-made aggregates and monthly scores. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import type { Officer, ServiceWindow } from '#core/center';
import { format2, pts } from '#core/points';
import { defaultRulebook } from '#core/rulebook/default';
import type { Honor } from '#core/rulebook/honor';
import { SEED_000_YEARLY_GOLD } from '#core/rulebook/presets/seed-000-yearly-gold';
import type { Points } from '#core/points';
import { type SelectionSources, selectionFacts, selectionMonths } from '#core/selection/contenders';

const line = (id: string, body: object): string => `${id}\t${JSON.stringify(body)}`;
const honor = (id: string): Honor => defaultRulebook().honors.find((h) => h.id === id)!;

const windows: ServiceWindow[] = [
  { windowId: 'w1', name: '税务窗口', department: '税务局', departmentEn: 'Taxation' },
  { windowId: 'w2', name: '社保窗口', department: '人社局', departmentEn: 'Social Security' },
];
const officers: Officer[] = [
  { officerId: 'a', name: '甲', windowId: 'w1', role: 'head', startDate: '2020-01-01' },
  { officerId: 'b', name: '乙', windowId: 'w1', role: 'staff', startDate: '2020-01-01' },
  { officerId: 'c', name: '丙', windowId: 'w2', role: 'staff', startDate: '2020-01-01' },
  // Came after the quarter: not a contender, not counted among w2's officers.
  { officerId: 'd', name: '丁', windowId: 'w2', role: 'staff', startDate: '2026-10-05' },
];

type Aggregates = Record<string, Record<string, { counters?: Record<string, number>; members?: Record<string, string[]>; entries?: Record<string, string> }>>;
const aggregatesOf = (byMonth: Aggregates): SelectionSources['aggregates'] =>
  new Map(
    Object.entries(byMonth).map(([month, subjects]) => [
      month,
      new Map(Object.entries(subjects).map(([subject, a]) => [subject, { counters: a.counters ?? {}, members: a.members ?? {}, entries: a.entries ?? {} }])),
    ]),
  );
const scoresOf = (byMonth: Record<string, Record<string, [string, string]>>): SelectionSources['monthlyScores'] =>
  new Map(
    Object.entries(byMonth).map(([month, subjects]) => [
      month,
      new Map(Object.entries(subjects).map(([subject, [score, deductions]]) => [subject, { score: pts(score), deductionPoints: pts(deductions), resultId: `r/${month}/${subject}` }])),
    ]),
  );
const threeMonths = (scores: Record<string, [string, string]>) => scoresOf({ '2026-07': scores, '2026-08': scores, '2026-09': scores });
const shown = (p: Points | null | undefined): string | null => (p ? format2(p) : null);

describe('selection facts', () => {
  it("reads the period's months and the quarter before it (complaints received earlier, leave spells crossing the start)", () => {
    // Three months of lookback, then the period's own.
    expect(selectionMonths('2026-Q3')).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09']);
    expect(selectionMonths('2026-01')).toEqual(['2025-10', '2025-11', '2025-12', '2026-01']);
  });

  it('gathers nominations, deeds, vetoes, days on duty and tie-break metrics of the quarterly stars', () => {
    const nomination = { nominee: 'officers', quarter: '2026-Q3', windowId: 'w1', officers: [{ officerId: 'a', deeds: '甲的事迹' }, { officerId: 'b', deeds: '乙的事迹' }] };
    const direct = { nominee: 'officers', quarter: '2026-Q3', windowId: 'w2', direct: true, officers: [{ officerId: 'c', deeds: '丙的事迹' }] };
    const earlier = { nominee: 'officers', quarter: '2026-Q2', windowId: 'w2', officers: [{ officerId: 'c', deeds: '上季度' }] };
    const veto = { subject: 'officer', windowId: 'w1', officerId: 'b', scope: 'quarter', reason: '服务对象实名投诉经核实', evidence: '12345 工单', verifiedBy: '督查', date: '2026-09-10' };
    const sources: SelectionSources = {
      honor: honor('quarterly-stars'),
      period: '2026-Q3',
      windows,
      officers,
      calendar: createCalendar(),
      titles: [],
      aggregates: aggregatesOf({
        '2026-07': { 'O#a': { counters: { evaluations: 2, satisfied: 1 } } },
        '2026-08': { 'O#a': { counters: { evaluations: 2, satisfied: 2 } } },
        '2026-09': {
          'W#w1': { members: { nomination: [line('n1', nomination)] } },
          // A direct nomination sits with its window; last quarter's is not this quarter's.
          'W#w2': { members: { nomination: [line('n2', direct), line('n0', earlier)] } },
          // The officer-month's day map: sign-ins s1 (08:20) and s2 (08:40), a meeting l1, sick leave l2.
          'O#a': {
            entries: {
              'day.2026-09-01.in': '08:20\ts1',
              'day.2026-09-02.in': '08:40\ts2',
              'day.2026-09-03.leave': 'meeting\tl1',
              'day.2026-09-04.leave': 'sick\tl2',
            },
          },
          'O#b': { members: { veto: [line('v1', veto)] } },
        },
      }),
      monthlyScores: threeMonths({ 'O#a': ['100', '0'], 'O#b': ['98', '2'], 'O#c': ['99', '1.5'], 'W#w1': ['95', '5'], 'W#w2': ['90', '10'] }),
    };
    const { input, deeds } = selectionFacts(sources, defaultRulebook());

    expect(input.contenders.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = input.contenders;
    expect(a!.nominations).toEqual([{ by: 'window', recordId: 'n1' }]);
    expect(b!.nominations).toEqual([{ by: 'window', recordId: 'n1' }]);
    expect(c!.nominations).toEqual([{ by: 'supervisor', recordId: 'n2' }]);
    expect(Object.fromEntries(deeds)).toEqual({ a: '甲的事迹', b: '乙的事迹', c: '丙的事迹' });
    expect(input.vetoes).toEqual([{ subject: 'officer', subjectId: 'b', code: 'reason', scope: 'quarter', month: '2026-09', records: ['v1'] }]);
    // Calendar days (DOMAIN §4.3): Q3 is 92 days. July and August have no attendance: their
    // working days are missing sign-ins and the weekends between them go with them → 1 Jul …
    // 31 Aug off (62). 1–2 Sep signed in (on time or not), 3 Sep a meeting: on duty (3); sick on
    // Fri 4 Sep, nothing recorded after → 4 … 30 Sep off (27). 92 − 62 − 27 = 3.
    expect(a!.daysOnDuty).toEqual({ days: 3, records: ['l1', 'l2', 's1', 's2'] });
    expect(a).toMatchObject({ windowId: 'w1', role: 'head' });
    // 3 satisfied of 4 → 75 %; deductions 0 + 0 + 0; c's 1.5 × 3 = 4.5.
    expect(shown(a!.metrics['satisfaction-rate'])).toBe('75.00');
    expect(shown(a!.metrics['deduction-points'])).toBe('0.00');
    expect(shown(c!.metrics['deduction-points'])).toBe('4.50');
    expect(c!.metrics['satisfaction-rate']).toBeNull();
    expect(a!.monthlyScores?.map((m) => [m.month, format2(m.score)])).toEqual([['2026-07', '100.00'], ['2026-08', '100.00'], ['2026-09', '100.00']]);
    expect(input.windowOfficers).toEqual({ w1: 2, w2: 1 });
    expect(input.windowStandings?.map((s) => [s.windowId, format2(s.score)])).toEqual([['w1', '95.00'], ['w2', '90.00']]);
  });

  it('counts a window’s completions on time from the counters intake keeps', () => {
    // As intake counted them: C-1 promised 2 working days from Mon 2 March, due Wed 4 March,
    // completed (k1) on the 5th — late by 1 working day; C-2 a same-day case completed on the
    // day — on time; k2 completes a case never registered — counted on time. 3 completed, 2 on time.
    const sources: SelectionSources = {
      honor: honor('excellent-windows'),
      period: '2026',
      windows,
      officers,
      calendar: createCalendar(),
      titles: [],
      aggregates: aggregatesOf({
        '2026-03': {
          'W#w1': {
            counters: { 'cases.promised': 1, 'cases.immediate': 1, completed: 3, 'completed.onTime': 2, 'completed.late': 1, 'completed.overdueWorkingDays': 1 },
          },
        },
      }),
      monthlyScores: scoresOf({ '2026-03': { 'W#w1': ['96', '4'], 'W#w2': ['97', '3'] } }),
    };
    const { input } = selectionFacts(sources, defaultRulebook());
    expect(input.contenders.map((c) => c.id)).toEqual(['w1', 'w2']);
    expect(input.contenders[0]!.completion).toEqual({ completed: 3, onTime: 2, records: ['2026-03/W#w1#completed.late'] });
    expect(input.contenders[1]!.completion).toEqual({ completed: 0, onTime: 0, records: [] });
    // Every window enters; nobody nominates.
    expect(input.contenders.every((c) => c.nominations === undefined)).toBe(true);
  });

  it('enters the holders of the year’s quarterly stars for the stars of the year, with their titles', () => {
    const sources: SelectionSources = {
      honor: honor('yearly-stars'),
      period: '2026',
      windows,
      officers,
      calendar: createCalendar(),
      titles: [
        { subjectId: 'a', period: '2026-Q1', recordId: 'selection:quarterly-stars:2026-Q1' },
        { subjectId: 'a', period: '2026-Q3', recordId: 'selection:quarterly-stars:2026-Q3' },
        { subjectId: 'c', period: '2026-Q3', recordId: 'selection:quarterly-stars:2026-Q3' },
      ],
      aggregates: aggregatesOf({}),
      monthlyScores: scoresOf({ '2026-05': { 'O#a': ['97', '3'], 'O#b': ['99', '1'], 'O#c': ['98', '2'] } }),
    };
    const { input } = selectionFacts(sources, defaultRulebook());
    // Everyone scored is a contender; the rule keeps the title holders (rules/selection.ts).
    expect(input.contenders.map((c) => [c.id, c.titles?.map((t) => t.period) ?? []])).toEqual([
      ['a', ['2026-Q1', '2026-Q3']],
      ['b', []],
      ['c', ['2026-Q3']],
    ]);
  });

  it('enters the applicants the panel scored for the gold awards (seed 000), with the sheets as panel scores', () => {
    const gold = SEED_000_YEARLY_GOLD.honors.find((h) => h.id === 'gold-enterprises')!;
    const sheet = (scores: [string, string][]) => ({ honorId: 'gold-enterprises', period: '2026', scores: scores.map(([candidateId, score]) => ({ candidateId, score })) });
    const other = { honorId: 'gold-windows', period: '2026', scores: [{ candidateId: 'w1', score: '90' }] };
    const sources: SelectionSources = {
      honor: gold,
      period: '2026',
      windows,
      officers,
      calendar: createCalendar(),
      titles: [],
      // Sheets are filed in the period's last month, with the center.
      aggregates: aggregatesOf({ '2026-12': { C: { members: { 'panel-score': [line('p1', sheet([['acme', '88'], ['zenith', '92']])), line('p2', sheet([['acme', '90']])), line('p3', other)] } } } }),
      monthlyScores: scoresOf({}),
    };
    const { input } = selectionFacts(sources, SEED_000_YEARLY_GOLD);
    expect(input.contenders.map((c) => [c.id, c.panelScores?.map((p) => p.score), c.nominations?.length])).toEqual([
      ['acme', ['88', '90'], 2],
      ['zenith', ['92'], 1],
    ]);
    expect(input.vetoes).toEqual([]);
  });

  it('takes the vetoes a verified complaint and an inspection’s smoking item carry by themselves', () => {
    // A complaint against c (w2) received in June, verified in August with the officer code
    // V-O-COMPLAINT-VERIFIED; an inspection in September names a as smoking. Both are out of
    // Q3's quarterly stars, each with its records; b is untouched.
    const complaint = { windowId: 'w2', officerId: 'c', channel: 'phone', receivedDate: '2026-06-20', summary: '态度差' };
    const step = { complaintId: 'cmp-1', step: 'verified', date: '2026-08-05', officerCodes: ['V-O-COMPLAINT-VERIFIED'] };
    const inspection = { windowId: 'w1', quarter: '2026-Q3', date: '2026-09-08', inspector: '第三方', deductions: [{ item: 'smoking', officerIds: ['a'] }] };
    const nomination = { nominee: 'officers', quarter: '2026-Q3', windowId: 'w1', officers: [{ officerId: 'a', deeds: '甲' }, { officerId: 'b', deeds: '乙' }] };
    const sources: SelectionSources = {
      honor: honor('quarterly-stars'),
      period: '2026-Q3',
      windows,
      officers,
      calendar: createCalendar(),
      titles: [],
      aggregates: aggregatesOf({
        '2026-06': { 'W#w2': { members: { complaint: [line('cmp-1', complaint)] } } },
        '2026-08': { C: { members: { 'complaint-step': [line('step-1', step)] } } },
        '2026-09': { 'W#w1': { members: { inspection: [line('insp-1', inspection)], nomination: [line('n1', nomination)] } } },
      }),
      monthlyScores: threeMonths({ 'O#a': ['90', '0'], 'O#b': ['90', '0'], 'O#c': ['90', '0'], 'W#w1': ['90', '0'], 'W#w2': ['90', '0'] }),
    };
    const { input } = selectionFacts(sources, defaultRulebook());
    expect(input.vetoes.map((v) => [v.subjectId, v.code, v.month, v.records])).toEqual([
      ['a', 'V-O-SMOKING', '2026-09', ['insp-1']],
      ['c', 'V-O-COMPLAINT-VERIFIED', '2026-08', ['cmp-1', 'step-1']],
    ]);
  });
});

describe('best-window facts (seed 002 §最佳窗口单位评比考核办法)', () => {
  it('read the month’s volume, overdue and faster counters, findings under the window, commendations and verified complaints', async () => {
    const { SEED_002_MONTHLY_ASSESSMENT } = await import('#core/rulebook/presets/seed-002-monthly-assessment');
    const finding = (code: string, subject: 'window' | 'officer', extra: object = {}) => ({ code, subject, windowId: 'w1', date: '2026-10-10', evidence: '记录', verifiedBy: 's', ...extra });
    const sources: SelectionSources = {
      honor: SEED_002_MONTHLY_ASSESSMENT.honors.find((h) => h.id === 'best-windows')!,
      period: '2026-10',
      windows,
      officers,
      calendar: createCalendar(),
      titles: [],
      aggregates: aggregatesOf({
        // Received in September, verified in October: it counts in October.
        '2026-09': { 'W#w2': { members: { complaint: [line('cmp1', { receivedDate: '2026-09-28', channel: 'phone', windowId: 'w2', summary: '态度差' })] } } },
        '2026-10': {
          'W#w1': {
            counters: { volume: 120, 'completed.overdueWorkingDays': 3, 'completed.saved.60': 2, 'completed.saved.25': 1, 'completed.onTime': 3 },
            members: {
              // The officer's lateness is filed under the window too: it counts against it.
              finding: [line('f1', finding('O-DISC-LATE', 'officer', { officerId: 'a' })), line('f2', finding('B-W-BANNER', 'window', { sourceRecordId: 'k1' }))],
              // k1's banner is recorded as finding f2 as well: counted once. k2 is a media praise at municipal level.
              commendation: [line('k1', { windowId: 'w1', kind: 'banner', date: '2026-10-05', verifiedBy: 's' }), line('k2', { windowId: 'w1', kind: 'media', level: 'municipal', date: '2026-10-06', verifiedBy: 's' })],
            },
          },
          C: { members: { 'complaint-step': [line('st1', { complaintId: 'cmp1', step: 'verified', date: '2026-10-03' }), line('st0', { complaintId: 'cmp1', step: 'investigating', date: '2026-09-30' })] } },
        },
      }),
      monthlyScores: scoresOf({ '2026-10': { 'W#w1': ['95', '5'], 'W#w2': ['90', '10'] } }),
    };
    const { input } = selectionFacts(sources, SEED_002_MONTHLY_ASSESSMENT);
    const w1 = input.contenders.find((c) => c.id === 'w1')!.bestWindow!;
    expect(w1.volume).toEqual({ accepted: 120, records: ['2026-10/W#w1#volume'] });
    expect(w1.overdue).toEqual({ caseDays: 3, records: ['2026-10/W#w1#completed.overdueWorkingDays'] });
    expect(w1.faster).toEqual([
      { savedPercent: 25, cases: 1 },
      { savedPercent: 60, cases: 2 },
    ]);
    expect(w1.occurrences).toEqual([
      { code: 'O-DISC-LATE', recordId: 'f1' },
      { code: 'B-W-BANNER', recordId: 'f2' },
      { code: 'B-W-MEDIA-PRAISE', recordId: 'k2', units: 2 },
    ]);
    expect(w1.verifiedComplaints).toEqual([]);
    const w2 = input.contenders.find((c) => c.id === 'w2')!.bestWindow!;
    expect(w2.volume.accepted).toBe(0);
    expect(w2.verifiedComplaints).toEqual([{ complaintId: 'cmp1', stepId: 'st1' }]);
  });
});

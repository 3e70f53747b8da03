/**
 * The stories the demo tells so that every rule has work to do: each is found in the
 * records by what they say, not by id, and checked with the rules' own functions.
 */
import { describe, expect, it } from 'vitest';
import { aggregateDeltas, foldDeltas } from '#core/aggregates';
import { createCalendar } from '#core/calendar';
import { checkAppealDecider } from '#core/records/appeal-decision';
import { caseDeadline } from '#core/records/case';
import { dateOf } from '#core/records/common';
import { complaintDeadline, isComplaintOverdue } from '#core/records/complaint';
import { type ComplaintStep, checkComplaintStep } from '#core/records/complaint-step';
import { defaultFindingCodesByCode } from '#core/records/finding';
import { checkNominationDeadline, nominationDeadline, nominationLimit } from '#core/records/nomination';
import { appealDeadline, checkAppealDeadline } from '#core/records/veto';
import { defaultRulebook } from '#core/rulebook/default';
import { dailyScoreForfeit } from '#core/rules/absence';
import { SEED_003_ATTENDANCE } from '#core/rules/attendance';
import { type DayMark, absenceSpells, daysOnDuty } from '#core/rules/day-spells';
import { SEED_003_ELECTRONIC_EVALUATION, electronicEvaluation } from '#core/rules/electronic-evaluation';
import { lastDayOf, monthsOf } from '#core/rules/period';
import {
  DEMO_ATTENDANCE_MONTHS,
  DEMO_HONOR,
  DEMO_INSPECTED_QUARTERS,
  DEMO_NOW,
  DEMO_QUARTER,
  type DemoRecord,
  generateDemoCenter,
} from '../../shared/demo/demo-center.ts';

type Body = Record<string, any>;

describe('demo scenarios', () => {
  const demo = generateDemoCenter();
  const calendar = createCalendar();
  const today = dateOf(DEMO_NOW);
  const byId = new Map(demo.records.map((r) => [r.id, r]));
  const ofType = (type: string): (DemoRecord & { body: Body })[] => demo.records.filter((r) => r.type === type);
  const officer = (id: string) => demo.officers.find((o) => o.officerId === id)!;
  const headOf = (windowId: string) => demo.officers.find((o) => o.windowId === windowId && o.role === 'head')!;
  const staffOf = (windowId: string) => demo.officers.filter((o) => o.windowId === windowId);
  const findings = ofType('finding');
  const findingsFrom = (recordId: string) => findings.filter((f) => f.body.sourceRecordId === recordId);
  const quarterMonths = monthsOf(DEMO_QUARTER);
  const nominations = ofType('nomination');
  const nominees = nominations.flatMap((n) => n.body.officers.map((o: Body) => o.officerId as string));

  /** The officer's day map, as the attendance aggregate keeps it. */
  const dayMap = (officerId: string): Record<string, DayMark> =>
    Object.fromEntries(
      ofType('attendance')
        .filter((r) => r.body.officerId === officerId)
        .map((r) => [r.body.date, r.body.entry === 'sign-in' ? 'on-time' : r.body.entry === 'leave' ? r.body.kind : 'absent']),
    );
  const quarterDuty = (officerId: string): number =>
    daysOnDuty(
      {
        officerId,
        period: { from: `${quarterMonths[0]}-01`, to: lastDayOf(quarterMonths.at(-1)!) },
        stationedSince: officer(officerId).startDate,
        days: dayMap(officerId),
        sources: [],
      },
      SEED_003_ATTENDANCE.onDutyLeaveKinds,
      calendar,
    ).days;

  it('has an officer absent without leave (旷工) for more than 10 consecutive working days, and only one', () => {
    const absences = new Map<string, string[]>();
    for (const r of ofType('attendance').filter((r) => r.body.entry === 'absent')) {
      absences.set(r.body.officerId, [...(absences.get(r.body.officerId) ?? []), r.body.date]);
    }
    const longest = [...absences].map(([officerId, dates]) => {
      const sorted = dates.sort();
      let best: string[] = [];
      let run: string[] = [];
      for (const date of sorted) {
        const next = run.length > 0 && calendar.addWorkingDays(run.at(-1)!, 1).date === date;
        run = next ? [...run, date] : [date];
        if (run.length > best.length) best = run;
      }
      return { officerId, days: best.length, dates: best };
    });
    const spells = longest.filter((s) => s.days > 10);
    expect(spells).toHaveLength(1);
    const [spell] = spells;
    // It runs across the make-up working Sunday of 20 September (调休).
    expect(spell!.dates).toContain('2026-09-20');
    // In calendar days (DOMAIN §4.4) the spell is longer still: its weekends count.
    const year = spell!.dates[0]!.slice(0, 4);
    const [calendarSpell] = absenceSpells({ from: `${year}-01-01`, to: `${year}-12-31` }, dayMap(spell!.officerId), calendar).sort((a, b) => b.days - a.days);
    expect(calendarSpell!.days).toBeGreaterThan(spell!.days);
    const forfeit = dailyScoreForfeit(
      [{ kind: 'absence', days: calendarSpell!.days, records: spell!.dates }],
      defaultRulebook().yearlyAssessment!.absence,
    );
    expect(forfeit?.rule).toBe('consecutive-absence');
    expect(longest.filter((s) => s.days > 3)).toHaveLength(1); // the other 旷工 days are single days
  });

  it('puts one officer on maternity leave, short of the 60 days on duty, and nominates only officers on duty 60 days or more', () => {
    const onLeave = [...new Set(ofType('attendance').filter((r) => r.body.kind === 'maternity').map((r) => r.body.officerId as string))];
    expect(onLeave).toHaveLength(1);
    expect(quarterDuty(onLeave[0]!)).toBeLessThan(60);
    for (const id of nominees) expect(quarterDuty(id), id).toBeGreaterThanOrEqual(60);
  });

  it('has exactly one consecutive-rating burst, confirmed by a supervisor', () => {
    const gap = SEED_003_ELECTRONIC_EVALUATION.consecutiveIntervalSeconds * 1000;
    const bursts: [DemoRecord & { body: Body }, DemoRecord & { body: Body }][] = [];
    const byDevice = Map.groupBy(ofType('evaluation'), (r) => r.submittedBy);
    for (const ratings of byDevice.values()) {
      const sorted = ratings.sort((a, b) => (a.at < b.at ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const [a, b] = [sorted[i - 1]!, sorted[i]!];
        if (Date.parse(b.at) - Date.parse(a.at) < gap && !a.body.caseNumber && !b.body.caseNumber) bursts.push([a, b]);
      }
    }
    expect(bursts).toHaveLength(1);
    const [first, second] = bursts[0]!;
    expect(first.windowId).toBe(second.windowId);
    expect(first.month).toBe(second.month);
    const decisions = ofType('consecutive-flag-decision');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.body).toMatchObject({ windowId: first.windowId, month: first.month, decision: 'confirm' });
    expect(decisions[0]!.body.flagId).toContain(first.submittedBy);
  });

  it('has a refused rating, and an evaluator switched off during a device fault, which exempts it, and once without cause', () => {
    const conduct = ofType('evaluator-conduct');
    expect(new Set(conduct.map((c) => c.body.kind))).toEqual(new Set(['refused', 'evaluator-off', 'no-prompt', 'self-rating']));
    const faults = ofType('device-fault');
    expect(faults).toHaveLength(1);
    const covered = (c: Body) =>
      faults.some((f) => f.body.windowId === c.windowId && f.body.from <= c.observedAt && c.observedAt <= f.body.to);
    const off = conduct.filter((c) => c.body.kind === 'evaluator-off');
    expect(off.filter((c) => covered(c.body))).toHaveLength(1);
    expect(off.filter((c) => !covered(c.body))).toHaveLength(1);
    expect(faults[0]!.body.deviceId).toBe(ofType('evaluation').find((e) => e.windowId === faults[0]!.windowId)!.submittedBy);
  });

  it('runs every complaint through its lifecycle: the 12345 referral verified and vetoed, one late, one extended, one still open', () => {
    const complaints = ofType('complaint');
    expect(complaints.length).toBeGreaterThanOrEqual(5);
    const outcomes = complaints.map((c) => {
      const steps = ofType('complaint-step')
        .filter((s) => s.body.complaintId === c.id)
        .sort((a, b) => (a.body.date < b.body.date ? -1 : a.body.date > b.body.date ? 1 : 0));
      let latest: ComplaintStep | 'registered' = 'registered';
      for (const s of steps) {
        expect(checkComplaintStep(latest, s.body.step), s.id).toEqual([]);
        expect(s.body.date >= c.body.receivedDate).toBe(true);
        latest = s.body.step;
      }
      const closed = steps.find((s) => s.body.step === 'closed')?.body.date as string | undefined;
      const extended = steps.some((s) => s.body.extensionReason);
      const deadline = complaintDeadline(c.body as any, calendar, extended).date;
      return { c, latest, steps, closed, extended, overdue: isComplaintOverdue(deadline, closed, today) };
    });

    const hotline = outcomes.filter((o) => o.c.body.channel === 'hotline-12345');
    expect(hotline).toHaveLength(1);
    const { c: referral, steps, overdue } = hotline[0]!;
    expect(steps.map((s) => s.body.step)).toContain('verified');
    expect(overdue).toBe(false);
    const vetoes = ofType('veto').filter((v) => v.body.code?.endsWith('COMPLAINT-12345'));
    expect(vetoes.map((v) => [v.body.subject, v.windowId, v.body.officerId])).toEqual(
      expect.arrayContaining([
        ['officer', referral.windowId, referral.body.officerId],
        ['window', referral.windowId, undefined],
      ]),
    );
    expect(findingsFrom(referral.id).length).toBeGreaterThan(0);

    // Every verified complaint leads to findings and a veto; an unfounded one to none.
    for (const { c, steps } of outcomes) {
      const verified = steps.some((s) => s.body.step === 'verified');
      expect(findingsFrom(c.id).length > 0, c.id).toBe(verified);
      expect(ofType('veto').some((v) => v.body.officerId === c.body.officerId && v.body.date >= c.body.receivedDate), c.id).toBe(verified);
    }
    expect(outcomes.filter((o) => o.latest === 'closed' && o.steps.some((s) => s.body.step === 'unfounded')).length).toBeGreaterThanOrEqual(2);
    expect(outcomes.filter((o) => o.closed && o.overdue)).toHaveLength(1);
    expect(outcomes.filter((o) => o.extended && o.closed && !o.overdue)).toHaveLength(1);
    const open = outcomes.filter((o) => !o.closed);
    expect(open).toHaveLength(1);
    expect(open[0]!.overdue).toBe(false);
    expect(outcomes.some((o) => o.c.body.simple && o.closed === o.c.body.receivedDate)).toBe(true);
  });

  it('finds smoking at one hygiene inspection: a finding and a veto, appealed in time and upheld by a second supervisor', () => {
    const inspections = ofType('inspection');
    for (const quarter of DEMO_INSPECTED_QUARTERS) {
      for (const w of demo.windows) expect(inspections.filter((i) => i.body.quarter === quarter && i.windowId === w.windowId)).toHaveLength(1);
    }
    const total = (i: Body) => i.deductions.reduce((n: number, d: Body) => n + Number(d.points ?? 5), 0);
    expect(inspections.filter((i) => total(i.body) <= 3).length / inspections.length).toBeGreaterThan(0.8);
    const smoking = inspections.filter((i) => i.body.deductions.some((d: Body) => d.item === 'smoking'));
    expect(smoking).toHaveLength(1);
    const [finding] = findingsFrom(smoking[0]!.id);
    expect(finding!.body.code).toBe('O-DISC-SMOKING');
    const veto = ofType('veto').find((v) => v.body.code === 'V-O-SMOKING' && v.body.officerId === finding!.body.officerId)!;
    expect(veto.windowId).toBe(smoking[0]!.windowId);

    const appeals = ofType('veto-appeal');
    expect(appeals).toHaveLength(1);
    expect(appeals[0]!.body.vetoId).toBe(veto.id);
    expect(checkAppealDeadline(veto.body.date, appeals[0]!.body.date, calendar)).toEqual([]);
    expect(appeals[0]!.body.date <= appealDeadline(veto.body.date, calendar).date).toBe(true);
    const decisions = ofType('appeal-decision');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.body).toMatchObject({ appealId: appeals[0]!.id, decision: 'upheld' });
    expect(checkAppealDecider(veto.body as any, decisions[0]!.body as any)).toEqual([]);
  });

  it('has patrols that find shortcomings, each verified into findings, and a mystery shopper’s phone finding that vetoes', () => {
    const patrols = ofType('patrol');
    expect(patrols.some((p) => p.body.findings.length === 0)).toBe(true);
    for (const p of patrols) expect(findingsFrom(p.id).map((f) => f.body.code), p.id).toEqual(p.body.findings.map((f: Body) => f.code));
    const codes = new Set(findings.filter((f) => f.body.sourceKind === 'patrol').map((f) => f.body.code));
    for (const code of ['O-DISC-DRESS', 'O-PATROL-PHONE', 'O-DISC-OFF-POST', 'W-PATROL-ATTENDANCE']) expect(codes).toContain(code);

    const shopper = findings.filter((f) => f.body.sourceKind === 'mystery-shopper');
    const veto = shopper.find((f) => f.body.code === 'V-O-PHONE-MYSTERY-SHOPPER');
    expect(defaultFindingCodesByCode().get(veto!.body.code)?.veto).toBe('year');
    expect(shopper.some((f) => f.body.code === 'O-PATROL-PHONE' && f.body.officerId === veto!.body.officerId)).toBe(true);
    // Every finding that cites a record cites one that exists.
    for (const f of findings) if (f.body.sourceRecordId) expect(byId.has(f.body.sourceRecordId), f.id).toBe(true);
  });

  it('completes cases on time but for a few overdue ones, each with the overdue findings, and leaves later ones open', () => {
    const cases = new Map(ofType('case').map((c) => [`${c.windowId}|${c.body.caseNumber}`, c]));
    let overdue = 0;
    for (const done of ofType('case-completion')) {
      const c = cases.get(`${done.windowId}|${done.body.caseNumber}`)!;
      expect(c.body.completedDate).toBeUndefined();
      const late = calendar.workingDaysBetween(caseDeadline(c.body as any, calendar).date, done.body.completedDate).count;
      const cited = findingsFrom(done.id);
      if (late === 0) {
        expect(cited).toEqual([]);
        continue;
      }
      overdue += 1;
      expect(cited.map((f) => [f.body.code, f.body.count])).toEqual([
        ['W-SVC-CASE-OVERDUE', late],
        ['O-EFF-CASE-OVERDUE', late],
      ]);
      expect(cited[1]!.body.officerId).toBe(c.body.officerId);
    }
    expect(overdue).toBeGreaterThanOrEqual(3);
    const completed = new Set(ofType('case-completion').map((d) => `${d.windowId}|${d.body.caseNumber}`));
    const open = [...cases].filter(([key, c]) => !c.body.completedDate && !completed.has(key)).map(([, c]) => c);
    expect(open.length).toBeGreaterThan(0);
    expect(open.some((c) => caseDeadline(c.body as any, calendar).date < today)).toBe(true); // overdue and still open
  });

  it('calls the roll at a training session every month: excused officers on leave, each unexcused absence a finding', () => {
    for (const t of ofType('training')) {
      const cited = findingsFrom(t.id);
      expect(cited.map((f) => f.body.officerId)).toEqual(t.body.absent);
      for (const f of cited) expect(f.body.code).toBe('O-TRAIN-ABSENT');
      if (!DEMO_ATTENDANCE_MONTHS.includes(t.month)) continue;
      const entries = new Map(ofType('attendance').filter((a) => a.body.date === t.body.date).map((a) => [a.body.officerId, a.body.entry]));
      for (const id of t.body.excused) expect(entries.get(id)).toBe('leave');
      for (const id of t.body.present) expect(entries.get(id)).toBe('sign-in');
    }
    expect(findings.filter((f) => f.body.code === 'O-TRAIN-ABSENT').length).toBeGreaterThanOrEqual(5);
  });

  it('has banners, letters of thanks and praise in the municipal media', () => {
    const commendations = ofType('commendation');
    expect(commendations.filter((c) => c.body.kind === 'banner').length).toBeGreaterThanOrEqual(2);
    expect(commendations.filter((c) => c.body.kind === 'letter').length).toBeGreaterThanOrEqual(2);
    expect(commendations.some((c) => c.body.kind === 'media' && c.body.level === 'municipal')).toBe(true);
  });

  it('has every window nominate within its limit before the deadline, and a supervisor nominate directly', () => {
    const deadline = nominationDeadline(DEMO_QUARTER);
    for (const w of demo.windows) {
      const own = nominations.filter((n) => n.windowId === w.windowId && !n.body.direct);
      expect(own, w.windowId).toHaveLength(1);
      const [nomination] = own;
      expect(nomination!.body.quarter).toBe(DEMO_QUARTER);
      expect(nomination!.body.officers.length).toBeGreaterThanOrEqual(1);
      expect(nomination!.body.officers.length).toBeLessThanOrEqual(nominationLimit(staffOf(w.windowId).length));
      for (const o of nomination!.body.officers) expect(officer(o.officerId).windowId).toBe(w.windowId);
      expect(nomination!.submittedBy).toBe(headOf(w.windowId).officerId);
      expect(dateOf(nomination!.submittedAt) <= deadline).toBe(true);
      expect(checkNominationDeadline(DEMO_QUARTER, dateOf(nomination!.submittedAt))).toEqual([]);
    }
    const direct = nominations.filter((n) => n.body.direct);
    expect(direct).toHaveLength(1);
    expect(demo.officers.some((o) => o.officerId === direct[0]!.submittedBy)).toBe(false); // a supervisor, not a head
    expect(new Set(nominees).size).toBe(nominees.length);
  });

  it('nominates an officer vetoed in the quarter', () => {
    const vetoed = ofType('veto').filter((v) => v.body.subject === 'officer' && quarterMonths.includes(v.month) && nominees.includes(v.body.officerId));
    expect(vetoed.length).toBeGreaterThanOrEqual(1);
  });

  it('makes one window clearly the lowest of the quarter, and nominates its head', () => {
    const q3 = (r: DemoRecord) => quarterMonths.includes(r.month);
    const lost = new Map(demo.windows.map((w) => [w.windowId, 0]));
    const charge = (windowId: string, points: number) => lost.set(windowId, lost.get(windowId)! + points);
    for (const f of findings.filter((f) => q3(f) && f.body.subject === 'window')) {
      const code = defaultFindingCodesByCode().get(f.body.code)!;
      charge(f.windowId, 'fixed' in code.points ? Number(code.points.fixed) * (f.body.count ?? 1) : Number(f.body.points));
    }
    for (const i of ofType('inspection').filter(q3)) {
      charge(i.windowId, (i.body.deductions.reduce((n: number, d: Body) => n + Number(d.points ?? 5), 0) * 5) / 100);
    }
    const counted = demo.records.filter((r) => q3(r) && (r.type === 'evaluation' || r.type === 'volume'));
    for (const t of foldDeltas(counted.flatMap(aggregateDeltas)).filter((t) => t.subject.startsWith('W#'))) {
      const { component } = electronicEvaluation({ volume: t.counters.volume!, valid: t.counters.evaluations ?? 0, satisfied: t.counters.satisfied ?? 0 });
      charge(t.subject.slice(2), 5 - Number(component.n) / Number(component.d));
    }
    const ranked = [...lost].sort((a, b) => b[1] - a[1]);
    const [[bottom, worst], [, next]] = ranked as [[string, number], [string, number]];
    expect(worst).toBeGreaterThan(next + 10); // clearly, whatever the ratings of the others
    expect(nominees).toContain(headOf(bottom).officerId);
  });

  it('has every head score the candidates of the other windows, and three panel members score them all', () => {
    expect(defaultRulebook().honors.some((h) => h.id === DEMO_HONOR && h.period === 'quarter')).toBe(true);
    const ballots = ofType('ballot');
    expect(ballots.map((b) => b.submittedBy).sort()).toEqual(demo.windows.map((w) => headOf(w.windowId).officerId).sort());
    for (const b of ballots) {
      expect(b.body).toMatchObject({ honorId: DEMO_HONOR, period: DEMO_QUARTER });
      const voter = officer(b.submittedBy);
      const scored = b.body.scores.map((s: Body) => s.candidateId as string);
      expect(scored.filter((id: string) => officer(id).windowId === voter.windowId), b.id).toEqual([]);
      expect(scored.sort()).toEqual(nominees.filter((id) => officer(id).windowId !== voter.windowId).sort());
      expect(b.submittedAt > `${quarterMonths[2]}-30`).toBe(true); // once the quarter is over
    }
    const panel = ofType('panel-score');
    expect(new Set(panel.map((p) => p.submittedBy)).size).toBe(3);
    for (const p of panel) expect(p.body.scores.map((s: Body) => s.candidateId).sort()).toEqual([...nominees].sort());
  });
});

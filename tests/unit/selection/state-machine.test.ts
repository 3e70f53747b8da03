import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { pts } from '#core/points';
import { defaultRulebook } from '#core/rulebook/default';
import { vetoEvents } from '#core/rules/eligibility';
import { type Contender, selectHonor } from '#core/rules/selection';
import {
  type Act,
  type SelectionFlow,
  type Step,
  amendProposal,
  answerObjection,
  enterCandidates,
  finalize,
  openSelection,
  openVoting,
  proposeList,
  publishNotice,
  recordAssessment,
  recordObjection,
  recordPanelDecision,
  tick,
  voidSelection,
} from '#core/selection/state-machine';

const calendar = createCalendar();
const id2 = (n: number) => String(n).padStart(2, '0');
const QUARTER = ['2026-07', '2026-08', '2026-09'];

/** Officer n of window n (3 officers), nominated by it; the quarter's mean is 100 − n unless given. */
const nominee = (n: number, mean = 100 - n): Contender => ({
  id: `o${id2(n)}`,
  windowId: `w${id2(n)}`,
  role: 'staff',
  daysOnDuty: { days: 62, records: [`att-${n}`] },
  monthlyScores: QUARTER.map((month) => ({ month, score: pts(mean), resultId: `${month}-o${id2(n)}` })),
  metrics: {},
  nominations: [{ by: 'window', recordId: `nom-${n}` }],
});
const standings = Array.from({ length: 15 }, (_, i) => ({ windowId: `w${id2(i + 1)}`, score: pts(90), metrics: {} }));

/**
 * Quarterly stars 2026-Q3 (default rulebook: 10 places). o01 … o13 score 99 … 87; o02 is
 * vetoed (a 12345 complaint in August), so the eligible ranking is o01, o03 … o13 and the
 * top 10 are o01, o03 … o11; o12 (88) and o13 (87) are next.
 */
function ranking(means: Readonly<Record<number, number>> = {}) {
  return selectHonor(defaultRulebook(), {
    honorId: 'quarterly-stars',
    period: '2026-Q3',
    contenders: Array.from({ length: 13 }, (_, i) => nominee(i + 1, means[i + 1])),
    vetoes: vetoEvents('officer', 'o02', '2026-08', [{ code: 'V-O-COMPLAINT-12345', recordId: 'cmp-1' }], defaultRulebook()),
    windowStandings: standings,
    windowOfficers: Object.fromEntries(standings.map((s) => [s.windowId, 3])),
  });
}

const act = (at: string, by = 'clerk-1', why = 'per the 2026 Q3 schedule'): Act => ({ at, by, why });

/** Every transition gets a frozen input, so any mutation of it throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function ok(step: Step): SelectionFlow {
  if (!step.ok) throw new Error(`refused: ${step.refusal.code} ${step.refusal.en}`);
  return deepFreeze(step.selection);
}
function refusedWith(step: Step): string {
  if (step.ok) throw new Error(`expected a refusal, moved to ${step.selection.state}`);
  expect(step.refusal.zh.length).toBeGreaterThan(0);
  expect(step.refusal.en.length).toBeGreaterThan(0);
  return step.refusal.code;
}

const ids = (sel: SelectionFlow) => sel.proposed.map((p) => p.subjectId);

/** open → candidates → voting → assessed, with the given ranking. */
function assessed(result = ranking()): SelectionFlow {
  let sel = deepFreeze(openSelection({ centerId: 'c1', honorId: 'quarterly-stars', period: '2026-Q3' }, act('2026-09-01')));
  sel = ok(enterCandidates(sel, result, act('2026-09-21')));
  sel = ok(openVoting(sel, act('2026-09-21')));
  return ok(recordAssessment(sel, result, act('2026-09-22')));
}

/** Published Thu 2026-09-24: ends Wed 2026-10-14 (see the notice test). */
function inNotice(result = ranking()): SelectionFlow {
  const sel = ok(proposeList(assessed(result), act('2026-09-22', 'panel-chair', 'the panel approves the ranking')));
  return ok(publishNotice(sel, calendar, defaultRulebook(), act('2026-09-24')));
}

describe('the notice period (公示, DOMAIN.md §1, §6) over 中秋 and 国庆 2026', () => {
  it('published Thu 2026-09-24 runs 10 working days to Wed 2026-10-14', () => {
    // day 1 09-24 (Thu); 09-25 中秋, 09-26/27 weekend; 2 09-28, 3 09-29, 4 09-30;
    // 10-01…10-07 国庆; 5 10-08, 6 10-09, 7 10-10 (Sat, make-up day), 10-11 Sun;
    // 8 10-12, 9 10-13, 10 10-14
    const sel = inNotice();
    expect(sel.state).toBe('notice');
    expect(sel.notice).toEqual({ start: '2026-09-24', end: '2026-10-14', provisional: false });
  });

  it('published Fri 2026-09-25, a holiday (中秋), starts on the next working day and ends a day later', () => {
    // 09-25 中秋, 09-26/27 weekend → day 1 is Mon 09-28; 2 09-29, 3 09-30; 国庆;
    // 4 10-08, 5 10-09, 6 10-10 (make-up), 7 10-12, 8 10-13, 9 10-14, 10 10-15
    const sel = ok(proposeList(assessed(), act('2026-09-22')));
    const published = ok(publishNotice(sel, calendar, defaultRulebook(), act('2026-09-25')));
    expect(published.notice).toEqual({ start: '2026-09-28', end: '2026-10-15', provisional: false });
  });
});

describe('a selection of the quarterly stars, open to final', () => {
  it('carries the pool’s facts, the proposed list and who did each step, and why', () => {
    const sel = assessed();
    expect(sel.candidates.find((c) => c.subjectId === 'o02')).toMatchObject({ subjectId: 'o02', rank: null, score: null, exclusions: [{ rule: 'veto' }] });
    expect(sel.candidates.find((c) => c.subjectId === 'o13')).toEqual({ subjectId: 'o13', rank: 12, score: '87.00', exclusions: [] });
    expect(ids(sel)).toEqual(['o01', 'o03', 'o04', 'o05', 'o06', 'o07', 'o08', 'o09', 'o10', 'o11']);
    expect(sel.places).toBe(10);
    expect(sel.tie).toBeNull();
    expect(sel.history.map((h) => [h.event, h.from, h.to, h.at, h.by])).toEqual([
      ['open', null, 'open', '2026-09-01', 'clerk-1'],
      ['enter-candidates', 'open', 'candidates', '2026-09-21', 'clerk-1'],
      ['open-voting', 'candidates', 'voting', '2026-09-21', 'clerk-1'],
      ['record-assessment', 'voting', 'assessed', '2026-09-22', 'clerk-1'],
    ]);
  });

  it('is final only after the notice’s last day and with every objection answered', () => {
    let sel = inNotice();
    expect(refusedWith(finalize(sel, act('2026-10-14')))).toBe('notice-running');
    sel = ok(recordObjection(sel, { id: 'obj-1', subjectId: 'o04' }, act('2026-10-09', 'public')));
    expect(refusedWith(finalize(sel, act('2026-10-15')))).toBe('objection-open');
    sel = ok(answerObjection(sel, { objectionId: 'obj-1', outcome: 'rejected' }, act('2026-10-15', 'panel-chair', 'the complaint was about another window')));
    expect(ids(sel)).toContain('o04');
    expect(sel.objections[0]?.answer).toEqual({
      outcome: 'rejected',
      reason: 'the complaint was about another window',
      at: '2026-10-15',
      by: 'panel-chair',
      replacement: null,
    });
    sel = ok(finalize(sel, act('2026-10-15', 'director')));
    expect(sel.state).toBe('final');
    expect(sel.history.at(-1)).toEqual({ event: 'finalize', from: 'notice', to: 'final', at: '2026-10-15', by: 'director', why: 'per the 2026 Q3 schedule' });
  });

  it('takes objections only on listed entries, within the notice, and answers each once with a reason', () => {
    const sel = inNotice();
    expect(refusedWith(recordObjection(sel, { id: 'obj-1', subjectId: 'o12' }, act('2026-10-09')))).toBe('not-proposed');
    expect(refusedWith(recordObjection(sel, { id: 'obj-1', subjectId: 'o04' }, act('2026-10-15')))).toBe('notice-ended');
    const objected = ok(recordObjection(sel, { id: 'obj-1', subjectId: 'o04' }, act('2026-10-09')));
    expect(refusedWith(recordObjection(objected, { id: 'obj-1', subjectId: 'o05' }, act('2026-10-09')))).toBe('duplicate-objection');
    expect(refusedWith(answerObjection(objected, { objectionId: 'obj-1', outcome: 'rejected' }, act('2026-10-10', 'panel', 'no')))).toBe('reason-required');
    const answered = ok(answerObjection(objected, { objectionId: 'obj-1', outcome: 'rejected' }, act('2026-10-10', 'panel', 'not substantiated')));
    expect(refusedWith(answerObjection(answered, { objectionId: 'obj-1', outcome: 'upheld' }, act('2026-10-10', 'panel', 'second thoughts')))).toBe('already-answered');
  });

  it('an upheld objection withdraws the entry and proposes the next eligible candidate', () => {
    const objected = ok(recordObjection(inNotice(), { id: 'obj-1', subjectId: 'o05' }, act('2026-09-30', 'public')));
    const upheld = ok(answerObjection(objected, { objectionId: 'obj-1', outcome: 'upheld' }, act('2026-10-08', 'panel', 'a verified rudeness complaint')));
    // o05 out; o12 (88) is the best eligible candidate not yet on the list; the list stays in rank order
    expect(ids(upheld)).toEqual(['o01', 'o03', 'o04', 'o06', 'o07', 'o08', 'o09', 'o10', 'o11', 'o12']);
    expect(upheld.proposed.at(-1)).toEqual({ subjectId: 'o12', rank: 11, score: '88.00', via: 'replacement' });
    expect(upheld.objections[0]?.answer?.replacement).toBe('o12');
    expect(upheld.removed).toEqual(['o05']);

    // a veto verified during the notice puts o12 out too: o13 (87) comes in instead
    const vetoed = ok(answerObjection(objected, { objectionId: 'obj-1', outcome: 'upheld', ineligible: ['o12'] }, act('2026-10-08', 'panel', 'a verified rudeness complaint')));
    expect(vetoed.proposed.at(-1)?.subjectId).toBe('o13');

    // the honor may leave the place empty instead
    const empty = ok(answerObjection(objected, { objectionId: 'obj-1', outcome: 'upheld', onWithdrawal: 'leave-empty' }, act('2026-10-08', 'panel', 'a verified rudeness complaint')));
    expect(empty.proposed).toHaveLength(9);
    expect(empty.objections[0]?.answer?.replacement).toBeNull();
  });

  it('sends a tie among the next candidates for a withdrawn place to the panel', () => {
    // o12 and o13 both at 88, nothing to separate them: one withdrawn place, two candidates
    const objected = ok(recordObjection(inNotice(ranking({ 13: 88 })), { id: 'obj-1', subjectId: 'o05' }, act('2026-09-30')));
    let sel = ok(answerObjection(objected, { objectionId: 'obj-1', outcome: 'upheld' }, act('2026-10-08', 'panel', 'verified complaint')));
    expect(sel.tie).toEqual({ places: 1, subjectIds: ['o12', 'o13'] });
    expect(sel.proposed).toHaveLength(9);
    expect(refusedWith(finalize(sel, act('2026-10-15')))).toBe('tie-unresolved');
    sel = ok(recordPanelDecision(sel, ['o13'], act('2026-10-09', 'panel', 'o13 covered two windows in August')));
    expect(sel.proposed.at(-1)).toEqual({ subjectId: 'o13', rank: 11, score: '88.00', via: 'panel-decision' });
    expect(ok(finalize(sel, act('2026-10-15'))).state).toBe('final');
  });
});

describe('a tie at the cut (DOMAIN.md §6: never broken silently)', () => {
  // o11 and o12 both at 89 with no tie-breaker value: 9 places certain, one place for two
  const tied = () => assessed(ranking({ 12: 89 }));

  it('blocks the proposed list until the panel records a decision with a reason', () => {
    const sel = tied();
    expect(sel.tie).toEqual({ places: 1, subjectIds: ['o11', 'o12'] });
    expect(sel.proposed).toHaveLength(9);
    const blocked = proposeList(sel, act('2026-09-22'));
    expect(refusedWith(blocked)).toBe('tie-unresolved');
    expect(!blocked.ok && blocked.refusal.en).toBe('a tie at a cut blocks the step until the panel records a decision');
    expect(refusedWith(recordPanelDecision(sel, ['o12'], act('2026-09-22', 'panel', 'ok')))).toBe('reason-required');
    expect(refusedWith(recordPanelDecision(sel, ['o11', 'o12'], act('2026-09-22', 'panel', 'both deserve it')))).toBe('bad-tie-decision');
    expect(refusedWith(recordPanelDecision(sel, ['o13'], act('2026-09-22', 'panel', 'o13 instead of both')))).toBe('bad-tie-decision');

    const decided = ok(recordPanelDecision(sel, ['o12'], act('2026-09-22', 'panel-chair', 'o12 had no complaint all year')));
    expect(decided.tie).toBeNull();
    expect(decided.proposed.at(-1)).toEqual({ subjectId: 'o12', rank: 10, score: '89.00', via: 'panel-decision' });
    expect(decided.history.at(-1)).toEqual({
      event: 'panel-decision',
      from: 'assessed',
      to: 'assessed',
      at: '2026-09-22',
      by: 'panel-chair',
      why: 'o12 had no complaint all year',
    });
    expect(ok(proposeList(decided, act('2026-09-23'))).state).toBe('proposed');
  });
});

describe('amending the proposed list (seed 003: the panel approves or amends with a written reason)', () => {
  const proposed = () => ok(proposeList(assessed(), act('2026-09-22')));

  it('refuses an amendment without a reason, or with someone who cannot be proposed', () => {
    const sel = proposed();
    expect(refusedWith(amendProposal(sel, { kind: 'remove', subjectId: 'o11' }, act('2026-09-23', 'panel', '')))).toBe('reason-required');
    expect(refusedWith(amendProposal(sel, { kind: 'remove', subjectId: 'o12' }, act('2026-09-23', 'panel', 'not on the list')))).toBe('not-proposed');
    expect(refusedWith(amendProposal(sel, { kind: 'replace', subjectId: 'o11', with: 'o02' }, act('2026-09-23', 'panel', 'o02 is vetoed')))).toBe('not-eligible');
    expect(refusedWith(amendProposal(sel, { kind: 'replace', subjectId: 'o11', with: 'o04' }, act('2026-09-23', 'panel', 'already listed')))).toBe('not-eligible');
  });

  it('replaces or removes an entry and records why', () => {
    const replaced = ok(amendProposal(proposed(), { kind: 'replace', subjectId: 'o11', with: 'o13' }, act('2026-09-23', 'panel-chair', 'o11 moved to another center in September')));
    expect(ids(replaced).slice(-2)).toEqual(['o10', 'o13']);
    expect(replaced.proposed.at(-1)?.via).toBe('amendment');
    expect(replaced.history.at(-1)?.why).toBe('o11 moved to another center in September');
    // o11 was taken off by the panel: an upheld objection later never brings it back
    expect(refusedWith(amendProposal(replaced, { kind: 'replace', subjectId: 'o13', with: 'o11' }, act('2026-09-23', 'panel', 'changed our mind')))).toBe('not-eligible');
    const removed = ok(amendProposal(replaced, { kind: 'remove', subjectId: 'o13' }, act('2026-09-23', 'panel', 'the place stays empty this quarter')));
    expect(removed.proposed).toHaveLength(9);
  });
});

describe('refusals of steps out of turn', () => {
  it('refuses a step from the wrong state, a result of another honor and a date before the last step', () => {
    const sel = assessed();
    expect(refusedWith(openVoting(sel, act('2026-09-22')))).toBe('wrong-state');
    expect(refusedWith(publishNotice(sel, calendar, defaultRulebook(), act('2026-09-24')))).toBe('wrong-state');
    expect(refusedWith(finalize(sel, act('2026-12-01')))).toBe('wrong-state');
    expect(refusedWith(proposeList(sel, act('2026-09-21')))).toBe('out-of-order');
    const open = openSelection({ centerId: 'c1', honorId: 'excellent-windows', period: '2026-Q3' }, act('2026-09-01'));
    expect(refusedWith(enterCandidates(open, ranking(), act('2026-09-21')))).toBe('other-selection');
  });
});

describe('voiding a cancelled period', () => {
  it('voids from any state but final, with a reason', () => {
    const sel = inNotice();
    expect(refusedWith(voidSelection(sel, act('2026-10-09', 'director', '')))).toBe('reason-required');
    const voided = ok(voidSelection(sel, act('2026-10-09', 'director', 'the quarter’s scores are under recount')));
    expect(voided.state).toBe('void');
    expect(voided.history.at(-1)).toEqual({ event: 'void', from: 'notice', to: 'void', at: '2026-10-09', by: 'director', why: 'the quarter’s scores are under recount' });
    expect(refusedWith(voidSelection(voided, act('2026-10-09', 'director', 'twice over')))).toBe('wrong-state');
    const final = ok(finalize(sel, act('2026-10-15')));
    expect(refusedWith(voidSelection(final, act('2026-10-16', 'director', 'too late to cancel')))).toBe('wrong-state');
    expect(ok(voidSelection(assessed(), act('2026-09-23', 'director', 'a new rulebook applies'))).state).toBe('void');
  });
});

describe('the daily scheduler (tick)', () => {
  // nominations close Fri 09-18, the vote Mon 09-21, the assessment Tue 09-22
  const deadlines = { candidates: '2026-09-18', voting: '2026-09-21', assessed: '2026-09-22' };

  it('opens the vote after the candidates’ deadline and then waits for the assessment', () => {
    const base = openSelection({ centerId: 'c1', honorId: 'quarterly-stars', period: '2026-Q3' }, act('2026-09-01'));
    const candidates = ok(enterCandidates(base, ranking(), act('2026-09-10')));
    expect(tick(candidates, '2026-09-18', deadlines)).toMatchObject({ selection: candidates, waiting: { code: 'deadline-not-reached' } });
    const next = tick(candidates, '2026-09-20', deadlines);
    expect(next.selection.state).toBe('voting');
    expect(next.selection.history.at(-1)).toMatchObject({ event: 'open-voting', at: '2026-09-20', by: 'scheduler' });
    // the vote's outcome is someone's input: the scheduler only says what it waits for, and by when
    expect(next.waiting).toEqual({
      code: 'needs-assessment',
      zh: '须录入评定结果（期限 2026-09-21）',
      en: 'the assessed ranking must be recorded (deadline 2026-09-21)',
    });
  });

  it('proposes after the assessment deadline unless a tie waits for the panel', () => {
    expect(tick(assessed(), '2026-09-23', deadlines).selection.state).toBe('proposed');
    expect(tick(assessed(), '2026-09-23', deadlines).waiting?.code).toBe('needs-publication');
    const tied = assessed(ranking({ 12: 89 }));
    expect(tick(tied, '2026-09-23', deadlines)).toMatchObject({ selection: tied, waiting: { code: 'tie-unresolved' } });
  });

  it('finalizes a notice across 国庆 only after its last day, and is idempotent', () => {
    const sel = inNotice();
    // 10-08 is day 5; 10-14 is day 10, still running
    expect(tick(sel, '2026-10-08', deadlines).waiting?.code).toBe('notice-running');
    expect(tick(sel, '2026-10-14', deadlines).selection).toBe(sel);
    const objected = ok(recordObjection(sel, { id: 'obj-1', subjectId: 'o04' }, act('2026-10-12')));
    expect(tick(objected, '2026-10-15', deadlines).waiting?.code).toBe('objection-open');

    const done = tick(sel, '2026-10-15', deadlines);
    expect(done.waiting).toBeNull();
    expect(done.selection.state).toBe('final');
    expect(done.selection.history.at(-1)).toEqual({
      event: 'finalize',
      from: 'notice',
      to: 'final',
      at: '2026-10-15',
      by: 'scheduler',
      why: '公示于 2026-10-14 结束，无未答复异议 / the notice ended on 2026-10-14 with no objection open',
    });
    const again = tick(done.selection, '2026-10-15', deadlines);
    expect(JSON.stringify(again.selection)).toBe(JSON.stringify(done.selection));
    expect(again.waiting).toBeNull();
  });
});

describe('determinism', () => {
  it('the same steps give byte-identical selections', () => {
    const run = () => {
      let sel = inNotice(ranking({ 13: 88 }));
      sel = ok(recordObjection(sel, { id: 'obj-1', subjectId: 'o05' }, act('2026-09-30')));
      sel = ok(answerObjection(sel, { objectionId: 'obj-1', outcome: 'upheld' }, act('2026-10-08', 'panel', 'verified complaint')));
      sel = ok(recordPanelDecision(sel, ['o12'], act('2026-10-09', 'panel', 'o12 ranked higher on satisfaction')));
      return JSON.stringify(tick(sel, '2026-10-15', {}));
    };
    expect(run()).toBe(run());
  });
});

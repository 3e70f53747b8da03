/**
 * 评选流程 — the selection of one honor for one period at one center, as a state machine.
 * DOMAIN.md §6 "Selection, notice and honor boards", §1 "Working day".
 *
 *   open → candidates → voting → assessed → proposed → notice → final, and void from any
 *   state but final (a cancelled period).
 *
 * Pure: a selection is plain data, every step takes it with the day and the actor and returns
 * a new selection or a refusal (a code and zh/en messages); no clock, no I/O, and the input is
 * never changed. The same inputs give byte-identical output. Every step, and every panel act
 * within a state, is appended to the history with who did it and why.
 *
 * - A tie at the cut is never broken here: it blocks `proposed` until the panel records which
 *   tied candidates take the places, with a written reason.
 * - The notice runs `rulebook.notice.workingDays` working days from publication (the
 *   publication day is day 1 if it is a working day, else the next working day).
 * - An upheld objection withdraws its entry; the next eligible candidate of the ranked list is
 *   proposed, or the place is left empty, as the caller's rulebook says (`onWithdrawal`).
 * - The list becomes final only after the notice's last day and with no objection open.
 */
import type { IsoDate, WorkingCalendar } from '../calendar.ts';
import { format2 } from '../points.ts';
import type { Rulebook } from '../rulebook/schema.ts';
import type { Exclusion } from '../rules/eligibility.ts';
import type { Selection as RankedSelection, SelectionEntry } from '../rules/selection.ts';

export const SELECTION_STATES = ['open', 'candidates', 'voting', 'assessed', 'proposed', 'notice', 'final', 'void'] as const;
export type SelectionState = (typeof SELECTION_STATES)[number];

/** A panel's written reason must say something: at least this many characters. */
export const MIN_REASON_LENGTH = 5;

/** Who recorded scheduled steps in the history. */
export const SCHEDULER = 'scheduler';

export interface Act {
  /** The day of the step, Beijing calendar date. */
  readonly at: IsoDate;
  /** The actor's id (a principal's subject, or `scheduler`). */
  readonly by: string;
  readonly why: string;
}

export interface CandidateExclusion {
  readonly rule: Exclusion['rule'] | 'below-minimum-score';
  readonly records: readonly string[];
  readonly detail: Readonly<Record<string, string | number>>;
}

export interface Candidate {
  readonly subjectId: string;
  /** Rank in the pool (competition rank); null for the ineligible. */
  readonly rank: number | null;
  /** The pool's ranking score as presented, two decimals; null for the ineligible. */
  readonly score: string | null;
  /**
   * Why it cannot take the honor — the rule (veto, days on duty, bottom-window head, on-time
   * completion, below the minimum score), the records behind it and the numbers — shown to
   * supervisors; empty when eligible.
   */
  readonly exclusions: readonly CandidateExclusion[];
}

/** An eligible entrant of the assessed ranking, in rank order. */
export interface RankedCandidate {
  readonly subjectId: string;
  readonly rank: number;
  readonly score: string;
  /** A ranking by the best-window scheme: the points of each item and the capped bonuses, two decimals. */
  readonly items?: Readonly<Record<string, string>>;
}

export interface ProposedEntry {
  readonly subjectId: string;
  readonly rank: number;
  readonly score: string;
  /** How it came on the list. */
  readonly via: 'ranking' | 'panel-decision' | 'amendment' | 'replacement';
}

export interface Tie {
  readonly places: number;
  readonly subjectIds: readonly string[];
}

export interface Objection {
  readonly id: string;
  readonly subjectId: string;
  readonly raisedOn: IsoDate;
  readonly answer: {
    readonly outcome: 'upheld' | 'rejected';
    readonly reason: string;
    readonly at: IsoDate;
    readonly by: string;
    /** For an upheld objection: who took the place, or null when it was left empty. */
    readonly replacement: string | null;
  } | null;
}

export type HistoryEvent =
  | 'open'
  | 'enter-candidates'
  | 'open-voting'
  | 'record-assessment'
  | 'propose'
  | 'panel-decision'
  | 'amend'
  | 'publish-notice'
  | 'objection'
  | 'answer-objection'
  | 'finalize'
  | 'void';

export interface HistoryEntry {
  readonly event: HistoryEvent;
  /** null only for the opening entry. */
  readonly from: SelectionState | null;
  /** Equal to `from` for a panel act within a state. */
  readonly to: SelectionState;
  readonly at: IsoDate;
  readonly by: string;
  readonly why: string;
}

export interface SelectionFlow {
  readonly centerId: string;
  readonly honorId: string;
  readonly period: string;
  readonly state: SelectionState;
  readonly candidates: readonly Candidate[];
  /** The assessed ranking of the eligible, where replacements come from. */
  readonly ranked: readonly RankedCandidate[];
  readonly places: number;
  readonly proposed: readonly ProposedEntry[];
  /** A tie across the cut that waits for the panel. */
  readonly tie: Tie | null;
  /** Entries taken off the list (amended away or withdrawn on objection); never proposed again. */
  readonly removed: readonly string[];
  readonly notice: { readonly start: IsoDate; readonly end: IsoDate; readonly provisional: boolean } | null;
  readonly objections: readonly Objection[];
  readonly history: readonly HistoryEntry[];
}

export interface Refusal {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

export type Step = { readonly ok: true; readonly selection: SelectionFlow } | { readonly ok: false; readonly refusal: Refusal };

const refusal = (code: string, zh: string, en: string): Refusal => ({ code, zh, en });
const refuse = (code: string, zh: string, en: string): Step => ({ ok: false, refusal: refusal(code, zh, en) });
const refused = (r: Refusal): Step => ({ ok: false, refusal: r });

const wrongState = (sel: SelectionFlow, step: { zh: string; en: string }, expected: readonly SelectionState[]): Refusal =>
  refusal(
    'wrong-state',
    `评选处于「${sel.state}」状态，不能${step.zh}`,
    `the selection is ${sel.state}; ${step.en} needs it ${expected.join(' or ')}`,
  );
const reasonRequired = (what: string): Step =>
  refuse('reason-required', `${what}须写明理由（至少 ${MIN_REASON_LENGTH} 个字）`, `${what} needs a written reason of at least ${MIN_REASON_LENGTH} characters`);
const otherSelection = (sel: SelectionFlow): Step =>
  refuse('other-selection', `结果不属于本次评选（${sel.honorId} ${sel.period}）`, `the result is not for this selection (${sel.honorId} ${sel.period})`);
const TIE_UNRESOLVED = refusal(
  'tie-unresolved',
  '名额线上存在并列，须评审小组记录决定后才能继续',
  'a tie at a cut blocks the step until the panel records a decision',
);

function stepTo(sel: SelectionFlow, event: HistoryEvent, to: SelectionState, act: Act, changes: Partial<SelectionFlow> = {}): Step {
  // The history is the audit trail: a step dated before the last one would reorder it.
  const last = sel.history.at(-1);
  if (last && act.at < last.at) {
    return refuse('out-of-order', `日期 ${act.at} 早于上一步（${last.at}）`, `${act.at} is before the previous step (${last.at})`);
  }
  const entry: HistoryEntry = { event, from: sel.state, to, at: act.at, by: act.by, why: act.why };
  return { ok: true, selection: { ...sel, ...changes, state: to, history: [...sel.history, entry] } };
}

const hasReason = (text: string): boolean => text.trim().length >= MIN_REASON_LENGTH;

export function openSelection(key: { centerId: string; honorId: string; period: string }, act: Act): SelectionFlow {
  return {
    centerId: key.centerId,
    honorId: key.honorId,
    period: key.period,
    state: 'open',
    candidates: [],
    ranked: [],
    places: 0,
    proposed: [],
    tie: null,
    removed: [],
    notice: null,
    objections: [],
    history: [{ event: 'open', from: null, to: 'open', at: act.at, by: act.by, why: act.why }],
  };
}

/** The eligible of a ranked result who reach the honor's minimum score, in rank order. */
function rankedOf(result: RankedSelection): RankedCandidate[] {
  const entries: SelectionEntry[] = [...result.selected, ...(result.tie?.entries ?? []), ...result.notSelected];
  return entries.map((e) => ({
    subjectId: e.subjectId,
    rank: e.rank,
    score: format2(e.score),
    ...(e.items ? { items: Object.fromEntries(Object.entries(e.items).map(([item, points]) => [item, format2(points)])) } : {}),
  }));
}

/** open → candidates: the pool (candidatePool, or a ranking of the entrants) fixes who competes. */
export function enterCandidates(sel: SelectionFlow, pool: RankedSelection, act: Act): Step {
  if (sel.state !== 'open') return refused(wrongState(sel, { zh: '确定候选人', en: 'entering the candidates' }, ['open']));
  if (pool.honorId !== sel.honorId || pool.period !== sel.period) return otherSelection(sel);
  const candidates: Candidate[] = [
    ...rankedOf(pool).map((r) => ({ ...r, exclusions: [] })),
    ...pool.belowMinimumScore.map((e) => ({
      subjectId: e.subjectId,
      rank: null,
      score: format2(e.score),
      exclusions: [{ rule: 'below-minimum-score' as const, records: [], detail: { score: format2(e.score) } }],
    })),
    ...pool.ineligible.map((i) => ({ subjectId: i.subjectId, rank: null, score: null, exclusions: i.exclusions })),
  ];
  return stepTo(sel, 'enter-candidates', 'candidates', act, { candidates });
}

/** candidates → voting. */
export function openVoting(sel: SelectionFlow, act: Act): Step {
  if (sel.state !== 'candidates') return refused(wrongState(sel, { zh: '开始投票', en: 'opening the vote' }, ['candidates']));
  return stepTo(sel, 'open-voting', 'voting', act);
}

/** voting → assessed, with the ranked result of selectHonor; a tie at the cut is kept for the panel. */
export function recordAssessment(sel: SelectionFlow, result: RankedSelection, act: Act): Step {
  if (sel.state !== 'voting') return refused(wrongState(sel, { zh: '记录评定结果', en: 'recording the assessment' }, ['voting']));
  if (result.honorId !== sel.honorId || result.period !== sel.period || result.stage !== 'final') {
    return otherSelection(sel);
  }
  const known = new Set(sel.candidates.map((c) => c.subjectId));
  const ranked = rankedOf(result);
  const stranger = ranked.find((r) => !known.has(r.subjectId));
  if (stranger) {
    return refuse('not-a-candidate', `${stranger.subjectId} 不在候选人中`, `${stranger.subjectId} is not among the candidates`);
  }
  const byId = new Map(ranked.map((r) => [r.subjectId, r]));
  return stepTo(sel, 'record-assessment', 'assessed', act, {
    ranked,
    places: result.places,
    proposed: result.selected.map((e) => ({ ...byId.get(e.subjectId)!, via: 'ranking' as const })),
    tie: result.tie ? { places: result.tie.places, subjectIds: result.tie.entries.map((e) => e.subjectId) } : null,
  });
}

/** assessed → proposed: refused while a tie is unresolved. */
export function proposeList(sel: SelectionFlow, act: Act): Step {
  if (sel.state !== 'assessed') return refused(wrongState(sel, { zh: '提出拟表彰名单', en: 'proposing the list' }, ['assessed']));
  if (sel.tie) return refused(TIE_UNRESOLVED);
  return stepTo(sel, 'propose', 'proposed', act);
}

/**
 * The panel settles a tie: exactly `tie.places` of the tied candidates take the places, for
 * the written reason in `act.why`. A tie arises at assessment, or during the notice when the
 * next candidates for a withdrawn place are tied.
 */
export function recordPanelDecision(sel: SelectionFlow, chosen: readonly string[], act: Act): Step {
  if (sel.state !== 'assessed' && sel.state !== 'notice') return refused(wrongState(sel, { zh: '记录并列决定', en: 'recording a tie decision' }, ['assessed', 'notice']));
  const { tie } = sel;
  if (!tie) return refuse('no-tie', '没有待决定的并列', 'there is no tie to decide');
  if (!hasReason(act.why)) return reasonRequired('并列决定');
  const picked = [...new Set(chosen)];
  if (picked.length !== chosen.length || picked.length !== tie.places || picked.some((id) => !tie.subjectIds.includes(id))) {
    return refuse(
      'bad-tie-decision',
      `须从并列者（${tie.subjectIds.join('、')}）中选出 ${tie.places} 名`,
      `choose ${tie.places} of the tied candidates (${tie.subjectIds.join(', ')})`,
    );
  }
  const entries = sel.ranked
    .filter((r) => picked.includes(r.subjectId))
    .map((r) => ({ ...r, via: 'panel-decision' as const }));
  return stepTo(sel, 'panel-decision', sel.state, act, { proposed: [...sel.proposed, ...entries], tie: null });
}

export type Amendment =
  | { readonly kind: 'remove'; readonly subjectId: string }
  | { readonly kind: 'replace'; readonly subjectId: string; readonly with: string };

/** The panel amends the proposed list (seed 003: approves or amends), with the reason in `act.why`. */
export function amendProposal(sel: SelectionFlow, amendment: Amendment, act: Act): Step {
  if (sel.state !== 'proposed') return refused(wrongState(sel, { zh: '调整拟表彰名单', en: 'amending the proposed list' }, ['proposed']));
  if (!hasReason(act.why)) return reasonRequired('调整名单');
  if (!sel.proposed.some((p) => p.subjectId === amendment.subjectId)) {
    return refuse('not-proposed', `${amendment.subjectId} 不在拟表彰名单中`, `${amendment.subjectId} is not on the proposed list`);
  }
  const rest = sel.proposed.filter((p) => p.subjectId !== amendment.subjectId);
  const removed = [...sel.removed, amendment.subjectId];
  if (amendment.kind === 'remove') return stepTo(sel, 'amend', 'proposed', act, { proposed: rest, removed });

  const incoming = sel.ranked.find((r) => r.subjectId === amendment.with);
  if (!incoming || sel.removed.includes(incoming.subjectId) || rest.some((p) => p.subjectId === incoming.subjectId)) {
    return refuse(
      'not-eligible',
      `${amendment.with} 不是可提名的合格候选人`,
      `${amendment.with} is not an eligible candidate who could be proposed`,
    );
  }
  // The list stays in rank order so the notice reads as the ranking does.
  const proposed = [...rest, { ...incoming, via: 'amendment' as const }].sort((a, b) => a.rank - b.rank);
  return stepTo(sel, 'amend', 'proposed', act, { proposed, removed });
}

/** proposed → notice, published on `act.at`, for the rulebook's working days. */
export function publishNotice(sel: SelectionFlow, calendar: WorkingCalendar, rulebook: Rulebook, act: Act): Step {
  if (sel.state !== 'proposed') return refused(wrongState(sel, { zh: '发布公示', en: 'publishing the notice' }, ['proposed']));
  if (!rulebook.honors.some((h) => h.id === sel.honorId)) {
    return refuse('honor-not-in-rulebook', `评选规则 ${rulebook.id} 中没有 ${sel.honorId}`, `rulebook ${rulebook.id} has no honor ${sel.honorId}`);
  }
  const notice = calendar.noticePeriod(act.at, rulebook.notice.workingDays);
  return stepTo(sel, 'publish-notice', 'notice', act, { notice });
}

/** Anyone may object to an entry of the proposed list while the notice runs. */
export function recordObjection(
  sel: SelectionFlow,
  objection: { readonly id: string; readonly subjectId: string },
  act: Act,
): Step {
  if (sel.state !== 'notice' || !sel.notice) return refused(wrongState(sel, { zh: '受理异议', en: 'recording an objection' }, ['notice']));
  if (act.at > sel.notice.end) {
    return refuse('notice-ended', `公示已于 ${sel.notice.end} 结束`, `the notice ended on ${sel.notice.end}`);
  }
  if (sel.objections.some((o) => o.id === objection.id)) {
    return refuse('duplicate-objection', `异议 ${objection.id} 已登记`, `objection ${objection.id} is already recorded`);
  }
  if (!sel.proposed.some((p) => p.subjectId === objection.subjectId)) {
    return refuse('not-proposed', `${objection.subjectId} 不在公示名单中`, `${objection.subjectId} is not on the notice`);
  }
  const entry: Objection = { id: objection.id, subjectId: objection.subjectId, raisedOn: act.at, answer: null };
  return stepTo(sel, 'objection', 'notice', act, { objections: [...sel.objections, entry] });
}

export type OnWithdrawal = 'next-candidate' | 'leave-empty';

export interface ObjectionAnswer {
  readonly objectionId: string;
  readonly outcome: 'upheld' | 'rejected';
  /** What to do with a withdrawn place; the rulebook or honor decides (DOMAIN.md §6). */
  readonly onWithdrawal?: OnWithdrawal;
  /** Subjects found ineligible since the assessment (a veto verified during the notice). */
  readonly ineligible?: readonly string[];
}

/**
 * Answers an objection, with the reason in `act.why`. Upheld: the entry is withdrawn and the
 * next eligible candidate of the ranking is proposed, unless the place is to be left empty; when
 * the next candidates are tied for the place, the tie goes to the panel.
 */
export function answerObjection(sel: SelectionFlow, answer: ObjectionAnswer, act: Act): Step {
  if (sel.state !== 'notice') return refused(wrongState(sel, { zh: '答复异议', en: 'answering an objection' }, ['notice']));
  const objection = sel.objections.find((o) => o.id === answer.objectionId);
  if (!objection) return refuse('unknown-objection', `没有异议 ${answer.objectionId}`, `there is no objection ${answer.objectionId}`);
  if (objection.answer) return refuse('already-answered', `异议 ${objection.id} 已答复`, `objection ${objection.id} is already answered`);
  if (!hasReason(act.why)) return reasonRequired('答复异议');

  const answered = (replacement: string | null): Objection => ({
    ...objection,
    answer: { outcome: answer.outcome, reason: act.why, at: act.at, by: act.by, replacement },
  });
  const withAnswer = (o: Objection): readonly Objection[] => sel.objections.map((x) => (x.id === o.id ? o : x));
  const onList = sel.proposed.some((p) => p.subjectId === objection.subjectId);
  if (answer.outcome === 'rejected' || !onList) {
    // An entry already withdrawn on an earlier objection leaves nothing more to withdraw.
    return stepTo(sel, 'answer-objection', 'notice', act, { objections: withAnswer(answered(null)) });
  }

  const proposed = sel.proposed.filter((p) => p.subjectId !== objection.subjectId);
  const removed = [...sel.removed, objection.subjectId];
  if ((answer.onWithdrawal ?? 'next-candidate') === 'leave-empty') {
    return stepTo(sel, 'answer-objection', 'notice', act, { objections: withAnswer(answered(null)), proposed, removed });
  }
  // One tie at a time: the panel settles the pending one before another place is filled.
  if (sel.tie) return refused(TIE_UNRESOLVED);
  const out = new Set([...removed, ...(answer.ineligible ?? []), ...proposed.map((p) => p.subjectId)]);
  const next = sel.ranked.filter((r) => !out.has(r.subjectId));
  const first = next[0];
  const group = first ? next.filter((r) => r.rank === first.rank) : [];
  if (group.length === 1) {
    const replacement = { ...group[0]!, via: 'replacement' as const };
    return stepTo(sel, 'answer-objection', 'notice', act, {
      objections: withAnswer(answered(replacement.subjectId)),
      proposed: [...proposed, replacement].sort((a, b) => a.rank - b.rank),
      removed,
    });
  }
  // Nobody left (the place stays empty), or a tie for the place: the panel decides it.
  const tie = group.length > 1 ? { places: 1, subjectIds: group.map((r) => r.subjectId) } : null;
  return stepTo(sel, 'answer-objection', 'notice', act, { objections: withAnswer(answered(null)), proposed, removed, tie });
}

/** Why the list cannot become final on `today`, or null when it can. */
function finalBlock(sel: SelectionFlow, today: IsoDate): Refusal | null {
  if (sel.state !== 'notice' || !sel.notice) return wrongState(sel, { zh: '确定最终名单', en: 'finalizing' }, ['notice']);
  if (today <= sel.notice.end) {
    return refusal(
      'notice-running',
      `公示至 ${sel.notice.end} 结束，之后才能确定名单`,
      `the notice runs until the close of ${sel.notice.end}; the list can be final only after it`,
    );
  }
  const open = sel.objections.filter((o) => !o.answer).map((o) => o.id);
  if (open.length > 0) return refusal('objection-open', `异议 ${open.join('、')} 尚未答复`, `objection ${open.join(', ')} is not answered yet`);
  if (sel.tie) return TIE_UNRESOLVED;
  return null;
}

/** notice → final on `act.at`: after the notice's last day, with every objection answered. */
export function finalize(sel: SelectionFlow, act: Act): Step {
  const block = finalBlock(sel, act.at);
  return block ? refused(block) : stepTo(sel, 'finalize', 'final', act);
}

/** The cancellation of a period: from any state but final, with the reason in `act.why`. */
export function voidSelection(sel: SelectionFlow, act: Act): Step {
  if (sel.state === 'final' || sel.state === 'void') {
    return refused(wrongState(sel, { zh: '作废', en: 'voiding' }, SELECTION_STATES.filter((s) => s !== 'final' && s !== 'void')));
  }
  if (!hasReason(act.why)) return reasonRequired('作废评选');
  return stepTo(sel, 'void', 'void', act);
}

/**
 * The last day of each state before the notice, computed by the caller with the calendar (e.g.
 * nominations close on the 20th of the quarter's third month). The notice's end is the
 * selection's own.
 */
export type SelectionDeadlines = Readonly<Partial<Record<'open' | 'candidates' | 'voting' | 'assessed' | 'proposed', IsoDate>>>;

export interface Tick {
  readonly selection: SelectionFlow;
  /** Why it does not move further now; null once final or void. */
  readonly waiting: Refusal | null;
}

/** What the scheduler can do on `today`: a step to take, or why it waits. */
function scheduledStep(sel: SelectionFlow, today: IsoDate, deadlines: SelectionDeadlines): { run: (act: Act) => Step; why: string } | Refusal | null {
  switch (sel.state) {
    case 'final':
    case 'void':
      return null;
    case 'notice': {
      const block = finalBlock(sel, today);
      return block ?? { run: (act) => finalize(sel, act), why: `公示于 ${sel.notice!.end} 结束，无未答复异议 / the notice ended on ${sel.notice!.end} with no objection open` };
    }
    case 'open':
      return needs(sel, deadlines, 'needs-candidates', '须录入候选人名单', 'the candidate pool must be entered');
    case 'voting':
      return needs(sel, deadlines, 'needs-assessment', '须录入评定结果', 'the assessed ranking must be recorded');
    case 'proposed':
      return needs(sel, deadlines, 'needs-publication', '须由中心发布公示', 'the center must publish the notice');
    case 'candidates':
    case 'assessed': {
      const deadline = deadlines[sel.state];
      if (deadline === undefined || today <= deadline) {
        return refusal(
          'deadline-not-reached',
          deadline ? `「${sel.state}」阶段至 ${deadline} 结束` : `「${sel.state}」阶段未设期限`,
          deadline ? `the ${sel.state} step runs until the close of ${deadline}` : `the ${sel.state} step has no deadline`,
        );
      }
      const why = `期限 ${deadline} 已过 / the deadline ${deadline} passed`;
      if (sel.state === 'candidates') return { run: (act) => openVoting(sel, act), why };
      return sel.tie ? TIE_UNRESOLVED : { run: (act) => proposeList(sel, act), why };
    }
  }
}

/** A step that waits for someone's input, whatever the day; the deadline tells how late it is. */
function needs(sel: SelectionFlow, deadlines: SelectionDeadlines, code: string, zh: string, en: string): Refusal {
  const deadline = deadlines[sel.state as keyof SelectionDeadlines];
  return deadline ? refusal(code, `${zh}（期限 ${deadline}）`, `${en} (deadline ${deadline})`) : refusal(code, zh, en);
}

/**
 * The daily scheduler's step: takes every step whose deadline has passed and that needs no
 * one's input, and says why the selection waits. Running it again the same day changes nothing.
 */
export function tick(sel: SelectionFlow, today: IsoDate, deadlines: SelectionDeadlines): Tick {
  let current = sel;
  for (;;) {
    const next = scheduledStep(current, today, deadlines);
    if (next === null || !('run' in next)) return { selection: current, waiting: next };
    const step = next.run({ at: today, by: SCHEDULER, why: next.why });
    if (!step.ok) return { selection: current, waiting: step.refusal };
    current = step.selection;
  }
}

/**
 * Selections through the API (评选管理): supervisors, the panel and administrators read a
 * selection — candidates with the reasons any are excluded, the ranking, the proposed
 * list, the notice, objections and the whole history — and take their acts on it. The
 * state machine decides; a refused act answers 409 with its reason in both languages.
 */
import { dateOf } from '#core/records/common';
import { forReader } from '#core/api/privacy';
import { ACT_ROLES, type SelectionAct } from '#core/selection/acts';
import { selectionSchedule } from '#core/selection/schedule';
import {
  type Act,
  type Step,
  amendProposal,
  answerObjection,
  publishNotice,
  recordPanelDecision,
  voidSelection,
} from '#core/selection/state-machine';
import { appendAudit } from '#store/audit';
import { defaultStore } from '#store/client';
import { getRecord } from '#store/records';
import { type StoredSelection, getSelection, listSelections } from '#store/selections';
import { type Request, failure, httpHandler, json } from './http.ts';
import {
  SelectionConflict,
  type SelectionSettings,
  advanceSelection,
  commit,
  honorOf,
  openIfDue,
  rulebookOf,
  selectionSettings,
  takeObjections,
} from './jobs/selections.ts';

const store = defaultStore();

/** The honor's and the rulebook's names, for the console to show words, not ids. */
function names(settings: SelectionSettings, s: StoredSelection) {
  const book = settings.rulebooks.find((r) => r.hash === s.rulebook.hash);
  return {
    honorName: book?.honors.find((h) => h.id === s.flow.honorId)?.name ?? null,
    rulebookName: book?.name ?? null,
  };
}

const summary = (settings: SelectionSettings) => (s: StoredSelection) => ({
  ...names(settings, s),
  honorId: s.flow.honorId,
  period: s.flow.period,
  state: s.flow.state,
  notice: s.flow.notice,
  proposed: s.flow.proposed.length,
  places: s.flow.places,
  tie: s.flow.tie,
  openObjections: s.flow.objections.filter((o) => !o.answer).length,
  rulebook: s.rulebook,
});

/** The selection as stored, or a new one when its honor is in the center's rulebook and its period is due. */
async function loadOrOpen(settings: SelectionSettings, centerId: string, honorId: string, period: string, today: string): Promise<StoredSelection | undefined> {
  return (await getSelection(store, centerId, honorId, period)) ?? openIfDue(store, settings, centerId, honorId, period, today);
}

type PersonAct = Exclude<SelectionAct, { action: 'advance' }>;

function takeAct(act: PersonAct, selection: StoredSelection, settings: SelectionSettings, by: Act): Step {
  const { flow } = selection;
  const rulebook = rulebookOf(settings, selection);
  switch (act.action) {
    case 'decide-tie':
      return recordPanelDecision(flow, act.chosen, by);
    case 'amend':
      return amendProposal(flow, act.replaceWith ? { kind: 'replace', subjectId: act.remove, with: act.replaceWith } : { kind: 'remove', subjectId: act.remove }, by);
    case 'publish-notice':
      return publishNotice(flow, settings.calendar, rulebook, by);
    case 'answer-objection':
      return answerObjection(flow, { objectionId: act.objectionId, outcome: act.outcome, onWithdrawal: rulebook.notice.onWithdrawal }, by);
    case 'void':
      return voidSelection(flow, by);
  }
}

export const handler = httpHandler(
  'manage-selections',
  async ({ route, principal, centerId, params, body, now, event, requestId }: Request<SelectionAct>) => {
    if (route.operationId === 'listSelections') {
      const [selections, settings] = await Promise.all([listSelections(store, centerId), selectionSettings(store, centerId)]);
      return json(200, { selections: selections.map(summary(settings)) });
    }
    const { honor: honorId, period } = params as { honor: string; period: string };
    const today = dateOf(now);
    const settings = await selectionSettings(store, centerId);
    if (route.operationId === 'getSelection') {
      const stored = await getSelection(store, centerId, honorId, period);
      if (!stored) return failure({ code: 'noSuchSelection' });
      const honor = honorOf(rulebookOf(settings, stored), stored.flow.honorId);
      // Objections filed since the last step are shown (and can be answered) at once, as an act would take them first.
      const flow = stored.flow.state === 'notice' ? await takeObjections(store, stored.flow) : stored.flow;
      // The flow holds no objector's contact (that stays on the objection record): each objection's
      // text, and its contact only to supervisors and administrators (privacy.ts).
      const objectionTexts = Object.fromEntries(
        await Promise.all(
          flow.objections.map(async (o) => {
            const found = await getRecord(store, centerId, o.id);
            const body = found ? forReader(principal.role, 'objection', found.record.body) : {};
            return [o.id, { text: typeof body.text === 'string' ? body.text : null, ...(typeof body.contact === 'string' ? { contact: body.contact } : {}) }] as const;
          }),
        ),
      );
      return json(200, { ...flow, ...names(settings, stored), objectionTexts, rulebook: stored.rulebook, deadlines: selectionSchedule(honor, stored.flow.period, settings.calendar).deadlines });
    }

    const act = body;
    if (!ACT_ROLES[act.action].includes(principal.role)) return failure({ code: 'forbidden' });
    const selection = await loadOrOpen(settings, centerId, honorId, period, today);
    if (!selection) return failure({ code: 'noSuchSelection' });
    let advance;
    if (act.action === 'advance') {
      advance = await advanceSelection(store, settings, selection, today);
    } else {
      // Objections filed since the last step are taken first, so they can be answered.
      const flow = selection.flow.state === 'notice' ? await takeObjections(store, selection.flow) : selection.flow;
      const step = takeAct(act, { ...selection, flow }, settings, { at: today, by: principal.subject, why: 'reason' in act ? act.reason : act.action });
      if (!step.ok) return failure({ code: 'stepRefused', reason: step.refusal.code, detail: step.refusal });
      advance = { selection: { ...selection, flow: step.selection }, changed: true, waiting: null };
    }
    let published: string[];
    try {
      published = await commit(store, settings, advance, now);
    } catch (error) {
      if (error instanceof SelectionConflict) return failure({ code: 'changedMeanwhile' });
      throw error;
    }
    await appendAudit(store, centerId, {
      at: now.toISOString(),
      who: principal.subject,
      role: principal.role,
      credential: principal.credential,
      routeKey: event.routeKey,
      requestId,
      action: `selection:${act.action}`,
      touched: `selection:${honorId}/${period}`,
      detail: { ...act, state: advance.selection.flow.state, published },
    });
    return json(200, { selection: summary(settings)(advance.selection), waiting: advance.waiting, published });
  },
  { bodyOf: (route) => route.body },
);

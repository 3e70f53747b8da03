/**
 * A selection in the console: reads it with the tab's token, shows it with names for ids,
 * and offers the acts the signed-in role may take in its state, each a form whose reason is
 * required where the API requires one. After an act the page reads the selection again; a
 * refused act shows the API's reason in the page's language.
 */
import { ACT_ROLES } from '#core/selection/acts';
import { BEST_WINDOW_ITEM_NAMES, CONSOLE_WORDS, EVENT_NAMES, EXCLUSION_NAMES, STATE_NAMES, VIA_NAMES } from '../../components/console/words.ts';
import { pageLang, renderSessionLines } from '../session.ts';
import { api, auth, el, getJson, rosterNames, session, table } from './api.ts';

const lang = pageLang();
const w = CONSOLE_WORDS[lang];
const params = new URLSearchParams(location.search);
const honor = params.get('honor') ?? '';
const period = params.get('period') ?? '';
const path = `/selections/${encodeURIComponent(honor)}/${encodeURIComponent(period)}`;

interface Flow {
  readonly honorId: string;
  readonly period: string;
  readonly state: string;
  readonly places: number;
  readonly candidates: readonly { subjectId: string; rank: number | null; score: string | null; exclusions: readonly { rule: string; records: readonly string[] }[] }[];
  readonly ranked: readonly { subjectId: string; rank: number; score: string; items?: Readonly<Record<string, string>> }[];
  readonly proposed: readonly { subjectId: string; rank: number; score: string; via: string }[];
  readonly tie: { places: number; subjectIds: readonly string[] } | null;
  readonly notice: { start: string; end: string } | null;
  readonly objections: readonly { id: string; subjectId: string; raisedOn: string; answer: { outcome: string; reason: string } | null }[];
  readonly history: readonly { event: string; from: string | null; to: string; at: string; by: string; why: string }[];
  readonly rulebook: { id: string; version: string };
  readonly deadlines: Readonly<Record<string, string>>;
  readonly honorName: { zh: string; en: string } | null;
  readonly rulebookName: { zh: string; en: string } | null;
  /** Each objection's text; its contact only for supervisors and administrators. */
  readonly objectionTexts?: Readonly<Record<string, { text: string | null; contact?: string }>>;
}

const EXCLUSIONS = EXCLUSION_NAMES;

renderSessionLines(lang);
let names = new Map<string, { name: string; window?: string }>();
void (async () => {
  names = await rosterNames();
  await load();
})();

const nameOf = (id: string): string => {
  const n = names.get(id);
  return n ? `${n.name}${n.window ? `（${n.window}）` : ''}` : id;
};

async function load(): Promise<void> {
  const summary = document.querySelector<HTMLElement>('[data-selection-summary]')!;
  const answer = await getJson<Flow>(path);
  if (!answer.ok) {
    summary.replaceChildren(el('p', { className: 'notice notice--warning' }, w.loadFailed(answer.status)));
    return;
  }
  const flow = answer.body;
  summary.replaceChildren(
    el('p', {}, el('strong', {}, `${flow.honorName?.[lang] ?? flow.honorId} · ${flow.period}`), ` — ${STATE_NAMES[flow.state]?.[lang] ?? flow.state}`),
    el('p', {}, `${w.places}: ${flow.places} · ${w.rulebook}: ${flow.rulebookName?.[lang] ?? flow.rulebook.id} ${flow.rulebook.version}`),
    // Each state's step closes on its day: "已开启 → 2026-10-20".
    el('p', {}, `${w.deadlines}: ${Object.entries(flow.deadlines).map(([state, day]) => `${STATE_NAMES[state]?.[lang] ?? state} → ${day}`).join(' · ')}`),
  );
  for (const part of document.querySelectorAll<HTMLElement>('[data-part]')) part.hidden = false;
  renderCandidates(flow);
  renderProposed(flow);
  renderNotice(flow);
  renderHistory(flow);
  renderActs(flow);
}

function renderCandidates(flow: Flow): void {
  const ordered = [...flow.candidates].sort((a, b) =>
    a.rank !== null && b.rank !== null ? a.rank - b.rank : a.rank !== null ? -1 : b.rank !== null ? 1 : a.subjectId.localeCompare(b.subjectId),
  );
  const itemsOf = new Map(flow.ranked.map((r) => [r.subjectId, r.items]));
  document.querySelector('[data-candidates]')!.replaceChildren(
    table(
      [w.number, w.name, w.rank, w.score, w.eligibility, w.records],
      ordered.map((c, i) => [
        String(i + 1),
        nameOf(c.subjectId),
        c.rank === null ? '—' : String(c.rank),
        scoreCell(c.score, itemsOf.get(c.subjectId)),
        c.exclusions.length === 0 ? w.eligible : c.exclusions.map((e) => EXCLUSIONS[e.rule]?.[lang] ?? e.rule).join(lang === 'zh' ? '、' : ', '),
        recordsCell(c.exclusions.flatMap((e) => e.records)),
      ]),
    ),
  );
}

/** A score, and where the ranking has items (the best-window scheme) the points of each, folded away. */
function scoreCell(score: string | null, items: Readonly<Record<string, string>> | undefined): Node | string {
  if (score === null) return '—';
  if (!items) return score;
  const lines = Object.entries(items).map(([item, points]) => `${BEST_WINDOW_ITEM_NAMES[item]?.[lang] ?? item} ${points}`);
  return el('details', { className: 'score-items' }, el('summary', {}, score), el('p', {}, lines.join(lang === 'zh' ? '；' : '; ')));
}

/** The records behind an exclusion: a count, the ids folded away (days on duty cite every sign-in). */
function recordsCell(ids: readonly string[]): Node | string {
  if (ids.length === 0) return '';
  return el('details', {}, el('summary', {}, w.recordCount(ids.length)), el('p', { className: 'record-ids' }, ids.join(' ')));
}

function renderProposed(flow: Flow): void {
  document.querySelector('[data-tie]')!.replaceChildren(
    ...(flow.tie ? [el('p', { className: 'notice notice--warning' }, `${w.tie}: ${w.tieText(flow.tie.places, flow.tie.subjectIds.map(nameOf).join(lang === 'zh' ? '、' : ', '))}`)] : []),
  );
  document.querySelector('[data-proposed]')!.replaceChildren(
    table([w.rank, w.name, w.score, w.via], flow.proposed.map((p) => [String(p.rank), nameOf(p.subjectId), p.score, VIA_NAMES[p.via]?.[lang] ?? p.via])),
  );
}

/** Objectors' contacts are for supervisors and administrators (the API sends them to no one else). */
const mayReadContacts = session?.role === 'supervisor' || session?.role === 'admin';

function renderNotice(flow: Flow): void {
  document.querySelector('[data-notice]')!.replaceChildren(
    ...(flow.notice ? [el('p', {}, w.noticeDates(flow.notice.start, flow.notice.end))] : []),
    flow.objections.length === 0
      ? el('p', {}, w.noObjections)
      : table(
          [w.objection, w.entry, w.raisedOn, w.objectionText, ...(mayReadContacts ? [w.contact] : []), w.answer],
          flow.objections.map((o) => {
            const filed = flow.objectionTexts?.[o.id];
            return [
              o.id.slice(0, 8),
              nameOf(o.subjectId),
              o.raisedOn,
              filed?.text ?? '—',
              ...(mayReadContacts ? [filed?.contact ?? '—'] : []),
              o.answer ? `${o.answer.outcome === 'upheld' ? w.upheld : w.rejected}：${o.answer.reason}` : '—',
            ];
          }),
        ),
  );
}

function renderHistory(flow: Flow): void {
  document.querySelector('[data-history]')!.replaceChildren(
    table(
      [w.at, w.event, w.state, w.by, w.why],
      flow.history.map((h) => [h.at, EVENT_NAMES[h.event]?.[lang] ?? h.event, `${h.from ? `${STATE_NAMES[h.from]?.[lang] ?? h.from} → ` : ''}${STATE_NAMES[h.to]?.[lang] ?? h.to}`, h.by, h.why]),
    ),
  );
}

let fieldCount = 0;
function field(label: string, control: HTMLElement): HTMLElement {
  const id = `act-field-${++fieldCount}`;
  control.id = id;
  return el('div', { className: 'field' }, el('label', { htmlFor: id }, el('span', { className: 'label-text' }, label)), control);
}

function select(name: string, options: readonly [string, string][], required = true): HTMLSelectElement {
  return el('select', { name, required }, ...options.map(([value, text]) => el('option', { value }, text)));
}

const reasonField = () => field(w.reason, el('textarea', { name: 'reason', required: true, rows: 2 }));

/** One act: a form that posts the act and reads the selection again. */
function actForm(title: string, action: string, fields: readonly HTMLElement[], body: (data: FormData) => Record<string, unknown>): HTMLFormElement {
  const form = el(
    'form',
    { className: 'console-form act-form' },
    el('h3', {}, title),
    ...(fields.length ? [el('div', { className: 'form-grid' }, ...fields)] : []),
    el('div', { className: 'form-actions' }, el('button', { type: 'submit', className: 'button button--primary' }, w.submit)),
  );
  form.dataset.act = action;
  const key = crypto.randomUUID();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const button = form.querySelector('button')!;
    button.disabled = true;
    void fetch(api(`${path}/acts`), {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ action, ...body(new FormData(form)) }),
    }).then(async (response) => {
      const message = document.querySelector('[data-act-message]')!;
      if (response.ok) {
        message.replaceChildren(el('p', { className: 'notice' }, w.done));
        await load();
        return;
      }
      const error = ((await response.json()) as { error?: { message_zh?: string; message_en?: string; issues?: { message: string }[] } }).error;
      button.disabled = false;
      message.replaceChildren(
        el('p', { className: 'notice notice--warning' }, `${lang === 'zh' ? error?.message_zh : error?.message_en}`),
        ...(error?.issues ?? []).map((i) => el('p', {}, i.message)),
      );
    });
  });
  return form;
}

function renderActs(flow: Flow): void {
  const role = session?.role;
  const may = (action: keyof typeof ACT_ROLES) => role !== undefined && ACT_ROLES[action].includes(role);
  const forms: HTMLFormElement[] = [];
  const reason = (d: FormData) => String(d.get('reason') ?? '');
  if (may('decide-tie') && flow.tie) {
    const boxes = flow.tie.subjectIds.map((id) => {
      const box = el('input', { type: 'checkbox', name: 'chosen', value: id });
      return el('label', { className: 'field--checkbox' }, box, ` ${nameOf(id)}`);
    });
    forms.push(
      actForm(w.decideTie, 'decide-tie', [el('fieldset', { className: 'field-group' }, el('legend', {}, `${w.chosen} (${flow.tie.places})`), ...boxes), reasonField()], (d) => ({
        chosen: d.getAll('chosen').map(String),
        reason: reason(d),
      })),
    );
  }
  if (may('amend') && flow.state === 'proposed' && flow.proposed.length > 0) {
    const onList = new Set(flow.proposed.map((p) => p.subjectId));
    const bench = flow.ranked.filter((r) => !onList.has(r.subjectId));
    forms.push(
      actForm(
        w.amend,
        'amend',
        [
          field(w.remove, select('remove', flow.proposed.map((p) => [p.subjectId, nameOf(p.subjectId)]))),
          field(w.replaceWith, select('replaceWith', [['', w.none], ...bench.map((r): [string, string] => [r.subjectId, `${nameOf(r.subjectId)} · ${r.score}`])], false)),
          reasonField(),
        ],
        (d) => ({ remove: String(d.get('remove')), ...(d.get('replaceWith') ? { replaceWith: String(d.get('replaceWith')) } : {}), reason: reason(d) }),
      ),
    );
  }
  if (may('publish-notice') && flow.state === 'proposed') forms.push(actForm(w.publishNotice, 'publish-notice', [], () => ({})));
  const open = flow.objections.filter((o) => !o.answer);
  if (may('answer-objection') && flow.state === 'notice' && open.length > 0) {
    forms.push(
      actForm(
        w.answerObjection,
        'answer-objection',
        [
          field(w.objection, select('objectionId', open.map((o) => [o.id, `${nameOf(o.subjectId)} · ${o.raisedOn}`]))),
          field(w.outcome, select('outcome', [['rejected', w.rejected], ['upheld', w.upheld]])),
          reasonField(),
        ],
        (d) => ({ objectionId: String(d.get('objectionId')), outcome: String(d.get('outcome')), reason: reason(d) }),
      ),
    );
  }
  const live = flow.state !== 'final' && flow.state !== 'void';
  if (may('advance') && live) forms.push(actForm(w.advance, 'advance', [], () => ({})));
  if (may('void') && live) forms.push(actForm(w.voidSelection, 'void', [reasonField()], (d) => ({ reason: reason(d) })));
  const section = document.querySelector<HTMLElement>('[data-acts-section]')!;
  section.hidden = false;
  document.querySelector('[data-acts]')!.replaceChildren(...(forms.length ? forms : [el('p', {}, w.noAct)]));
}

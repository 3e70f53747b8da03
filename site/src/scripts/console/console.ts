/**
 * The console in the browser: shows the sections of the signed-in role and fills them from
 * the API with the tab's token. Imports are previewed first; the import button works only
 * for the file just previewed without problems, and sends that same file, so what was
 * shown is what is written.
 */
import { CONSOLE_WORDS, SECTIONS_BY_ROLE, STATE_NAMES } from '../../components/console/words.ts';
import { localePath } from '../../i18n.ts';
import { pageLang, renderSessionLines } from '../session.ts';
import { api, auth, el, getJson, session, table } from './api.ts';

const lang = pageLang();
const w = CONSOLE_WORDS[lang];

interface RowIssue {
  readonly row: number;
  readonly column: string;
  readonly zh: string;
  readonly en: string;
}

interface SelectionSummary {
  readonly honorId: string;
  readonly period: string;
  readonly state: string;
  readonly notice: { readonly end: string } | null;
  readonly tie: { readonly subjectIds: readonly string[] } | null;
  readonly openObjections: number;
}

renderSessionLines(lang);
if (!session) {
  document.querySelector<HTMLElement>('[data-console-signed-out]')!.hidden = false;
} else {
  for (const name of SECTIONS_BY_ROLE[session.role] ?? []) {
    const section = document.querySelector<HTMLElement>(`[data-section="${name}"]`);
    if (section) section.hidden = false;
  }
  const shown = new Set(SECTIONS_BY_ROLE[session.role] ?? []);
  if (shown.has('todo')) void loadTodo();
  if (shown.has('imports')) setUpImports();
  if (shown.has('exports')) setUpExports();
  if (shown.has('roster')) void loadRoster();
}

/** Downloads an authorized file: the token goes in a header, so a plain link would not do. */
async function download(path: string, status: HTMLElement): Promise<void> {
  const response = await fetch(api(path), { headers: auth() });
  if (!response.ok) {
    const error = (await response.json().catch(() => ({}))) as { error?: { message_zh?: string; message_en?: string } };
    status.textContent = `${w.downloadFailed}：${(lang === 'zh' ? error.error?.message_zh : error.error?.message_en) ?? response.status}`;
    return;
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export.xlsx';
  const url = URL.createObjectURL(await response.blob());
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  status.textContent = name;
}

/** What a selection waits for, for this role; null when nothing. */
function waitingFor(s: SelectionSummary, role: string): string | null {
  if (s.tie) return w.todoTie(s.tie.subjectIds.length);
  if (s.state === 'proposed' && role !== 'panel') return w.todoPropose;
  if (s.state === 'notice' && s.openObjections > 0 && role !== 'panel') return w.todoObjections(s.openObjections);
  if (s.state === 'notice' && s.notice) return w.todoNotice(s.notice.end);
  return null;
}

async function loadTodo(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-todo]')!;
  const answer = await getJson<{ selections: SelectionSummary[] }>('/selections');
  if (!answer.ok) {
    box.replaceChildren(el('p', {}, w.loadFailed(answer.status)));
    return;
  }
  const status = el('p', {});
  const items = answer.body.selections.map((s) => {
    const waiting = waitingFor(s, session!.role);
    const sheet = el('button', { type: 'button', className: 'link-button' }, w.candidateSheet);
    sheet.addEventListener('click', () => void download(`/exports/candidates.xlsx?honor=${encodeURIComponent(s.honorId)}&period=${encodeURIComponent(s.period)}`, status));
    return {
      waiting,
      li: el(
        'li',
        {},
        el('span', { className: 'todo-list__what' }, el('strong', {}, `${s.honorId} · ${s.period}`), waiting ?? STATE_NAMES[s.state]?.[lang] ?? s.state),
        el('a', { href: `${localePath(lang, '/console/selection/')}?honor=${encodeURIComponent(s.honorId)}&period=${encodeURIComponent(s.period)}` }, w.open),
        sheet,
      ),
    };
  });
  // What waits first; then the rest, for the record.
  items.sort((a, b) => Number(b.waiting !== null) - Number(a.waiting !== null));
  const waitingCount = items.filter((i) => i.waiting !== null).length;
  box.replaceChildren(
    ...(waitingCount === 0 ? [el('p', {}, w.todoNone)] : []),
    el('ul', { className: 'todo-list' }, ...items.map((i) => i.li)),
    status,
  );
}

function setUpImports(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-import]')!;
  const importButton = form.querySelector<HTMLButtonElement>('[data-do-import]')!;
  const result = document.querySelector<HTMLElement>('[data-import-result]')!;
  const kind = form.querySelector<HTMLSelectElement>('#import-kind')!;
  const input = form.querySelector<HTMLInputElement>('#import-file')!;
  let previewed: { file: File; kind: string } | undefined;
  const forget = () => {
    previewed = undefined;
    importButton.disabled = true;
  };
  kind.addEventListener('change', forget);
  input.addEventListener('change', forget);

  const send = async (mode: 'preview' | 'import', file: File, sheetKind: string) => {
    const response = await fetch(api(`/imports/${sheetKind}?mode=${mode}`), {
      method: 'POST',
      headers: { ...auth(), 'content-type': file.type || 'application/octet-stream' },
      body: await file.arrayBuffer(),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) return void input.reportValidity();
    forget();
    result.replaceChildren(el('p', {}, w.loading));
    void send('preview', file, kind.value).then(({ status, body }) => {
      if (status !== 200) return void result.replaceChildren(el('p', { className: 'import-summary--issues' }, errorText(body)));
      const issues = body.issues as RowIssue[];
      if (issues.length === 0) {
        previewed = { file, kind: kind.value };
        importButton.disabled = false;
      }
      result.replaceChildren(
        el('p', { className: issues.length ? 'import-summary--issues' : 'import-summary--ok' }, issues.length ? w.previewIssues(body.rows, issues.length) : w.previewOk(body.rows)),
        ...(issues.length ? [el('div', { className: 'table-scroll' }, issueTable(issues))] : []),
      );
    });
  });

  importButton.addEventListener('click', () => {
    if (!previewed) return;
    const { file, kind: sheetKind } = previewed;
    importButton.disabled = true;
    void send('import', file, sheetKind).then(({ status, body }) => {
      if (status !== 200) {
        const issues = (body.error?.issues ?? []) as { path: string; message: string }[];
        result.replaceChildren(el('p', { className: 'import-summary--issues' }, errorText(body)), ...issues.map((i) => el('p', {}, `${i.path}: ${i.message}`)));
        return;
      }
      previewed = undefined;
      result.replaceChildren(el('p', { className: 'import-summary--ok' }, w.imported(body.written, body.alreadyImported)));
    });
  });
}

function issueTable(issues: readonly RowIssue[]): HTMLTableElement {
  return table(
    [w.row, w.column, w.problem],
    issues.map((i) => [String(i.row), i.column, lang === 'zh' ? i.zh : i.en]),
  );
}

function errorText(body: Record<string, any>): string {
  return (lang === 'zh' ? body.error?.message_zh : body.error?.message_en) ?? String(body.error?.code ?? '');
}

function setUpExports(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-export-scores]')!;
  const month = form.querySelector<HTMLInputElement>('#export-month')!;
  const status = document.querySelector<HTMLElement>('[data-export-status]')!;
  // Last month: the month most often wanted once it is closed.
  const now = new Date();
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  if (!month.value) month.value = last.toISOString().slice(0, 7);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void download(`/exports/window-scores.xlsx?period=${encodeURIComponent(month.value)}`, status);
  });
}

interface RosterOfficer {
  readonly officerId: string;
  readonly name: string;
  readonly windowId: string;
  readonly windowName: string;
  readonly role: 'head' | 'staff';
  readonly startDate: string;
}

async function loadRoster(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-roster]')!;
  const select = document.querySelector<HTMLSelectElement>('[data-roster-window]')!;
  const [windows, officers] = await Promise.all([
    getJson<{ windows: { windowId: string; name: string }[] }>('/windows'),
    getJson<{ officers: RosterOfficer[] }>('/officers'),
  ]);
  if (!windows.ok || !officers.ok) {
    box.replaceChildren(el('p', {}, w.loadFailed(!windows.ok ? windows.status : (officers as { status: number }).status)));
    return;
  }
  select.append(...windows.body.windows.map((win) => el('option', { value: win.windowId }, `${win.name}（${win.windowId}）`)));
  // One window at a time reads on a phone; the center's whole roster is a choice away.
  select.value = session?.windowId ?? windows.body.windows[0]?.windowId ?? '';
  const render = () => {
    const shown = officers.body.officers.filter((o) => !select.value || o.windowId === select.value);
    box.replaceChildren(
      table(
        [w.name, w.officerId, w.rosterWindow, w.role, w.startDate],
        shown.map((o) => [o.name, o.officerId, o.windowName, o.role === 'head' ? w.head : w.staff, o.startDate]),
      ),
    );
  };
  select.addEventListener('change', render);
  render();
}

/**
 * The console in the browser: shows the sections of the signed-in role and fills them from
 * the API with the tab's token. Imports are previewed first; the import button works only
 * for the file just previewed without problems, and sends that same file, so what was
 * shown is what is written.
 */
import { CONSOLE_WORDS, SECTIONS_BY_ROLE, STATE_NAMES } from '../../components/console/words.ts';
import { LEAVE_KINDS, LEAVE_KIND_NAMES } from '#core/rules/attendance';
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
  readonly honorName: { readonly zh: string; readonly en: string } | null;
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
  if (shown.has('day')) void setUpDay();
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

interface TodoItem {
  readonly kind: string;
  readonly text: { readonly zh: string; readonly en: string };
  readonly href: string;
  readonly due?: string;
  readonly selection?: { readonly honorId: string; readonly period: string };
}

/** The candidate sheet of a selection, downloaded with the tab's token. */
function sheetButton(s: { honorId: string; period: string }, status: HTMLElement): HTMLButtonElement {
  const sheet = el('button', { type: 'button', className: 'link-button' }, w.candidateSheet);
  sheet.addEventListener('click', () => void download(`/exports/candidates.xlsx?honor=${encodeURIComponent(s.honorId)}&period=${encodeURIComponent(s.period)}`, status));
  return sheet;
}

/** What waits for this role (one read route decides, core/todo.ts), then every selection with its state. */
async function loadTodo(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-todo]')!;
  const readsSelections = ['supervisor', 'panel', 'admin'].includes(session!.role);
  const [todo, selections] = await Promise.all([
    getJson<{ items: TodoItem[] }>('/todo'),
    readsSelections ? getJson<{ selections: SelectionSummary[] }>('/selections') : Promise.resolve(undefined),
  ]);
  if (!todo.ok) {
    box.replaceChildren(el('p', {}, w.loadFailed(todo.status)));
    return;
  }
  const status = el('p', {});
  const items = todo.body.items.map((item) =>
    el(
      'li',
      { className: `todo-item todo-item--${item.kind}` },
      el('span', { className: 'todo-list__what' }, item.text[lang], ...(item.due ? [el('br'), `${w.due}：${item.due}`] : [])),
      el('a', { href: localePath(lang, item.href) }, w.open),
      ...(item.selection && readsSelections ? [sheetButton(item.selection, status)] : []),
    ),
  );
  const all =
    selections?.ok && selections.body.selections.length > 0
      ? [
          el('h3', {}, w.allSelections),
          el(
            'ul',
            { className: 'todo-list todo-list--selections' },
            ...selections.body.selections.map((s) =>
              el(
                'li',
                {},
                el('span', { className: 'todo-list__what' }, el('strong', {}, `${s.honorName?.[lang] ?? s.honorId} · ${s.period}`), STATE_NAMES[s.state]?.[lang] ?? s.state),
                el('a', { href: `${localePath(lang, '/console/selection/')}?honor=${encodeURIComponent(s.honorId)}&period=${encodeURIComponent(s.period)}` }, w.open),
                sheetButton(s, status),
              ),
            ),
          ),
        ]
      : [];
  box.replaceChildren(items.length ? el('ul', { className: 'todo-list todo-list--waiting' }, ...items) : el('p', {}, w.todoNone), ...all, status);
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
  // An administrator imports the roster; clerks and heads their window's sheets.
  const roster = session!.role === 'admin';
  for (const option of [...kind.options]) option.hidden = option.disabled = roster !== (option.value === 'roster');
  kind.value = roster ? 'roster' : 'attendance';
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

  const officers = document.querySelector<HTMLFormElement>('form[data-export-officers]')!;
  const period = officers.querySelector<HTMLInputElement>('#export-officer-period')!;
  if (!period.value) period.value = last.toISOString().slice(0, 7);
  officers.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!officers.reportValidity()) return;
    void download(`/exports/officer-scores.xlsx?period=${encodeURIComponent(period.value.trim())}`, status);
  });

  const yearly = document.querySelector<HTMLFormElement>('form[data-export-yearly]')!;
  const year = yearly.querySelector<HTMLInputElement>('#export-year')!;
  if (!year.value) year.value = String(last.getUTCFullYear());
  yearly.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!yearly.reportValidity()) return;
    void download(`/exports/yearly-assessment.xlsx?period=${encodeURIComponent(year.value)}`, status);
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
  const seesStanding = session?.role === 'supervisor' || session?.role === 'admin';
  const render = () => {
    const shown = officers.body.officers.filter((o) => !select.value || o.windowId === select.value);
    box.replaceChildren(
      table(
        [w.name, w.officerId, w.rosterWindow, w.role, w.startDate],
        // Supervisors and administrators open what each officer sees of their own standing.
        shown.map((o) => [
          seesStanding ? el('a', { href: `${localePath(lang, '/console/me/')}?officer=${encodeURIComponent(o.officerId)}` }, o.name) : o.name,
          o.officerId,
          o.windowName,
          o.role === 'head' ? w.head : w.staff,
          o.startDate,
        ]),
      ),
    );
  };
  select.addEventListener('change', render);
  render();
  if (session?.role === 'admin') setUpRosterEditing(windows.body.windows, officers.body.officers);
}

/** A PUT of one roster setting with the tab's token; the API's refusal, in the page's language. */
async function putSetting(path: string, body: Record<string, unknown>): Promise<string | null> {
  const response = await fetch(api(path), { method: 'PUT', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.ok) return null;
  return errorText((await response.json().catch(() => ({}))) as Record<string, any>);
}

/**
 * Administrators edit the roster here: an officer (new, or moved to another window — the
 * API keeps the posting history — or made head) and a window's names. Each form is the
 * `PUT` the API takes, filled from the roster as it is.
 */
function setUpRosterEditing(windows: readonly { windowId: string; name: string; department?: string; departmentEn?: string }[], officers: readonly RosterOfficer[]): void {
  const box = document.querySelector<HTMLElement>('[data-roster-edit]')!;
  box.hidden = false;
  const message = el('p', { role: 'status' });
  const windowOptions = () => windows.map((win) => el('option', { value: win.windowId }, `${win.name}（${win.windowId}）`));
  const labelled = (text: string, control: HTMLElement, id: string) => {
    control.id = id;
    return el('div', { className: 'field' }, el('label', { htmlFor: id }, el('span', { className: 'label-text' }, text)), control);
  };

  const who = el('select', { name: 'officer' }, el('option', { value: '' }, w.newOfficer), ...officers.map((o) => el('option', { value: o.officerId }, `${o.name}（${o.officerId}）`)));
  const officerId = el('input', { name: 'officerId', required: true, pattern: '[a-z0-9][a-z0-9-]{0,39}' });
  const name = el('input', { name: 'name', required: true });
  const windowId = el('select', { name: 'windowId', required: true }, ...windowOptions());
  const role = el('select', { name: 'role' }, el('option', { value: 'staff' }, w.staff), el('option', { value: 'head' }, w.head));
  const startDate = el('input', { name: 'startDate', type: 'date', required: true });
  const fill = () => {
    const o = officers.find((x) => x.officerId === who.value);
    officerId.value = o?.officerId ?? '';
    officerId.readOnly = o !== undefined;
    name.value = o?.name ?? '';
    windowId.value = o?.windowId ?? windows[0]?.windowId ?? '';
    role.value = o?.role ?? 'staff';
    startDate.value = o?.startDate ?? '';
  };
  who.addEventListener('change', fill);
  fill();
  const officerForm = el(
    'form',
    { className: 'console-form' },
    el('h3', {}, w.editOfficer),
    el(
      'div',
      { className: 'form-grid' },
      labelled(w.pickOfficer, who, 'edit-officer-pick'),
      labelled(w.officerId, officerId, 'edit-officer-id'),
      labelled(w.name, name, 'edit-officer-name'),
      labelled(w.rosterWindow, windowId, 'edit-officer-window'),
      labelled(w.role, role, 'edit-officer-role'),
      labelled(w.startDate, startDate, 'edit-officer-start'),
    ),
    el('div', { className: 'form-actions' }, el('button', { type: 'submit', className: 'button button--primary' }, w.save)),
  );
  officerForm.dataset.editOfficer = '';
  officerForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!officerForm.reportValidity()) return;
    void putSetting(`/officers/${encodeURIComponent(officerId.value)}`, { name: name.value.trim(), windowId: windowId.value, role: role.value, startDate: startDate.value }).then((problem) => {
      message.textContent = problem ?? w.saved;
    });
  });

  const which = el('select', { name: 'window' }, ...windowOptions());
  const windowName = el('input', { name: 'name', required: true });
  const department = el('input', { name: 'department', required: true });
  const departmentEn = el('input', { name: 'departmentEn', required: true });
  const fillWindow = () => {
    const win = windows.find((x) => x.windowId === which.value);
    windowName.value = win?.name ?? '';
    department.value = win?.department ?? '';
    departmentEn.value = win?.departmentEn ?? '';
  };
  which.addEventListener('change', fillWindow);
  fillWindow();
  const windowForm = el(
    'form',
    { className: 'console-form' },
    el('h3', {}, w.editWindow),
    el(
      'div',
      { className: 'form-grid' },
      labelled(w.rosterWindow, which, 'edit-window-pick'),
      labelled(w.windowName, windowName, 'edit-window-name'),
      labelled(w.department, department, 'edit-window-department'),
      labelled(w.departmentEn, departmentEn, 'edit-window-department-en'),
    ),
    el('div', { className: 'form-actions' }, el('button', { type: 'submit', className: 'button button--primary' }, w.save)),
  );
  windowForm.dataset.editWindow = '';
  windowForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!windowForm.reportValidity()) return;
    void putSetting(`/windows/${encodeURIComponent(which.value)}`, { name: windowName.value.trim(), department: department.value.trim(), departmentEn: departmentEn.value.trim() }).then((problem) => {
      message.textContent = problem ?? w.saved;
    });
  });
  box.replaceChildren(officerForm, windowForm, message);
}

/**
 * A window's day on one screen: each filled line becomes a row of an attendance sheet sent
 * to the import route, so the day gets the import's checks, all-or-nothing and idempotency.
 */
async function setUpDay(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-day]')!;
  const date = form.querySelector<HTMLInputElement>('#day-date')!;
  const rowsBox = form.querySelector<HTMLElement>('[data-day-rows]')!;
  const result = document.querySelector<HTMLElement>('[data-day-result]')!;
  // Today in Beijing, the center's calendar.
  date.value = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const answer = await getJson<{ officers: RosterOfficer[] }>(`/officers?window=${encodeURIComponent(session?.windowId ?? '')}`);
  if (!answer.ok) return void rowsBox.replaceChildren(el('p', {}, w.loadFailed(answer.status)));
  const officers = answer.body.officers;
  const leaveOptions: [string, string][] = [['', w.noLeave], ...LEAVE_KINDS.map((k): [string, string] => [LEAVE_KIND_NAMES[k].zh, LEAVE_KIND_NAMES[k][lang]]), ['旷工', w.absent]];
  const lines = officers.map((o) => {
    const signIn = el('input', { type: 'time', name: `signIn-${o.officerId}` });
    const signOut = el('input', { type: 'time', name: `signOut-${o.officerId}` });
    const leave = el('select', { name: `leave-${o.officerId}` }, ...leaveOptions.map(([value, text]) => el('option', { value }, text)));
    signIn.setAttribute('aria-label', `${o.name} ${w.signIn}`);
    signOut.setAttribute('aria-label', `${o.name} ${w.signOut}`);
    leave.setAttribute('aria-label', `${o.name} ${w.leave}`);
    return { officer: o, signIn, signOut, leave };
  });
  const status = lines.map(() => el('span', {}));
  rowsBox.replaceChildren(table([w.name, w.signIn, w.signOut, w.leave, w.state], lines.map((l, i) => [l.officer.name, l.signIn, l.signOut, l.leave, status[i]!])));

  // Lines already on file for the day are shown as recorded and locked: a change to them
  // is a correction of that record (the window's month page links it), not a second record.
  const showRecorded = async () => {
    for (const [i, l] of lines.entries()) {
      for (const control of [l.signIn, l.signOut, l.leave]) control.disabled = false;
      status[i]!.textContent = '';
    }
    if (!date.value) return;
    const month = date.value.slice(0, 7);
    const answer = await getJson<{ records: { body: Record<string, string>; supersededBy?: string }[] }>(
      `/windows/${encodeURIComponent(session?.windowId ?? '')}/records?month=${month}&type=attendance`,
    );
    if (!answer.ok) return;
    for (const record of answer.body.records) {
      if (record.supersededBy || record.body.date !== date.value) continue;
      const i = lines.findIndex((l) => l.officer.officerId === record.body.officerId);
      if (i < 0) continue;
      const l = lines[i]!;
      l.signIn.value = record.body.signIn ?? '';
      l.signOut.value = record.body.signOut ?? '';
      l.leave.value = record.body.entry === 'absent' ? '旷工' : record.body.entry === 'leave' ? (LEAVE_KIND_NAMES[record.body.kind as (typeof LEAVE_KINDS)[number]]?.zh ?? '') : '';
      for (const control of [l.signIn, l.signOut, l.leave]) control.disabled = true;
      status[i]!.textContent = w.recorded;
    }
  };
  date.addEventListener('change', () => void showRecorded());
  await showRecorded();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const filled = lines.filter((l) => !l.leave.disabled && (l.signIn.value || l.leave.value));
    if (filled.length === 0) return void result.replaceChildren(el('p', { className: 'import-summary--issues' }, w.dayNothing));
    const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const csv = ['工号,日期,签到,签退,请假', ...filled.map((l) => [l.officer.officerId, date.value, l.signIn.value, l.signOut.value, l.leave.value].map(quote).join(','))].join('\n') + '\n';
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    button.disabled = true;
    const post = (mode: string) =>
      fetch(api(`/imports/attendance?mode=${mode}`), { method: 'POST', headers: { ...auth(), 'content-type': 'text/csv; charset=utf-8' }, body: csv }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as Record<string, any> }),
      );
    void (async () => {
      try {
        const preview = await post('preview');
        if (preview.status !== 200) return void result.replaceChildren(el('p', { className: 'import-summary--issues' }, errorText(preview.body)));
        const issues = preview.body.issues as RowIssue[];
        if (issues.length > 0) {
          // Row n of the sheet is the (n − 1)th filled line: name the officer, not the row.
          const named = issues.map((i) => [filled[i.row - 2]?.officer.name ?? String(i.row), i.column, lang === 'zh' ? i.zh : i.en]);
          return void result.replaceChildren(el('p', { className: 'import-summary--issues' }, w.previewIssues(filled.length, issues.length)), table([w.name, w.column, w.problem], named));
        }
        const done = await post('import');
        if (done.status !== 200) return void result.replaceChildren(el('p', { className: 'import-summary--issues' }, errorText(done.body)));
        result.replaceChildren(el('p', { className: 'import-summary--ok' }, w.imported(done.body.written, done.body.alreadyImported)));
        await showRecorded();
      } finally {
        button.disabled = false;
      }
    })();
  });
}

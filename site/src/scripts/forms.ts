/**
 * The intake forms in the browser. The page is built complete; this script switches union
 * variants, adds and removes rows, and submits: the form's values as the JSON body, with
 * the tab's token and one Idempotency-Key per fill. The key is kept until the API confirms,
 * so a double click, a retry after a dropped connection or a resubmission after an error
 * never records twice; only a confirmed record starts a new fill with a new key.
 */
import { UI, localePath } from '../i18n.ts';
import {
  type FormEntry,
  fieldIds,
  formBody,
  nearestPath,
  validationMessage,
} from '../util/forms.ts';
import { currentSession, describeSession, pageLang, renderSessionLines } from './session.ts';
import { attachPickers } from './console/pickers.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface Problem {
  readonly path: string;
  readonly message: string;
}

interface ApiError {
  readonly code?: string;
  readonly message_zh?: string;
  readonly message_en?: string;
  readonly issues?: readonly { readonly path: string; readonly message_zh?: string; readonly message_en?: string }[];
}

const lang = pageLang();
const words = UI[lang];

renderSessionLines(lang);
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-intake]')) enhance(form);
void attachPickers();

function enhance(form: HTMLFormElement): void {
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
  const status = form.querySelector<HTMLElement>('[data-form-status]')!;
  let key = crypto.randomUUID();
  let inFlight = false;

  // The page's own messages, in the page's language, instead of the browser's bubbles.
  form.noValidate = true;
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-discriminator]')) {
    select.addEventListener('change', () => showVariant(form, select));
    // A reload may have restored another choice than the one the page was built with.
    showVariant(form, select);
  }
  for (const list of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-kind="array"]')) setUpList(form, list);
  prefillWindow(form);
  prefillFields(form);
  submit.disabled = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!inFlight) void send();
  });

  async function send(): Promise<void> {
    clearProblems(form, summary);
    status.replaceChildren();
    const problems = browserProblems(form);
    if (problems.length > 0) return showProblems(form, summary, problems);

    inFlight = true;
    submit.disabled = true;
    submit.textContent = words.submitting;
    form.setAttribute('aria-busy', 'true');
    try {
      const session = form.dataset.public === undefined ? currentSession() : undefined;
      const response = await fetch(form.dataset.endpoint!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': key,
          ...(session ? { authorization: `Bearer ${session.token}` } : {}),
        },
        body: JSON.stringify(formBody(entriesOf(form))),
      });
      const answer: unknown = await response.json().catch(() => undefined);
      if (response.status === 201) {
        confirmRecord(answer as { id: string; month: string });
        key = crypto.randomUUID();
      } else {
        refuse(response.status, (answer as { error?: ApiError } | undefined)?.error);
      }
    } catch {
      // Nothing is known to have arrived: the entries and the key stay for a safe retry.
      showMessage(summary, [words.network]);
    } finally {
      inFlight = false;
      submit.disabled = false;
      submit.textContent = words.submit;
      form.removeAttribute('aria-busy');
    }
  }

  function confirmRecord(record: { id: string; month: string }): void {
    resetForm(form);
    const id = document.createElement('code');
    id.textContent = record.id;
    status.replaceChildren(
      element(
        'div',
        'success-box',
        element('p', 'success-box__title', words.success),
        element('p', '', words.recordId, id, words.successMonth(record.month)),
        element('p', '', words.successNext),
      ),
    );
    status.focus();
  }

  function refuse(httpStatus: number, error: ApiError | undefined): void {
    if (httpStatus === 400 && error?.issues && error.issues.length > 0) {
      return showProblems(
        form,
        summary,
        error.issues.map((issue) => ({ path: issue.path, message: (lang === 'zh' ? issue.message_zh : issue.message_en) ?? issue.path })),
      );
    }
    if (httpStatus === 401) {
      const signIn = document.createElement('a');
      signIn.href = `${localePath(lang, '/sign-in/')}?return=${encodeURIComponent(location.pathname)}`;
      signIn.textContent = words.unauthorizedLink;
      return showMessage(summary, [words.unauthorized, ' ', signIn]);
    }
    if (httpStatus === 403) {
      const session = currentSession();
      return showMessage(summary, [words.forbidden, ...(session ? [` ${describeSession(session, lang)}`] : [])]);
    }
    if (error?.code === 'idempotencyConflict') return showMessage(summary, [words.idempotencyConflict]);
    const message = lang === 'zh' ? error?.message_zh : error?.message_en;
    showMessage(summary, [httpStatus < 500 && message ? message : words.server(httpStatus)]);
  }
}

/** Shows the chosen variant's fields and enables them; the others are hidden and disabled. */
function showVariant(form: HTMLFormElement, select: HTMLSelectElement): void {
  for (const variant of form.querySelectorAll<HTMLFieldSetElement>(`fieldset[data-variant-of="${select.dataset.path}"]`)) {
    const chosen = variant.dataset.variantValue === select.value;
    variant.hidden = !chosen;
    variant.disabled = !chosen;
  }
}

/** A list of rows: add and remove buttons, kept within the list's minimum and maximum. */
function setUpList(form: HTMLFormElement, list: HTMLFieldSetElement): void {
  const add = list.querySelector<HTMLButtonElement>(':scope > [data-add-row]')!;
  const template = list.querySelector<HTMLTemplateElement>(':scope > template[data-row-template]')!;
  const rows = list.querySelector<HTMLElement>(':scope > .repeat-rows')!;
  add.hidden = false;
  add.addEventListener('click', () => {
    const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    rows.append(row);
    renumber(form, list);
    row.querySelector<Control>('input, select, textarea')?.focus();
  });
  rows.addEventListener('click', (event) => {
    const remove = (event.target as Element).closest<HTMLButtonElement>('[data-remove-row]');
    if (!remove || remove.closest('fieldset[data-kind="array"]') !== list) return;
    remove.closest('.repeat-row')!.remove();
    renumber(form, list);
    add.focus();
  });
  renumber(form, list);
}

function rowsOf(list: HTMLFieldSetElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(':scope > .repeat-rows > .repeat-row')];
}

/** Gives each row its index: in its number, its paths and its ids. */
function renumber(form: HTMLFormElement, list: HTMLFieldSetElement): void {
  const rows = rowsOf(list);
  rows.forEach((row, index) => {
    for (const number of row.querySelectorAll('[data-row-number]')) {
      if (number.closest('.repeat-row') === row) number.textContent = String(index + 1);
    }
    const from = row.dataset.path!;
    const to = `${list.dataset.path}.${index}`;
    if (from === to) return;
    for (const element of [row, ...row.querySelectorAll<HTMLElement>('[data-path]')]) {
      repath(form, element, to + element.dataset.path!.slice(from.length));
    }
  });
  const min = Number(list.dataset.min ?? 0);
  const max = list.dataset.max === undefined ? Infinity : Number(list.dataset.max);
  list.querySelector<HTMLButtonElement>(':scope > [data-add-row]')!.disabled = rows.length >= max;
  list.querySelector<HTMLElement>(':scope > [data-repeat-empty]')!.hidden = rows.length > 0;
  for (const row of rows) {
    const remove = row.querySelector<HTMLButtonElement>(':scope > [data-remove-row]')!;
    remove.hidden = false;
    remove.disabled = rows.length <= min;
  }
}

/** Moves a control (or a row) to another path, with the ids its label, hint and error use. */
function repath(form: HTMLFormElement, element: HTMLElement, path: string): void {
  const before = fieldIds(form.id, element.dataset.path!, element.dataset.variant);
  const after = fieldIds(form.id, path, element.dataset.variant);
  const scope = element instanceof HTMLFieldSetElement ? element : element.closest<HTMLElement>('.field')!;
  scope.querySelector(`label[for="${before.control}"]`)?.setAttribute('for', after.control);
  scope.querySelector(`[id="${before.hint}"]`)?.setAttribute('id', after.hint);
  scope.querySelector(`[id="${before.error}"]`)?.setAttribute('id', after.error);
  const describedBy = element.getAttribute('aria-describedby');
  if (describedBy) {
    element.setAttribute(
      'aria-describedby',
      describedBy.replace(before.hint, after.hint).replace(before.error, after.error),
    );
  }
  element.id = after.control;
  element.dataset.path = path;
  if (!(element instanceof HTMLFieldSetElement)) (element as Control).name = path;
}

/** The signed-in window fills the window field, which a window's own staff would type anyway. */
function prefillWindow(form: HTMLFormElement): void {
  const windowId = currentSession()?.windowId;
  const control = form.querySelector<Control>('[data-path="windowId"]');
  if (!windowId || !control || control.value) return;
  if (control instanceof HTMLSelectElement && ![...control.options].some((o) => o.value === windowId)) return;
  control.value = windowId;
}

/**
 * The page's own starting values (data-prefill), then the address's query: a link "object
 * to this entry" opens the form with the notice and the entry filled in. Only top-level
 * text fields and selects are filled, and only with a value they can hold.
 */
function prefillFields(form: HTMLFormElement): void {
  const values = new Map<string, string>(Object.entries(JSON.parse(form.dataset.prefill ?? '{}') as Record<string, string>));
  for (const [name, value] of new URLSearchParams(location.search)) values.set(name, value);
  for (const [name, value] of values) {
    if (name.includes('.')) continue;
    const control = form.querySelector<Control>(`[data-path="${CSS.escape(name)}"]`);
    if (!control || control instanceof HTMLTextAreaElement || control.dataset.discriminator !== undefined) continue;
    if (control instanceof HTMLInputElement && control.type !== 'text' && control.type !== 'date') continue;
    if (control instanceof HTMLSelectElement && ![...control.options].some((o) => o.value === value)) continue;
    control.value = value;
  }
}

/** Back to a fresh form after a confirmed record: the rows it was built with, the first variants. */
function resetForm(form: HTMLFormElement): void {
  for (const list of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-kind="array"]')) {
    const rows = rowsOf(list);
    for (const row of rows.slice(Number(list.dataset.min ?? 0))) row.remove();
    renumber(form, list);
  }
  form.reset();
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-discriminator]')) showVariant(form, select);
  prefillWindow(form);
  prefillFields(form);
}

/** Controls and lists the form shows now: not in a variant that is switched off. */
function shownElements(form: HTMLFormElement): Map<string, HTMLElement> {
  const shown = new Map<string, HTMLElement>();
  for (const element of form.querySelectorAll<HTMLElement>('[data-path]')) {
    if (!element.matches(':disabled')) shown.set(element.dataset.path!, element);
  }
  return shown;
}

function entriesOf(form: HTMLFormElement): FormEntry[] {
  return [...shownElements(form).values()].map((element): FormEntry => {
    const path = element.dataset.path!;
    const kind = element.dataset.kind;
    const required = element.dataset.required !== undefined;
    if (kind === 'array' || kind === 'object') return { path, kind };
    if (kind === 'checkbox') return { path, kind, checked: (element as HTMLInputElement).checked, required };
    const value = (element as Control).value;
    if (kind === 'number' || kind === 'datetime' || kind === 'lines') return { path, kind, value, required };
    return { path, kind: 'text', value, required };
  });
}

/** What the browser can tell before anything is sent: required fields, ranges, formats. */
function browserProblems(form: HTMLFormElement): Problem[] {
  const problems: Problem[] = [];
  for (const element of shownElements(form).values()) {
    if (element instanceof HTMLFieldSetElement) continue;
    const control = element as Control;
    if (control.checkValidity()) continue;
    const message = validationMessage(
      control.validity,
      {
        select: control instanceof HTMLSelectElement,
        ...(control instanceof HTMLInputElement && control.min ? { min: control.min } : {}),
        ...(control instanceof HTMLInputElement && control.max ? { max: control.max } : {}),
        ...(control instanceof HTMLSelectElement || control.minLength < 0 ? {} : { minLength: control.minLength }),
        ...(control instanceof HTMLSelectElement || control.maxLength < 0 ? {} : { maxLength: control.maxLength }),
        ...hintOf(control),
      },
      words.validation,
    );
    problems.push({ path: control.dataset.path!, message: message ?? control.validationMessage });
  }
  return problems;
}

function hintOf(control: Control): { hint?: string } {
  const hint = document.getElementById(`${control.id}-hint`)?.textContent;
  return hint ? { hint } : {};
}

/** Each problem next to its field (or its list), and all of them in a summary with links. */
function showProblems(form: HTMLFormElement, summary: HTMLElement, problems: readonly Problem[]): void {
  const shown = shownElements(form);
  const paths = new Set(shown.keys());
  const items = problems.map((problem) => {
    const path = nearestPath(problem.path, paths);
    const target = path === undefined ? undefined : shown.get(path);
    if (target) markInvalid(target, problem.message);
    return { target, message: problem.message };
  });

  const list = document.createElement('ul');
  for (const { target, message } of items) {
    const item = document.createElement('li');
    if (target) {
      const link = document.createElement('a');
      link.href = `#${target.id}`;
      link.textContent = `${labelOf(target)}${lang === 'zh' ? '：' : ': '}${message}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        focusField(target);
      });
      item.append(link);
    } else {
      item.textContent = message;
    }
    list.append(item);
  }
  summary.replaceChildren(element('div', 'error-summary', element('p', 'error-summary__title', words.errorSummary), list));
  const first = items.find((item) => item.target)?.target;
  if (first) focusField(first);
  else summary.scrollIntoView({ block: 'nearest' });
}

function markInvalid(target: HTMLElement, message: string): void {
  const error = document.getElementById(`${target.id}-error`)!;
  const earlier = error.hidden ? '' : `${error.lastChild?.textContent ?? ''}；`;
  error.replaceChildren(element('span', 'visually-hidden', words.errorPrefix), `${earlier}${message}`);
  error.hidden = false;
  (target instanceof HTMLFieldSetElement ? target : target.closest('.field'))?.classList.add('is-invalid');
  if (!(target instanceof HTMLFieldSetElement)) target.setAttribute('aria-invalid', 'true');
  const describedBy = new Set((target.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  describedBy.add(error.id);
  target.setAttribute('aria-describedby', [...describedBy].join(' '));
}

function clearProblems(form: HTMLFormElement, summary: HTMLElement): void {
  summary.replaceChildren();
  for (const error of form.querySelectorAll<HTMLElement>('.field-error:not([hidden])')) {
    error.hidden = true;
    error.replaceChildren();
  }
  for (const invalid of form.querySelectorAll('.is-invalid')) invalid.classList.remove('is-invalid');
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  for (const element of form.querySelectorAll<HTMLElement>('[aria-describedby]')) {
    const kept = element
      .getAttribute('aria-describedby')!
      .split(' ')
      .filter((id) => !id.endsWith('-error'));
    if (kept.length > 0) element.setAttribute('aria-describedby', kept.join(' '));
    else element.removeAttribute('aria-describedby');
  }
}

/** A field's name as its label shows it, after its row's ("候选对象 2 · 分数"). */
function labelOf(target: HTMLElement): string {
  const own =
    target instanceof HTMLFieldSetElement
      ? target.querySelector(':scope > legend .label-text')
      : document.querySelector(`label[for="${target.id}"] .label-text`);
  const row = target.parentElement?.closest('.repeat-row')?.querySelector(':scope > legend .label-text');
  return [row?.textContent, own?.textContent].filter(Boolean).join(' · ');
}

function focusField(target: HTMLElement): void {
  const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input, select, textarea, button') : target;
  (control ?? target).focus();
  target.scrollIntoView({ block: 'center' });
}

function showMessage(summary: HTMLElement, parts: readonly (string | Node)[]): void {
  summary.replaceChildren(element('div', 'error-summary', element('p', 'error-summary__title', ...parts)));
  summary.scrollIntoView({ block: 'nearest' });
}

function element(tag: string, className: string, ...children: (string | Node)[]): HTMLElement {
  const created = document.createElement(tag);
  if (className) created.className = className;
  created.append(...children);
  return created;
}

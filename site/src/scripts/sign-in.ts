/**
 * The local development sign-in: asks the local gateway's /_dev/token for a demo token of
 * the chosen role (and window), or takes a pasted token, and keeps it for this tab.
 */
import { UI, localePath, roleName } from '../i18n.ts';
import { WINDOW_ROLES, safeReturnPath } from '../util/forms-session.ts';
import { currentSession, keepToken, pageLang, signOutButton } from './session.ts';

const DEV_TOKEN_PATH = '/_dev/token';

const lang = pageLang();
const words = UI[lang];
const signIn = document.querySelector<HTMLFormElement>('form[data-sign-in]')!;
const paste = document.querySelector<HTMLFormElement>('form[data-paste-token]')!;
const current = document.querySelector<HTMLElement>('[data-current-session]')!;
const message = document.querySelector<HTMLElement>('[data-sign-in-message]')!;
const role = signIn.querySelector<HTMLSelectElement>('select[name="role"]')!;
const windowField = signIn.querySelector<HTMLElement>('[data-window-field]')!;
const windowControl = windowField.querySelector<HTMLInputElement | HTMLSelectElement>('[name="window"]')!;
const returnPath = safeReturnPath(new URLSearchParams(location.search).get('return'));

/** Only the roles that act for one window choose one. */
function showWindowField(): void {
  const needed = (WINDOW_ROLES as readonly string[]).includes(role.value);
  windowField.hidden = !needed;
  windowControl.disabled = !needed;
}

function say(text: string): void {
  const box = document.createElement('p');
  box.className = 'notice notice--warning';
  box.textContent = text;
  message.replaceChildren(box);
}

function showSession(): void {
  const session = currentSession();
  if (!session) {
    const none = document.createElement('p');
    none.textContent = words.signInNone;
    current.replaceChildren(none);
    return;
  }
  const facts = document.createElement('dl');
  facts.className = 'session-facts';
  const rows: [string, string][] = [
    [words.signInRole, `${roleName(session.role, lang)} (${session.role})`],
    ...(session.windowId ? [[words.signInWindow, session.windowId] as [string, string]] : []),
    ...(session.centerId ? [[words.signInCenter, session.centerId] as [string, string]] : []),
    [words.signInSubject, session.subject],
    [words.signInExpires, new Date(session.expiresAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { timeZone: 'Asia/Shanghai' })],
  ];
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    facts.append(dt, dd);
  }
  const next = document.createElement('a');
  next.className = 'button button--primary';
  next.href = returnPath ?? localePath(lang, '/forms/');
  next.textContent = returnPath ? words.signInReturn : words.signInToForms;
  const signOut = signOutButton(lang, 'button--secondary', showSession);
  const actions = document.createElement('p');
  actions.className = 'form-actions';
  actions.append(next, signOut);
  current.replaceChildren(facts, actions);
}

signIn.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.replaceChildren();
  const query = new URLSearchParams({ role: role.value });
  if (!windowControl.disabled && windowControl.value) query.set('window', windowControl.value.trim());
  try {
    const response = await fetch(`${DEV_TOKEN_PATH}?${query}`);
    const answer = (await response.json().catch(() => undefined)) as { token?: string; message?: string } | undefined;
    if (response.status === 404) return say(words.signInUnavailable);
    if (!response.ok || !answer?.token || !keepToken(answer.token)) {
      return say(words.signInFailed(answer?.message ?? `HTTP ${response.status}`));
    }
    showSession();
  } catch {
    say(words.signInNetwork);
  }
});

paste.addEventListener('submit', (event) => {
  event.preventDefault();
  message.replaceChildren();
  const token = paste.querySelector<HTMLTextAreaElement>('textarea[name="token"]')!;
  if (!keepToken(token.value)) return say(words.signInBadToken);
  token.value = '';
  showSession();
});

role.addEventListener('change', showWindowField);
showWindowField();
showSession();
for (const button of document.querySelectorAll<HTMLButtonElement>('form button[type="submit"]')) button.disabled = false;

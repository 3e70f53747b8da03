/**
 * The staff sign-in page: sends the browser to the issuer of `/auth/config.json`
 * (authorization code with PKCE, oidc.ts), or takes a pasted token, and shows who is
 * signed in in this tab.
 */
import { UI, localePath, roleName } from '../i18n.ts';
import { safeReturnPath } from '../util/forms-session.ts';
import { beginSignIn, loadSignInConfig } from './oidc.ts';
import { currentSession, keepToken, pageLang, signOutButton } from './session.ts';
import { SIGN_IN_WORDS } from './sign-in-words.ts';

const lang = pageLang();
const words = UI[lang];
const signIn = document.querySelector<HTMLFormElement>('form[data-sign-in]')!;
const paste = document.querySelector<HTMLFormElement>('form[data-paste-token]')!;
const current = document.querySelector<HTMLElement>('[data-current-session]')!;
const message = document.querySelector<HTMLElement>('[data-sign-in-message]')!;
const returnPath = safeReturnPath(new URLSearchParams(location.search).get('return'));

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
  const button = signIn.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    const config = await loadSignInConfig(location.origin).catch(() => undefined);
    if (!config) {
      button.disabled = false;
      return say(SIGN_IN_WORDS[lang].notConfigured);
    }
    // Back to where the person was going, else to this page, which then shows the session.
    const back = returnPath ?? location.pathname;
    location.assign(await beginSignIn(config, location.origin, back, sessionStorage));
  } catch (error) {
    button.disabled = false;
    say(words.signInFailed(error instanceof Error ? error.message : String(error)));
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

showSession();
for (const button of document.querySelectorAll<HTMLButtonElement>('form button[type="submit"]')) button.disabled = false;

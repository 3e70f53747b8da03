/**
 * The sign-in of this browser tab: the token in sessionStorage, so that it ends with the
 * tab and never travels in a cookie; and the line on each page that says who is signed in.
 */
import { type Lang, UI, localePath, roleName } from '../i18n.ts';
import { type Session, sessionOf } from '../util/forms-session.ts';

const TOKEN_KEY = 'honor-board.token';

export const pageLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'zh');

/** The signed-in session, or undefined (none, or expired: then it is forgotten). */
export function currentSession(): Session | undefined {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return undefined;
  const session = sessionOf(token, Date.now());
  if (!session) sessionStorage.removeItem(TOKEN_KEY);
  return session;
}

/** Keeps a token that reads as a session; false for anything else. */
export function keepToken(token: string): boolean {
  const session = sessionOf(token, Date.now());
  if (session) sessionStorage.setItem(TOKEN_KEY, session.token);
  return session !== undefined;
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

export function describeSession(session: Session, lang: Lang): string {
  return UI[lang].sessionAs(roleName(session.role, lang), session.windowId);
}

/**
 * Fills every `[data-session]` line: who is signed in, with links to switch and to sign
 * out, and a warning where the form's roles (`data-roles`) do not include the session's.
 */
export function renderSessionLines(lang: Lang): void {
  const words = UI[lang];
  const signIn = `${localePath(lang, '/sign-in/')}?return=${encodeURIComponent(location.pathname)}`;
  for (const line of document.querySelectorAll<HTMLElement>('[data-session]')) {
    const session = currentSession();
    const roles = line.dataset.roles?.split(' ');
    line.classList.toggle('form-session--warning', Boolean(session && roles && !roles.includes(session.role)));
    if (!session) {
      line.replaceChildren(`${words.sessionNone} `, link(signIn, words.signInLink));
      continue;
    }
    const signOut = signOutButton(lang, 'button--quiet', () => renderSessionLines(lang));
    line.replaceChildren(
      describeSession(session, lang),
      ' · ',
      link(signIn, words.switchUser),
      ' · ',
      signOut,
      ...(roles && !roles.includes(session.role) ? [warning(words.sessionWrongRole(roleName(session.role, lang)))] : []),
    );
  }
}

/** A sign-out button that forgets the token, then lets the page redraw what it shows. */
export function signOutButton(lang: Lang, style: string, afterwards: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `button ${style}`;
  button.textContent = UI[lang].signOut;
  button.addEventListener('click', () => {
    forgetToken();
    afterwards();
  });
  return button;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function warning(text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'form-session__warning';
  span.textContent = text;
  return span;
}

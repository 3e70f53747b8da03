/**
 * The sign-in's return (`/auth/callback/`): exchanges the code for the ID token
 * (oidc.ts), keeps it for this tab, and goes on to where the person was going.
 */
import { localePath } from '../i18n.ts';
import { safeReturnPath } from '../util/forms-session.ts';
import { completeSignIn, loadSignInConfig } from './oidc.ts';
import { keepToken, pageLang } from './session.ts';
import { SIGN_IN_WORDS } from './sign-in-words.ts';

const lang = pageLang();
const status = document.querySelector<HTMLElement>('[data-callback-status]')!;

function fail(message: string): void {
  const text = document.createElement('p');
  text.className = 'notice notice--warning';
  text.textContent = SIGN_IN_WORDS.zh.failed(message) + ' / ' + SIGN_IN_WORDS.en.failed(message);
  const again = document.createElement('a');
  again.className = 'button button--primary';
  again.href = localePath(lang, '/sign-in/');
  again.textContent = `${SIGN_IN_WORDS.zh.again} / ${SIGN_IN_WORDS.en.again}`;
  status.replaceChildren(text, again);
}

try {
  const config = await loadSignInConfig(location.origin);
  const { idToken, returnPath } = await completeSignIn(config, new URL(location.href), sessionStorage);
  if (!keepToken(idToken)) throw new Error('the token carries no role of this system');
  location.replace(safeReturnPath(returnPath) ?? localePath(lang, '/forms/'));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

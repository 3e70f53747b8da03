/**
 * The large-text switch (长辈版): the choice is kept in localStorage, so it holds on every
 * page and the next visit. The page's <head> applies it before the first paint.
 */
const KEY = 'text-size';
const root = document.documentElement;

function remember(large: boolean): void {
  try {
    if (large) localStorage.setItem(KEY, 'large');
    else localStorage.removeItem(KEY);
  } catch {
    // Storage may be off (private browsing): the switch still works for this page.
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-text-size-toggle]')) {
  const show = (): void => button.setAttribute('aria-pressed', String(root.dataset.textSize === 'large'));
  button.addEventListener('click', () => {
    const large = root.dataset.textSize !== 'large';
    if (large) root.dataset.textSize = 'large';
    else delete root.dataset.textSize;
    remember(large);
    show();
  });
  show();
  button.hidden = false;
}

// Applies the reader's large-text choice (长辈版) before the first paint, so the page never
// jumps. A file rather than an inline script: the content security policy allows scripts
// from the site's own origin only (shared/core/security-headers.ts).
try {
  if (localStorage.getItem('text-size') === 'large') document.documentElement.dataset.textSize = 'large';
} catch {}

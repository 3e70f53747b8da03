/**
 * The response headers every page and every API answer carries, wherever the system runs:
 * the local gateway sets them on each response, and the CloudFront response-headers policy
 * of the AWS stack is built from this same record, so the two cannot drift apart.
 *
 * The policy allows only the site's own origin. The public site needs nothing more: its
 * scripts are files under /_astro/ and /scripts/ (no inline script — the large-text switch
 * that must run before the first paint is a file too), its trend charts are inline SVG, its
 * forms post to /api/ on the same origin. Inline styles remain allowed ('unsafe-inline' in
 * style-src only): Astro inlines small stylesheets as <style> elements and the initials
 * badges carry their colour in a style attribute; a style cannot run code.
 * `img-src data:` is for the poster's QR code, drawn at build time as a data: URL.
 */

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // frame-ancestors above is the modern form; X-Frame-Options covers browsers without it.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
});

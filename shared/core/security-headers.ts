/**
 * The response headers every page and every API answer carries, wherever the system runs:
 * the local gateway sets them on each response, and the CloudFront response-headers policy
 * of the AWS stack (infra/cdk/site.ts) is built from this same function, so the two cannot
 * drift apart.
 *
 * The policy allows only the site's own origin, and the OpenID Connect issuer the staff
 * sign in at where it is another origin (discovery and the token exchange are fetched; the
 * sign-in page itself is a navigation). The public site needs nothing more: its scripts are
 * files under /_astro/ and /scripts/ (no inline script — the large-text switch that must run
 * before the first paint is a file too), its trend charts are inline SVG, its forms post to
 * /api/ on the same origin. Inline styles remain allowed ('unsafe-inline' in style-src only):
 * Astro inlines small stylesheets as <style> elements and the initials badges carry their
 * colour in a style attribute; a style cannot run code. `img-src data:` is for the poster's
 * QR code, drawn at build time as a data: URL.
 */

function contentSecurityPolicy(issuerOrigins: readonly string[]): string {
  const extra = issuerOrigins.length ? ` ${issuerOrigins.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${extra}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self'${extra}`,
    "object-src 'none'",
  ].join('; ');
}

/** The headers, with the issuer's origin(s) allowed where the staff sign-in needs them. */
export function securityHeaders(issuerOrigins: readonly string[] = []): Record<string, string> {
  return Object.freeze({
    'Content-Security-Policy': contentSecurityPolicy(issuerOrigins),
    'X-Content-Type-Options': 'nosniff',
    // frame-ancestors above is the modern form; X-Frame-Options covers browsers without it.
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  });
}

/** The headers with the sign-in issuer on the site's own origin (development, AWS behind /_dev or Cognito redirects). */
export const SECURITY_HEADERS: Record<string, string> = securityHeaders();

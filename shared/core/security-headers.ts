/**
 * The security headers of every page and answer, one definition for the local gateway and
 * for CloudFront's response-headers policy (infra/cdk/site.ts). The site loads nothing from
 * elsewhere; the one other origin a page talks to is the OpenID Connect issuer the staff
 * sign in at (discovery and token exchange are fetched, the sign-in page is a navigation).
 */

function contentSecurityPolicy(issuerOrigins: readonly string[]): string {
  const extra = issuerOrigins.length ? ` ${issuerOrigins.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Astro inlines small style blocks and the score trend's SVG carries style attributes.
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
  return {
    'Content-Security-Policy': contentSecurityPolicy(issuerOrigins),
    'X-Content-Type-Options': 'nosniff',
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/** The headers with no sign-in issuer configured. */
export const SECURITY_HEADERS: Record<string, string> = securityHeaders();

/**
 * Who is signed in, read from the token's claims. The page does not verify the token — the
 * API does, on every request; the page only says whose name a submission goes under and
 * whether that role may submit the form at all.
 */
import { ROLES, type Role } from '#core/roles';
import { CLAIMS } from '#core/api/claims';

export interface Session {
  readonly token: string;
  readonly role: Role;
  readonly subject: string;
  readonly centerId?: string;
  readonly windowId?: string;
  /** An officer's own account: the officer it is bound to. */
  readonly officerId?: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

/** The session a token stands for, or undefined for something that is no token or has expired. */
export function sessionOf(token: string, now: number): Session | undefined {
  const payload = jwtPayload(token.trim());
  if (!payload) return undefined;
  const groups = Array.isArray(payload[CLAIMS.groups]) ? (payload[CLAIMS.groups] as unknown[]) : [];
  const role = groups.find((g): g is Role => typeof g === 'string' && (ROLES as readonly string[]).includes(g));
  const { sub, exp } = payload;
  if (!role || typeof sub !== 'string' || typeof exp !== 'number' || exp * 1000 <= now) return undefined;
  const text = (name: string): string | undefined => (typeof payload[name] === 'string' ? (payload[name] as string) : undefined);
  const centerId = text(CLAIMS.center);
  const windowId = text(CLAIMS.window);
  const officerId = text(CLAIMS.officer);
  return {
    token: token.trim(),
    role,
    subject: sub,
    ...(centerId ? { centerId } : {}),
    ...(windowId ? { windowId } : {}),
    ...(officerId ? { officerId } : {}),
    expiresAt: exp * 1000,
  };
}

function jwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Roles that act for one window: they sign in with it. */
export const WINDOW_ROLES: readonly Role[] = ['device', 'clerk', 'head'];

/** Where the sign-in page may send a person back to: a path of this site, nothing else. */
export function safeReturnPath(value: string | null): string | undefined {
  return value && /^\/(?!\/)[\w\-./]*$/.test(value) ? value : undefined;
}

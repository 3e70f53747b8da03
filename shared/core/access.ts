/**
 * Who may write what (DOMAIN.md §2): a caller never acts outside its role, center or
 * window. Pure; the handlers call it before anything is written.
 */
import type { Role } from './roles.ts';

export interface Principal {
  /** Stable id of the credential holder (token `sub`). */
  readonly subject: string;
  readonly role: Role;
  readonly centerId?: string;
  readonly windowId?: string;
  /** An officer's own account: the one officer it may read. */
  readonly officerId?: string;
  /** The credential itself (token id), recorded with every write. */
  readonly credential: string;
}

export type AccessDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: 'role' | 'center' | 'window' | 'officer' };

/** Roles whose scope is one window: they may act for their own window only. */
const WINDOW_SCOPED: ReadonlySet<Role> = new Set(['device', 'clerk', 'head']);

export function authorize(
  principal: Principal,
  allowedRoles: readonly Role[],
  target: { readonly centerId: string; readonly windowId?: string; readonly officerId?: string },
): AccessDecision {
  if (!allowedRoles.includes(principal.role)) return { allowed: false, reason: 'role' };
  if (principal.role === 'public') return { allowed: true };
  if (principal.centerId !== target.centerId) return { allowed: false, reason: 'center' };
  // A window-scoped credential without its window claim stands for no window: it may do nothing.
  if (WINDOW_SCOPED.has(principal.role) && !principal.windowId) return { allowed: false, reason: 'window' };
  if (WINDOW_SCOPED.has(principal.role) && target.windowId !== undefined && principal.windowId !== target.windowId) {
    return { allowed: false, reason: 'window' };
  }
  // An officer's account stands for one officer: without the claim it is no one's, and it never names another.
  if (principal.role === 'officer' && (!principal.officerId || (target.officerId !== undefined && target.officerId !== principal.officerId))) {
    return { allowed: false, reason: 'officer' };
  }
  return { allowed: true };
}

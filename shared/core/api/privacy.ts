/**
 * Complainants' and objectors' names and contacts (DOMAIN.md §2): read by supervisors and
 * administrators only — never by the window a complaint concerns, never by the public or
 * the panel. Every read of a record body goes through `forReader`.
 */
import { RECORD_TYPES } from '../records/registry.ts';
import type { Role } from '../roles.ts';

const MAY_READ_PRIVATE: ReadonlySet<Role> = new Set(['supervisor', 'admin']);

export const mayReadPrivate = (role: Role): boolean => MAY_READ_PRIVATE.has(role);

/** The body without its type's private fields (a correction's sit under `record`). */
export function withoutPrivate(type: string, body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields = (RECORD_TYPES as Record<string, { privateFields?: readonly string[] }>)[type]?.privateFields ?? [];
  if (fields.length === 0) return { ...body };
  const copy: Record<string, unknown> = { ...body };
  for (const field of fields) delete copy[field];
  if (copy.record && typeof copy.record === 'object') copy.record = withoutPrivate(type, copy.record as Record<string, unknown>);
  return copy;
}

/** The body as this reader may see it. */
export const forReader = (role: Role, type: string, body: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> =>
  mayReadPrivate(role) ? body : withoutPrivate(type, body);

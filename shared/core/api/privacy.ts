/**
 * Complainants' and objectors' names and contacts (DOMAIN.md §2): read by supervisors and
 * administrators only — never by the window a complaint concerns, never by the public or
 * the panel. Every read of a stored record body goes through `forReader`.
 */
import { RECORD_TYPES, withoutPrivateFields } from '../records/registry.ts';
import type { RecordType } from '../records/types.ts';
import type { Role } from '../roles.ts';

const MAY_READ_PRIVATE: ReadonlySet<Role> = new Set(['supervisor', 'admin']);

export const mayReadPrivate = (role: Role): boolean => MAY_READ_PRIVATE.has(role);

/** A stored body (a correction stores its replacement's body) as this reader may see it. */
export function forReader(role: Role, type: string, body: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const recordType = (RECORD_TYPES as Readonly<Record<string, RecordType<any>>>)[type];
  return mayReadPrivate(role) || !recordType ? body : withoutPrivateFields(recordType, body);
}

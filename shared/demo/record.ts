/**
 * One way to make a demo record: placed by its type's own `windowOf`, `monthOf` and `at`,
 * exactly as intake places it, with a body typed by the type's schema.
 *
 * The bodies are not parsed here: parsing 27 000 of them would double the generation time,
 * and the demo is deterministic, so the test that parses every record of it
 * (tests/unit/demo-center.test.ts) fails the build on any body that does not fit.
 */
import { CENTER_LEVEL_WINDOW } from '#core/aggregates';
import { RECORD_TYPES, type RecordTypeName } from '#core/records/registry';
import type { RecordType } from '#core/records/types';

export interface DemoRecord {
  readonly id: string;
  readonly type: RecordTypeName;
  readonly windowId: string;
  readonly month: string;
  readonly at: string;
  /** Who submitted it: a window's device or clerk, a window head, a supervisor, a panel member. */
  readonly submittedBy: string;
  /**
   * When it was submitted in the story, for the checks that depend on the moment: a sign-in
   * once signed out, a late leave registration the next working day, a nomination before
   * its deadline. Never after DEMO_NOW.
   */
  readonly submittedAt: string;
  readonly body: Readonly<Record<string, unknown>>;
}

type BodyOf<T extends RecordTypeName> = Parameters<(typeof RECORD_TYPES)[T]['windowOf']>[0];

export function demoRecord<T extends RecordTypeName>(
  type: T,
  id: string,
  body: BodyOf<T>,
  submittedBy: string,
  submittedAt?: string,
): DemoRecord {
  const recordType = RECORD_TYPES[type] as RecordType<BodyOf<T>>;
  const at = recordType.at(body);
  return {
    id,
    type,
    windowId: recordType.windowOf(body) ?? CENTER_LEVEL_WINDOW,
    month: recordType.monthOf(body),
    at,
    submittedBy,
    submittedAt: submittedAt ?? at,
    body: body as Readonly<Record<string, unknown>>,
  };
}

/**
 * The acts people take on a selection through the API (DOMAIN.md §2, §6), and who may take
 * each: the panel settles ties and amends the proposed list; supervisors publish the notice,
 * answer objections, void a selection, or run its due steps at once. Every act that needs a
 * reason takes it in writing.
 */
import * as z from 'zod';
import { candidateId, recordId } from '../records/common.ts';
import type { Role } from '../roles.ts';
import { MIN_REASON_LENGTH } from './state-machine.ts';

const reason = z
  .string()
  .trim()
  .min(MIN_REASON_LENGTH, `state the reason in at least ${MIN_REASON_LENGTH} characters / 请写明理由（至少${MIN_REASON_LENGTH}个字）`)
  .max(1000);

export const selectionAct = z.discriminatedUnion('action', [
  /** Takes the steps that are due today now, as the daily tick would (opening the selection if due). */
  z.strictObject({ action: z.literal('advance') }),
  z.strictObject({ action: z.literal('decide-tie'), chosen: z.array(candidateId).min(1).max(100), reason }),
  z.strictObject({ action: z.literal('amend'), remove: candidateId, replaceWith: candidateId.optional(), reason }),
  z.strictObject({ action: z.literal('publish-notice') }),
  z.strictObject({ action: z.literal('answer-objection'), objectionId: recordId, outcome: z.enum(['upheld', 'rejected']), reason }),
  z.strictObject({ action: z.literal('void'), reason }),
]);
export type SelectionAct = z.infer<typeof selectionAct>;

export const ACT_ROLES: Readonly<Record<SelectionAct['action'], readonly Role[]>> = {
  advance: ['supervisor', 'admin'],
  'decide-tie': ['panel'],
  amend: ['panel'],
  'publish-notice': ['supervisor'],
  'answer-objection': ['supervisor'],
  void: ['supervisor', 'admin'],
};

/** Everyone who may take some act, or read a selection. */
export const SELECTION_ROLES: readonly Role[] = ['supervisor', 'panel', 'admin'];

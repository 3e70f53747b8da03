/**
 * The daily selection tick (评选每日推进): invoked by EventBridge Scheduler in AWS and by the
 * local scheduler under `npm start`. Opens the selections that are due and takes every step
 * whose deadline has passed; what waits for someone is logged with the reason. The
 * schedule names no center: then every center listed in the table is ticked.
 */
import * as z from 'zod';
import { centerId } from '#core/records/common';
import { defaultStore } from '#store/client';
import { type TickOutcome, tickSelections } from './jobs/selections.ts';
import { forEveryCenter } from './every-center.ts';

const store = defaultStore();

export const runSelectionsEvent = z.strictObject({
  centerId,
  /** The instant to act at; the invocation time when absent (replays and tests name it). */
  at: z.iso.datetime({ offset: true }).optional(),
});

export interface SelectionsRun {
  readonly centerId: string;
  readonly selections: readonly TickOutcome[];
  /** Documents published for the site: when any, the site is regenerated. */
  readonly published: number;
}

/** What the schedule sends: no center, so every center listed in the table is ticked. */
export const everyCenterEvent = runSelectionsEvent.omit({ centerId: true });

export async function handler(input: z.infer<typeof runSelectionsEvent>): Promise<SelectionsRun>;
export async function handler(input: unknown): Promise<SelectionsRun | { readonly centers: readonly SelectionsRun[]; readonly published: number }>;
export async function handler(input: unknown): Promise<SelectionsRun | { readonly centers: readonly SelectionsRun[]; readonly published: number }> {
  const every = everyCenterEvent.safeParse(input);
  if (!every.success) return tickCenter(runSelectionsEvent.parse(input));
  const centers = await forEveryCenter(store, (centerId) => tickCenter({ centerId, ...every.data }));
  return { centers, published: centers.reduce((n, c) => n + c.published, 0) };
}

async function tickCenter(event: z.infer<typeof runSelectionsEvent>): Promise<SelectionsRun> {
  const now = event.at ? new Date(event.at) : new Date();
  const selections = await tickSelections(store, event.centerId, now, (outcome) =>
    console.log(JSON.stringify({ level: 'info', msg: 'selection tick', centerId: event.centerId, ...outcome })),
  );
  return { centerId: event.centerId, selections, published: selections.reduce((n, s) => n + s.published.length, 0) };
}

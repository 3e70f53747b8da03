/**
 * A window's results of a month with their ledgers, as its staff and supervisors read them
 * (read-records): the 100-point score, and the electronic-evaluation component (§4.1) as that
 * score took it. The component is stored once, inside the window's score
 * (jobs/monthly-scores.ts); here it is shown as a result of its own, under its own rule.
 */
import { windowSubject } from '#core/aggregates';
import type { Store } from '#store/client';
import { listSubjectResults } from '#store/results';

const EVALUATIONS = 'EE#';

export async function windowMonthResults(store: Store, centerId: string, month: string, windowId: string): Promise<Record<string, unknown>[]> {
  const subject = windowSubject(windowId);
  // Earlier versions stored the component as an `EE#` result of its own: the score's copy stands.
  const stored = (await listSubjectResults(store, centerId, month, subject)).filter((r) => !String(r.sk).startsWith(EVALUATIONS));
  return stored
    .flatMap((result) => (result.rule === 'monthly-score' ? [result, ...componentOf(result, subject)] : [result]))
    .sort((a, b) => (String(a.sk) < String(b.sk) ? -1 : 1));
}

function componentOf(score: Record<string, unknown>, subject: string): Record<string, unknown>[] {
  const evaluation = score.electronicEvaluation as Record<string, unknown> | undefined;
  if (!evaluation) return [];
  const rulebook = score.rulebook as { hash?: string } | undefined;
  return [
    {
      sk: `${EVALUATIONS}${subject}`,
      rule: 'electronic-evaluation',
      windowId: score.windowId,
      ...evaluation,
      ...(rulebook?.hash ? { rulebookHash: rulebook.hash } : {}),
      inputHash: score.inputHash,
    },
  ];
}

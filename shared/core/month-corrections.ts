/**
 * Correction notes (更正说明) of a published month — DOMAIN.md §7: the numbers behind a
 * month published as final never move silently. When a republication changes a window's
 * score or electronic-evaluation component of a month whose previous document was final,
 * each supervisor's correction filed since that document is written into the month with
 * the figures it moved, before → after. Pure: the job reads the records and the documents.
 */
import type { MonthCorrection, MonthlyEvaluation } from './published.ts';
import { dateOf } from './records/common.ts';

/** A correction record as the note needs it. */
export interface FiledCorrection {
  readonly id: string;
  readonly supersedes: string;
  readonly reason: string;
  readonly submittedAt: string;
  /** The window of the corrected record; a center-level record may move any window. */
  readonly windowId: string;
}

type Change = MonthCorrection['changes'][number];
type Windows = MonthlyEvaluation['windows'];

/** The window figures that differ between two publications of a month, in window order. */
export function changedFigures(before: Windows, after: Windows): Change[] {
  const old = new Map(before.map((w) => [w.windowId, w]));
  const changes: Change[] = [];
  for (const w of after) {
    const was = old.get(w.windowId);
    if (!was) continue;
    if (was.score !== w.score) changes.push({ windowId: w.windowId, field: 'score', before: was.score, after: w.score });
    if (was.component !== w.component) changes.push({ windowId: w.windowId, field: 'component', before: was.component, after: w.component });
  }
  return changes;
}

/**
 * The month's correction notes for its next publication: the previous document's notes,
 * then one note per correction filed since it — only where the previous document was
 * final (a provisional month's figures were never a result) and a figure moved. Each note
 * carries the changes at its own window; changes at no corrected window (a center-level
 * record) go to every new note, since none can be told apart.
 */
export function correctionNotes(
  previous: Pick<MonthlyEvaluation, 'state' | 'publishedAt' | 'windows' | 'corrections'> | undefined,
  next: Windows,
  filed: readonly FiledCorrection[],
): MonthCorrection[] {
  const kept = previous?.corrections ?? [];
  if (previous?.state !== 'closed') return [...kept];
  const changes = changedFigures(previous.windows, next);
  if (changes.length === 0) return [...kept];
  const noted = new Set(kept.map((c) => c.recordId));
  const since = Date.parse(previous.publishedAt);
  const fresh = filed
    .filter((c) => !noted.has(c.id) && Date.parse(c.submittedAt) > since)
    .sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || a.id.localeCompare(b.id));
  const corrected = new Set(fresh.map((c) => c.windowId));
  const unattributed = changes.filter((c) => !corrected.has(c.windowId));
  const notes = fresh.flatMap((c): MonthCorrection[] => {
    const moved = [...changes.filter((ch) => ch.windowId === c.windowId), ...unattributed];
    return moved.length === 0 ? [] : [{ date: dateOf(c.submittedAt), recordId: c.id, supersedes: c.supersedes, reason: c.reason, changes: moved }];
  });
  return [...kept, ...notes];
}

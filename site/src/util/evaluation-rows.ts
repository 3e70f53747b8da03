/**
 * The rows of a month's electronic evaluation table: each published window score joined
 * with the window's public name and department from the center profile. Pure.
 */
import type { CenterProfile, MonthlyEvaluation } from '#core/published';

export type EvaluationRow = MonthlyEvaluation['windows'][number] & {
  name: string;
  /** Null when the center profile does not list the window. */
  department: string | null;
  departmentEn: string | null;
};

/**
 * Rows in the order the center profile lists its windows (the order of the hall, which
 * visitors know), then windows the profile does not list, in published order. A window
 * missing from the profile keeps its id as its name rather than disappearing.
 */
export function evaluationRows(
  evaluation: MonthlyEvaluation,
  profile: CenterProfile | undefined,
): EvaluationRow[] {
  const profileWindows = profile?.windows ?? [];
  const listed = new Map(profileWindows.map((w, position) => [w.windowId, { ...w, position }]));
  const rows = evaluation.windows.map((score) => {
    const window = listed.get(score.windowId);
    return {
      ...score,
      name: window?.name ?? score.windowId,
      department: window?.department ?? null,
      departmentEn: window?.departmentEn ?? null,
    };
  });
  const rank = (row: EvaluationRow): number =>
    listed.get(row.windowId)?.position ?? profileWindows.length;
  // toSorted is stable, so unlisted windows keep their published order.
  return rows.toSorted((a, b) => rank(a) - rank(b));
}

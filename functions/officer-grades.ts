/**
 * A month's officer grades and 调离 flags as the monthly run stored them
 * (jobs/monthly-scores.ts): read by the supervisors' route (read-records) and by the to-do
 * list (read-roster), one way for both. Never public: no officer result is.
 */
import { windowOfOfficerAt } from '#core/center';
import type { Grade } from '#core/rules/grades';
import type { TransferFlag } from '#core/rules/monthly-grades';
import { lastDayOf } from '#core/rules/period';
import { listOfficers } from '#store/center';
import type { Store } from '#store/client';
import { listResults } from '#store/results';

export interface OfficerGradeRow {
  readonly officerId: string;
  readonly name: string | null;
  /** The window the officer staffed at the month's end. */
  readonly windowId: string | null;
  readonly scoreShown: string;
  /** The grade of the score's band (every rulebook). */
  readonly grade: Grade | null;
  /** Seed 002's grade of the month, after the 15% 优秀 cap; null without that layer. */
  readonly monthlyGrade: { readonly grade: Grade | null; readonly capped: boolean; readonly excellentCap: number; readonly tiedAtCap: boolean } | null;
  /** 调离 recommendations raised this month. */
  readonly transferFlags: readonly Pick<TransferFlag, 'rule' | 'evidence'>[];
}

export async function officerGradesOfMonth(store: Store, centerId: string, month: string): Promise<{ month: string; scored: boolean; officers: OfficerGradeRow[] }> {
  const [docs, roster] = await Promise.all([listResults(store, centerId, month, 'MS#O#'), listOfficers(store, centerId)]);
  const byId = new Map(roster.map((o) => [o.officerId, o]));
  const officers = docs
    .filter((d) => d.rule === 'monthly-score')
    .map((d): OfficerGradeRow => {
      const officerId = String(d.officerId);
      const officer = byId.get(officerId);
      return {
        officerId,
        name: officer?.name ?? null,
        windowId: officer ? (windowOfOfficerAt(officer, lastDayOf(month)) ?? officer.windowId) : null,
        scoreShown: String(d.scoreShown),
        grade: (d.grade as Grade | null | undefined) ?? null,
        monthlyGrade: (d.monthlyGrade as OfficerGradeRow['monthlyGrade'] | undefined) ?? null,
        transferFlags: (d.transferFlags as OfficerGradeRow['transferFlags'] | undefined) ?? [],
      };
    })
    .sort((a, b) => (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : 0));
  return { month, scored: officers.length > 0, officers };
}

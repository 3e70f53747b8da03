/**
 * 旷工与逾期不归 — absence that forfeits the year's 平时 score.
 * Seed 003 §窗口工作人员年度考核的实施办法 五、(一)平时考核; DOMAIN.md §4.4.
 *
 *   旷工, or staying away after leave has ended, for more than 10 consecutive days
 *   — or travel abroad without approval (or not returning) for more than 10 days in all —
 *   makes the officer's 平时 score for the year 0.
 *
 * Days are **calendar** days, as in the civil-service rule the seed follows (连续旷工超过
 * 15天 / 一年内累计超过30天 count calendar days): a spell runs from its first to its last day
 * of absence, the weekends and holidays inside it included (day-spells.ts `absenceSpells`).
 */
import * as z from 'zod';

export const absenceRules = z.strictObject({
  /** A consecutive spell of more than this many calendar days forfeits the score. */
  maxConsecutiveDays: z.number().int().positive(),
  /** More than this many calendar days abroad without approval, in all, forfeits it too. */
  maxUnapprovedAbroadDays: z.number().int().positive(),
});
export type AbsenceRules = z.infer<typeof absenceRules>;

export interface AbsenceSpell {
  /** `absence`: 旷工 or overstayed leave, one consecutive run; `abroad`: unapproved travel abroad. */
  readonly kind: 'absence' | 'abroad';
  /** Calendar days from the spell's first day to its last. */
  readonly days: number;
  readonly records: readonly string[];
}

export interface AbsenceForfeit {
  readonly rule: 'consecutive-absence' | 'unapproved-abroad';
  readonly days: number;
  readonly records: readonly string[];
}

/** The reason the year's 平时 score is forfeited, or null when it is not. */
export function dailyScoreForfeit(spells: readonly AbsenceSpell[], rules: AbsenceRules): AbsenceForfeit | null {
  for (const spell of spells) {
    if (!Number.isInteger(spell.days) || spell.days < 0) throw new RangeError(`absence spell of ${spell.days} days`);
  }
  const longest = spells
    .filter((s) => s.kind === 'absence')
    .sort((a, b) => b.days - a.days || recordsOrder(a, b))[0];
  if (longest && longest.days > rules.maxConsecutiveDays) {
    return { rule: 'consecutive-absence', days: longest.days, records: [...longest.records].sort() };
  }
  const abroad = spells.filter((s) => s.kind === 'abroad');
  const abroadDays = abroad.reduce((n, s) => n + s.days, 0);
  if (abroadDays > rules.maxUnapprovedAbroadDays) {
    return { rule: 'unapproved-abroad', days: abroadDays, records: abroad.flatMap((s) => s.records).sort() };
  }
  return null;
}

const recordsOrder = (a: AbsenceSpell, b: AbsenceSpell): number => {
  const x = [...a.records].sort().join(',');
  const y = [...b.records].sort().join(',');
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The words of a month's correction notes (更正), for its page and its CSV alike: when,
 * which figures moved from what to what, and why. Pure.
 */
import type { MonthCorrection } from '#core/published';
import type { Lang } from '../i18n.ts';

const FIELD: Record<MonthCorrection['changes'][number]['field'], Record<Lang, string>> = {
  score: { zh: '月度考核得分', en: 'monthly score' },
  component: { zh: '电子评价得分', en: 'electronic evaluation' },
};
const NONE = '—';

/** "窗口名 电子评价得分 4.80 → 4.75" per changed figure, in the note's order. */
export function correctionChanges(note: MonthCorrection, names: ReadonlyMap<string, string>, lang: Lang): string[] {
  return note.changes.map((c) => `${names.get(c.windowId) ?? c.windowId} ${FIELD[c.field][lang]} ${c.before ?? NONE} → ${c.after ?? NONE}`);
}

/** One line per note for a CSV cell of one window: both languages, since the file has one. */
export function correctionCell(notes: readonly MonthCorrection[], windowId: string): string {
  return notes
    .flatMap((note) => {
      const here = note.changes.filter((c) => c.windowId === windowId);
      if (here.length === 0) return [];
      const zh = here.map((c) => `${FIELD[c.field].zh} ${c.before ?? NONE} → ${c.after ?? NONE}`).join('；');
      const en = here.map((c) => `${FIELD[c.field].en} ${c.before ?? NONE} → ${c.after ?? NONE}`).join('; ');
      return [`更正 ${note.date}：${zh}；原因：${note.reason} / Correction ${note.date}: ${en}; reason: ${note.reason}`];
    })
    .join(' | ');
}

/**
 * The site's addresses, in one place: every page links through these, and getStaticPaths
 * builds the same addresses from the same functions. Pure.
 */
import { periodKindOf } from '#core/rules/period';
import { type Lang, localePath } from '../i18n.ts';

/** "2026-Q3" → "2026-q3": addresses are lower case. */
export const quarterSlug = (quarter: string): string => quarter.toLowerCase();

/** The page of a period's honors: /months/2026-10/, /stars/2026-q3/, /years/2026/. */
export function periodPath(period: string, lang: Lang): string {
  const kind = periodKindOf(period);
  const path = kind === 'month' ? `/months/${period}/` : kind === 'quarter' ? `/stars/${quarterSlug(period)}/` : `/years/${period}/`;
  return localePath(lang, path);
}

/** Where one list sits on its period's page. */
export const listPath = (list: { period: string; honorId: string }, lang: Lang): string =>
  `${periodPath(list.period, lang)}#${list.honorId}`;

export const windowPath = (windowId: string, lang: Lang): string => localePath(lang, `/windows/${windowId}/`);

/** A notice on the notices page; the page's objection form takes the notice and entry from the query. */
export const noticePath = (noticeId: string, lang: Lang): string => `${localePath(lang, '/notices/')}#${noticeId}`;

export const objectionPath = (noticeId: string, entry: string, lang: Lang): string =>
  `${localePath(lang, '/notices/')}?${new URLSearchParams({ noticeId, entry })}#objection`;

import { bt as periodKindOf, u as localePath } from "./center_efNhtyeD.mjs";
// site/src/util/paths.ts
/**
* The site's addresses, in one place: every page links through these, and getStaticPaths
* builds the same addresses from the same functions. Pure.
*/
/** "2026-Q3" → "2026-q3": addresses are lower case. */
var quarterSlug = (quarter) => quarter.toLowerCase();
/** The page of a period's honors: /months/2026-10/, /stars/2026-q3/, /years/2026/. */
function periodPath(period, lang) {
	const kind = periodKindOf(period);
	const path = kind === "month" ? `/months/${period}/` : kind === "quarter" ? `/stars/${quarterSlug(period)}/` : `/years/${period}/`;
	return localePath(lang, path);
}
/** Where one list sits on its period's page. */
var listPath = (list, lang) => `${periodPath(list.period, lang)}#${list.honorId}`;
var windowPath = (windowId, lang) => localePath(lang, `/windows/${windowId}/`);
/** A notice on the notices page; the page's objection form takes the notice and entry from the query. */
var noticePath = (noticeId, lang) => `${localePath(lang, "/notices/")}#${noticeId}`;
var objectionPath = (noticeId, entry, lang) => `${localePath(lang, "/notices/")}?${new URLSearchParams({
	noticeId,
	entry
})}#objection`;
export { quarterSlug as a, periodPath as i, noticePath as n, windowPath as o, objectionPath as r, listPath as t };

import { C as periodsOfKind, E as publicWindows, K as formatDate, a as UI, n as siteNameOf, o as contextSuffix, q as formatPeriod, r as HTML_LANG, u as localePath, y as readPublished } from "./center_efNhtyeD.mjs";
import { n as downloadsOf, t as downloadName } from "./downloads_8og1zF0C.mjs";
import { a as quarterSlug, n as noticePath, t as listPath } from "./paths_B4yiooR8.mjs";
import { Feed } from "feed";
// site/src/util/feeds.ts
/**
* The RSS 2.0 and JSON Feed 1.1 feeds of published lists, in either language: a final list
* or a notice is an item, linked to its page, with its JSON download as the enclosure.
* The `feed` package writes both formats from one description.
*/
/** Feed readers show an item's description as HTML: published names are text, never markup. */
var escapeHtml = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
var names = (doc, lang) => doc.entries.map((e) => e.windowName && e.windowName !== e.name ? `${e.name}（${e.windowName}）` : e.name).join(lang === "zh" ? "、" : ", ");
function buildFeed({ center, lists, notices, site, lang }) {
	const words = UI[lang];
	const url = (path) => new URL(path, site).href;
	const items = [...lists.map((list) => {
		const title = words.listHeading(formatPeriod(list.period, lang), list.title[lang]);
		const json = downloadsOf(list).json;
		return {
			title,
			id: url(listPath(list, lang)),
			link: url(listPath(list, lang)),
			date: new Date(list.publishedAt),
			description: escapeHtml(`${words.finalizedOn(formatDate(list.finalizedOn, lang))}${contextSuffix(lang, names(list, lang))}`),
			enclosure: {
				url: url(json.href),
				type: "application/json",
				length: json.bytes
			}
		};
	}), ...notices.map((notice) => {
		const title = words.noticeHeading(formatPeriod(notice.period, lang), notice.title[lang]);
		const json = downloadsOf(notice).json;
		return {
			title,
			id: `${url(noticePath(notice.noticeId, lang))}@${notice.publishedAt}`,
			link: url(noticePath(notice.noticeId, lang)),
			date: new Date(notice.publishedAt),
			description: escapeHtml(`${words.noticeDates(formatDate(notice.start, lang), formatDate(notice.end, lang))}${contextSuffix(lang, names(notice, lang))}`),
			enclosure: {
				url: url(json.href),
				type: "application/json",
				length: json.bytes
			}
		};
	})].sort((a, b) => b.date.getTime() - a.date.getTime());
	const home = url(localePath(lang, "/"));
	const feed = new Feed({
		title: siteNameOf(center, lang),
		description: words.homeLead,
		id: home,
		link: home,
		language: HTML_LANG[lang],
		generator: false,
		...items[0] ? { updated: items[0].date } : {},
		feedLinks: {
			rss: url(localePath(lang, "/feed.xml")),
			json: url(localePath(lang, "/feed.json"))
		}
	});
	for (const item of items) feed.addItem(item);
	return feed;
}
// site/src/data/routes.ts
var PARAM = {
	quarter: quarterSlug,
	year: (year) => year,
	month: (month) => month
};
async function periodRoutes(kind) {
	const { lists, plaques, months } = await readPublished();
	const withLists = periodsOfKind(lists, kind);
	return [.../* @__PURE__ */ new Set([...withLists.map((p) => p.period), ...kind === "month" ? months.map((m) => m.period) : []])].map((period) => ({
		params: { period: PARAM[kind](period) },
		props: {
			period,
			lists: withLists.find((p) => p.period === period)?.lists ?? [],
			plaques,
			evaluation: months.find((m) => m.period === period)
		}
	}));
}
async function windowRoutes() {
	return publicWindows(await readPublished()).map((window) => ({
		params: { id: window.windowId },
		props: { window }
	}));
}
/** Every downloadable file: each published list as JSON and as CSV. */
async function downloadRoutes(format) {
	const { lists, notices, months, plaques } = await readPublished();
	return [
		...lists,
		...notices,
		...months,
		...plaques
	].map((doc) => {
		const file = downloadsOf(doc)[format];
		return {
			params: { name: downloadName(doc) },
			props: {
				body: file.body,
				contentType: file.contentType
			}
		};
	});
}
/** The feed of published lists in a language, for the site at `site`. */
async function feedOf(lang, site) {
	const { center, lists, notices } = await readPublished();
	if (!site) throw new Error("the feeds need absolute addresses: set `site` in astro.config.mjs (SITE_URL)");
	return buildFeed({
		center,
		lists,
		notices,
		site,
		lang
	});
}
export { windowRoutes as i, feedOf as n, periodRoutes as r, downloadRoutes as t };

import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro, t as $$BaseLayout } from "./BaseLayout_xw3mxC-_.mjs";
import { D as windowHonors, E as publicWindows, O as windowTrend, Tt as createComponent, a as UI, q as formatPeriod, r as HTML_LANG, u as localePath, y as readPublished } from "./center_BJIK5-c3.mjs";
import { o as windowPath } from "./paths_BmF4KAep.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_CEA2m2hi.mjs";
import { t as $$EmptyState } from "./EmptyState_YFH_RdWC.mjs";
// site/src/components/pages/WindowsPage.astro
createAstro("http://localhost:4321");
var $$WindowsPage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$WindowsPage;
	const { lang } = Astro.props;
	const words = UI[lang];
	const published = await readPublished();
	const windows = publicWindows(published).map((w) => {
		const latest = windowTrend(w.windowId, published.months).findLast((p) => p.score !== null);
		return {
			...w,
			honors: windowHonors(w.windowId, published.lists).length,
			latest
		};
	});
	const chinese = lang === "en" ? HTML_LANG.zh : void 0;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"lang": lang,
		"title": words.windowsTitle,
		"description": words.windowsLead
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": [{
			href: localePath(lang, "/"),
			label: words.home
		}, {
			href: localePath(lang, "/windows/"),
			label: words.windowsTitle
		}]
	})}${maybeRenderHead($$result)}<section class="panel" aria-labelledby="windows-heading"><h1 id="windows-heading">${words.windowsTitle}</h1><p class="lead">${words.windowsLead}</p>${windows.length === 0 ? renderTemplate`${renderComponent($$result, "EmptyState", $$EmptyState, { "message": words.emptyWindows })}` : renderTemplate`<ul class="window-list">${windows.map((w) => renderTemplate`<li><a${addAttribute(windowPath(w.windowId, lang), "href")}${addAttribute(chinese, "lang")}>${w.name}</a><span class="window-list__meta">${(lang === "en" ? w.departmentEn ?? w.department : w.department) ?? ""}</span><span class="window-list__meta">${[w.honors > 0 ? words.honorCount(w.honors) : void 0, w.latest ? words.latestScore(w.latest.score, formatPeriod(w.latest.period, lang)) : void 0].filter(Boolean).join(" · ")}</span></li>`)}</ul>`}</section>` })}`;
}, "/work/wt-rules/site/src/components/pages/WindowsPage.astro", void 0);
export { $$WindowsPage as t };

import { _ as renderTemplate, b as addAttribute, d as Fragment, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro, t as $$BaseLayout } from "./BaseLayout_xw3mxC-_.mjs";
import { K as formatDate, Tt as createComponent, a as UI, b as archiveByYear, q as formatPeriod, u as localePath, y as readPublished } from "./center_BJIK5-c3.mjs";
import { n as noticePath, t as listPath } from "./paths_BmF4KAep.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_CEA2m2hi.mjs";
import { t as $$EmptyState } from "./EmptyState_YFH_RdWC.mjs";
// site/src/components/pages/ArchivePage.astro
createAstro("http://localhost:4321");
var $$ArchivePage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ArchivePage;
	const { lang } = Astro.props;
	const words = UI[lang];
	const years = archiveByYear(await readPublished());
	const yearName = (year) => lang === "zh" ? `${year}年` : year;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"lang": lang,
		"title": words.archiveTitle,
		"description": words.archiveLead
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": [{
			href: localePath(lang, "/"),
			label: words.home
		}, {
			href: localePath(lang, "/archive/"),
			label: words.archiveTitle
		}]
	})}${maybeRenderHead($$result)}<section class="panel" aria-labelledby="archive-heading"><h1 id="archive-heading">${words.archiveTitle}</h1><p class="lead">${words.archiveLead}</p>${years.length === 0 && renderTemplate`${renderComponent($$result, "EmptyState", $$EmptyState, { "message": words.emptyArchive })}`}${years.length > 1 && renderTemplate`<nav class="year-nav"${addAttribute(words.archiveTitle, "aria-label")}><ul class="inline-list">${years.map(({ year }) => renderTemplate`<li><a${addAttribute(`#year-${year}`, "href")}>${yearName(year)}</a></li>`)}</ul></nav>`}</section>${years.map(({ year, lists, notices, months }) => renderTemplate`<section class="panel archive-year"${addAttribute(`year-${year}`, "id")}${addAttribute(`year-${year}-heading`, "aria-labelledby")}><h2${addAttribute(`year-${year}-heading`, "id")}>${yearName(year)}</h2>${lists.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3>${words.archiveLists}</h3><ul class="archive-list">${lists.map((list) => renderTemplate`<li><a${addAttribute(listPath(list, lang), "href")}>${words.listHeading(formatPeriod(list.period, lang), list.title[lang])}</a><span class="archive-list__meta">${words.places(list.places, list.entries.length)}</span></li>`)}</ul>` })}`}${notices.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3>${words.archiveNotices}</h3><ul class="archive-list">${notices.map((n) => renderTemplate`<li><a${addAttribute(noticePath(n.noticeId, lang), "href")}>${words.noticeHeading(formatPeriod(n.period, lang), n.title[lang])}</a><span class="archive-list__meta">${words.noticeDates(formatDate(n.start, lang), formatDate(n.end, lang))} · ${n.inForce ? words.noticeStatusInForce : words.noticeStatusEnded}</span></li>`)}</ul>` })}`}${months.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3>${words.archiveMonths}</h3><ul class="inline-list archive-months">${months.map((m) => renderTemplate`<li><a${addAttribute(localePath(lang, `/months/${m.period}/`), "href")}>${formatPeriod(m.period, lang)}</a></li>`)}</ul>` })}`}</section>`)}` })}`;
}, "/work/wt-rules/site/src/components/pages/ArchivePage.astro", void 0);
export { $$ArchivePage as t };

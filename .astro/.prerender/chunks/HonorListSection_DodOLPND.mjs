import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro } from "./BaseLayout_xw3mxC-_.mjs";
import { K as formatDate, Tt as createComponent, a as UI, q as formatPeriod, w as plaqueHolders } from "./center_BJIK5-c3.mjs";
import { t as listPath } from "./paths_BmF4KAep.mjs";
import { n as $$Downloads, t as $$HonoreeCard } from "./HonoreeCard_Be_DjgUr.mjs";
// site/src/components/HonorListSection.astro
createAstro("http://localhost:4321");
var $$HonorListSection = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$HonorListSection;
	const { list, lang, level, compact = false, plaque, withPeriod = false } = Astro.props;
	const words = UI[lang];
	const Heading = `h${level}`;
	const title = list.title[lang];
	const period = formatPeriod(list.period, lang);
	const headingId = `${compact ? "board" : "list"}-${list.honorId}-${list.period}`;
	const holders = plaqueHolders(plaque);
	const holdsPlaque = (subjectId) => holders?.period === list.period && holders.windows.some((w) => w.subjectId === subjectId);
	const meta = [
		words.noticeDates(formatDate(list.notice.start, lang), formatDate(list.notice.end, lang)),
		words.finalizedOn(formatDate(list.finalizedOn, lang)),
		words.places(list.places, list.entries.length),
		words.rulebookRef(list.rulebook.id, list.rulebook.version)
	];
	return renderTemplate`${maybeRenderHead($$result)}<section${addAttribute(["honor-list", { "honor-list--compact": compact }], "class:list")}${addAttribute(compact ? void 0 : list.honorId, "id")}${addAttribute(headingId, "aria-labelledby")}>${renderComponent($$result, "Heading", Heading, {
		"id": headingId,
		"class": "honor-list__title"
	}, { "default": ($$result) => renderTemplate`${withPeriod ? words.listHeading(period, title) : title}` })}<p class="meta">${meta.join(" · ")}</p><ol${addAttribute(["honorees", `honorees--${list.subject}`], "class:list")}>${list.entries.map((entry) => renderTemplate`${renderComponent($$result, "HonoreeCard", $$HonoreeCard, {
		"entry": entry,
		"subject": list.subject,
		"lang": lang,
		"compact": compact,
		"holdsPlaque": holdsPlaque(entry.subjectId)
	})}`)}</ol>${compact ? renderTemplate`<p class="more"><a${addAttribute(listPath(list, lang), "href")}>${words.fullList(withPeriod ? words.listHeading(period, title) : title)}</a></p>` : renderTemplate`${renderComponent($$result, "Downloads", $$Downloads, {
		"doc": list,
		"name": words.listHeading(period, title),
		"lang": lang
	})}`}</section>`;
}, "/work/wt-rules/site/src/components/HonorListSection.astro", void 0);
export { $$HonorListSection as t };

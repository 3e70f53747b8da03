import { _ as renderTemplate, b as addAttribute, d as Fragment, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro } from "./BaseLayout_xw3mxC-_.mjs";
import { K as formatDate, Tt as createComponent, a as UI, o as contextSuffix, q as formatPeriod } from "./center_BJIK5-c3.mjs";
import { n as noticePath, r as objectionPath, t as listPath } from "./paths_BmF4KAep.mjs";
import { n as $$Downloads, t as $$HonoreeCard } from "./HonoreeCard_Be_DjgUr.mjs";
// site/src/components/NoticeCard.astro
createAstro("http://localhost:4321");
var $$NoticeCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticeCard;
	const { notice, lang, finalList, level, compact = false } = Astro.props;
	const words = UI[lang];
	const Heading = `h${level}`;
	const heading = words.noticeHeading(formatPeriod(notice.period, lang), notice.title[lang]);
	const headingId = `${compact ? "board-notice" : "notice"}-${notice.noticeId}`;
	return renderTemplate`${maybeRenderHead($$result)}<article${addAttribute(["notice-card", {
		"notice-card--in-force": notice.inForce,
		"notice-card--compact": compact
	}], "class:list")}${addAttribute(compact ? void 0 : notice.noticeId, "id")}${addAttribute(headingId, "aria-labelledby")}><p${addAttribute(["badge", notice.inForce ? "badge--in-force" : "badge--ended"], "class:list")}>${notice.inForce ? words.noticeStatusInForce : words.noticeStatusEnded}</p>${renderComponent($$result, "Heading", Heading, {
		"id": headingId,
		"class": "notice-card__title"
	}, { "default": ($$result) => renderTemplate`${heading}` })}<p class="notice-card__dates"><strong>${words.noticeDates(formatDate(notice.start, lang), formatDate(notice.end, lang))}</strong></p>${notice.provisional && renderTemplate`<p class="note">${words.noticeProvisional}</p>`}<p class="meta">${words.noticeId(notice.noticeId)}</p><ol${addAttribute(["honorees", `honorees--${notice.subject}`], "class:list")}${addAttribute(words.noticeProposed, "aria-label")}>${notice.entries.map((entry) => renderTemplate`${renderComponent($$result, "HonoreeCard", $$HonoreeCard, {
		"entry": entry,
		"subject": notice.subject,
		"lang": lang,
		"compact": compact || !notice.inForce
	}, { "default": ($$result) => renderTemplate`${!compact && notice.inForce && renderTemplate`<p class="meta">${words.entryId(entry.subjectId)}</p>`}${!compact && notice.inForce && renderTemplate`<p class="honoree__action"><a class="button-link"${addAttribute(objectionPath(notice.noticeId, entry.subjectId, lang), "href")}>${words.objectShort}<span class="visually-hidden">${contextSuffix(lang, entry.name)}</span></a></p>`}` })}`)}</ol>${compact ? renderTemplate`<p class="more"><a${addAttribute(noticePath(notice.noticeId, lang), "href")}>${words.noticeOpen}<span class="visually-hidden">${contextSuffix(lang, heading)}</span></a></p>` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${finalList && renderTemplate`<p class="more"><a${addAttribute(listPath(finalList, lang), "href")}>${words.noticeFinalList}</a></p>`}${renderComponent($$result, "Downloads", $$Downloads, {
		"doc": notice,
		"name": heading,
		"lang": lang
	})}` })}`}</article>`;
}, "/work/wt-rules/site/src/components/NoticeCard.astro", void 0);
export { $$NoticeCard as t };

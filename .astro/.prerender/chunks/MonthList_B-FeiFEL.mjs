import { _ as renderTemplate, b as addAttribute, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro } from "./BaseLayout_BLgLBKuL.mjs";
import { Tt as createComponent, W as formatBeijingDate, a as UI, q as formatPeriod, u as localePath } from "./center_efNhtyeD.mjs";
// site/src/components/MonthList.astro
createAstro("http://localhost:4321");
var $$MonthList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$MonthList;
	const { evaluations, lang } = Astro.props;
	const words = UI[lang];
	return renderTemplate`${maybeRenderHead($$result)}<ul class="month-list">${evaluations.map(({ period, publishedAt, windows }) => renderTemplate`<li><a${addAttribute(localePath(lang, `/months/${period}/`), "href")}>${formatPeriod(period, lang)}</a><span class="month-list__meta">${words.monthsCount(windows.length)} · ${words.published(formatBeijingDate(publishedAt, lang))}</span></li>`)}</ul>`;
}, "/work/wt-rules/site/src/components/MonthList.astro", void 0);
export { $$MonthList as t };

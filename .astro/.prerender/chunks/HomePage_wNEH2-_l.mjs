import { _ as renderTemplate, b as addAttribute, d as Fragment, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro, t as $$BaseLayout } from "./BaseLayout_BLgLBKuL.mjs";
import { S as noticesInForce, T as plaqueOf, Tt as createComponent, a as UI, n as siteNameOf, t as centerNameOf, u as localePath, x as currentBoard, y as readPublished } from "./center_efNhtyeD.mjs";
import { t as $$EmptyState } from "./EmptyState_DWpoc9ql.mjs";
import { t as $$HonorListSection } from "./HonorListSection_D2szqO3D.mjs";
import { t as $$MonthList } from "./MonthList_B-FeiFEL.mjs";
import { t as $$NoticeCard } from "./NoticeCard_C3rjLF7f.mjs";
// site/src/components/pages/HomePage.astro
createAstro("http://localhost:4321");
var $$HomePage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$HomePage;
	const { lang } = Astro.props;
	const words = UI[lang];
	const published = await readPublished();
	const board = currentBoard(published.lists);
	const inForce = noticesInForce(published.notices);
	const recentMonths = published.months.slice(0, 12);
	const sectionTitle = {
		quarter: words.boardQuarter,
		year: words.boardYear,
		month: words.boardMonth
	};
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"lang": lang,
		"description": words.homeDescription(centerNameOf(published.center, lang))
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<section class="panel honors" aria-labelledby="honors-heading"><h1 id="honors-heading">${siteNameOf(published.center, lang)}</h1><p class="lead">${words.homeLead}</p>${board.length === 0 && renderTemplate`${renderComponent($$result, "EmptyState", $$EmptyState, { "message": words.emptyHonors }, { "default": ($$result) => renderTemplate`${words.emptyHonorsDetail}` })}`}</section>${inForce.length > 0 && renderTemplate`<section class="panel notices-now" aria-labelledby="notices-now-heading"><h2 id="notices-now-heading">${words.noticesInForce}</h2>${inForce.map((notice) => renderTemplate`${renderComponent($$result, "NoticeCard", $$NoticeCard, {
		"notice": notice,
		"lang": lang,
		"level": 3,
		"compact": true
	})}`)}</section>`}${board.map((section) => renderTemplate`<section class="panel board-section"${addAttribute(`board-${section.kind}`, "aria-labelledby")}><h2${addAttribute(`board-${section.kind}`, "id")}>${sectionTitle[section.kind]}</h2>${section.lists.map((list) => renderTemplate`${renderComponent($$result, "HonorListSection", $$HonorListSection, {
		"list": list,
		"lang": lang,
		"level": 3,
		"compact": true,
		"withPeriod": true,
		"plaque": plaqueOf(published.plaques, list.honorId)
	})}`)}</section>`)}<section class="panel" aria-labelledby="months-heading"><h2 id="months-heading">${words.monthsTitle}</h2>${published.months.length === 0 ? renderTemplate`${renderComponent($$result, "EmptyState", $$EmptyState, { "message": words.emptyMonths })}` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "MonthList", $$MonthList, {
		"evaluations": recentMonths,
		"lang": lang
	})}${published.months.length > recentMonths.length && renderTemplate`<p class="more"><a${addAttribute(localePath(lang, "/months/"), "href")}>${words.allMonths(published.months.length)}</a></p>`}` })}`}</section>` })}`;
}, "/work/wt-rules/site/src/components/pages/HomePage.astro", void 0);
export { $$HomePage as t };

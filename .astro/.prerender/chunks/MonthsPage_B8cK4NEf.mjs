import { _ as renderTemplate, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro, t as $$BaseLayout } from "./BaseLayout_BLgLBKuL.mjs";
import { Tt as createComponent, _ as listMonthlyEvaluations, a as UI, u as localePath } from "./center_efNhtyeD.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_X5s1QOqx.mjs";
import { t as $$EmptyState } from "./EmptyState_DWpoc9ql.mjs";
import { t as $$MonthList } from "./MonthList_B-FeiFEL.mjs";
// site/src/components/pages/MonthsPage.astro
createAstro("http://localhost:4321");
var $$MonthsPage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$MonthsPage;
	const { lang } = Astro.props;
	const words = UI[lang];
	const evaluations = await listMonthlyEvaluations();
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"lang": lang,
		"title": words.monthsTitle,
		"description": words.monthsLead
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": [{
			href: localePath(lang, "/"),
			label: words.home
		}, {
			href: localePath(lang, "/months/"),
			label: words.monthsTitle
		}]
	})}${maybeRenderHead($$result)}<section class="panel" aria-labelledby="months-heading"><h1 id="months-heading">${words.monthsTitle}</h1><p class="lead">${words.monthsLead}</p>${evaluations.length === 0 ? renderTemplate`${renderComponent($$result, "EmptyState", $$EmptyState, { "message": words.emptyMonths })}` : renderTemplate`${renderComponent($$result, "MonthList", $$MonthList, {
		"evaluations": evaluations,
		"lang": lang
	})}`}</section>` })}`;
}, "/work/wt-rules/site/src/components/pages/MonthsPage.astro", void 0);
export { $$MonthsPage as t };

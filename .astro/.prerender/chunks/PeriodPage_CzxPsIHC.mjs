import { _ as renderTemplate, b as addAttribute, d as Fragment, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro, t as $$BaseLayout } from "./BaseLayout_BLgLBKuL.mjs";
import { J as formatRate, T as plaqueOf, Tt as createComponent, W as formatBeijingDate, a as UI, bt as periodKindOf, n as siteNameOf, q as formatPeriod, r as HTML_LANG, u as localePath, v as readCenterProfile } from "./center_efNhtyeD.mjs";
import { i as periodPath, o as windowPath } from "./paths_B4yiooR8.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_X5s1QOqx.mjs";
import { t as $$HonorListSection } from "./HonorListSection_D2szqO3D.mjs";
import { n as $$Downloads } from "./HonoreeCard_i_cSM-u5.mjs";
// site/src/util/evaluation-rows.ts
/**
* Rows in the order the center profile lists its windows (the order of the hall, which
* visitors know), then windows the profile does not list, in published order. A window
* missing from the profile keeps its id as its name rather than disappearing.
*/
function evaluationRows(evaluation, profile) {
	const profileWindows = profile?.windows ?? [];
	const listed = new Map(profileWindows.map((w, position) => [w.windowId, {
		...w,
		position
	}]));
	const rows = evaluation.windows.map((score) => {
		const window = listed.get(score.windowId);
		return {
			...score,
			name: window?.name ?? score.windowId,
			department: window?.department ?? null,
			departmentEn: window?.departmentEn ?? null
		};
	});
	const rank = (row) => listed.get(row.windowId)?.position ?? profileWindows.length;
	return rows.toSorted((a, b) => rank(a) - rank(b));
}
// site/src/components/EvaluationTable.astro
createAstro("http://localhost:4321");
var $$EvaluationTable = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EvaluationTable;
	const { period, rows, lang } = Astro.props;
	const words = UI[lang];
	const chinese = lang === "en" ? HTML_LANG.zh : void 0;
	const captionId = `evaluation-${period}`;
	return renderTemplate`${maybeRenderHead($$result)}<div class="table-scroll" role="region"${addAttribute(captionId, "aria-labelledby")} tabindex="0"><table class="evaluation-table"><caption${addAttribute(captionId, "id")}><span class="caption-text">${words.evaluationCaption(formatPeriod(period, lang))}</span></caption><thead><tr><th scope="col">${words.colWindow}</th><th scope="col">${words.colDepartment}</th><th scope="col" class="num">${words.colScore}<span class="unit">${words.colScoreUnit}</span></th><th scope="col" class="num">${words.colComponent}<span class="unit">${words.colComponentUnit}</span></th><th scope="col" class="num">${words.colRate}</th><th scope="col" class="num">${words.colEvaluations}</th><th scope="col" class="num">${words.colVolume}</th></tr></thead><tbody>${rows.map((row) => renderTemplate`<tr><th scope="row"><a${addAttribute(windowPath(row.windowId, lang), "href")}${addAttribute(chinese, "lang")}>${row.name}</a></th><td${addAttribute(lang === "en" && row.departmentEn === null ? HTML_LANG.zh : void 0, "lang")}>${(lang === "en" ? row.departmentEn ?? row.department : row.department) ?? "—"}</td><td class="num score">${row.score ?? "—"}</td><td class="num">${row.component}</td><td class="num">${formatRate(row.satisfactionRate, "—")}</td><td class="num">${row.evaluations} / ${row.required}</td><td class="num">${row.volume}</td></tr>`)}</tbody></table></div>`;
}, "/work/wt-rules/site/src/components/EvaluationTable.astro", void 0);
// site/src/components/MonthEvaluation.astro
createAstro("http://localhost:4321");
var $$MonthEvaluation = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$MonthEvaluation;
	const { evaluation, center, lang } = Astro.props;
	const words = UI[lang];
	const title = words.monthTitle(formatPeriod(evaluation.period, lang));
	return renderTemplate`${maybeRenderHead($$result)}<p class="lead">${words.monthLead}</p><p class="meta">${words.rulebookLine(evaluation.rulebook.id, evaluation.rulebook.version, formatBeijingDate(evaluation.publishedAt, lang))}</p>${renderComponent($$result, "EvaluationTable", $$EvaluationTable, {
		"period": evaluation.period,
		"rows": evaluationRows(evaluation, center),
		"lang": lang
	})}<p class="note">${words.noRateNote("—")}</p>${renderComponent($$result, "Downloads", $$Downloads, {
		"doc": evaluation,
		"name": title,
		"lang": lang
	})}`;
}, "/work/wt-rules/site/src/components/MonthEvaluation.astro", void 0);
// site/src/components/PlaqueHistoryTable.astro
createAstro("http://localhost:4321");
var $$PlaqueHistoryTable = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PlaqueHistoryTable;
	const { plaque, lang } = Astro.props;
	const words = UI[lang];
	const chinese = lang === "en" ? HTML_LANG.zh : void 0;
	const captionId = `plaque-${plaque.honorId}`;
	return renderTemplate`${maybeRenderHead($$result)}<div class="plaque-history"><p class="note">${words.plaqueHistoryLead}</p><div class="table-scroll" role="region"${addAttribute(captionId, "aria-labelledby")} tabindex="0"><table class="data-table"><caption${addAttribute(captionId, "id")}>${words.plaqueHistory(plaque.title[lang])}</caption><thead><tr><th scope="col">${words.colPeriod}</th><th scope="col">${words.colHolders}</th></tr></thead><tbody>${plaque.holders.map((holder, index) => renderTemplate`<tr><th scope="row">${formatPeriod(holder.period, lang)}${index === 0 && renderTemplate`<span class="badge badge--plaque">${words.current}</span>`}</th><td><ul class="inline-list">${holder.windows.map((w) => renderTemplate`<li>${w.windowId ? renderTemplate`<a${addAttribute(windowPath(w.windowId, lang), "href")}${addAttribute(chinese, "lang")}>${w.name}</a>` : renderTemplate`<span${addAttribute(chinese, "lang")}>${w.name}</span>`}</li>`)}</ul></td></tr>`)}</tbody></table></div></div>`;
}, "/work/wt-rules/site/src/components/PlaqueHistoryTable.astro", void 0);
// site/src/components/pages/PeriodPage.astro
createAstro("http://localhost:4321");
var $$PeriodPage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PeriodPage;
	const { lang, period, lists, plaques, evaluation } = Astro.props;
	const words = UI[lang];
	const center = await readCenterProfile();
	const kind = periodKindOf(period);
	const name = formatPeriod(period, lang);
	const title = kind === "quarter" ? words.starsTitle(name) : kind === "year" ? words.yearTitle(name) : lists.length > 0 ? words.monthPageTitle(name) : words.monthTitle(name);
	const parent = kind === "month" ? {
		href: localePath(lang, "/months/"),
		label: words.monthsTitle
	} : {
		href: localePath(lang, "/archive/"),
		label: words.archiveTitle
	};
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"lang": lang,
		"title": title,
		"description": title
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": [
			{
				href: localePath(lang, "/"),
				label: words.home
			},
			parent,
			{
				href: periodPath(period, lang),
				label: name
			}
		]
	})}${maybeRenderHead($$result)}<article class="panel period-page" aria-labelledby="period-heading"><p class="poster-only poster-center">${siteNameOf(center, lang)}</p><h1 id="period-heading">${title}</h1>${lists.length > 0 && renderTemplate`<p class="lead">${words.periodLead}</p>`}${lists.map((list) => {
		const plaque = plaqueOf(plaques, list.honorId);
		return renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "HonorListSection", $$HonorListSection, {
			"list": list,
			"lang": lang,
			"level": 2,
			"plaque": plaque
		})}${plaque && renderTemplate`${renderComponent($$result, "PlaqueHistoryTable", $$PlaqueHistoryTable, {
			"plaque": plaque,
			"lang": lang
		})}`}` })}`;
	})}${lists.length > 0 && renderTemplate`<p class="poster-only poster-foot">${words.printNote(formatBeijingDate(lists.map((l) => l.publishedAt).sort().at(-1), lang))}</p>`}${lists.length === 0 && evaluation && renderTemplate`${renderComponent($$result, "MonthEvaluation", $$MonthEvaluation, {
		"evaluation": evaluation,
		"center": center,
		"lang": lang
	})}`}</article>${lists.length > 0 && evaluation && renderTemplate`<section class="panel evaluation" aria-labelledby="evaluation-heading"><h2 id="evaluation-heading">${words.monthTitle(name)}</h2>${renderComponent($$result, "MonthEvaluation", $$MonthEvaluation, {
		"evaluation": evaluation,
		"center": center,
		"lang": lang
	})}</section>`}` })}`;
}, "/work/wt-rules/site/src/components/pages/PeriodPage.astro", void 0);
export { $$PeriodPage as t };

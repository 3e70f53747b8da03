import { _ as renderTemplate, b as addAttribute, d as Fragment, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro, t as $$BaseLayout } from "./BaseLayout_BLgLBKuL.mjs";
import { D as windowHonors, O as windowTrend, Tt as createComponent, a as UI, q as formatPeriod, r as HTML_LANG, u as localePath, y as readPublished } from "./center_efNhtyeD.mjs";
import { o as windowPath, t as listPath } from "./paths_B4yiooR8.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_X5s1QOqx.mjs";
import { t as $$EmptyState } from "./EmptyState_DWpoc9ql.mjs";
// site/src/util/trend-chart.ts
var WIDTH = 640;
var HEIGHT = 260;
var PLOT = {
	left: 48,
	right: 624,
	top: 16,
	bottom: 220
};
var STEP = 5;
var round1 = (n) => Math.round(n * 10) / 10;
/** The y axis runs from a multiple of 5 below the lowest score to 100 (the maximum). */
function trendChart(points) {
	const values = points.filter((p) => p.score !== null).map((p) => Number(p.score));
	const highest = Math.max(100, ...values);
	const lowest = values.length === 0 ? 80 : Math.min(highest - STEP, Math.floor((Math.min(...values) - 1) / STEP) * STEP);
	const xOf = (i) => round1(points.length <= 1 ? (PLOT.left + PLOT.right) / 2 : PLOT.left + (PLOT.right - PLOT.left) * i / (points.length - 1));
	const yOf = (value) => round1(PLOT.bottom - (PLOT.bottom - PLOT.top) * (value - lowest) / (highest - lowest));
	const paths = [];
	let run = [];
	points.forEach((p, i) => {
		if (p.score === null) {
			if (run.length > 0) paths.push(run.join(" "));
			run = [];
			return;
		}
		run.push(`${run.length === 0 ? "M" : "L"}${xOf(i)} ${yOf(Number(p.score))}`);
	});
	if (run.length > 0) paths.push(run.join(" "));
	const ticks = [];
	const tickStep = highest - lowest > 40 ? 20 : highest - lowest > 20 ? 10 : STEP;
	for (let v = lowest; v <= highest; v += tickStep) ticks.push({
		y: yOf(v),
		label: String(v)
	});
	return {
		width: WIDTH,
		height: HEIGHT,
		plot: PLOT,
		ticks,
		paths: paths.filter((d) => d.includes("L")),
		dots: points.flatMap((p, i) => p.score === null ? [] : [{
			x: xOf(i),
			y: yOf(Number(p.score)),
			period: p.period,
			score: p.score
		}]),
		labels: points.map((p, i) => ({
			x: xOf(i),
			period: p.period
		})),
		lowest,
		highest
	};
}
/** The facts a reader of the chart would take from it, for its text alternative. */
function trendSummary(points) {
	const scored = points.filter((p) => p.score !== null);
	if (scored.length === 0) return void 0;
	const by = (pick) => scored.reduce((kept, p) => pick(Number(p.score), Number(kept.score)) ? p : kept);
	return {
		best: by((a, b) => a > b),
		worst: by((a, b) => a < b),
		latest: scored.at(-1)
	};
}
// site/src/components/TrendChart.astro
createAstro("http://localhost:4321");
var $$TrendChart = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TrendChart;
	const { points, windowName, lang } = Astro.props;
	const words = UI[lang];
	const chart = trendChart(points);
	const summary = trendSummary(points);
	const month = (period) => formatPeriod(period, lang);
	const description = summary ? words.trendSummary(month(points[0].period), month(points.at(-1).period), summary.best.score, month(summary.best.period), summary.worst.score, month(summary.worst.period), summary.latest.score, month(summary.latest.period)) : words.emptyTrend;
	const step = Math.ceil(points.length / 12);
	const shortMonth = (period) => lang === "zh" ? `${Number(period.slice(5))}月` : (/* @__PURE__ */ new Date(`${period}-15T00:00:00Z`)).toLocaleString("en-GB", {
		month: "short",
		timeZone: "UTC"
	});
	return renderTemplate`${maybeRenderHead($$result)}<figure class="trend"><svg class="trend__chart"${addAttribute(`0 0 ${chart.width} ${chart.height}`, "viewBox")} role="img" aria-labelledby="trend-title trend-desc" preserveAspectRatio="xMidYMid meet"><title id="trend-title">${words.trendChartTitle(windowName)}</title><desc id="trend-desc">${description}</desc><g class="trend__grid">${chart.ticks.map((tick) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<line${addAttribute(chart.plot.left, "x1")}${addAttribute(chart.plot.right, "x2")}${addAttribute(tick.y, "y1")}${addAttribute(tick.y, "y2")}></line><text${addAttribute(chart.plot.left - 8, "x")}${addAttribute(tick.y, "y")} dy="0.35em" text-anchor="end">${tick.label}</text>` })}`)}</g><g class="trend__axis">${chart.labels.map((label, index) => index % step === 0 || index === chart.labels.length - 1 ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<text${addAttribute(label.x, "x")}${addAttribute(chart.plot.bottom + 18, "y")} text-anchor="middle">${shortMonth(label.period)}</text>${(index === 0 || label.period.endsWith("-01")) && renderTemplate`<text${addAttribute(label.x, "x")}${addAttribute(chart.plot.bottom + 34, "y")} text-anchor="middle">${label.period.slice(0, 4)}</text>`}` })}` : null)}</g>${chart.paths.map((d) => renderTemplate`<path class="trend__line"${addAttribute(d, "d")}></path>`)}${chart.dots.map((dot) => renderTemplate`<circle class="trend__dot"${addAttribute(dot.x, "cx")}${addAttribute(dot.y, "cy")} r="4"></circle>`)}</svg><figcaption class="note">${description}</figcaption></figure><details class="trend__data"><summary>${words.trendTable}</summary><table class="data-table"><caption class="visually-hidden">${words.trendChartTitle(windowName)}</caption><thead><tr><th scope="col">${words.colMonth}</th><th scope="col" class="num">${words.colScore}</th></tr></thead><tbody>${points.toReversed().map((p) => renderTemplate`<tr><th scope="row">${month(p.period)}</th><td class="num">${p.score ?? "—"}</td></tr>`)}</tbody></table></details>`;
}, "/work/wt-rules/site/src/components/TrendChart.astro", void 0);
// site/src/components/pages/WindowPage.astro
createAstro("http://localhost:4321");
var $$WindowPage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$WindowPage;
	const { lang, window } = Astro.props;
	const words = UI[lang];
	const published = await readPublished();
	const honors = windowHonors(window.windowId, published.lists);
	const trend = windowTrend(window.windowId, published.months);
	const chinese = lang === "en" ? HTML_LANG.zh : void 0;
	const department = lang === "en" ? window.departmentEn ?? window.department : window.department;
	const plaques = published.plaques.filter((p) => p.holders[0]?.windows.some((w) => w.subjectId === window.windowId));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"lang": lang,
		"title": window.name,
		"description": `${window.name} · ${words.windowHonors} · ${words.windowTrend}`
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": [
			{
				href: localePath(lang, "/"),
				label: words.home
			},
			{
				href: localePath(lang, "/windows/"),
				label: words.windowsTitle
			},
			{
				href: windowPath(window.windowId, lang),
				label: window.name
			}
		]
	})}${maybeRenderHead($$result)}<section class="panel window-page" aria-labelledby="window-heading"><h1 id="window-heading"${addAttribute(chinese, "lang")}>${window.name}</h1>${department && renderTemplate`<p class="lead"${addAttribute(lang === "en" && window.departmentEn === null ? HTML_LANG.zh : void 0, "lang")}>${department}</p>`}${plaques.map((p) => renderTemplate`<p class="badge badge--plaque">${p.title[lang]} · ${words.plaqueNow(formatPeriod(p.holders[0].period, lang))}</p>`)}</section><section class="panel" aria-labelledby="honors-heading"><h2 id="honors-heading">${words.windowHonors}</h2>${honors.length === 0 ? renderTemplate`${renderComponent($$result, "EmptyState", $$EmptyState, { "message": words.emptyWindowHonors })}` : renderTemplate`<div class="table-scroll" role="region" aria-labelledby="honors-caption" tabindex="0"><table class="data-table"><caption id="honors-caption" class="visually-hidden">${words.windowHonorsOf(window.name)}</caption><thead><tr><th scope="col">${words.colWhen}</th><th scope="col">${words.colHonor}</th><th scope="col">${words.colHonored}</th></tr></thead><tbody>${honors.map(({ list, entries }) => renderTemplate`<tr><th scope="row"><a${addAttribute(listPath(list, lang), "href")}>${formatPeriod(list.period, lang)}</a></th><td>${list.title[lang]}</td><td><ul class="inline-list">${entries.map((e) => renderTemplate`<li${addAttribute(chinese, "lang")}>${e.name}</li>`)}</ul></td></tr>`)}</tbody></table></div>`}</section><section class="panel" aria-labelledby="trend-heading"><h2 id="trend-heading">${words.windowTrend}</h2><p class="lead">${words.windowTrendLead}</p>${trend.some((p) => p.score !== null) ? renderTemplate`${renderComponent($$result, "TrendChart", $$TrendChart, {
		"points": trend,
		"windowName": window.name,
		"lang": lang
	})}` : renderTemplate`${renderComponent($$result, "EmptyState", $$EmptyState, { "message": words.emptyTrend })}`}</section>` })}`;
}, "/work/wt-rules/site/src/components/pages/WindowPage.astro", void 0);
export { $$WindowPage as t };

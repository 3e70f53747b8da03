import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import "./BaseLayout_xw3mxC-_.mjs";
import { t as $$RulesPage } from "./RulesPage_CcKw-oVM.mjs";
// site/src/pages/en/how-scores-work.astro
var how_scores_work_exports = /* @__PURE__ */ __exportAll({
	default: () => $$HowScoresWork,
	file: () => $$file,
	url: () => $$url
});
var $$HowScoresWork = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "RulesPage", $$RulesPage, { "lang": "en" })}`;
}, "/work/wt-rules/site/src/pages/en/how-scores-work.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/en/how-scores-work.astro";
var $$url = "/en/how-scores-work/";
// \0virtual:astro:page:src/pages/en/how-scores-work@_@astro
var page = () => how_scores_work_exports;
export { page };

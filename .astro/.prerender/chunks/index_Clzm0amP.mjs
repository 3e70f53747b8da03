import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import "./BaseLayout_xw3mxC-_.mjs";
import { t as $$MonthsPage } from "./MonthsPage_Do01g62J.mjs";
// site/src/pages/months/index.astro
var months_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "MonthsPage", $$MonthsPage, { "lang": "zh" })}`;
}, "/work/wt-rules/site/src/pages/months/index.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/months/index.astro";
var $$url = "/months/";
// \0virtual:astro:page:src/pages/months/index@_@astro
var page = () => months_exports;
export { page };

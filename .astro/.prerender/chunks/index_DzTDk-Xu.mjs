import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import "./BaseLayout_xw3mxC-_.mjs";
import { t as $$CorrectionsIndex } from "./CorrectionsIndex_C5FVC1PZ.mjs";
// site/src/pages/forms/corrections/index.astro
var corrections_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "CorrectionsIndex", $$CorrectionsIndex, { "lang": "zh" })}`;
}, "/work/wt-rules/site/src/pages/forms/corrections/index.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/forms/corrections/index.astro";
var $$url = "/forms/corrections/";
// \0virtual:astro:page:src/pages/forms/corrections/index@_@astro
var page = () => corrections_exports;
export { page };

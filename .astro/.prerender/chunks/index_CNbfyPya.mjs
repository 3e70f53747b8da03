import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import "./BaseLayout_xw3mxC-_.mjs";
import { t as $$FormsIndex } from "./FormsIndex_B129h2H7.mjs";
// site/src/pages/en/forms/index.astro
var forms_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "FormsIndex", $$FormsIndex, { "lang": "en" })}`;
}, "/work/wt-rules/site/src/pages/en/forms/index.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/en/forms/index.astro";
var $$url = "/en/forms/";
// \0virtual:astro:page:src/pages/en/forms/index@_@astro
var page = () => forms_exports;
export { page };

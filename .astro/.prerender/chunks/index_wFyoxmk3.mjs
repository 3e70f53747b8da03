import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import "./BaseLayout_xw3mxC-_.mjs";
import { t as $$HomePage } from "./HomePage_DQHpKKaB.mjs";
// site/src/pages/en/index.astro
var en_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "HomePage", $$HomePage, { "lang": "en" })}`;
}, "/work/wt-rules/site/src/pages/en/index.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/en/index.astro";
var $$url = "/en/";
// \0virtual:astro:page:src/pages/en/index@_@astro
var page = () => en_exports;
export { page };

import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import "./BaseLayout_xw3mxC-_.mjs";
import { t as $$NoticesPage } from "./NoticesPage_CYyIzufQ.mjs";
// site/src/pages/en/notices.astro
var notices_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Notices,
	file: () => $$file,
	url: () => $$url
});
var $$Notices = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "NoticesPage", $$NoticesPage, { "lang": "en" })}`;
}, "/work/wt-rules/site/src/pages/en/notices.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/en/notices.astro";
var $$url = "/en/notices/";
// \0virtual:astro:page:src/pages/en/notices@_@astro
var page = () => notices_exports;
export { page };

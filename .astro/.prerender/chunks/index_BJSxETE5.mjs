import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_efNhtyeD.mjs";
import "./BaseLayout_BLgLBKuL.mjs";
import { t as $$WindowsPage } from "./WindowsPage_DtBi7GMw.mjs";
// site/src/pages/en/windows/index.astro
var windows_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "WindowsPage", $$WindowsPage, { "lang": "en" })}`;
}, "/work/wt-rules/site/src/pages/en/windows/index.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/en/windows/index.astro";
var $$url = "/en/windows/";
// \0virtual:astro:page:src/pages/en/windows/index@_@astro
var page = () => windows_exports;
export { page };

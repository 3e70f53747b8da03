import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_efNhtyeD.mjs";
import "./BaseLayout_BLgLBKuL.mjs";
import { t as $$WindowsPage } from "./WindowsPage_DtBi7GMw.mjs";
// site/src/pages/windows/index.astro
var windows_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "WindowsPage", $$WindowsPage, { "lang": "zh" })}`;
}, "/work/wt-rules/site/src/pages/windows/index.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/windows/index.astro";
var $$url = "/windows/";
// \0virtual:astro:page:src/pages/windows/index@_@astro
var page = () => windows_exports;
export { page };

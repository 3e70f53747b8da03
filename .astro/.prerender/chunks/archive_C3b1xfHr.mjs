import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_efNhtyeD.mjs";
import "./BaseLayout_BLgLBKuL.mjs";
import { t as $$ArchivePage } from "./ArchivePage_D2YbHs-V.mjs";
// site/src/pages/archive.astro
var archive_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Archive,
	file: () => $$file,
	url: () => $$url
});
var $$Archive = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "ArchivePage", $$ArchivePage, { "lang": "zh" })}`;
}, "/work/wt-rules/site/src/pages/archive.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/archive.astro";
var $$url = "/archive/";
// \0virtual:astro:page:src/pages/archive@_@astro
var page = () => archive_exports;
export { page };

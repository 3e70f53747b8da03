import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_efNhtyeD.mjs";
import { r as createAstro } from "./BaseLayout_BLgLBKuL.mjs";
import { t as $$WindowPage } from "./WindowPage_CehYJrqn.mjs";
import { i as windowRoutes } from "./routes_BmokLz7a.mjs";
// site/src/pages/windows/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = windowRoutes;
var $$Id = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { window } = Astro.props;
	return renderTemplate`${renderComponent($$result, "WindowPage", $$WindowPage, {
		"lang": "zh",
		"window": window
	})}`;
}, "/work/wt-rules/site/src/pages/windows/[id].astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/windows/[id].astro";
var $$url = "/windows/[id]/";
// \0virtual:astro:page:src/pages/windows/[id]@_@astro
var page = () => _id__exports;
export { page };

import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import { r as createAstro } from "./BaseLayout_xw3mxC-_.mjs";
import { t as $$PeriodPage } from "./PeriodPage_E1B4fG07.mjs";
import { r as periodRoutes } from "./routes_C4cWCQjT.mjs";
// site/src/pages/months/[period].astro
var _period__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Period,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => periodRoutes("month");
var $$Period = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Period;
	const props = Astro.props;
	return renderTemplate`${renderComponent($$result, "PeriodPage", $$PeriodPage, {
		"lang": "zh",
		...props
	})}`;
}, "/work/wt-rules/site/src/pages/months/[period].astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/months/[period].astro";
var $$url = "/months/[period]/";
// \0virtual:astro:page:src/pages/months/[period]@_@astro
var page = () => _period__exports;
export { page };

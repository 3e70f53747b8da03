import { _ as renderTemplate, b as addAttribute, m as renderSlot, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import { r as createAstro, t as $$BaseLayout } from "./BaseLayout_xw3mxC-_.mjs";
/* empty css                */
// site/src/layouts/FormLayout.astro
createAstro("http://localhost:4321");
var $$FormLayout = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FormLayout;
	const { lang, title, description } = Astro.props;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"lang": lang,
		"title": title,
		"description": description
	}, { "default": ($$result) => renderTemplate`${renderSlot($$result, $$slots["default"])}` })}`;
}, "/work/wt-rules/site/src/layouts/FormLayout.astro", void 0);
// site/src/components/forms/PageHeading.astro
createAstro("http://localhost:4321");
var $$PageHeading = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PageHeading;
	const { id, title } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div class="page-heading"><h1${addAttribute(id, "id")}>${title}</h1></div>`;
}, "/work/wt-rules/site/src/components/forms/PageHeading.astro", void 0);
export { $$FormLayout as n, $$PageHeading as t };

import { _ as renderTemplate, b as addAttribute, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro } from "./BaseLayout_xw3mxC-_.mjs";
import { Tt as createComponent, a as UI } from "./center_BJIK5-c3.mjs";
// site/src/components/Breadcrumbs.astro
createAstro("http://localhost:4321");
var $$Breadcrumbs = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Breadcrumbs;
	const { trail, lang = "zh" } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<nav class="breadcrumbs"${addAttribute(UI[lang].breadcrumbs, "aria-label")}><ol>${trail.map(({ href, label }, index) => index === trail.length - 1 ? renderTemplate`<li aria-current="page">${label}</li>` : renderTemplate`<li><a${addAttribute(href, "href")}>${label}</a></li>`)}</ol></nav>`;
}, "/work/wt-rules/site/src/components/Breadcrumbs.astro", void 0);
export { $$Breadcrumbs as t };

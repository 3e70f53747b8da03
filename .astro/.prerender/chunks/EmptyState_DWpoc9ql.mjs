import { _ as renderTemplate, m as renderSlot, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_efNhtyeD.mjs";
import { r as createAstro } from "./BaseLayout_BLgLBKuL.mjs";
// site/src/components/EmptyState.astro
createAstro("http://localhost:4321");
var $$EmptyState = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EmptyState;
	const { message } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div class="empty-state"><p class="empty-state__message">${message}</p>${Astro.slots.has("default") && renderTemplate`<p class="empty-state__detail">${renderSlot($$result, $$slots["default"])}</p>`}</div>`;
}, "/work/wt-rules/site/src/components/EmptyState.astro", void 0);
export { $$EmptyState as t };

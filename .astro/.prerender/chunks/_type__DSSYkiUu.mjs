import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_efNhtyeD.mjs";
import { r as createAstro } from "./BaseLayout_BLgLBKuL.mjs";
import { t as $$IntakeFormPage } from "./IntakeFormPage_D00CKWTW.mjs";
import { t as correctionForms } from "./forms-catalog_BLduBQxS.mjs";
// site/src/pages/forms/corrections/[type].astro
var _type__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Type,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
function getStaticPaths() {
	return correctionForms().map((form) => ({
		params: { type: form.slug },
		props: { form }
	}));
}
var $$Type = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Type;
	const { form } = Astro.props;
	return renderTemplate`${renderComponent($$result, "IntakeFormPage", $$IntakeFormPage, {
		"form": form,
		"lang": "zh",
		"correction": true
	})}`;
}, "/work/wt-rules/site/src/pages/forms/corrections/[type].astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/forms/corrections/[type].astro";
var $$url = "/forms/corrections/[type]/";
// \0virtual:astro:page:src/pages/forms/corrections/[type]@_@astro
var page = () => _type__exports;
export { page };

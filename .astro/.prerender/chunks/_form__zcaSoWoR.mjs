import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import { r as createAstro } from "./BaseLayout_xw3mxC-_.mjs";
import { t as $$IntakeFormPage } from "./IntakeFormPage_CYOjWZhj.mjs";
import { i as intakeForms } from "./forms-catalog_XFGntIh5.mjs";
// site/src/pages/forms/[form].astro
var _form__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Form,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
function getStaticPaths() {
	return intakeForms().map((form) => ({
		params: { form: form.slug },
		props: { form }
	}));
}
var $$Form = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Form;
	const { form } = Astro.props;
	return renderTemplate`${renderComponent($$result, "IntakeFormPage", $$IntakeFormPage, {
		"form": form,
		"lang": "zh"
	})}`;
}, "/work/wt-rules/site/src/pages/forms/[form].astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/forms/[form].astro";
var $$url = "/forms/[form]/";
// \0virtual:astro:page:src/pages/forms/[form]@_@astro
var page = () => _form__exports;
export { page };

import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro } from "./BaseLayout_xw3mxC-_.mjs";
import { Tt as createComponent, a as UI, l as formText, m as roleName, p as recordTypeName, u as localePath } from "./center_BJIK5-c3.mjs";
import { n as $$FormLayout, t as $$PageHeading } from "./PageHeading_Y6whIm12.mjs";
import { n as correctionRoles, t as correctionForms } from "./forms-catalog_XFGntIh5.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_CEA2m2hi.mjs";
// site/src/components/forms/CorrectionsIndex.astro
createAstro("http://localhost:4321");
var $$CorrectionsIndex = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CorrectionsIndex;
	const { lang } = Astro.props;
	const words = UI[lang];
	const { title } = formText("submitCorrection", lang);
	const submitters = new Intl.ListFormat(lang, { type: "disjunction" }).format(correctionRoles().map((role) => roleName(role, lang)));
	return renderTemplate`${renderComponent($$result, "FormLayout", $$FormLayout, {
		"lang": lang,
		"title": title,
		"description": words.correctionsLead
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": [
			{
				href: localePath(lang, "/"),
				label: words.home
			},
			{
				href: localePath(lang, "/forms/"),
				label: words.formsTitle
			},
			{
				href: localePath(lang, "/forms/corrections/"),
				label: title
			}
		]
	})}${maybeRenderHead($$result)}<section class="panel form-panel" aria-labelledby="corrections-heading">${renderComponent($$result, "PageHeading", $$PageHeading, {
		"id": "corrections-heading",
		"title": title
	})}<p class="lead">${words.correctionsLead}</p><p class="meta">${words.submittedBy}${submitters}</p><ul class="type-list">${correctionForms().map((form) => renderTemplate`<li><a${addAttribute(localePath(lang, `/forms/corrections/${form.slug}/`), "href")}>${recordTypeName(form.label, lang)}</a></li>`)}</ul></section>` })}`;
}, "/work/wt-rules/site/src/components/forms/CorrectionsIndex.astro", void 0);
export { $$CorrectionsIndex as t };

import { _ as renderTemplate, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro } from "./BaseLayout_xw3mxC-_.mjs";
import { Tt as createComponent, a as UI, l as formText, m as roleName, p as recordTypeName, u as localePath, v as readCenterProfile } from "./center_BJIK5-c3.mjs";
import { n as $$FormLayout, t as $$PageHeading } from "./PageHeading_Y6whIm12.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_CEA2m2hi.mjs";
import { t as $$IntakeForm } from "./IntakeForm_0qd0TsRm.mjs";
// site/src/components/forms/IntakeFormPage.astro
createAstro("http://localhost:4321");
var $$IntakeFormPage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$IntakeFormPage;
	const { form, lang, correction = false } = Astro.props;
	const words = UI[lang];
	const text = formText(form.operationId, lang);
	const title = correction ? words.correctionOf(recordTypeName(form.label, lang)) : text.title;
	const windows = (await readCenterProfile())?.windows ?? [];
	const submitters = form.roles.includes("public") ? words.anyone : new Intl.ListFormat(lang, { type: "disjunction" }).format(form.roles.map((role) => roleName(role, lang)));
	const trail = [
		{
			href: localePath(lang, "/"),
			label: words.home
		},
		{
			href: localePath(lang, "/forms/"),
			label: words.formsTitle
		},
		...correction ? [{
			href: localePath(lang, "/forms/corrections/"),
			label: text.title
		}] : [],
		{
			href: Astro.url.pathname,
			label: title
		}
	];
	return renderTemplate`${renderComponent($$result, "FormLayout", $$FormLayout, {
		"lang": lang,
		"title": title,
		"description": text.intro
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": trail
	})}${maybeRenderHead($$result)}<section class="panel form-panel" aria-labelledby="form-heading">${renderComponent($$result, "PageHeading", $$PageHeading, {
		"id": "form-heading",
		"title": title
	})}<p class="lead">${text.intro}</p><p class="meta">${words.submittedBy}${submitters}</p>${renderComponent($$result, "IntakeForm", $$IntakeForm, {
		"form": form,
		"lang": lang,
		"windows": windows
	})}</section>` })}`;
}, "/work/wt-rules/site/src/components/forms/IntakeFormPage.astro", void 0);
export { $$IntakeFormPage as t };

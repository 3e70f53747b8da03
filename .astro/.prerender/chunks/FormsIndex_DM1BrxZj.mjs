import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { n as renderScript, r as createAstro } from "./BaseLayout_BLgLBKuL.mjs";
import { Tt as createComponent, a as UI, l as formText, m as roleName, u as localePath } from "./center_efNhtyeD.mjs";
import { n as $$FormLayout, t as $$PageHeading } from "./PageHeading_XZV2vnDL.mjs";
import { i as intakeForms, n as correctionRoles, r as formsByRole } from "./forms-catalog_BLduBQxS.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_X5s1QOqx.mjs";
// site/src/components/forms/FormsIndex.astro
createAstro("http://localhost:4321");
var $$FormsIndex = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FormsIndex;
	const { lang } = Astro.props;
	const words = UI[lang];
	const groups = formsByRole(intakeForms());
	const corrections = formText("submitCorrection", lang);
	const [correctionRole] = correctionRoles();
	const roleList = (roles) => new Intl.ListFormat(lang, { type: "conjunction" }).format(roles.map((role) => roleName(role, lang)));
	return renderTemplate`${renderComponent($$result, "FormLayout", $$FormLayout, {
		"lang": lang,
		"title": words.formsTitle,
		"description": words.formsLead
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": [{
			href: localePath(lang, "/"),
			label: words.home
		}, {
			href: localePath(lang, "/forms/"),
			label: words.formsTitle
		}]
	})}${maybeRenderHead($$result)}<section class="panel form-panel" aria-labelledby="forms-heading">${renderComponent($$result, "PageHeading", $$PageHeading, {
		"id": "forms-heading",
		"title": words.formsTitle
	})}<p class="lead">${words.formsLead}</p><p class="form-session" data-session>${words.formsSignIn} <a${addAttribute(localePath(lang, "/sign-in/"), "href")}>${words.signInLink}</a></p></section>${groups.map(({ role, forms }) => renderTemplate`<section class="panel"${addAttribute(`forms-${role}`, "aria-labelledby")}><h2${addAttribute(`forms-${role}`, "id")}>${role === "public" ? words.publicForms : roleName(role, lang)}</h2><ul class="form-list">${forms.map((form) => {
		const text = formText(form.operationId, lang);
		return renderTemplate`<li><a${addAttribute(localePath(lang, `/forms/${form.slug}/`), "href")}>${text.title}</a><span class="form-list__meta">${text.intro}</span>${form.roles.length > 1 && renderTemplate`<span class="form-list__meta">${words.alsoBy(roleList(form.roles.slice(1)))}</span>`}</li>`;
	})}${role === correctionRole && renderTemplate`<li><a${addAttribute(localePath(lang, "/forms/corrections/"), "href")}>${corrections.title}</a><span class="form-list__meta">${corrections.intro}</span></li>`}</ul></section>`)}${renderScript($$result, "/work/wt-rules/site/src/components/forms/FormsIndex.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-rules/site/src/components/forms/FormsIndex.astro", void 0);
export { $$FormsIndex as t };

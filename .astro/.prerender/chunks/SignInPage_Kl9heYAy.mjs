import { _ as renderTemplate, b as addAttribute, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { n as renderScript, r as createAstro } from "./BaseLayout_BLgLBKuL.mjs";
import { Tt as createComponent, a as UI, g as ROLES, m as roleName, u as localePath, v as readCenterProfile } from "./center_efNhtyeD.mjs";
import { n as $$FormLayout, t as $$PageHeading } from "./PageHeading_XZV2vnDL.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_X5s1QOqx.mjs";
// site/src/components/forms/SignInPage.astro
createAstro("http://localhost:4321");
var $$SignInPage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SignInPage;
	const { lang } = Astro.props;
	const words = UI[lang];
	const windows = (await readCenterProfile())?.windows ?? [];
	const roles = ROLES.filter((role) => role !== "public");
	const defaultRole = "clerk";
	return renderTemplate`${renderComponent($$result, "FormLayout", $$FormLayout, {
		"lang": lang,
		"title": words.signInTitle,
		"description": words.signInDevNote
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": [{
			href: localePath(lang, "/"),
			label: words.home
		}, {
			href: localePath(lang, "/sign-in/"),
			label: words.signInTitle
		}]
	})}${maybeRenderHead($$result)}<section class="panel form-panel" aria-labelledby="sign-in-heading">${renderComponent($$result, "PageHeading", $$PageHeading, {
		"id": "sign-in-heading",
		"title": words.signInTitle
	})}<p class="notice">${words.signInDevNote}</p><noscript><p class="notice notice--warning">${words.signInNoscript}</p></noscript><section class="session-card" aria-labelledby="current-heading"><h2 id="current-heading">${words.signInCurrent}</h2><div data-current-session role="status"><p>${words.signInNone}</p></div></section><div data-sign-in-message role="alert"></div><form class="sign-in-form" method="post" data-sign-in aria-labelledby="sign-in-heading"><div class="form-grid"><div class="field"><label for="sign-in-role"><span class="label-text">${words.signInRole}</span></label><select id="sign-in-role" name="role" required>${roles.map((role) => renderTemplate`<option${addAttribute(role, "value")}${addAttribute(role === defaultRole, "selected")}>${roleName(role, lang)} (${role})</option>`)}</select></div><div class="field" data-window-field><label for="sign-in-window"><span class="label-text">${words.signInWindow}</span></label>${windows.length > 0 ? renderTemplate`<select id="sign-in-window" name="window" required aria-describedby="sign-in-window-hint">${windows.map((w) => renderTemplate`<option${addAttribute(w.windowId, "value")}>${words.windowOption(w.name, w.windowId)}</option>`)}</select>` : renderTemplate`<input id="sign-in-window" name="window" type="text" value="w01" required aria-describedby="sign-in-window-hint">`}<p class="field-hint" id="sign-in-window-hint">${words.signInWindowHint}</p></div></div><div class="form-actions"><button type="submit" class="button button--primary" disabled>${words.signInSubmit}</button></div></form><form class="sign-in-form" method="post" data-paste-token><fieldset class="field-group"><legend><span class="label-text">${words.signInPasteLegend}</span></legend><div class="field field--wide"><label for="sign-in-token"><span class="label-text">${words.signInToken}</span></label><textarea id="sign-in-token" name="token" rows="3" spellcheck="false" required></textarea></div><div class="form-actions"><button type="submit" class="button button--secondary" disabled>${words.signInPasteSubmit}</button></div></fieldset></form></section>${renderScript($$result, "/work/wt-rules/site/src/components/forms/SignInPage.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-rules/site/src/components/forms/SignInPage.astro", void 0);
export { $$SignInPage as t };

import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderTemplate, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { Tt as createComponent } from "./center_BJIK5-c3.mjs";
import "./BaseLayout_xw3mxC-_.mjs";
import { t as $$SignInPage } from "./SignInPage_qeGt51so.mjs";
// site/src/pages/sign-in.astro
var sign_in_exports = /* @__PURE__ */ __exportAll({
	default: () => $$SignIn,
	file: () => $$file,
	url: () => $$url
});
var $$SignIn = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "SignInPage", $$SignInPage, { "lang": "zh" })}`;
}, "/work/wt-rules/site/src/pages/sign-in.astro", void 0);
var $$file = "/work/wt-rules/site/src/pages/sign-in.astro";
var $$url = "/sign-in/";
// \0virtual:astro:page:src/pages/sign-in@_@astro
var page = () => sign_in_exports;
export { page };

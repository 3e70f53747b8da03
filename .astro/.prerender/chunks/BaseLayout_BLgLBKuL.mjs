import { _ as renderTemplate, b as addAttribute, j as ASTRO_GENERATOR, m as renderSlot, u as renderComponent, v as maybeRenderHead, x as createRenderInstruction, y as renderHead } from "./server_BXA6eBMf.mjs";
import { ct as UnavailableAstroGlobal, pt as AstroError } from "./path_DqP1yMP3.mjs";
import { Tt as createComponent, a as UI, f as otherLangPath, i as NAV_SECTIONS, n as siteNameOf, r as HTML_LANG, t as centerNameOf, u as localePath, v as readCenterProfile } from "./center_efNhtyeD.mjs";
// ../main/node_modules/astro/dist/runtime/server/astro-global.js
function createError(name) {
	return new AstroError({
		...UnavailableAstroGlobal,
		message: UnavailableAstroGlobal.message(name)
	});
}
function createAstro(site) {
	return {
		get site() {
			console.warn(`Astro.site inside getStaticPaths is deprecated and will be removed in a future major version of Astro. Use import.meta.env.SITE instead`);
			return site ? new URL(site) : void 0;
		},
		get generator() {
			console.warn(`Astro.generator inside getStaticPaths is deprecated and will be removed in a future major version of Astro.`);
			return ASTRO_GENERATOR;
		},
		get callAction() {
			throw createError("callAction");
		},
		get clientAddress() {
			throw createError("clientAddress");
		},
		get cookies() {
			throw createError("cookies");
		},
		get csp() {
			throw createError("csp");
		},
		get currentLocale() {
			throw createError("currentLocale");
		},
		get getActionResult() {
			throw createError("getActionResult");
		},
		get isPrerendered() {
			throw createError("isPrerendered");
		},
		get locals() {
			throw createError("locals");
		},
		get originPathname() {
			throw createError("originPathname");
		},
		get params() {
			throw createError("params");
		},
		get preferredLocale() {
			throw createError("preferredLocale");
		},
		get preferredLocaleList() {
			throw createError("preferredLocaleList");
		},
		get props() {
			throw createError("props");
		},
		get redirect() {
			throw createError("redirect");
		},
		get request() {
			throw createError("request");
		},
		get response() {
			throw createError("response");
		},
		get rewrite() {
			throw createError("rewrite");
		},
		get routePattern() {
			throw createError("routePattern");
		},
		get self() {
			throw createError("self");
		},
		get slots() {
			throw createError("slots");
		},
		get url() {
			throw createError("url");
		},
		get session() {
			throw createError("session");
		},
		get cache() {
			throw createError("cache");
		},
		get logger() {
			throw createError("logger");
		}
	};
}
// ../main/node_modules/astro/dist/runtime/server/render/script.js
async function renderScript(result, id) {
	const inlined = result.inlinedScripts.get(id);
	let content = "";
	if (inlined != null) {
		if (inlined) content = `<script type="module">${inlined}<\/script>`;
	} else {
		const resolved = await result.resolve(id);
		content = `<script type="module" src="${result.userAssetsBase ? (result.base === "/" ? "" : result.base) + result.userAssetsBase : ""}${resolved}"><\/script>`;
	}
	return createRenderInstruction({
		type: "script",
		id,
		content
	});
}
var $$SiteFooter = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SiteFooter;
	const { lang, center } = Astro.props;
	const words = UI[lang];
	const dialable = (phone) => phone.replace(/[^\d+,;]/g, "");
	return renderTemplate`${maybeRenderHead($$result)}<footer class="site-footer"><div class="site-footer__inner"><p class="site-footer__name">${centerNameOf(center, lang)}</p>${center && renderTemplate`<address class="site-footer__contact"><span>${words.address}<span${addAttribute(HTML_LANG.zh, "lang")}>${center.address}</span></span><span>${words.phone}<a${addAttribute(`tel:${dialable(center.phone)}`, "href")}>${center.phone}</a></span></address>`}<p class="site-footer__note">${words.footerNote}</p><p class="site-footer__feeds">${words.feeds}<a${addAttribute(localePath(lang, "/feed.xml"), "href")}>RSS</a> · <a${addAttribute(localePath(lang, "/feed.json"), "href")}>JSON Feed</a></p></div></footer>`;
}, "/work/wt-rules/site/src/components/SiteFooter.astro", void 0);
var $$SiteHeader = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SiteHeader;
	const { lang, centerName } = Astro.props;
	const words = UI[lang];
	const other = lang === "zh" ? "en" : "zh";
	const here = Astro.url.pathname.replace(/^\/en\//, "/");
	const isCurrent = (paths) => paths.some((path) => path === "/" ? here === "/" : here.startsWith(path));
	return renderTemplate`${maybeRenderHead($$result)}<header class="site-header"><div class="site-header__inner"><a class="brand"${addAttribute(localePath(lang, "/"), "href")}><span class="brand__center">${centerName}</span><span class="brand__title">${words.siteTitle}</span></a><div class="site-tools"><a class="site-tools__lang"${addAttribute(otherLangPath(lang, Astro.url.pathname), "href")}${addAttribute(HTML_LANG[other], "hreflang")}${addAttribute(HTML_LANG[other], "lang")}>${words.otherLang}</a><button type="button" class="site-tools__text-size" data-text-size-toggle aria-pressed="false" hidden>${words.textSize}</button></div></div><nav class="site-nav"${addAttribute(words.mainNav, "aria-label")}><ul class="site-nav__list">${NAV_SECTIONS.map((section) => renderTemplate`<li><a${addAttribute(localePath(lang, section.paths[0]), "href")}${addAttribute(isCurrent(section.paths) ? "page" : void 0, "aria-current")}>${section[lang]}</a></li>`)}</ul></nav></header>${renderScript($$result, "/work/wt-rules/site/src/components/SiteHeader.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt-rules/site/src/components/SiteHeader.astro", void 0);
var $$BaseLayout = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$BaseLayout;
	const { lang, title, description } = Astro.props;
	const words = UI[lang];
	const center = await readCenterProfile();
	const siteName = siteNameOf(center, lang);
	const other = lang === "zh" ? "en" : "zh";
	return renderTemplate`<html${addAttribute(HTML_LANG[lang], "lang")}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"${addAttribute(description, "content")}><meta name="theme-color" content="#a3171c"><title>${title ? `${title} · ${siteName}` : siteName}</title><link rel="alternate"${addAttribute(HTML_LANG[other], "hreflang")}${addAttribute(otherLangPath(lang, Astro.url.pathname), "href")}><link rel="alternate" type="application/rss+xml"${addAttribute(`${siteName} RSS`, "title")}${addAttribute(localePath(lang, "/feed.xml"), "href")}><link rel="alternate" type="application/feed+json"${addAttribute(`${siteName} JSON Feed`, "title")}${addAttribute(localePath(lang, "/feed.json"), "href")}><script>
      try {
        if (localStorage.getItem('text-size') === 'large') document.documentElement.dataset.textSize = 'large';
      } catch {}
    <\/script>${renderHead($$result)}</head><body><a class="skip-link" href="#main">${words.skipLink}</a>${renderComponent($$result, "SiteHeader", $$SiteHeader, {
		"lang": lang,
		"centerName": centerNameOf(center, lang)
	})}<main id="main" tabindex="-1">${renderSlot($$result, $$slots["default"])}</main>${renderComponent($$result, "SiteFooter", $$SiteFooter, {
		"lang": lang,
		"center": center
	})}</body></html>`;
}, "/work/wt-rules/site/src/layouts/BaseLayout.astro", void 0);
export { renderScript as n, createAstro as r, $$BaseLayout as t };

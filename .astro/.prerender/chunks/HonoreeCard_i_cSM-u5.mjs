import { _ as renderTemplate, b as addAttribute, d as Fragment, m as renderSlot, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { G as formatBytes, Tt as createComponent, a as UI, o as contextSuffix, r as HTML_LANG } from "./center_efNhtyeD.mjs";
import { r as createAstro } from "./BaseLayout_BLgLBKuL.mjs";
import { o as windowPath } from "./paths_B4yiooR8.mjs";
import { n as downloadsOf } from "./downloads_8og1zF0C.mjs";
// site/src/components/Downloads.astro
createAstro("http://localhost:4321");
var $$Downloads = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Downloads;
	const { doc, name, lang } = Astro.props;
	const words = UI[lang];
	const { json, csv } = downloadsOf(doc);
	return renderTemplate`${maybeRenderHead($$result)}<div class="downloads"><p class="downloads__title">${words.downloads}</p><ul class="downloads__list">${[json, csv].map((file) => renderTemplate`<li><a${addAttribute(file.href, "href")}${addAttribute(file.file, "download")}>${words.downloadLink(file.format.toUpperCase(), formatBytes(file.bytes))}<span class="visually-hidden">${contextSuffix(lang, name)}</span></a><span class="downloads__hash">SHA-256 <code>${file.sha256}</code></span></li>`)}</ul><p class="downloads__note">${words.downloadsLead}</p></div>`;
}, "/work/wt-rules/site/src/components/Downloads.astro", void 0);
// site/src/util/avatar.ts
/**
* The initials avatar of an honored officer or window: no photograph is published, so a
* card shows a round badge with the surname (a Chinese name) or the initials (a Latin one).
* Pure.
*/
var HAN = /\p{Script=Han}/u;
/** 李明 → 李; 欧阳娜娜 → 欧 (a badge holds one character); Wang Fang → WF. */
function initialsOf(name) {
	const trimmed = name.trim();
	if (trimmed === "") return "?";
	if (HAN.test(trimmed.charAt(0))) return trimmed.charAt(0);
	const words = trimmed.split(/\s+/);
	return (words[0].charAt(0) + (words.length > 1 ? words.at(-1).charAt(0) : "")).toUpperCase();
}
/**
* Dark tones, each with white text at 7:1 or better, so a badge reads for everyone. A
* subject keeps its tone on every page: the tone follows its id, not its place on a list.
*/
var AVATAR_TONES = [
	"#8c1d18",
	"#1d4f91",
	"#2d5f34",
	"#6b4300",
	"#55337f",
	"#00545d"
];
function avatarTone(subjectId) {
	let hash = 0;
	for (const char of subjectId) hash = hash * 31 + char.codePointAt(0) >>> 0;
	return AVATAR_TONES[hash % AVATAR_TONES.length];
}
// site/src/components/HonoreeCard.astro
createAstro("http://localhost:4321");
var $$HonoreeCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$HonoreeCard;
	const { entry, subject, lang, compact = false, holdsPlaque = false } = Astro.props;
	const words = UI[lang];
	const chinese = lang === "en" ? HTML_LANG.zh : void 0;
	const department = lang === "en" ? entry.departmentEn ?? entry.department : entry.department;
	const departmentLang = lang === "en" && entry.departmentEn === null ? HTML_LANG.zh : void 0;
	const windowLink = entry.windowId ? windowPath(entry.windowId, lang) : void 0;
	return renderTemplate`${maybeRenderHead($$result)}<li${addAttribute([
		"honoree",
		`honoree--${subject}`,
		{ "honoree--compact": compact }
	], "class:list")}><span class="avatar"${addAttribute(`--tone: ${avatarTone(entry.subjectId)}`, "style")} aria-hidden="true">${initialsOf(entry.name)}</span><div class="honoree__body"><p class="honoree__name">${subject === "window" && windowLink ? renderTemplate`<a${addAttribute(windowLink, "href")}${addAttribute(chinese, "lang")}>${entry.name}</a>` : renderTemplate`<span${addAttribute(chinese, "lang")}>${entry.name}</span>`}</p>${(entry.windowName || department) && renderTemplate`<p class="honoree__where">${subject !== "window" && entry.windowName && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${windowLink ? renderTemplate`<a${addAttribute(windowLink, "href")}${addAttribute(chinese, "lang")}>${entry.windowName}</a>` : renderTemplate`<span${addAttribute(chinese, "lang")}>${entry.windowName}</span>`}${department && renderTemplate`<span aria-hidden="true"> · </span>`}` })}`}${department && renderTemplate`<span${addAttribute(departmentLang, "lang")}>${department}</span>`}</p>`}${holdsPlaque && renderTemplate`<p class="badge badge--plaque">${words.plaqueHolderBadge}</p>`}${!compact && entry.deeds && renderTemplate`<p class="honoree__deeds"${addAttribute(chinese, "lang")}>${entry.deeds}</p>`}${renderSlot($$result, $$slots["default"])}</div></li>`;
}, "/work/wt-rules/site/src/components/HonoreeCard.astro", void 0);
export { $$Downloads as n, $$HonoreeCard as t };

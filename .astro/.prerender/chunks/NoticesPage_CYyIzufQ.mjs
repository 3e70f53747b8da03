import { _ as renderTemplate, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { r as createAstro, t as $$BaseLayout } from "./BaseLayout_xw3mxC-_.mjs";
import { Tt as createComponent, a as UI, q as formatPeriod, u as localePath, v as readCenterProfile, y as readPublished } from "./center_BJIK5-c3.mjs";
import { t as $$Breadcrumbs } from "./Breadcrumbs_CEA2m2hi.mjs";
import { t as $$EmptyState } from "./EmptyState_YFH_RdWC.mjs";
import { t as $$NoticeCard } from "./NoticeCard_ssZdXefq.mjs";
import { i as intakeForms } from "./forms-catalog_XFGntIh5.mjs";
import { t as $$IntakeForm } from "./IntakeForm_0qd0TsRm.mjs";
// site/src/components/ObjectionPanel.astro
createAstro("http://localhost:4321");
var $$ObjectionPanel = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ObjectionPanel;
	const { notices, lang } = Astro.props;
	const words = UI[lang];
	const form = intakeForms().find((f) => f.slug === "public-objections");
	if (!form) throw new Error("the route table has no public objection route (public/objections)");
	const windows = (await readCenterProfile())?.windows ?? [];
	const only = notices.length === 1 ? notices[0] : void 0;
	return renderTemplate`${maybeRenderHead($$result)}<section class="panel objection" id="objection" aria-labelledby="form-heading"><h2 id="form-heading">${words.objectionForm}</h2><h3 class="objection__how">${words.objectHeading}</h3><ol class="steps">${words.objectSteps.map((step) => renderTemplate`<li>${step}</li>`)}</ol><ul class="objection__notices">${notices.map((n) => renderTemplate`<li>${words.objectionFormFor(words.listHeading(formatPeriod(n.period, lang), n.title[lang]))} — ${words.noticeId(n.noticeId)}</li>`)}</ul>${renderComponent($$result, "IntakeForm", $$IntakeForm, {
		"form": form,
		"lang": lang,
		"windows": windows,
		"prefill": only ? { noticeId: only.noticeId } : void 0
	})}</section>`;
}, "/work/wt-rules/site/src/components/ObjectionPanel.astro", void 0);
// site/src/components/pages/NoticesPage.astro
createAstro("http://localhost:4321");
var $$NoticesPage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticesPage;
	const { lang } = Astro.props;
	const words = UI[lang];
	const { notices, lists } = await readPublished();
	const inForce = notices.filter((n) => n.inForce);
	const ended = notices.filter((n) => !n.inForce);
	const finalListOf = (honorId, period) => lists.find((l) => l.honorId === honorId && l.period === period);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"lang": lang,
		"title": words.noticesTitle,
		"description": words.noticesLead
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"lang": lang,
		"trail": [{
			href: localePath(lang, "/"),
			label: words.home
		}, {
			href: localePath(lang, "/notices/"),
			label: words.noticesTitle
		}]
	})}${maybeRenderHead($$result)}<section class="panel notices" aria-labelledby="notices-heading"><h1 id="notices-heading">${words.noticesTitle}</h1><p class="lead">${words.noticesLead}</p>${inForce.length === 0 && renderTemplate`${renderComponent($$result, "EmptyState", $$EmptyState, { "message": words.emptyNotices }, { "default": ($$result) => renderTemplate`${words.emptyNoticesDetail}` })}`}${inForce.map((notice) => renderTemplate`${renderComponent($$result, "NoticeCard", $$NoticeCard, {
		"notice": notice,
		"lang": lang,
		"level": 2
	})}`)}</section>${inForce.length > 0 && renderTemplate`${renderComponent($$result, "ObjectionPanel", $$ObjectionPanel, {
		"notices": inForce,
		"lang": lang
	})}`}${ended.length > 0 && renderTemplate`<section class="panel" aria-labelledby="ended-heading"><h2 id="ended-heading">${words.noticesPast}</h2>${ended.map((notice) => renderTemplate`${renderComponent($$result, "NoticeCard", $$NoticeCard, {
		"notice": notice,
		"lang": lang,
		"level": 3,
		"finalList": finalListOf(notice.honorId, notice.period)
	})}`)}</section>`}` })}`;
}, "/work/wt-rules/site/src/components/pages/NoticesPage.astro", void 0);
export { $$NoticesPage as t };

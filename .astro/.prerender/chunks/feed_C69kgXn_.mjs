import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as feedOf } from "./routes_C4cWCQjT.mjs";
// site/src/pages/en/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async ({ site }) => new Response((await feedOf("en", site)).rss2(), { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
// \0virtual:astro:page:src/pages/en/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };

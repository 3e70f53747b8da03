import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as feedOf } from "./routes_BmokLz7a.mjs";
// site/src/pages/en/feed.json.ts
var feed_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async ({ site }) => new Response((await feedOf("en", site)).json1(), { headers: { "content-type": "application/feed+json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/en/feed.json@_@ts
var page = () => feed_json_exports;
export { page };

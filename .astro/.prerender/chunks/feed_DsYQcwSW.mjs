import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as feedOf } from "./routes_BmokLz7a.mjs";
// site/src/pages/feed.json.ts
var feed_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async ({ site }) => new Response((await feedOf("zh", site)).json1(), { headers: { "content-type": "application/feed+json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/feed.json@_@ts
var page = () => feed_json_exports;
export { page };

import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as downloadRoutes } from "./routes_BmokLz7a.mjs";
// site/src/pages/downloads/[name].json.ts
var _name__json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = () => downloadRoutes("json");
var GET = ({ props }) => new Response(props.body, { headers: { "content-type": props.contentType } });
// \0virtual:astro:page:src/pages/downloads/[name].json@_@ts
var page = () => _name__json_exports;
export { page };

import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as downloadRoutes } from "./routes_C4cWCQjT.mjs";
// site/src/pages/downloads/[name].csv.ts
var _name__csv_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = () => downloadRoutes("csv");
var GET = ({ props }) => new Response(props.body, { headers: { "content-type": props.contentType } });
// \0virtual:astro:page:src/pages/downloads/[name].csv@_@ts
var page = () => _name__csv_exports;
export { page };

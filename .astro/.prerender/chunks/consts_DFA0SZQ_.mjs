// site/src/consts.ts
/** Site-wide constants. Words of the pages are in i18n.ts. */
/** The center this site belongs to: the intake forms post under /api/v1/centers/{CENTER_ID}/. */
var CENTER_ID = "demo";
export { CENTER_ID as t };

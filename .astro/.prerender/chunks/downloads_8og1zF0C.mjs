import { Q as centerId, X as candidateId, _t as windowId, at as isoDate, mt as reference, rt as honorId, st as month, ut as period } from "./center_efNhtyeD.mjs";
import { z } from "zod";
import { createHash } from "node:crypto";
// shared/core/published.ts
/**
* Published documents (公开发布文件): what the score runs and selections publish and the
* public site reads. The same schemas validate the document when it is written and when
* the site loads it. Only public facts belong here — never ledgers, complainants or
* findings (DOMAIN.md §6).
*/
var hundredths = z.string().regex(/^-?\d+\.\d{2}$/, "two decimals, e.g. \"4.76\"");
var rulebookRefDocument = z.strictObject({
	id: z.string(),
	version: z.string(),
	hash: z.string()
});
var centerProfile = z.strictObject({
	kind: z.literal("center"),
	centerId,
	name: z.string(),
	nameEn: z.string(),
	address: z.string(),
	phone: z.string(),
	windows: z.array(z.strictObject({
		windowId,
		name: z.string(),
		department: z.string(),
		departmentEn: z.string()
	}))
});
var monthlyEvaluation = z.strictObject({
	kind: z.literal("monthly-evaluation"),
	centerId,
	period: month,
	publishedAt: z.iso.datetime({ offset: true }),
	rulebook: rulebookRefDocument,
	windows: z.array(z.strictObject({
		windowId,
		/**
		* Electronic evaluation component (§4.1), out of 5, as it entered the window's score;
		* null where the rulebook computes none (the seed 002 and seed 004 presets).
		*/
		component: hundredths.nullable(),
		/** Satisfied share of valid evaluations in percent, null with no evaluation. */
		satisfactionRate: hundredths.nullable(),
		evaluations: z.number().int().nonnegative(),
		required: z.number().int().nonnegative(),
		volume: z.number().int().nonnegative(),
		/**
		* The window's monthly 100-point score (§4.4), two decimals; null until the month's
		* scores are run. A window is a public service unit, not a person: its score is public
		* (officers' scores never are).
		*/
		score: hundredths.nullable()
	}))
});
var bilingualText = z.strictObject({
	zh: z.string().min(1),
	en: z.string().min(1)
});
var honorSubject = z.enum([
	"window",
	"officer",
	"enterprise"
]);
/**
* One honored window, officer or enterprise as the boards show it: names, window,
* department and short deeds (事迹) — never a score, a ledger or a finding.
*/
var honoredEntry = z.strictObject({
	/** Place on the list, in rank order (1 = first). */
	position: z.number().int().positive(),
	subjectId: candidateId,
	/** The officer's or window's name; an enterprise's id where the center keeps no name. */
	name: z.string().min(1),
	windowId: windowId.nullable(),
	windowName: z.string().nullable(),
	department: z.string().nullable(),
	departmentEn: z.string().nullable(),
	/** The nomination's deeds (≤ 100 characters for an officer, ≤ 200 for a window). */
	deeds: z.string().max(200).nullable()
});
var honorHeader = {
	centerId,
	honorId,
	/** The honor's title as the rulebook names it, e.g. 季度服务明星 / quarterly service stars. */
	title: bilingualText,
	subject: honorSubject,
	/** 2026-10, 2026-Q3 or 2026. */
	period,
	rulebook: rulebookRefDocument,
	publishedAt: z.iso.datetime({ offset: true })
};
/** A final honor list (最终表彰名单): the selection ended its notice with no objection open. */
var honorList = z.strictObject({
	kind: z.literal("honor-list"),
	...honorHeader,
	finalizedOn: isoDate,
	notice: z.strictObject({
		start: isoDate,
		end: isoDate
	}),
	/** Places of the quota; fewer entries mean places left empty. */
	places: z.number().int().nonnegative(),
	entries: z.array(honoredEntry)
});
/** A public notice (公示) of a proposed list; `inForce` while objections may still be raised or answered. */
var publicNotice = z.strictObject({
	kind: z.literal("notice"),
	...honorHeader,
	/** What an objection names (objection.noticeId). */
	noticeId: reference,
	start: isoDate,
	end: isoDate,
	/** The end date rests on a holiday calendar not yet published for its year. */
	provisional: z.boolean(),
	inForce: z.boolean(),
	entries: z.array(honoredEntry)
});
/** Who has held a moving plaque (流动牌匾), year by year, newest first: the first holds it now. */
var plaqueHistory = z.strictObject({
	kind: z.literal("plaque-history"),
	centerId,
	honorId,
	title: bilingualText,
	publishedAt: z.iso.datetime({ offset: true }),
	holders: z.array(z.strictObject({
		period,
		windows: z.array(honoredEntry)
	}))
});
z.discriminatedUnion("kind", [
	centerProfile,
	monthlyEvaluation,
	honorList,
	publicNotice,
	plaqueHistory
]);
/**
* Stable file and sort-key name of a document: "center", "monthly-evaluation#2026-10",
* "honor-list#quarterly-stars#2026-Q3", "notice#quarterly-stars-2026-Q3",
* "plaque-history#excellent-windows".
*/
function documentKey(doc) {
	switch (doc.kind) {
		case "center": return "center";
		case "monthly-evaluation": return `${doc.kind}#${doc.period}`;
		case "honor-list": return `${doc.kind}#${doc.honorId}#${doc.period}`;
		case "notice": return `${doc.kind}#${doc.noticeId}`;
		case "plaque-history": return `${doc.kind}#${doc.honorId}`;
	}
}
/** The file a document is exported to for the site build. */
var documentFileName = (doc) => `${documentKey(doc).replaceAll("#", "_")}.json`;
// site/src/util/downloads.ts
/**
* Every published list as a file anyone can download and check (JSON and CSV), with the
* SHA-256 of the exact bytes served. The page that shows a hash and the endpoint that serves
* the file both call `downloadsOf`, so the two can never disagree. Pure.
*/
/** "honor-list_quarterly-stars_2026-Q3": the exported document's file name without .json. */
var downloadName = (doc) => documentFileName(doc).replace(/\.json$/, "");
/** RFC 4180: quote a field that holds a comma, a quote or a line break, doubling quotes. */
var csvField = (value) => {
	const text = value === null ? "" : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll("\"", "\"\"")}"` : text;
};
var ENTRY_COLUMNS = [
	"position",
	"subject_id",
	"name",
	"window_id",
	"window_name",
	"department",
	"department_en",
	"deeds"
];
var entryCells = (e) => [
	e.position,
	e.subjectId,
	e.name,
	e.windowId,
	e.windowName,
	e.department,
	e.departmentEn,
	e.deeds
];
function csvTable(doc) {
	switch (doc.kind) {
		case "honor-list":
		case "notice": return [[
			"honor_id",
			"period",
			...ENTRY_COLUMNS
		], ...doc.entries.map((e) => [
			doc.honorId,
			doc.period,
			...entryCells(e)
		])];
		case "plaque-history": return [[
			"honor_id",
			"period",
			...ENTRY_COLUMNS
		], ...doc.holders.flatMap((h) => h.windows.map((e) => [
			doc.honorId,
			h.period,
			...entryCells(e)
		]))];
		case "monthly-evaluation": return [[
			"period",
			"window_id",
			"score",
			"component",
			"satisfaction_rate",
			"evaluations",
			"required",
			"volume"
		], ...doc.windows.map((w) => [
			doc.period,
			w.windowId,
			w.score,
			w.component,
			w.satisfactionRate,
			w.evaluations,
			w.required,
			w.volume
		])];
	}
}
/** CSV with a byte-order mark, so spreadsheet programs read the Chinese as UTF-8. */
var toCsv = (doc) => `\uFEFF${csvTable(doc).map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
var toJson = (doc) => `${JSON.stringify(doc, null, 2)}\n`;
function download(name, format, body) {
	const bytes = Buffer.from(body, "utf8");
	return {
		format,
		file: `${name}.${format}`,
		href: `/downloads/${name}.${format}`,
		body,
		contentType: format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
		bytes: bytes.length,
		sha256: createHash("sha256").update(bytes).digest("hex")
	};
}
function downloadsOf(doc) {
	const name = downloadName(doc);
	return {
		json: download(name, "json", toJson(doc)),
		csv: download(name, "csv", toCsv(doc))
	};
}
export { downloadsOf as n, downloadName as t };

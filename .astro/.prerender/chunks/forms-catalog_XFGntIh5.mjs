import { $ as clockTime, A as RATER_NAMES, B as mul, F as CONDUCT_KINDS, I as LEAVE_KINDS, N as DEFAULT_FINDING_CODES, P as SEED_003_HYGIENE, R as cmp, V as pts, X as candidateId, Y as LEVELS, Z as caseNumber, _t as windowId, at as isoDate, ct as monthOf, dt as person, et as dateOf, ft as quarter, gt as text, ht as sessionId, it as instantOf, lt as officerId, mt as reference, nt as fieldsValid, ot as isoInstant, pt as recordId, rt as honorId, st as month, tt as decimalPoints, ut as period, vt as year, yt as monthsOf, z as fraction } from "./center_BJIK5-c3.mjs";
import { t as CENTER_ID } from "./consts_DFA0SZQ_.mjs";
import { z } from "zod";
// site/src/util/forms.ts
/** Text this long or longer gets a text area. */
var MULTILINE_FROM = 500;
/** Describes a request body; throws on a shape no form control can take, so the build fails loudly. */
function describeBody(schema, options) {
	return describeShape(schema, "", options.scope, options);
}
function describeShape(schema, at, scope, options) {
	const variants = schema.oneOf ?? schema.anyOf;
	if (variants) return describeUnion(variants, at, scope, options);
	if (!isType(schema, "object") || !schema.properties) throw unsupported(at, schema);
	return { fields: describeProperties(schema, Object.keys(schema.properties), at, scope, options) };
}
function describeProperties(schema, names, at, scope, options) {
	const required = new Set(schema.required ?? []);
	return names.map((name) => describeNode(name, schema.properties[name], required.has(name), join(at, name), scope, options));
}
function describeUnion(variants, at, scope, options) {
	const [first] = variants;
	if (!first?.properties || !variants.every((v) => isType(v, "object") && v.properties)) throw unsupported(at, { oneOf: variants });
	const discriminator = Object.keys(first.properties).find((name) => variants.every((v) => typeof v.properties[name]?.const === "string" && v.required?.includes(name)));
	const values = discriminator ? variants.map((v) => v.properties[discriminator].const) : [];
	if (!discriminator || new Set(values).size !== values.length) throw unsupported(at, { oneOf: variants });
	const same = (name) => variants.every((v) => v.properties[name] !== void 0 && JSON.stringify(v.properties[name]) === JSON.stringify(first.properties[name]) && Boolean(v.required?.includes(name)) === Boolean(first.required?.includes(name)));
	const shared = Object.keys(first.properties).filter((name) => name !== discriminator && same(name));
	return {
		union: {
			discriminator: {
				kind: "field",
				name: discriminator,
				scope,
				required: true,
				control: {
					kind: "select",
					options: values,
					placeholder: false
				}
			},
			variants: variants.map((v, i) => ({
				value: values[i],
				fields: describeProperties(v, Object.keys(v.properties).filter((name) => name !== discriminator && !shared.includes(name)), at, scope, options)
			}))
		},
		fields: describeProperties(first, shared, at, scope, options)
	};
}
function describeNode(name, schema, required, at, scope, options) {
	const base = {
		name,
		scope,
		required
	};
	if (schema.oneOf || schema.anyOf || isType(schema, "object")) return {
		...base,
		kind: "group",
		shape: describeShape(schema, at, options.nestedScopes?.[name] ?? scope, options)
	};
	if (isType(schema, "array")) {
		const items = schema.items;
		if (!items) throw unsupported(at, schema);
		if (items.oneOf || items.anyOf || isType(items, "object")) return {
			...base,
			kind: "repeat",
			minItems: schema.minItems ?? 0,
			...schema.maxItems === void 0 ? {} : { maxItems: schema.maxItems },
			item: describeShape(items, `${at}.0`, scope, options)
		};
		const item = describeControl(items, `${at}.0`, options);
		if (item.kind !== "text") throw unsupported(at, schema);
		return {
			...base,
			kind: "field",
			control: {
				kind: "lines",
				...item.format ? { format: item.format } : {},
				...schema.maxItems === void 0 ? {} : { maxItems: schema.maxItems }
			}
		};
	}
	return {
		...base,
		kind: "field",
		control: describeControl(schema, at, options)
	};
}
function describeControl(schema, at, options) {
	if (schema.enum) {
		if (!schema.enum.every((v) => typeof v === "string")) throw unsupported(at, schema);
		return {
			kind: "select",
			options: schema.enum,
			placeholder: true
		};
	}
	if (isType(schema, "string")) {
		if (schema.format === "date") return { kind: "date" };
		if (schema.format === "date-time") return { kind: "datetime" };
		const format = schema.pattern === void 0 ? void 0 : options.formats.get(schema.pattern);
		if (format === "month") return { kind: "month" };
		if (format === "clock") return { kind: "time" };
		const pattern = schema.pattern === void 0 ? void 0 : htmlPattern(schema.pattern);
		return {
			kind: "text",
			multiline: (schema.maxLength ?? 0) >= MULTILINE_FROM,
			decimal: format === "decimal" || isType(schema, "number"),
			...format ? { format } : {},
			...schema.minLength !== void 0 && schema.minLength > 1 ? { minLength: schema.minLength } : {},
			...schema.maxLength === void 0 ? {} : { maxLength: schema.maxLength },
			...pattern ? { pattern } : {}
		};
	}
	if (isType(schema, "integer") || isType(schema, "number")) {
		const integer = isType(schema, "integer");
		const min = schema.minimum ?? (schema.exclusiveMinimum !== void 0 && integer ? schema.exclusiveMinimum + 1 : void 0);
		const max = schema.maximum ?? (schema.exclusiveMaximum !== void 0 && integer ? schema.exclusiveMaximum - 1 : void 0);
		return {
			kind: "number",
			integer,
			...min === void 0 ? {} : { min },
			...max === void 0 ? {} : { max }
		};
	}
	if (isType(schema, "boolean")) return { kind: "checkbox" };
	throw unsupported(at, schema);
}
/** `type: ['string', 'number']` (a score sent as text or a number) counts as a string. */
function isType(schema, type) {
	return Array.isArray(schema.type) ? schema.type.includes(type) : schema.type === type;
}
function unsupported(at, schema) {
	return /* @__PURE__ */ new Error(`no form control for the schema at "${at || "(body)"}": ${JSON.stringify(schema).slice(0, 200)}`);
}
/**
* The pattern as an HTML `pattern` attribute, or undefined when the browser could not use
* it: browsers compile the attribute with the `v` flag, which refuses some JSON Schema
* patterns (a bare `-` in a class); the API checks those anyway.
*/
function htmlPattern(pattern) {
	try {
		new RegExp(pattern, "v");
		return pattern;
	} catch {
		return;
	}
}
var join = (base, name) => base ? `${base}.${name}` : name;
/** The key of a union variant, unique in a form: the discriminator's path and the value. */
var variantKey = (discriminatorPath, value) => `${discriminatorPath}-${value}`;
/**
* Element ids of the control at a path, with its hint and its error message. A field that
* two variants both have (the note of a leave and of an absence) is two controls: the
* variant keeps their ids apart.
*/
function fieldIds(formId, path, variant) {
	const control = [
		formId,
		variant,
		path
	].filter((part) => part).join("--").replace(/\./g, "-").replace(/[^A-Za-z0-9_-]/g, "_");
	return {
		control,
		hint: `${control}-hint`,
		error: `${control}-error`
	};
}
// shared/core/records/evaluation.ts
/**
* Evaluation record (服务评价) — DOMAIN.md §3.2. A device at a window submits one rating per
* service: two levels (seed 003) or the national five levels of 好差评.
*/
var TWO_LEVEL_RATINGS = ["满意", "不满意"];
var FIVE_LEVEL_RATINGS = [
	"非常满意",
	"满意",
	"基本满意",
	"不满意",
	"非常不满意"
];
var evaluationBody = z.strictObject({
	windowId,
	officerId: officerId.optional(),
	ratedAt: isoInstant,
	caseNumber: z.string().trim().min(1).max(64).optional(),
	scale: z.enum(["two-level", "five-level"]),
	rating: z.string()
}).superRefine((value, ctx) => {
	const allowed = value.scale === "two-level" ? TWO_LEVEL_RATINGS : FIVE_LEVEL_RATINGS;
	if (!allowed.includes(value.rating)) ctx.addIssue({
		code: "custom",
		path: ["rating"],
		message: `rating must be one of ${allowed.join(" / ")} for the ${value.scale} scale`
	});
});
// shared/core/records/types.ts
/**
* Record types accepted at intake (DOMAIN.md §3): the body schema and how a record is
* placed — its window, the instant it is about, its month — and the checks that need the
* present moment or the working-day calendar.
*/
/**
* A registration that came after its deadline (事后补登 later than 2 working days). A
* correction is exempt: the record it replaces was accepted, so it came in time.
*/
var LATE_REGISTRATION = "late-registration";
var CLOCK_SKEW_MS = 3e5;
var isFutureInstant = (instant, now) => new Date(instant).getTime() > now.getTime() + CLOCK_SKEW_MS;
/** The issue for a date after today (Beijing), or none. */
function notAfterToday(path, date, now) {
	return date > dateOf(now) ? [{
		path,
		message: `${path} is in the future / 日期晚于今天`
	}] : [];
}
var evaluationRecord = {
	type: "evaluation",
	label: {
		zh: "服务评价",
		en: "evaluation"
	},
	body: evaluationBody,
	windowOf: (b) => b.windowId,
	at: (b) => new Date(b.ratedAt).toISOString(),
	monthOf: (b) => monthOf(b.ratedAt),
	officersOf: (b) => b.officerId ? [b.officerId] : [],
	checkAt: (b, now) => isFutureInstant(b.ratedAt, now) ? [{
		path: "ratedAt",
		message: "ratedAt is in the future / 评价时间晚于当前时间"
	}] : []
};
var volumeRecord = {
	type: "volume",
	label: {
		zh: "受理量",
		en: "business volume"
	},
	body: z.strictObject({
		windowId,
		month,
		/** Cases accepted (受理量); tallies add up, so a window may report daily or monthly. */
		accepted: z.number().int().nonnegative().max(1e5)
	}),
	windowOf: (b) => b.windowId,
	at: (b) => `${b.month}-01T00:00:00.000Z`,
	monthOf: (b) => b.month,
	checkAt: (b, now) => b.month > monthOf(now) ? [{
		path: "month",
		message: "month is after the current month / 月份晚于本月"
	}] : []
};
// shared/core/records/correction.ts
/**
* Correction (更正) — DOMAIN.md §3: records are append-only, so a mistake is corrected by a
* new record of the same type that supersedes the earlier one, with the reason:
*
*   { supersedes: <record id>, reason: "…", record: <the replacement, as that type's body> }
*
* The replacement sits under `record` rather than beside the envelope because some types
* have a `reason` of their own (veto, appeal-decision). The replacement is filed, placed and
* checked as a record of its type — except for registration deadlines (事后补登): the record
* it replaces was accepted, so the fact was registered in time.
*/
var reason$1 = z.string().trim().min(5, "state the reason in at least 5 characters / 请说明更正原因（至少5个字）").max(500);
z.strictObject({
	supersedes: recordId,
	reason: reason$1,
	record: z.record(z.string(), z.unknown())
});
function correctionOf(recordType) {
	const { officersOf, checkAt } = recordType;
	return {
		type: recordType.type,
		label: {
			zh: `更正${recordType.label.zh}`,
			en: `correction of ${recordType.label.en}`
		},
		body: z.strictObject({
			supersedes: recordId,
			reason: reason$1,
			record: recordType.body
		}),
		windowOf: (c) => recordType.windowOf(c.record),
		at: (c) => recordType.at(c.record),
		monthOf: (c) => recordType.monthOf(c.record),
		...officersOf ? { officersOf: (c) => officersOf(c.record) } : {},
		...recordType.privateFields ? { privateFields: recordType.privateFields.map((f) => `record.${f}`) } : {},
		checkAt: (c, now, calendar) => (checkAt?.(c.record, now, calendar) ?? []).filter((issue) => issue.code !== LATE_REGISTRATION).map((issue) => ({
			...issue,
			path: `record.${issue.path}`
		}))
	};
}
var appealDecisionRecord = {
	type: "appeal-decision",
	label: {
		zh: "申诉复核",
		en: "appeal decision"
	},
	body: z.strictObject({
		appealId: recordId,
		decision: z.enum(["upheld", "overturned"]),
		reason: z.string().trim().min(5, "state the reason in at least 5 characters / 请说明理由（至少5个字）").max(1e3),
		decidedBy: person,
		date: isoDate
	}),
	windowOf: () => void 0,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
// shared/core/records/attendance.ts
/**
* Attendance record (考勤) — DOMAIN.md §3.1; seed 003 §窗口工作人员考勤办法.
*
* One record per officer per working day, filed by the window's clerk (考勤登记员):
* - `sign-in`: the day's sign-in and, once known, sign-out (Beijing "HH:MM");
* - `leave`: a registered leave or work elsewhere (会议, 培训, 考察, 病假, 公休, 调休, 事假,
*   产假), approved before the day (事前请假) or registered after it (事后补登), which the seed
*   allows only "在上班后两个工作日内": here, by the close of the 2nd working day after the day;
* - `absent`: 旷工, absence without leave, which the >10-working-day rule counts.
*
* A multi-day leave is one record per working day: a record sits in one window-month, and
* a leave may straddle two.
*/
/** Working days after the leave day within which 事后补登 is accepted [seed 003 三、(二)2(3)]. */
var LATE_REGISTRATION_WORKING_DAYS = 2;
var day = {
	windowId,
	officerId,
	date: isoDate
};
var signIn = z.strictObject({
	entry: z.literal("sign-in"),
	...day,
	signIn: clockTime,
	signOut: clockTime.optional()
}).refine((b) => b.signOut === void 0 || b.signOut > b.signIn, {
	path: ["signOut"],
	message: "signOut must be after signIn / 签退时间须晚于签到时间",
	when: fieldsValid
});
var leave = z.strictObject({
	entry: z.literal("leave"),
	...day,
	kind: z.enum(LEAVE_KINDS),
	/** `prior`: 事前请假, approved before the day; `after`: 事后补登. */
	approval: z.enum(["prior", "after"]),
	note: text(200).optional()
});
var absent = z.strictObject({
	entry: z.literal("absent"),
	...day,
	note: text(200).optional()
});
var attendanceBody = z.discriminatedUnion("entry", [
	signIn,
	leave,
	absent
]);
function checkAttendance(b, now, calendar) {
	const issues = [];
	if (!calendar.isWorkingDay(b.date)) issues.push({
		path: "date",
		message: `${b.date} is not a working day / 该日不是工作日`
	});
	if (!(b.entry === "leave" && b.approval === "prior")) issues.push(...notAfterToday("date", b.date, now));
	if (b.entry === "sign-in") for (const path of ["signIn", "signOut"]) {
		const time = b[path];
		if (time !== void 0 && b.date === dateOf(now) && isFutureInstant(instantOf(b.date, time), now)) issues.push({
			path,
			message: `${path} is in the future / 时间晚于当前时间`
		});
	}
	if (b.entry === "leave" && b.approval === "after" && b.date <= dateOf(now)) {
		const deadline = calendar.addWorkingDays(b.date, LATE_REGISTRATION_WORKING_DAYS).date;
		if (dateOf(now) > deadline) issues.push({
			path: "approval",
			code: LATE_REGISTRATION,
			message: `事后补登 closed on ${deadline}, 2 working days after the day / 事后补登须在请假日后2个工作日内（截至${deadline}）`
		});
	}
	return issues;
}
var attendanceRecord = {
	type: "attendance",
	label: {
		zh: "考勤",
		en: "attendance"
	},
	body: attendanceBody,
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.date, b.entry === "sign-in" ? b.signIn : "00:00"),
	monthOf: (b) => b.date.slice(0, 7),
	officersOf: (b) => [b.officerId],
	checkAt: checkAttendance
};
// shared/core/records/ballot.ts
/**
* Ballot (民主测评) — DOMAIN.md §3.13, §4.5; seed 001 (a) 五、(二). A window head scores each
* candidate of an honor 0–100; the democratic part of the composite is the mean of the
* ballots. The voter is whoever submits it. Center-level, filed in the period's last month.
*/
/** 0–100 with at most one decimal; kept as a decimal string, whether it came as text or a number. */
var score = z.union([z.string().trim(), z.number()]).transform(String).pipe(z.string().regex(/^(100(\.0)?|[1-9]?\d(\.\d)?)$/, "a score from 0 to 100, at most one decimal / 分数为0–100，至多一位小数"));
/** The scores of one voter or panel member, one per candidate of the honor. */
var scoreSheetBody = z.strictObject({
	honorId,
	period,
	scores: z.array(z.strictObject({
		candidateId,
		score
	})).min(1).max(100)
}).superRefine((b, ctx) => {
	const seen = /* @__PURE__ */ new Set();
	b.scores.forEach(({ candidateId: id }, i) => {
		if (seen.has(id)) ctx.addIssue({
			code: "custom",
			path: [
				"scores",
				i,
				"candidateId"
			],
			message: `${id} is scored twice / 重复评分`
		});
		seen.add(id);
	});
}, { when: fieldsValid });
var lastMonth = (p) => monthsOf(p).at(-1);
/** Placement and checks shared by ballots and panel scores. */
var scoreSheetPlacement = {
	windowOf: () => void 0,
	at: (b) => instantOf(`${lastMonth(b.period)}-01`),
	monthOf: (b) => lastMonth(b.period),
	checkAt: (b, now) => monthsOf(b.period)[0] > monthOf(now) ? [{
		path: "period",
		message: `${b.period} has not begun / 该期间尚未开始`
	}] : []
};
var ballotRecord = {
	type: "ballot",
	label: {
		zh: "民主测评",
		en: "ballot"
	},
	body: scoreSheetBody,
	...scoreSheetPlacement
};
var caseCompletionRecord = {
	type: "case-completion",
	label: {
		zh: "办结",
		en: "case completion"
	},
	body: z.strictObject({
		windowId,
		caseNumber,
		completedDate: isoDate,
		/** Who completed it, when not the officer who accepted it. */
		officerId: officerId.optional()
	}),
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.completedDate),
	monthOf: (b) => b.completedDate.slice(0, 7),
	officersOf: (b) => b.officerId ? [b.officerId] : [],
	checkAt: (b, now) => notAfterToday("completedDate", b.completedDate, now)
};
var caseExtensionRecord = {
	type: "case-extension",
	label: {
		zh: "延时办结",
		en: "case extension"
	},
	body: z.strictObject({
		windowId,
		caseNumber,
		/** The day the extension was approved. */
		approvedDate: isoDate,
		/** Who approved it (业务科 and the leader in charge). */
		approvedBy: person,
		/** The new deadline told to the applicant (具体时间): the case is due by its close. */
		newDeadline: isoDate,
		/** 延时办结的理由. */
		reason: text(200)
	}).refine((b) => b.newDeadline >= b.approvedDate, {
		path: ["newDeadline"],
		message: "newDeadline is before approvedDate / 延时后的办结期限早于批准日期",
		when: fieldsValid
	}),
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.approvedDate),
	monthOf: (b) => b.approvedDate.slice(0, 7),
	checkAt: (b, now) => notAfterToday("approvedDate", b.approvedDate, now)
};
// shared/core/records/case.ts
/**
* Case record (办件) — DOMAIN.md §3.4; seed 002 §项目办件规则.
*
* A window registers a case when it accepts it. A case finished on the spot (即办件, 答复件)
* is registered with its completed date; any other case is completed by a later
* `case-completion` record. Completion is a record of its own because records are
* append-only and each sits in one month: a case accepted in October and completed in
* November counts as accepted in October and as completed (on time or late) in November.
*/
var CASE_TYPES = [
	"immediate",
	"promised",
	"reply",
	"joint",
	"referred"
];
var SAME_DAY = /* @__PURE__ */ new Set(["immediate", "reply"]);
var caseRecord = {
	type: "case",
	label: {
		zh: "办件",
		en: "case"
	},
	body: z.strictObject({
		windowId,
		officerId,
		caseNumber,
		caseType: z.enum(CASE_TYPES),
		acceptedDate: isoDate,
		/** Working days promised to the applicant, counted after the day of acceptance. */
		promisedWorkingDays: z.number().int().nonnegative().max(250),
		completedDate: isoDate.optional()
	}).superRefine((b, ctx) => {
		if (SAME_DAY.has(b.caseType) && b.promisedWorkingDays !== 0) ctx.addIssue({
			code: "custom",
			path: ["promisedWorkingDays"],
			message: `a ${b.caseType} case promises 0 working days / 即办件、答复件当日办结`
		});
		if (b.caseType === "promised" && b.promisedWorkingDays === 0) ctx.addIssue({
			code: "custom",
			path: ["promisedWorkingDays"],
			message: "a promised case takes at least 1 working day / 承诺件办理时限至少1个工作日"
		});
		if (b.completedDate !== void 0 && b.completedDate < b.acceptedDate) ctx.addIssue({
			code: "custom",
			path: ["completedDate"],
			message: "completedDate is before acceptedDate / 办结日期早于受理日期"
		});
	}, { when: fieldsValid }),
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.acceptedDate),
	monthOf: (b) => b.acceptedDate.slice(0, 7),
	officersOf: (b) => [b.officerId],
	checkAt: (b, now) => [...notAfterToday("acceptedDate", b.acceptedDate, now), ...b.completedDate ? notAfterToday("completedDate", b.completedDate, now) : []]
};
var commendationRecord = {
	type: "commendation",
	label: {
		zh: "表扬",
		en: "commendation"
	},
	body: z.strictObject({
		windowId,
		/** The officer praised, if the praise names one. */
		officerId: officerId.optional(),
		kind: z.enum([
			"banner",
			"letter",
			"media",
			"gift-handed-in"
		]),
		/** Media praise only. */
		level: z.enum(LEVELS).optional(),
		date: isoDate,
		note: text(500),
		verifiedBy: person
	}).superRefine((b, ctx) => {
		if (b.kind === "media" && b.level === void 0) ctx.addIssue({
			code: "custom",
			path: ["level"],
			message: "media praise needs its level / 媒体表扬须注明级别"
		});
		if (b.kind !== "media" && b.level !== void 0) ctx.addIssue({
			code: "custom",
			path: ["level"],
			message: "only media praise has a level / 仅媒体表扬分级别"
		});
	}, { when: fieldsValid }),
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	officersOf: (b) => b.officerId ? [b.officerId] : [],
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
// shared/core/records/complaint-step.ts
/**
* Complaint step (投诉处理进度) — the lifecycle of a complaint, DOMAIN.md §3.8:
* registered → investigating → verified or unfounded → closed. Registration is the
* complaint record itself; each later step is one of these. A step may state why the
* complaint needs longer than 3 working days (at most 10, seed 003 §投诉处置办法 五、(二)).
*
* Center-level: a step names the complaint, not the window.
*/
var COMPLAINT_STEPS = [
	"investigating",
	"verified",
	"unfounded",
	"closed"
];
var findingCode = z.string().regex(/^[A-Z][A-Z0-9-]*$/, "a finding code such as W-SVC-COMPLAINT-VERIFIED / 扣分代码");
var complaintStepRecord = {
	type: "complaint-step",
	label: {
		zh: "投诉处理进度",
		en: "complaint step"
	},
	body: z.strictObject({
		complaintId: recordId,
		step: z.enum(COMPLAINT_STEPS),
		date: isoDate,
		note: text(2e3).optional(),
		extensionReason: z.string().trim().min(5, "state the reason in at least 5 characters / 请说明延期原因（至少5个字）").max(500).optional(),
		/**
		* A verifying step names the finding codes the verified complaint carries, for the
		* window and for the officer complained about (§3.8); the findings and, where a code
		* carries one, the vetoes follow from it (rules/verified-events.ts).
		*/
		findings: z.strictObject({
			window: z.array(findingCode).max(5).optional(),
			officer: z.array(findingCode).max(5).optional()
		}).optional()
	}).refine((b) => b.findings === void 0 || b.step === "verified", {
		path: ["findings"],
		message: "only a verifying step names finding codes / 只有“查实”环节可填写扣分代码",
		when: fieldsValid
	}),
	windowOf: () => void 0,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
var complaintRecord = {
	type: "complaint",
	label: {
		zh: "投诉",
		en: "complaint"
	},
	body: z.strictObject({
		receivedDate: isoDate,
		channel: z.enum([
			"phone",
			"letter-visit",
			"email",
			"hotline-12345",
			"on-site",
			"web"
		]),
		/** On-site only: the facts are clear and it is settled on the spot (当场解决). */
		simple: z.boolean().optional(),
		windowId,
		officerId: officerId.optional(),
		summary: text(2e3),
		complainantName: text(64).optional(),
		complainantContact: text(200).optional(),
		/** 12345 referrals only: the hotline's ticket and the deadline it sets. */
		referralNumber: reference.optional(),
		referralDeadline: isoDate.optional()
	}).superRefine((b, ctx) => {
		if (b.simple && b.channel !== "on-site") ctx.addIssue({
			code: "custom",
			path: ["simple"],
			message: "only an on-site complaint is settled on the spot / 仅现场投诉可当场解决"
		});
		const referral = b.channel === "hotline-12345";
		if (referral && b.referralDeadline === void 0) ctx.addIssue({
			code: "custom",
			path: ["referralDeadline"],
			message: "a 12345 referral carries its deadline / 12345转办件须填写办理时限"
		});
		for (const field of ["referralNumber", "referralDeadline"]) if (!referral && b[field] !== void 0) ctx.addIssue({
			code: "custom",
			path: [field],
			message: `${field} is for 12345 referrals only / 仅12345转办件填写`
		});
		if (b.referralDeadline !== void 0 && b.referralDeadline < b.receivedDate) ctx.addIssue({
			code: "custom",
			path: ["referralDeadline"],
			message: "referralDeadline is before receivedDate / 办理时限早于收到日期"
		});
	}, { when: fieldsValid }),
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.receivedDate),
	monthOf: (b) => b.receivedDate.slice(0, 7),
	officersOf: (b) => b.officerId ? [b.officerId] : [],
	privateFields: ["complainantName", "complainantContact"],
	checkAt: (b, now) => notAfterToday("receivedDate", b.receivedDate, now)
};
/**
* What a citizen files on the site: the window, what happened and how to reach them. The
* channel is the web form; the supervisors' fields (on-site settlement, 12345 referral)
* are not theirs to set.
*/
var publicComplaintBody = z.strictObject({
	receivedDate: isoDate,
	windowId,
	officerId: officerId.optional(),
	summary: text(2e3),
	complainantName: text(64).optional(),
	complainantContact: text(200).optional()
}).transform((b) => ({
	...b,
	channel: "web"
}));
var publicComplaintRecord = {
	...complaintRecord,
	body: publicComplaintBody
};
var consecutiveFlagDecisionRecord = {
	type: "consecutive-flag-decision",
	label: {
		zh: "连续评价认定",
		en: "consecutive-rating decision"
	},
	body: z.strictObject({
		flagId: reference,
		windowId,
		/** The month of the flagged ratings. */
		month,
		decision: z.enum(["confirm", "clear"]),
		note: text(500)
	}),
	windowOf: (b) => b.windowId,
	at: (b) => `${b.month}-01T00:00:00.000Z`,
	monthOf: (b) => b.month,
	checkAt: (b, now) => b.month > monthOf(now) ? [{
		path: "month",
		message: "month is after the current month / 月份晚于本月"
	}] : []
};
var deviceFaultRecord = {
	type: "device-fault",
	label: {
		zh: "评价器故障",
		en: "device fault"
	},
	body: z.strictObject({
		windowId,
		/** The evaluator, as its credential names it. */
		deviceId: reference,
		from: isoInstant,
		to: isoInstant,
		note: text(500)
	}).refine((b) => new Date(b.to).getTime() > new Date(b.from).getTime(), {
		path: ["to"],
		message: "to must be after from / 故障结束时间须晚于开始时间",
		when: fieldsValid
	}),
	windowOf: (b) => b.windowId,
	at: (b) => new Date(b.from).toISOString(),
	monthOf: (b) => monthOf(b.from),
	checkAt: (b, now) => ["from", "to"].flatMap((path) => isFutureInstant(b[path], now) ? [{
		path,
		message: `${path} is in the future / 时间晚于当前时间`
	}] : [])
};
var evaluatorConductRecord = {
	type: "evaluator-conduct",
	label: {
		zh: "评价行为",
		en: "evaluator conduct"
	},
	body: z.strictObject({
		windowId,
		officerId: officerId.optional(),
		observedAt: isoInstant,
		kind: z.enum(CONDUCT_KINDS),
		note: text(500)
	}),
	windowOf: (b) => b.windowId,
	at: (b) => new Date(b.observedAt).toISOString(),
	monthOf: (b) => monthOf(b.observedAt),
	officersOf: (b) => b.officerId ? [b.officerId] : [],
	checkAt: (b, now) => isFutureInstant(b.observedAt, now) ? [{
		path: "observedAt",
		message: "observedAt is in the future / 时间晚于当前时间"
	}] : []
};
// shared/core/records/finding.ts
/**
* Finding record (扣分/加分事项) — DOMAIN.md §3.7, §4.4. A deduction or bonus against a
* window or an officer, with a code of the rulebook, the evidence and who verified it.
* Patrols, inspections, complaints and mystery-shopper reports (暗访) produce findings; the
* source names the record it came from, so a verified complaint leads to its finding.
*
* How much a code takes: fixed codes their points (nothing else may be given); range codes
* the points the verifier chose within the range; `per: 'level'` codes the level of the
* medium (区级 1 … 国家级 4); `per: 'case-working-day'` codes the working days late (count).
*/
var FINDING_CODES = new Map(DEFAULT_FINDING_CODES.map((c) => [c.code, c]));
var FINDING_SOURCES = [
	"patrol",
	"inspection",
	"complaint",
	"mystery-shopper",
	"other"
];
/** A code as a record gives it: upper-case letters, digits and hyphens. */
var findingCodeId = z.string().trim().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, "a finding code such as W-SVC-QUARREL / 扣分代码");
/** What one occurrence of a code amounts to; which fields a code needs depends on the code. */
var findingAmount = {
	points: decimalPoints.optional(),
	level: z.enum(LEVELS).optional(),
	count: z.number().int().positive().max(250).optional()
};
var unknownCode = (code, path) => ({
	path,
	message: `unknown finding code ${code} / 未知的扣分加分代码`
});
/** Whether the code may be charged to this subject: a window code to a window, and so on. */
function subjectIssues(code, subject, path) {
	return code.subject === subject || code.subject === "both" ? [] : [{
		path,
		message: `${code.code} applies to a ${code.subject}, not a ${subject} / 该代码不适用于此对象`
	}];
}
/** Whether points, level and count are what the code needs — and nothing it does not. */
function amountIssues(code, amount, at) {
	const issues = [];
	const { points } = amount;
	if ("fixed" in code.points) {
		if (points !== void 0 && cmp(pts(points), pts(code.points.fixed)) !== 0) issues.push({
			path: [...at, "points"],
			message: `${code.code} is fixed at ${code.points.fixed} points / 该代码分值固定为${code.points.fixed}分`
		});
	} else {
		const range = `${code.points.min}–${code.points.max}`;
		if (points === void 0) issues.push({
			path: [...at, "points"],
			message: `${code.code} needs points within ${range} / 须在${range}分之间选定分值`
		});
		else if (cmp(pts(points), pts(code.points.min)) < 0 || cmp(pts(points), pts(code.points.max)) > 0) issues.push({
			path: [...at, "points"],
			message: `${points} is outside ${range} for ${code.code} / 分值超出${range}分`
		});
	}
	if (code.per === "level" && amount.level === void 0) issues.push({
		path: [...at, "level"],
		message: `${code.code} needs the level (district … national) / 须注明级别`
	});
	if (code.per !== "level" && amount.level !== void 0) issues.push({
		path: [...at, "level"],
		message: `${code.code} takes no level / 该代码不分级别`
	});
	if (code.per === "case-working-day" && amount.count === void 0) issues.push({
		path: [...at, "count"],
		message: `${code.code} needs the working days late / 须注明超期工作日数`
	});
	if (code.per !== "case-working-day" && amount.count !== void 0) issues.push({
		path: [...at, "count"],
		message: `${code.code} counts one occurrence / 该代码按次计`
	});
	return issues;
}
var addIssues = (ctx, issues) => {
	for (const { path, message } of issues) ctx.addIssue({
		code: "custom",
		path,
		message
	});
};
var findingRecord = {
	type: "finding",
	label: {
		zh: "扣分加分事项",
		en: "finding"
	},
	body: z.strictObject({
		code: findingCodeId,
		...findingAmount,
		subject: z.enum(["window", "officer"]),
		/** The window, also for an officer's finding: the window the officer staffs. */
		windowId,
		officerId: officerId.optional(),
		date: isoDate,
		evidence: text(2e3),
		verifiedBy: person,
		sourceKind: z.enum(FINDING_SOURCES),
		sourceRecordId: recordId.optional()
	}).superRefine((b, ctx) => {
		if (b.subject === "officer" && b.officerId === void 0) ctx.addIssue({
			code: "custom",
			path: ["officerId"],
			message: "an officer finding names the officer / 须注明工作人员"
		});
		const code = FINDING_CODES.get(b.code);
		if (!code) return addIssues(ctx, [unknownCode(b.code, ["code"])]);
		addIssues(ctx, [...subjectIssues(code, b.subject, ["subject"]), ...amountIssues(code, b, [])]);
	}, { when: fieldsValid }),
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	officersOf: (b) => b.officerId ? [b.officerId] : [],
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
// shared/core/records/inspection.ts
/**
* Hygiene inspection (卫生检查) — DOMAIN.md §3.5, §4.2; seed 003 §卫生工作考核办法 三、(二).
*
* Once a quarter a third party inspects each window and deducts by item: dust, untidiness,
* bulletin board, litter, full bin 0.5–2 each (in half points, as the inspection form
* marks them), smoking 5, a cigarette butt 5. An item found in order is not listed.
*/
var ITEMS = SEED_003_HYGIENE.items;
var ITEM_IDS = ITEMS.map((i) => i.id);
/** The items that name the officers concerned: smoking in the no-smoking area and a cigarette butt. */
var NAMES_OFFICERS = /* @__PURE__ */ new Set(["smoking", "cigarette-butt"]);
var isWholeHalves = (p) => mul(p, fraction(2)).d === 1n;
var inspectionRecord = {
	type: "inspection",
	label: {
		zh: "卫生检查",
		en: "hygiene inspection"
	},
	body: z.strictObject({
		windowId,
		quarter,
		date: isoDate,
		/** The inspector of the third party the center commissions. */
		inspector: person,
		deductions: z.array(z.strictObject({
			item: z.enum(ITEM_IDS),
			points: decimalPoints.optional(),
			note: text(200).optional(),
			/** Smoking and cigarette-butt items: the officers concerned, whom the item vetoes (§4.2, §5). */
			officerIds: z.array(officerId).min(1).max(20).optional()
		})).max(ITEMS.length),
		note: text(500).optional()
	}).superRefine((b, ctx) => {
		if (!monthsOf(b.quarter).includes(b.date.slice(0, 7))) ctx.addIssue({
			code: "custom",
			path: ["date"],
			message: `date is outside ${b.quarter} / 检查日期不在该季度内`
		});
		const seen = /* @__PURE__ */ new Set();
		b.deductions.forEach(({ item, points, officerIds }, i) => {
			if (officerIds !== void 0 && !NAMES_OFFICERS.has(item)) ctx.addIssue({
				code: "custom",
				path: [
					"deductions",
					i,
					"officerIds"
				],
				message: `only smoking items name officers / 只有吸烟、烟蒂项可填写工作人员`
			});
			if (seen.has(item)) ctx.addIssue({
				code: "custom",
				path: [
					"deductions",
					i,
					"item"
				],
				message: `${item} is listed twice / 该项重复`
			});
			seen.add(item);
			const spec = ITEMS.find((it) => it.id === item).points;
			const path = [
				"deductions",
				i,
				"points"
			];
			if ("fixed" in spec) {
				if (points !== void 0 && cmp(pts(points), pts(spec.fixed)) !== 0) ctx.addIssue({
					code: "custom",
					path,
					message: `${item} is fixed at ${spec.fixed} points / 该项固定扣${spec.fixed}分`
				});
				return;
			}
			const range = `${spec.min}–${spec.max}`;
			if (points === void 0) ctx.addIssue({
				code: "custom",
				path,
				message: `${item} needs points within ${range} / 该项须填写扣分（${range}分）`
			});
			else {
				const p = pts(points);
				if (cmp(p, pts(spec.min)) < 0 || cmp(p, pts(spec.max)) > 0 || !isWholeHalves(p)) ctx.addIssue({
					code: "custom",
					path,
					message: `${item} takes ${range} points in steps of 0.5 / 该项扣${range}分，以0.5分为单位`
				});
			}
		});
	}, { when: fieldsValid }),
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	officersOf: (b) => [...new Set(b.deductions.flatMap((d) => d.officerIds ?? []))].sort(),
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
// shared/core/records/nomination.ts
/**
* Nomination (推荐) — DOMAIN.md §3.12, §6; seed 003 §优秀服务窗口和服务明星评选办法 三、(三)2.
*
* A window head nominates officers of the window, each with short deeds (事迹 ≤ 100
* characters), or the window itself (≤ 200), by the 20th of the quarter's third month: one
* officer for a window of 1–5 officers, two for 6 or more. Supervisors may nominate
* outstanding officers directly (中心科室可向考核小组直接推荐), also after that day.
* Filed in the quarter's third month, where the selection of the quarter reads it.
*/
var nominationFields = {
	quarter,
	windowId,
	/** A supervisor's direct nomination: no deadline, no quota. */
	direct: z.boolean().optional()
};
var officerNomination = z.strictObject({
	nominee: z.literal("officers"),
	...nominationFields,
	officers: z.array(z.strictObject({
		officerId,
		deeds: text(100)
	})).min(1).max(10)
}).superRefine((b, ctx) => {
	const seen = /* @__PURE__ */ new Set();
	b.officers.forEach(({ officerId: id }, i) => {
		if (seen.has(id)) ctx.addIssue({
			code: "custom",
			path: [
				"officers",
				i,
				"officerId"
			],
			message: `${id} is nominated twice / 重复推荐`
		});
		seen.add(id);
	});
}, { when: fieldsValid });
var windowNomination = z.strictObject({
	nominee: z.literal("window"),
	...nominationFields,
	deeds: text(200)
});
var nominationBody = z.discriminatedUnion("nominee", [officerNomination, windowNomination]);
var thirdMonth = (q) => monthsOf(q)[2];
/** The last day for a window's nominations: the 20th of the quarter's third month. */
var nominationDeadline = (q) => `${thirdMonth(q)}-20`;
/** Whether a window's nomination made on `date` (Beijing) is in time for the quarter. */
function checkNominationDeadline(q, date) {
	const deadline = nominationDeadline(q);
	return date > deadline ? [{
		path: "quarter",
		message: `nominations for ${q} closed on ${deadline} / ${q}推荐已于${deadline}截止`
	}] : [];
}
var nominationRecord = {
	type: "nomination",
	label: {
		zh: "推荐",
		en: "nomination"
	},
	body: nominationBody,
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(nominationDeadline(b.quarter)),
	monthOf: (b) => thirdMonth(b.quarter),
	officersOf: (b) => b.nominee === "officers" ? b.officers.map((o) => o.officerId) : [],
	checkAt: (b, now) => {
		if (monthsOf(b.quarter)[0] > monthOf(now)) return [{
			path: "quarter",
			message: `${b.quarter} has not begun / 该季度尚未开始`
		}];
		return b.direct ? [] : checkNominationDeadline(b.quarter, dateOf(now));
	}
};
var objectionRecord = {
	type: "objection",
	label: {
		zh: "异议",
		en: "objection"
	},
	body: z.strictObject({
		noticeId: reference,
		/** The entry objected to: the candidate's id on the notice. */
		entry: candidateId,
		/** The day the objection was raised (a letter may be typed in later). */
		date: isoDate,
		text: text(500),
		contact: text(200).optional()
	}),
	windowOf: () => void 0,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	privateFields: ["contact"],
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
// shared/core/records/panel-score.ts
/**
* Panel score (综合评定) — DOMAIN.md §3.14, §4.5: a member of the assessment panel (考核小组)
* scores each candidate of an honor 0–100; the panel part is the mean of the members'
* scores. The same sheet as a ballot; the member is whoever submits it.
*/
var panelScoreRecord = {
	type: "panel-score",
	label: {
		zh: "综合评定",
		en: "panel score"
	},
	body: scoreSheetBody,
	...scoreSheetPlacement
};
var patrolRecord = {
	type: "patrol",
	label: {
		zh: "巡查",
		en: "patrol"
	},
	body: z.strictObject({
		date: isoDate,
		session: z.enum([
			"morning",
			"afternoon",
			"cctv"
		]),
		windowId,
		/** The officer concerned, when a finding is about one. */
		officerId: officerId.optional(),
		findings: z.array(z.strictObject({
			code: findingCodeId,
			...findingAmount,
			note: text(500)
		})).max(20),
		note: text(500).optional()
	}).superRefine((b, ctx) => {
		b.findings.forEach((f, i) => {
			const path = [
				"findings",
				i,
				"code"
			];
			const code = FINDING_CODES.get(f.code);
			if (!code) return addIssues(ctx, [unknownCode(f.code, path)]);
			if (code.effect !== "deduction") return addIssues(ctx, [{
				path,
				message: `${f.code} is a bonus; a patrol records shortcomings / 巡查只记录问题，不记加分`
			}]);
			if (code.subject === "officer" && b.officerId === void 0) addIssues(ctx, [{
				path,
				message: `${f.code} concerns an officer: name the officer / 该代码针对工作人员，须注明工作人员`
			}]);
			addIssues(ctx, amountIssues(code, f, ["findings", i]));
		});
	}, { when: fieldsValid }),
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	officersOf: (b) => b.officerId ? [b.officerId] : [],
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
// shared/core/records/training.ts
/**
* Training roll call (学习培训点名) — DOMAIN.md §3.9; seed 003 §窗口工作人员学习培训制度 四:
* "实行点名制，清点记录参加学习培训的人数，缺席人员及原因". Officers excused beforehand
* (事先请假) are listed apart; an absence without excuse becomes a finding (O-TRAIN-ABSENT).
*
* Center-level: a session gathers officers of many windows.
*/
var ROLL_CALL = [
	"present",
	"excused",
	"absent"
];
var LIST_ZH = {
	present: "出席",
	excused: "请假",
	absent: "缺席"
};
var officers = z.array(officerId).max(500);
var trainingRecord = {
	type: "training",
	label: {
		zh: "学习培训",
		en: "training"
	},
	body: z.strictObject({
		sessionId,
		date: isoDate,
		topic: text(200),
		present: officers,
		excused: officers,
		absent: officers
	}).superRefine((b, ctx) => {
		const listed = /* @__PURE__ */ new Map();
		for (const list of ROLL_CALL) b[list].forEach((officer, i) => {
			const earlier = listed.get(officer);
			if (earlier === void 0) listed.set(officer, list);
			else ctx.addIssue({
				code: "custom",
				path: [list, i],
				message: `${officer} is already listed as ${earlier} / 该人员已列入${LIST_ZH[earlier]}名单`
			});
		});
		if (listed.size === 0) ctx.addIssue({
			code: "custom",
			path: ["present"],
			message: "the roll call lists nobody / 点名名单为空"
		});
	}, { when: fieldsValid }),
	windowOf: () => void 0,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	officersOf: (b) => [
		...b.present,
		...b.excused,
		...b.absent
	],
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
var vetoAppealRecord = {
	type: "veto-appeal",
	label: {
		zh: "否决申诉",
		en: "veto appeal"
	},
	body: z.strictObject({
		/** The veto record, or the finding whose code carries the veto. */
		vetoId: recordId,
		date: isoDate,
		grounds: text(2e3)
	}),
	windowOf: () => void 0,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
var vetoRecord = {
	type: "veto",
	label: {
		zh: "一票否决",
		en: "veto"
	},
	body: z.strictObject({
		subject: z.enum(["window", "officer"]),
		windowId,
		officerId: officerId.optional(),
		scope: z.enum(["quarter", "year"]),
		code: findingCodeId.optional(),
		reason: text(500).optional(),
		evidence: text(2e3),
		verifiedBy: person,
		date: isoDate
	}).superRefine((b, ctx) => {
		if (b.subject === "officer" && b.officerId === void 0) ctx.addIssue({
			code: "custom",
			path: ["officerId"],
			message: "an officer veto names the officer / 须注明工作人员"
		});
		if (b.code === void 0) {
			if (b.reason === void 0) ctx.addIssue({
				code: "custom",
				path: ["reason"],
				message: "give a veto code or the reason / 须填写否决代码或理由"
			});
			return;
		}
		const code = FINDING_CODES.get(b.code);
		if (!code) return addIssues(ctx, [unknownCode(b.code, ["code"])]);
		if (code.veto === "none") return addIssues(ctx, [{
			path: ["code"],
			message: `${b.code} carries no veto / 该代码不涉及一票否决`
		}]);
		addIssues(ctx, subjectIssues(code, b.subject, ["subject"]));
		if (code.veto !== b.scope) addIssues(ctx, [{
			path: ["scope"],
			message: `${b.code} vetoes for the ${code.veto} / 该代码的否决范围为${code.veto === "year" ? "年度" : "季度"}`
		}]);
	}, { when: fieldsValid }),
	windowOf: (b) => b.windowId,
	at: (b) => instantOf(b.date),
	monthOf: (b) => b.date.slice(0, 7),
	officersOf: (b) => b.officerId ? [b.officerId] : [],
	checkAt: (b, now) => notAfterToday("date", b.date, now)
};
// shared/core/records/yearly-rating.ts
/**
* Yearly rating (年度考核评分) — DOMAIN.md §3.16, §4.6; seed 003 §窗口工作人员年度考核的实施办法
* 五. Of the 40 yearly points, each rater gives its share:
*   window head: original-unit leader 10, peer heads 6, center departments 24;
*   staff:       original-unit leader 6, window head 10, center departments 24.
* The body does not know whether the officer is a head, so it only bounds the points by
* the largest share (24); the handler, which knows the role, applies
* `checkYearlyRatingShare`. Center-level, filed in December of the year.
*/
var RATER_KINDS = Object.keys(RATER_NAMES);
var LARGEST_SHARE = "24";
// shared/core/records/registry.ts
/**
* Every record type of intake (DOMAIN.md §3) by its name, for the route table and the
* OpenAPI document. A correction of any of them is `correctionOf(type)` (correction.ts).
*
* Placement: a record with a window is filed under its window-month; a center-level record
* (`windowOf` gives undefined: complaint steps, training, ballots, panel scores, objections,
* yearly ratings, veto appeals, appeal decisions) under the center-level pseudo window.
*/
var RECORD_TYPES = {
	attendance: attendanceRecord,
	evaluation: evaluationRecord,
	volume: volumeRecord,
	case: caseRecord,
	"case-completion": caseCompletionRecord,
	"case-extension": caseExtensionRecord,
	inspection: inspectionRecord,
	patrol: patrolRecord,
	finding: findingRecord,
	complaint: complaintRecord,
	"complaint-step": complaintStepRecord,
	training: trainingRecord,
	"evaluator-conduct": evaluatorConductRecord,
	"device-fault": deviceFaultRecord,
	"consecutive-flag-decision": consecutiveFlagDecisionRecord,
	commendation: commendationRecord,
	nomination: nominationRecord,
	ballot: ballotRecord,
	"panel-score": panelScoreRecord,
	objection: objectionRecord,
	"yearly-rating": {
		type: "yearly-rating",
		label: {
			zh: "年度考核评分",
			en: "yearly rating"
		},
		body: z.strictObject({
			year,
			raterKind: z.enum(RATER_KINDS),
			/** Who rated: the leader, the head, a peer head or the department, as the form names them. */
			ratedBy: person,
			officerId,
			points: decimalPoints.refine((p) => cmp(pts(p), pts(LARGEST_SHARE)) <= 0, {
				message: `at most ${LARGEST_SHARE} points / 不超过${LARGEST_SHARE}分`,
				when: fieldsValid
			})
		}),
		windowOf: () => void 0,
		at: (b) => `${b.year}-12-01T00:00:00.000Z`,
		monthOf: (b) => `${b.year}-12`,
		officersOf: (b) => [b.officerId],
		checkAt: (b, now) => b.year > dateOf(now).slice(0, 4) ? [{
			path: "year",
			message: "year is after the current year / 年份晚于今年"
		}] : []
	},
	veto: vetoRecord,
	"veto-appeal": vetoAppealRecord,
	"appeal-decision": appealDecisionRecord
};
// shared/core/selection/acts.ts
/**
* The acts people take on a selection through the API (DOMAIN.md §2, §6), and who may take
* each: the panel settles ties and amends the proposed list; supervisors publish the notice,
* answer objections, void a selection, or run its due steps at once. Every act that needs a
* reason takes it in writing.
*/
var reason = z.string().trim().min(5, `state the reason in at least 5 characters / 请写明理由（至少5个字）`).max(1e3);
var selectionAct = z.discriminatedUnion("action", [
	z.strictObject({ action: z.literal("advance") }),
	z.strictObject({
		action: z.literal("decide-tie"),
		chosen: z.array(candidateId).min(1).max(100),
		reason
	}),
	z.strictObject({
		action: z.literal("amend"),
		remove: candidateId,
		replaceWith: candidateId.optional(),
		reason
	}),
	z.strictObject({ action: z.literal("publish-notice") }),
	z.strictObject({
		action: z.literal("answer-objection"),
		objectionId: recordId,
		outcome: z.enum(["upheld", "rejected"]),
		reason
	}),
	z.strictObject({
		action: z.literal("void"),
		reason
	})
]);
/** Everyone who may take some act, or read a selection. */
var SELECTION_ROLES = [
	"supervisor",
	"panel",
	"admin"
];
// functions/routes.ts
/**
* The HTTP API: every route with its handler function, the roles that may call it and the
* body schema. The local gateway, the CDK stack, the OpenAPI document and the forms read
* this table. Who may write what follows DOMAIN.md §2.
*/
var CENTER = "/api/v1/centers/{center}";
/** Intake: the record type, where it is posted, and who posts it. */
var INTAKE = [
	{
		type: "evaluation",
		segment: "evaluations",
		roles: ["device"]
	},
	{
		type: "attendance",
		segment: "attendance",
		roles: ["clerk", "head"]
	},
	{
		type: "volume",
		segment: "volumes",
		roles: ["clerk", "head"]
	},
	{
		type: "case",
		segment: "cases",
		roles: ["clerk", "head"]
	},
	{
		type: "case-completion",
		segment: "case-completions",
		roles: ["clerk", "head"]
	},
	{
		type: "case-extension",
		segment: "case-extensions",
		roles: ["supervisor"]
	},
	{
		type: "inspection",
		segment: "inspections",
		roles: ["supervisor"]
	},
	{
		type: "patrol",
		segment: "patrols",
		roles: ["supervisor"]
	},
	{
		type: "finding",
		segment: "findings",
		roles: ["supervisor"]
	},
	{
		type: "complaint",
		segment: "complaints",
		roles: ["supervisor"]
	},
	{
		type: "complaint",
		segment: "public/complaints",
		roles: ["public"],
		record: publicComplaintRecord
	},
	{
		type: "complaint-step",
		segment: "complaint-steps",
		roles: ["supervisor"]
	},
	{
		type: "training",
		segment: "trainings",
		roles: ["supervisor"]
	},
	{
		type: "evaluator-conduct",
		segment: "evaluator-conduct",
		roles: ["supervisor"]
	},
	{
		type: "device-fault",
		segment: "device-faults",
		roles: ["supervisor"]
	},
	{
		type: "consecutive-flag-decision",
		segment: "consecutive-flag-decisions",
		roles: ["supervisor"]
	},
	{
		type: "commendation",
		segment: "commendations",
		roles: ["supervisor"]
	},
	{
		type: "nomination",
		segment: "nominations",
		roles: ["head", "supervisor"]
	},
	{
		type: "ballot",
		segment: "ballots",
		roles: ["head"]
	},
	{
		type: "panel-score",
		segment: "panel-scores",
		roles: ["panel"]
	},
	{
		type: "objection",
		segment: "public/objections",
		roles: ["public"]
	},
	{
		type: "yearly-rating",
		segment: "yearly-ratings",
		roles: ["head", "supervisor"]
	},
	{
		type: "veto",
		segment: "vetoes",
		roles: ["supervisor"]
	},
	{
		type: "veto-appeal",
		segment: "veto-appeals",
		roles: ["head"]
	},
	{
		type: "appeal-decision",
		segment: "appeal-decisions",
		roles: ["supervisor"]
	}
];
var camel = (segment) => segment.replace(/^public\//, "public-").replace(/-(\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());
var ROUTES = [
	...INTAKE.map(({ type, segment, roles, record = RECORD_TYPES[type] }) => {
		return {
			method: "POST",
			path: `${CENTER}/${segment}`,
			fn: "submit-record",
			roles,
			operationId: `submit${camel(segment)}`,
			summary: `${record.label.zh} · ${record.label.en}`,
			record
		};
	}),
	{
		method: "POST",
		path: `${CENTER}/corrections`,
		fn: "submit-record",
		roles: ["supervisor"],
		operationId: "submitCorrection",
		summary: "更正记录 · Correct a record (supersedes it)"
	},
	{
		method: "GET",
		path: `${CENTER}/windows/{window}/records`,
		fn: "read-records",
		roles: [
			"clerk",
			"head",
			"supervisor",
			"admin"
		],
		operationId: "listWindowRecords",
		summary: "窗口记录 · A window’s records of a month",
		query: ["month", "type"]
	},
	{
		method: "GET",
		path: `${CENTER}/windows/{window}/ledger`,
		fn: "read-records",
		roles: [
			"clerk",
			"head",
			"supervisor",
			"admin"
		],
		operationId: "getWindowLedger",
		summary: "窗口计分明细 · A window’s scores of a month with their ledgers",
		query: ["month"]
	},
	{
		method: "GET",
		path: `${CENTER}/yearly-assessments/{year}`,
		fn: "read-records",
		roles: [
			"supervisor",
			"panel",
			"admin"
		],
		operationId: "getYearlyAssessment",
		summary: "年度考核 · The yearly officer assessment with its ledgers (not public)"
	},
	{
		method: "GET",
		path: `${CENTER}/audit`,
		fn: "read-records",
		roles: ["supervisor", "admin"],
		operationId: "listAudit",
		summary: "审计记录 · The audit trail of a day",
		query: ["date"]
	},
	{
		method: "GET",
		path: `${CENTER}/complaints/report`,
		fn: "read-records",
		roles: ["supervisor", "admin"],
		operationId: "getComplaintReport",
		summary: "投诉月报 · The monthly complaint report",
		query: ["month"]
	},
	{
		method: "GET",
		path: `${CENTER}/consecutive-flags`,
		fn: "read-records",
		roles: ["supervisor", "admin"],
		operationId: "listConsecutiveFlags",
		summary: "连续评价待认定 · Consecutive-rating flags and their decisions",
		query: ["month"]
	},
	{
		method: "GET",
		path: "/api/v1/openapi.json",
		fn: "read-records",
		roles: ["public"],
		operationId: "getOpenApi",
		summary: "接口说明 · This contract"
	},
	{
		method: "GET",
		path: `${CENTER}/selections`,
		fn: "manage-selections",
		roles: SELECTION_ROLES,
		operationId: "listSelections",
		summary: "评选 · The center’s selections and their states"
	},
	{
		method: "GET",
		path: `${CENTER}/selections/{honor}/{period}`,
		fn: "manage-selections",
		roles: SELECTION_ROLES,
		operationId: "getSelection",
		summary: "评选详情 · A selection: candidates and exclusions, ranking, proposed list, notice, objections, history"
	},
	{
		method: "POST",
		path: `${CENTER}/selections/{honor}/{period}/acts`,
		fn: "manage-selections",
		roles: SELECTION_ROLES,
		operationId: "actOnSelection",
		body: selectionAct,
		summary: "评选操作 · Settle a tie, amend, publish the notice, answer an objection, void, or advance"
	},
	{
		method: "PUT",
		path: CENTER,
		fn: "manage-center",
		roles: ["admin"],
		operationId: "putCenter",
		summary: "中心信息 · The center"
	},
	{
		method: "PUT",
		path: `${CENTER}/windows/{window}`,
		fn: "manage-center",
		roles: ["admin"],
		operationId: "putWindow",
		summary: "窗口 · A window"
	},
	{
		method: "PUT",
		path: `${CENTER}/officers/{officer}`,
		fn: "manage-center",
		roles: ["admin"],
		operationId: "putOfficer",
		summary: "工作人员 · An officer, with start date and role"
	},
	{
		method: "PUT",
		path: `${CENTER}/rulebook`,
		fn: "manage-center",
		roles: ["admin"],
		operationId: "putRulebook",
		summary: "评选规则 · The center’s rulebook (a new version)"
	},
	{
		method: "PUT",
		path: `${CENTER}/calendar`,
		fn: "manage-center",
		roles: ["admin"],
		operationId: "putCalendar",
		summary: "工作日调整 · Calendar overrides"
	}
];
// site/src/util/forms-catalog.ts
/**
* The intake forms the site builds, read from the API's route table: one per intake route
* except the evaluation devices' (a device posts directly), and one correction form per
* record type. The bodies' JSON Schema is the one the OpenAPI document carries.
*/
var jsonSchemaOf = (schema) => z.toJSONSchema(schema, {
	io: "input",
	unrepresentable: "any"
});
var patternOf = (schema) => {
	const pattern = jsonSchemaOf(schema).pattern;
	if (!pattern) throw new Error("a format schema without a pattern");
	return pattern;
};
/** The API's value formats, recognised by the very patterns the API checks. */
var FORMATS = /* @__PURE__ */ new Map([
	[patternOf(month), "month"],
	[patternOf(quarter), "quarter"],
	[patternOf(year), "year"],
	[patternOf(period), "period"],
	[patternOf(clockTime), "clock"],
	[patternOf(decimalPoints), "decimal"],
	[patternOf(windowId), "slug"],
	[patternOf(recordId), "record-id"],
	[patternOf(reference), "reference"]
]);
var endpointOf = (route) => route.path.replace("{center}", CENTER_ID);
/** `public/complaints` → `public-complaints`. */
var slugOf = (route) => route.path.slice(25).replace(/\//g, "-");
/** Routes only a device posts to have no form. */
var forPeople = (route) => route.roles.some((role) => role !== "device");
function intakeForms() {
	return ROUTES.filter((route) => route.method === "POST" && route.record && forPeople(route)).map((route) => ({
		slug: slugOf(route),
		operationId: route.operationId,
		endpoint: endpointOf(route),
		roles: route.roles,
		type: route.record.type,
		label: route.record.label,
		shape: describeBody(jsonSchemaOf(route.record.body), {
			formats: FORMATS,
			scope: route.record.type
		})
	}));
}
/** The correction route: a POST of the submit function without a record type of its own. */
var correctionRoute = () => {
	const route = ROUTES.find((r) => r.method === "POST" && r.fn === "submit-record" && !r.record);
	if (!route) throw new Error("the route table has no correction route");
	return route;
};
/**
* One correction form per record type: the envelope (record id, reason) and the record
* as that type's body, the body the API checks once it knows the superseded record's type.
*/
function correctionForms() {
	const route = correctionRoute();
	return Object.keys(RECORD_TYPES).map((type) => {
		const record = RECORD_TYPES[type];
		return {
			slug: type,
			operationId: route.operationId,
			endpoint: endpointOf(route),
			roles: route.roles,
			type,
			label: record.label,
			shape: describeBody(jsonSchemaOf(correctionOf(record).body), {
				formats: FORMATS,
				scope: "correction",
				nestedScopes: { record: type }
			})
		};
	});
}
/** The roles whose forms the index lists, in the order a visitor looks for them. */
var INDEX_ROLES = [
	"public",
	"clerk",
	"head",
	"supervisor",
	"panel"
];
/**
* The forms by role, each under the first role its route names (a clerk's form, which a
* window head may also submit, is listed with the clerk's).
*/
function formsByRole(forms) {
	return INDEX_ROLES.map((role) => ({
		role,
		forms: forms.filter((form) => form.roles[0] === role)
	})).filter((group) => group.forms.length > 0);
}
var correctionRoles = () => correctionRoute().roles;
export { fieldIds as a, intakeForms as i, correctionRoles as n, join as o, formsByRole as r, variantKey as s, correctionForms as t };

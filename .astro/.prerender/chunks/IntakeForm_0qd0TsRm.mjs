import { _ as renderTemplate, b as addAttribute, d as Fragment, m as renderSlot, n as templateEnter, r as templateExit, t as spreadAttributes, u as renderComponent, v as maybeRenderHead } from "./server_BXA6eBMf.mjs";
import { n as renderScript, r as createAstro } from "./BaseLayout_xw3mxC-_.mjs";
/* empty css                */
import { Tt as createComponent, a as UI, c as fieldLabel, d as optionLabel, h as rowLabel, s as fieldHint, u as localePath } from "./center_BJIK5-c3.mjs";
import { a as fieldIds, o as join, s as variantKey } from "./forms-catalog_XFGntIh5.mjs";
// site/src/components/forms/FormControl.astro
createAstro("http://localhost:4321");
var $$FormControl = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FormControl;
	const { node, path, variant, formId, lang, windows, discriminator = false } = Astro.props;
	const { control } = node;
	const words = UI[lang];
	const ids = fieldIds(formId, path, variant);
	const label = fieldLabel(node.scope, node.name, lang);
	const chooseWindow = node.name === "windowId" && control.kind === "text" && windows.length > 0;
	const formatHint = control.kind === "month" ? fieldHint(node.scope, node.name, "month", lang) : control.kind === "time" ? fieldHint(node.scope, node.name, "clock", lang) : control.kind === "text" || control.kind === "lines" ? fieldHint(node.scope, node.name, control.format, lang) : fieldHint(node.scope, node.name, void 0, lang);
	const hintParts = [
		chooseWindow || control.kind === "select" ? void 0 : formatHint,
		control.kind === "datetime" ? words.beijingTime : void 0,
		control.kind === "lines" ? words.onePerLine : void 0,
		control.kind === "lines" && control.maxItems !== void 0 ? words.atMostItems(control.maxItems) : void 0
	].filter((part) => part !== void 0);
	const hint = hintParts.length > 0 ? hintParts.join(lang === "zh" ? "；" : "; ") : void 0;
	const kind = control.kind === "number" || control.kind === "datetime" || control.kind === "lines" || control.kind === "checkbox" ? control.kind : "text";
	const attributes = {
		id: ids.control,
		name: path,
		"data-path": path,
		"data-kind": kind,
		"data-variant": variant,
		"data-required": node.required ? "" : void 0,
		"aria-describedby": hint ? ids.hint : void 0,
		required: node.required && control.kind !== "lines" && control.kind !== "checkbox"
	};
	const wide = control.kind === "lines" || control.kind === "checkbox" || control.kind === "text" && control.multiline;
	return renderTemplate`${maybeRenderHead($$result)}<div${addAttribute(["field", {
		"field--wide": wide,
		"field--checkbox": control.kind === "checkbox"
	}], "class:list")}>${control.kind === "checkbox" ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<input type="checkbox"${spreadAttributes(attributes)}><label${addAttribute(ids.control, "for")}><span class="label-text">${label}</span></label>` })}` : renderTemplate`<label${addAttribute(ids.control, "for")}><span class="label-text">${label}</span>${node.required && renderTemplate`<span class="required" aria-hidden="true">*</span>`}</label>`}${chooseWindow ? renderTemplate`<select${spreadAttributes(attributes)}><option value="">${node.required ? words.choose : words.chooseOptional}</option>${windows.map((w) => renderTemplate`<option${addAttribute(w.windowId, "value")}>${words.windowOption(w.name, w.windowId)}</option>`)}</select>` : control.kind === "select" ? renderTemplate`<select${spreadAttributes(attributes)}${addAttribute(discriminator ? "" : void 0, "data-discriminator")}>${control.placeholder && renderTemplate`<option value="">${node.required ? words.choose : words.chooseOptional}</option>`}${control.options.map((value) => renderTemplate`<option${addAttribute(value, "value")}>${optionLabel(node.name, value, lang)}</option>`)}</select>` : control.kind === "number" ? renderTemplate`<input type="number"${addAttribute(control.integer ? "numeric" : "decimal", "inputmode")}${addAttribute(control.min, "min")}${addAttribute(control.max, "max")}${addAttribute(control.integer ? 1 : "any", "step")}${spreadAttributes(attributes)}>` : control.kind === "date" ? renderTemplate`<input type="date"${spreadAttributes(attributes)}>` : control.kind === "month" ? renderTemplate`<input type="month"${spreadAttributes(attributes)}>` : control.kind === "time" ? renderTemplate`<input type="time" step="60"${spreadAttributes(attributes)}>` : control.kind === "datetime" ? renderTemplate`<input type="datetime-local" step="60"${spreadAttributes(attributes)}>` : control.kind === "lines" ? renderTemplate`<textarea rows="4" spellcheck="false"${spreadAttributes(attributes)}></textarea>` : control.kind === "checkbox" ? null : control.multiline ? renderTemplate`<textarea${addAttribute((control.maxLength ?? 0) >= 2e3 ? 6 : 4, "rows")}${addAttribute(control.minLength, "minlength")}${addAttribute(control.maxLength, "maxlength")}${spreadAttributes(attributes)}></textarea>` : renderTemplate`<input type="text"${addAttribute(control.decimal ? "decimal" : void 0, "inputmode")}${addAttribute(control.minLength, "minlength")}${addAttribute(control.maxLength, "maxlength")}${addAttribute(control.pattern, "pattern")}${spreadAttributes(attributes)}>`}${hint && renderTemplate`<p class="field-hint"${addAttribute(ids.hint, "id")}>${hint}</p>`}<p class="field-error"${addAttribute(ids.error, "id")} hidden></p></div>`;
}, "/work/wt-rules/site/src/components/forms/FormControl.astro", void 0);
// site/src/components/forms/RepeatRow.astro
createAstro("http://localhost:4321");
var $$RepeatRow = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RepeatRow;
	const { path, variant, formId, lang, label, number } = Astro.props;
	const ids = fieldIds(formId, path, variant);
	return renderTemplate`${maybeRenderHead($$result)}<fieldset class="repeat-row"${addAttribute(ids.control, "id")}${addAttribute(path, "data-path")} data-kind="object"${addAttribute(variant, "data-variant")}><legend><span class="label-text">${label} <span data-row-number>${number}</span></span></legend><p class="field-error"${addAttribute(ids.error, "id")} hidden></p><div class="form-grid">${renderSlot($$result, $$slots["default"])}</div><button type="button" class="button button--quiet" data-remove-row hidden>${UI[lang].removeRow}<span class="visually-hidden"> ${label} <span data-row-number>${number}</span></span></button></fieldset>`;
}, "/work/wt-rules/site/src/components/forms/RepeatRow.astro", void 0);
// site/src/components/forms/FormShape.astro
createAstro("http://localhost:4321");
var $$FormShape = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FormShape;
	const { shape, base, variant, formId, lang, windows } = Astro.props;
	const words = UI[lang];
	const { union } = shape;
	const discriminatorPath = union ? join(base, union.discriminator.name) : "";
	return renderTemplate`${union && renderTemplate`${renderComponent($$result, "FormControl", $$FormControl, {
		"node": union.discriminator,
		"path": discriminatorPath,
		"variant": variant,
		"formId": formId,
		"lang": lang,
		"windows": windows,
		"discriminator": true
	})}`}${shape.fields.map((node) => {
		const path = join(base, node.name);
		if (node.kind === "field") return renderTemplate`${renderComponent($$result, "FormControl", $$FormControl, {
			"node": node,
			"path": path,
			"variant": variant,
			"formId": formId,
			"lang": lang,
			"windows": windows
		})}`;
		const ids = fieldIds(formId, path, variant);
		const label = fieldLabel(node.scope, node.name, lang);
		if (node.kind === "group") return renderTemplate`${maybeRenderHead($$result)}<fieldset class="field-group"${addAttribute(ids.control, "id")}${addAttribute(path, "data-path")} data-kind="object"${addAttribute(variant, "data-variant")}><legend><span class="label-text">${label}</span></legend><p class="field-error"${addAttribute(ids.error, "id")} hidden></p><div class="form-grid">${renderComponent($$result, "Astro.self", Astro.self, {
			"shape": node.shape,
			"base": path,
			"variant": variant,
			"formId": formId,
			"lang": lang,
			"windows": windows
		})}</div></fieldset>`;
		const row = rowLabel(node.name, lang);
		const limit = node.maxItems === void 0 ? void 0 : words.atMostItems(node.maxItems);
		return renderTemplate`<fieldset class="repeat"${addAttribute(ids.control, "id")}${addAttribute(path, "data-path")} data-kind="array"${addAttribute(variant, "data-variant")}${addAttribute(node.minItems, "data-min")}${addAttribute(node.maxItems, "data-max")}${addAttribute(limit ? ids.hint : void 0, "aria-describedby")}><legend><span class="label-text">${label}</span>${node.minItems > 0 && renderTemplate`<span class="required" aria-hidden="true">*</span>`}</legend>${limit && renderTemplate`<p class="field-hint"${addAttribute(ids.hint, "id")}>${limit}</p>`}<p class="field-error"${addAttribute(ids.error, "id")} hidden></p><div class="repeat-rows">${Array.from({ length: node.minItems }, (_, index) => renderTemplate`${renderComponent($$result, "RepeatRow", $$RepeatRow, {
			"path": `${path}.${index}`,
			"variant": variant,
			"formId": formId,
			"lang": lang,
			"label": row,
			"number": index + 1
		}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Astro.self", Astro.self, {
			"shape": node.item,
			"base": `${path}.${index}`,
			"variant": variant,
			"formId": formId,
			"lang": lang,
			"windows": windows
		})}` })}`)}</div><p class="repeat-empty" data-repeat-empty${addAttribute(node.minItems > 0, "hidden")}>${words.noRows}</p><template data-row-template>${templateEnter($$result)}${renderComponent($$result, "RepeatRow", $$RepeatRow, {
			"path": `${path}.0`,
			"variant": variant,
			"formId": formId,
			"lang": lang,
			"label": row,
			"number": 1
		}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Astro.self", Astro.self, {
			"shape": node.item,
			"base": `${path}.0`,
			"variant": variant,
			"formId": formId,
			"lang": lang,
			"windows": windows
		})}` })}${templateExit($$result)}</template><button type="button" class="button button--secondary" data-add-row hidden>${words.addRow(row)}</button></fieldset>`;
	})}${union && union.variants.map((option, index) => renderTemplate`<fieldset class="variant"${addAttribute(discriminatorPath, "data-variant-of")}${addAttribute(option.value, "data-variant-value")}${addAttribute(index > 0, "hidden")}${addAttribute(index > 0, "disabled")}><legend class="visually-hidden">${optionLabel(union.discriminator.name, option.value, lang)}</legend>${renderComponent($$result, "Astro.self", Astro.self, {
		"shape": { fields: option.fields },
		"base": base,
		"variant": variantKey(discriminatorPath, option.value),
		"formId": formId,
		"lang": lang,
		"windows": windows
	})}</fieldset>`)}`;
}, "/work/wt-rules/site/src/components/forms/FormShape.astro", void 0);
// site/src/components/forms/IntakeForm.astro
createAstro("http://localhost:4321");
var $$IntakeForm = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$IntakeForm;
	const { form, lang, windows, prefill } = Astro.props;
	const words = UI[lang];
	const formId = "intake";
	const isPublic = form.roles.includes("public");
	const signIn = `${localePath(lang, "/sign-in/")}?return=${encodeURIComponent(Astro.url.pathname)}`;
	return renderTemplate`${!isPublic && renderTemplate`${maybeRenderHead($$result)}<p class="form-session" data-session${addAttribute(form.roles.join(" "), "data-roles")}>${words.formsSignIn} <a${addAttribute(signIn, "href")}>${words.signInLink}</a></p>`}<noscript><p class="notice notice--warning">${words.noscript}</p></noscript><form class="intake-form"${addAttribute(formId, "id")} method="post" aria-labelledby="form-heading" data-intake${addAttribute(form.endpoint, "data-endpoint")}${addAttribute(isPublic ? "" : void 0, "data-public")}${addAttribute(prefill ? JSON.stringify(prefill) : void 0, "data-prefill")}><div data-error-summary role="alert"></div><div class="form-status" data-form-status role="status" tabindex="-1"></div><p class="required-note">${words.requiredNote}</p><div class="form-grid">${renderComponent($$result, "FormShape", $$FormShape, {
		"shape": form.shape,
		"base": "",
		"formId": formId,
		"lang": lang,
		"windows": windows
	})}</div><div class="form-actions"><button type="submit" class="button button--primary" disabled>${words.submit}</button></div></form>${renderScript($$result, "/work/wt-rules/site/src/components/forms/IntakeForm.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt-rules/site/src/components/forms/IntakeForm.astro", void 0);
export { $$IntakeForm as t };

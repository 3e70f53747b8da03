import { O as unescapeHTML, T as createHeadAndContent, V as generateCspDigest, _ as renderTemplate, a as renderUniqueStylesheet, i as renderScriptElement, t as spreadAttributes, u as renderComponent } from "./server_BXA6eBMf.mjs";
import { P as InvalidComponentArgs, c as isRemotePath, d as removeBase, lt as UnknownContentCollectionError, pt as AstroError, rt as RenderUndefinedEntryError, u as prependForwardSlash } from "./path_DqP1yMP3.mjs";
import { t as createConsoleLogger } from "./console_BFYMNUSa.mjs";
import * as z$1 from "zod/v4";
import { escape } from "html-escaper";
import * as devalue from "devalue";
import { z } from "zod";
import { createHash } from "node:crypto";
// ../main/node_modules/astro/dist/runtime/server/astro-component.js
function validateArgs(args) {
	if (args.length !== 3) return false;
	if (!args[0] || typeof args[0] !== "object") return false;
	return true;
}
function baseCreateComponent(cb, moduleId, propagation) {
	const name = moduleId?.split("/").pop()?.replace(".astro", "") ?? "";
	const fn = (...args) => {
		if (!validateArgs(args)) throw new AstroError({
			...InvalidComponentArgs,
			message: InvalidComponentArgs.message(name)
		});
		return cb(...args);
	};
	Object.defineProperty(fn, "name", {
		value: name,
		writable: false
	});
	fn.isAstroComponentFactory = true;
	fn.moduleId = moduleId;
	fn.propagation = propagation;
	return fn;
}
function createComponentWithOptions(opts) {
	return baseCreateComponent(opts.factory, opts.moduleId, opts.propagation);
}
function createComponent(arg1, moduleId, propagation) {
	if (typeof arg1 === "function") return baseCreateComponent(arg1, moduleId, propagation);
	else return createComponentWithOptions(arg1);
}
// ../main/node_modules/astro/dist/core/render-scope/scope.js
var SCOPE_KEY = /* @__PURE__ */ Symbol.for("astro:render-scope");
function getInstalledRenderScope() {
	return globalThis[SCOPE_KEY];
}
// ../main/node_modules/astro/dist/core/render-scope/record.js
function recordContentEntryRender(filePath) {
	if (!filePath) return;
	getInstalledRenderScope()?.getStore()?.contentEntries?.add(filePath);
}
// \0virtual:astro:logger
var level = "warn";
// ../main/node_modules/astro/dist/assets/consts.js
var VALID_INPUT_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"apng",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var VALID_SUPPORTED_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var DEFAULT_OUTPUT_FORMAT = "webp";
var DEFAULT_HASH_PROPS = [
	"src",
	"width",
	"height",
	"format",
	"quality",
	"fit",
	"position",
	"background"
];
// ../main/node_modules/astro/dist/assets/runtime.js
function createSvgComponent({ meta, attributes, children, styles }) {
	const hasStyles = styles.length > 0;
	const Component = createComponent({
		async factory(result, props) {
			const normalizedProps = normalizeProps(attributes, props);
			if (hasStyles && result.cspDestination) for (const style of styles) {
				const hash = await generateCspDigest(style, result.cspAlgorithm);
				result._metadata.extraStyleHashes.push(hash);
			}
			return renderTemplate`<svg${spreadAttributes(normalizedProps)}>${unescapeHTML(children)}</svg>`;
		},
		propagation: hasStyles ? "self" : "none"
	});
	makeNonEnumerable(Component);
	Object.defineProperty(Component, /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom"), { value: (_, opts, inspect) => inspect(meta, opts) });
	Object.defineProperty(Component, "toJSON", {
		value: () => meta,
		enumerable: false
	});
	return Object.assign(Component, meta);
}
var ATTRS_TO_DROP = [
	"xmlns",
	"xmlns:xlink",
	"version"
];
var DEFAULT_ATTRS = {};
function dropAttributes(attributes) {
	for (const attr of ATTRS_TO_DROP) delete attributes[attr];
	return attributes;
}
function normalizeProps(attributes, props) {
	return dropAttributes({
		...DEFAULT_ATTRS,
		...attributes,
		...props
	});
}
function makeNonEnumerable(object) {
	for (const property in object) Object.defineProperty(object, property, { enumerable: false });
}
// ../main/node_modules/astro/dist/content/consts.js
var CONTENT_IMAGE_FLAG = "astroContentImageFlag";
var IMAGE_IMPORT_PREFIX = "__ASTRO_IMAGE_";
// ../main/node_modules/astro/dist/assets/utils/resolveImports.js
function imageSrcToImportId(imageSrc, filePath) {
	imageSrc = removeBase(imageSrc, IMAGE_IMPORT_PREFIX);
	if (isRemotePath(imageSrc)) return;
	const ext = imageSrc.split(".").at(-1)?.toLowerCase();
	if (!ext || !VALID_INPUT_FORMATS.includes(ext)) return;
	const params = new URLSearchParams(CONTENT_IMAGE_FLAG);
	if (filePath) params.set("importer", filePath);
	return `${imageSrc}?${params.toString()}`;
}
// ../main/node_modules/astro/dist/content/data-store-source.js
var InMemorySource = class {
	#store;
	constructor(store) {
		this.#store = store;
	}
	hasCollection(collection) {
		return this.#store.hasCollection(collection);
	}
	get(collection, key) {
		return this.#store.get(collection, key);
	}
	entries(collection) {
		return this.#store.entries(collection);
	}
	values(collection) {
		return this.#store.values(collection);
	}
	keys(collection) {
		return this.#store.keys(collection);
	}
	has(collection, key) {
		return this.#store.has(collection, key);
	}
	collections() {
		return this.#store.collections();
	}
};
// ../main/node_modules/astro/dist/content/data-store.js
var ChunkedCollectionParser = class {
	#entries = /* @__PURE__ */ new Map();
	#remainder = "";
	add(part) {
		const records = (this.#remainder + part).split("\n");
		this.#remainder = records.pop();
		for (const record of records) {
			const parsed = devalue.parse(record);
			if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string") throw new Error("Invalid chunked data store entry");
			this.#entries.set(parsed[0], parsed[1]);
		}
	}
	finish() {
		if (this.#remainder) throw new Error("Invalid chunked data store entry");
		return this.#entries;
	}
};
var ImmutableDataStore = class ImmutableDataStore {
	_collections = /* @__PURE__ */ new Map();
	constructor() {
		this._collections = /* @__PURE__ */ new Map();
	}
	get(collectionName, key) {
		return this._collections.get(collectionName)?.get(String(key));
	}
	entries(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).entries()];
	}
	values(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).values()];
	}
	keys(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).keys()];
	}
	has(collectionName, key) {
		const collection = this._collections.get(collectionName);
		if (collection) return collection.has(String(key));
		return false;
	}
	hasCollection(collectionName) {
		return this._collections.has(collectionName);
	}
	collections() {
		return this._collections;
	}
	/**
	* Rebuilds a collections map from a chunked-store manifest whose part file
	* names have already been swapped for their contents.
	*
	* Each collection maps to a list of parts. A part is either a raw string
	* (when the store is loaded from disk) or an ESM namespace from a virtual
	* chunk import (`{ default: string }`, when emitted at runtime). Each part
	* contains independently serialized entry records. This is the inverse of
	* {@link import('./data-store-writer.js').ChunkedWriter} and stays free of
	* Node built-ins so it can run at runtime.
	*/
	static manifestToMap(manifest) {
		const collections = /* @__PURE__ */ new Map();
		for (const [collectionName, parts] of Object.entries(manifest)) {
			const parser = new ChunkedCollectionParser();
			for (const part of parts) parser.add(typeof part === "string" ? part : part.default);
			collections.set(collectionName, parser.finish());
		}
		return collections;
	}
	/**
	* Attempts to load a DataStore from the virtual module.
	* This only works in Vite.
	*/
	static async fromModule() {
		try {
			const data = await import("./_astro_data-layer-content_3nt8tSon.mjs");
			if (data.default instanceof Map) return ImmutableDataStore.fromMap(data.default);
			if (Array.isArray(data.default)) {
				const map2 = devalue.unflatten(data.default);
				return ImmutableDataStore.fromMap(map2);
			}
			const map = ImmutableDataStore.manifestToMap(data.default);
			return ImmutableDataStore.fromMap(map);
		} catch {}
		return new ImmutableDataStore();
	}
	static async fromMap(data) {
		const store = new ImmutableDataStore();
		store._collections = data;
		return store;
	}
};
function dataStoreSingleton() {
	let instance = void 0;
	return {
		get: async () => {
			if (!instance) instance = ImmutableDataStore.fromModule().then((store) => new InMemorySource(store));
			return instance;
		},
		set: (store) => {
			instance = new InMemorySource(store);
		}
	};
}
var globalDataStore = dataStoreSingleton();
// ../main/node_modules/astro/dist/content/loaders/errors.js
function formatZodError(error) {
	return error.issues.map((issue) => `  **${issue.path.join(".")}**: ${issue.message}`);
}
var LiveCollectionError = class LiveCollectionError extends Error {
	collection;
	message;
	cause;
	constructor(collection, message, cause) {
		super(message);
		this.collection = collection;
		this.message = message;
		this.cause = cause;
		this.name = "LiveCollectionError";
		if (cause?.stack) this.stack = cause.stack;
	}
	static is(error) {
		return error instanceof LiveCollectionError;
	}
};
var LiveEntryNotFoundError = class extends LiveCollectionError {
	constructor(collection, entryFilter) {
		super(collection, `Entry ${collection} \u2192 ${typeof entryFilter === "string" ? entryFilter : JSON.stringify(entryFilter)} was not found.`);
		this.name = "LiveEntryNotFoundError";
	}
	static is(error) {
		return error?.name === "LiveEntryNotFoundError";
	}
};
var LiveCollectionValidationError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${collection} \u2192 ${entryId}** data does not match the collection schema.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionValidationError";
	}
	static is(error) {
		return error?.name === "LiveCollectionValidationError";
	}
};
var LiveCollectionCacheHintError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${String(collection)}${entryId ? ` \u2192 ${String(entryId)}` : ""}** returned an invalid cache hint.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionCacheHintError";
	}
	static is(error) {
		return error?.name === "LiveCollectionCacheHintError";
	}
};
// ../main/node_modules/astro/dist/content/runtime.js
var cacheHintSchema = z$1.object({
	tags: z$1.array(z$1.string()).optional(),
	lastModified: z$1.date().optional()
});
async function parseLiveEntry(entry, schema, collection) {
	try {
		const parsed = await z$1.safeParseAsync(schema, entry.data);
		if (!parsed.success) return { error: new LiveCollectionValidationError(collection, entry.id, parsed.error) };
		if (entry.cacheHint) {
			const cacheHint = cacheHintSchema.safeParse(entry.cacheHint);
			if (!cacheHint.success) return { error: new LiveCollectionCacheHintError(collection, entry.id, cacheHint.error) };
			entry.cacheHint = cacheHint.data;
		}
		return { entry: {
			...entry,
			data: parsed.data
		} };
	} catch (error) {
		return { error: new LiveCollectionError(collection, `Unexpected error parsing entry ${entry.id} in collection ${collection}`, error) };
	}
}
function createGetCollection({ liveCollections, logger }) {
	return async function getCollection(collection, filter) {
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveCollection() instead of getCollection().`
		});
		const hasFilter = typeof filter === "function";
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const { default: imageAssetMap } = await import("./content-assets_BaNNkT6V.mjs");
			const result = [];
			for (const rawEntry of await store.values(collection)) {
				const data = resolveEntryData(rawEntry, imageAssetMap);
				let entry = {
					...rawEntry,
					data,
					collection
				};
				if (hasFilter && !filter(entry)) continue;
				result.push(entry);
			}
			return result;
		} else {
			logger.warn("content", `The collection ${JSON.stringify(collection)} does not exist or is empty. Please check your content config file for errors.`);
			return [];
		}
	};
}
function createGetEntry({ liveCollections, logger }) {
	return async function getEntry(collectionOrLookupObject, lookup) {
		let collection, lookupId;
		if (typeof collectionOrLookupObject === "string") {
			collection = collectionOrLookupObject;
			if (!lookup) throw new AstroError({
				...UnknownContentCollectionError,
				message: "`getEntry()` requires an entry identifier as the second argument."
			});
			lookupId = lookup;
		} else {
			collection = collectionOrLookupObject.collection;
			lookupId = "id" in collectionOrLookupObject ? collectionOrLookupObject.id : collectionOrLookupObject.slug;
		}
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveEntry() instead of getEntry().`
		});
		if (typeof lookupId === "object") throw new AstroError({
			...UnknownContentCollectionError,
			message: `The entry identifier must be a string. Received object.`
		});
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const entry = await store.get(collection, lookupId);
			if (!entry) {
				logger.warn("content", `Entry ${collection} → ${lookupId} was not found.`);
				return;
			}
			const { default: imageAssetMap } = await import("./content-assets_BaNNkT6V.mjs");
			const data = resolveEntryData(entry, imageAssetMap);
			const result = {
				...entry,
				data,
				collection
			};
			warnForPropertyAccess(logger, result.data, "slug", `[content] Attempted to access deprecated property on "${collection}" entry.
The "slug" property is no longer automatically added to entries. Please use the "id" property instead.`);
			warnForPropertyAccess(logger, result, "render", `[content] Invalid attempt to access "render()" method on "${collection}" entry.
To render an entry, use "render(entry)" from "astro:content".`);
			return result;
		}
	};
}
function warnForPropertyAccess(logger, entry, prop, message) {
	if (!(prop in entry)) {
		let _value = void 0;
		Object.defineProperty(entry, prop, {
			get() {
				if (_value === void 0) logger.error("content", message);
				return _value;
			},
			set(v) {
				_value = v;
			},
			enumerable: false
		});
	}
}
function createGetLiveCollection({ liveCollections }) {
	return async function getLiveCollection(collection, filter) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveCollection() to load regular content collections.`) };
		try {
			const context = {
				filter,
				collection
			};
			const response = await liveCollections[collection].loader?.loadCollection?.(context);
			if (response && "error" in response) return { error: response.error };
			const { schema } = liveCollections[collection];
			let processedEntries = response.entries;
			if (schema) {
				const entryResults = await Promise.all(response.entries.map((entry) => parseLiveEntry(entry, schema, collection)));
				for (const result of entryResults) if (result.error) return { error: result.error };
				processedEntries = entryResults.map((result) => result.entry);
			}
			let cacheHint = response.cacheHint;
			if (cacheHint) {
				const cacheHintResult = cacheHintSchema.safeParse(cacheHint);
				if (!cacheHintResult.success) return { error: new LiveCollectionCacheHintError(collection, void 0, cacheHintResult.error) };
				cacheHint = cacheHintResult.data;
			}
			if (processedEntries.length > 0) {
				const entryTags = /* @__PURE__ */ new Set();
				let latestModified;
				for (const entry of processedEntries) if (entry.cacheHint) {
					if (entry.cacheHint.tags) entry.cacheHint.tags.forEach((tag) => entryTags.add(tag));
					if (entry.cacheHint.lastModified instanceof Date) {
						if (latestModified === void 0 || entry.cacheHint.lastModified > latestModified) latestModified = entry.cacheHint.lastModified;
					}
				}
				if (entryTags.size > 0 || latestModified || cacheHint) {
					const mergedCacheHint = {};
					if (cacheHint?.tags || entryTags.size > 0) mergedCacheHint.tags = [.../* @__PURE__ */ new Set([...cacheHint?.tags || [], ...entryTags])];
					if (cacheHint?.lastModified && latestModified) mergedCacheHint.lastModified = cacheHint.lastModified > latestModified ? cacheHint.lastModified : latestModified;
					else if (cacheHint?.lastModified || latestModified) mergedCacheHint.lastModified = cacheHint?.lastModified ?? latestModified;
					cacheHint = mergedCacheHint;
				}
			}
			return {
				entries: processedEntries,
				cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading collection ${collection}${error instanceof Error ? `: ${error.message}` : ""}`, error) };
		}
	};
}
function createGetLiveEntry({ liveCollections }) {
	return async function getLiveEntry(collection, lookup) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveEntry() to load regular content collections.`) };
		try {
			const lookupObject = {
				filter: typeof lookup === "string" ? { id: lookup } : lookup,
				collection
			};
			let entry = await liveCollections[collection].loader?.loadEntry?.(lookupObject);
			if (entry && "error" in entry) return { error: entry.error };
			if (!entry) return { error: new LiveEntryNotFoundError(collection, lookup) };
			const { schema } = liveCollections[collection];
			if (schema) {
				const result = await parseLiveEntry(entry, schema, collection);
				if (result.error) return { error: result.error };
				entry = result.entry;
			}
			return {
				entry,
				cacheHint: entry.cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading entry ${collection} → ${typeof lookup === "string" ? lookup : JSON.stringify(lookup)}`, error) };
		}
	};
}
var CONTENT_LAYER_IMAGE_REGEX = /__ASTRO_IMAGE_="([^"]+)"/g;
async function updateImageReferencesInBody(html, fileName) {
	const { default: imageAssetMap } = await import("./content-assets_BaNNkT6V.mjs");
	const imageObjects = /* @__PURE__ */ new Map();
	const { getImage } = await import("./_virtual_astro_get-image_CaaPNXiT.mjs");
	for (const [_full, imagePath] of html.matchAll(CONTENT_LAYER_IMAGE_REGEX)) try {
		const decodedImagePath = JSON.parse(imagePath.replace(/&(?:#x22|quot);/g, "\"").replace(/&(?:#x27|apos);/g, "'").replace(/&(?:amp|#x26|#38);/g, "&"));
		let image;
		if (URL.canParse(decodedImagePath.src)) image = await getImage(decodedImagePath);
		else {
			const id = imageSrcToImportId(decodedImagePath.src, fileName);
			const imported = imageAssetMap.get(id);
			if (!id || imageObjects.has(id) || !imported) continue;
			image = await getImage({
				...decodedImagePath,
				src: imported
			});
		}
		imageObjects.set(imagePath, image);
	} catch {
		throw new Error(`Failed to parse image reference: ${imagePath}`);
	}
	return html.replaceAll(CONTENT_LAYER_IMAGE_REGEX, (full, imagePath) => {
		const image = imageObjects.get(imagePath);
		if (!image) return full;
		const { index, ...attributes } = image.attributes;
		return Object.entries({
			...attributes,
			src: image.src,
			...image.srcSet.values.length > 0 ? { srcset: image.srcSet.attribute } : {},
			"data-image-component": "true"
		}).filter(([, value]) => value != null).map(([key, value]) => value === "" ? `${key}=""` : `${key}="${escape(String(value))}"`).join(" ");
	});
}
function resolveImageAtPath(src, fileName, imageAssetMap) {
	const id = imageSrcToImportId(src, fileName);
	if (!id) return;
	const imported = imageAssetMap?.get(id);
	if (!imported) return;
	if (imported.__svgData) {
		const { __svgData: svgData, ...meta } = imported;
		return createSvgComponent({
			meta,
			...svgData
		});
	}
	return imported;
}
function setAtPathCopying(target, path, value) {
	if (path.length === 0) return target;
	const [key, ...rest] = path;
	const copy = Array.isArray(target) ? target.slice() : { ...target };
	copy[key] = rest.length === 0 ? value : setAtPathCopying(copy[key], rest, value);
	return copy;
}
function updateImageReferencesInData(data, fileName, imageAssetMap, imageImports) {
	if (!imageImports?.length) return data;
	let result = data;
	for (const path of imageImports) {
		let src = result;
		for (const key of path) src = src?.[key];
		if (typeof src !== "string") continue;
		const resolved = resolveImageAtPath(src, fileName, imageAssetMap);
		if (resolved !== void 0) result = setAtPathCopying(result, path, resolved);
	}
	return result;
}
function resolveEntryData(entry, imageAssetMap) {
	return updateImageReferencesInData(entry.data, entry.filePath, imageAssetMap, entry.imageImports);
}
function createRenderEntry({ logger }) {
	return async function renderEntry(entry) {
		if (!entry) throw new AstroError(RenderUndefinedEntryError);
		recordContentEntryRender(entry.filePath);
		if (entry.deferredRender) try {
			const { default: contentModules } = await import("./content-modules_GMWetwCG.mjs");
			const renderEntryImport = contentModules.get(entry.filePath);
			return render$1({
				collection: "",
				id: entry.id,
				renderEntryImport
			});
		} catch (e) {
			logger.error("content", `${e}`);
		}
		const html = entry?.rendered?.metadata?.imagePaths?.length && entry.filePath ? await updateImageReferencesInBody(entry.rendered.html, entry.filePath) : entry?.rendered?.html;
		return {
			Content: createComponent(() => renderTemplate`${unescapeHTML(html)}`),
			headings: entry?.rendered?.metadata?.headings ?? [],
			remarkPluginFrontmatter: entry?.rendered?.metadata?.frontmatter ?? {}
		};
	};
}
async function render$1({ collection, id, renderEntryImport }) {
	const UnexpectedRenderError = new AstroError({
		...UnknownContentCollectionError,
		message: `Unexpected error while rendering ${String(collection)} → ${String(id)}.`
	});
	if (typeof renderEntryImport !== "function") throw UnexpectedRenderError;
	const baseMod = await renderEntryImport();
	if (baseMod == null || typeof baseMod !== "object") throw UnexpectedRenderError;
	const { default: defaultMod } = baseMod;
	if (isPropagatedAssetsModule(defaultMod)) {
		const { collectedStyles, collectedLinks, collectedScripts, getMod } = defaultMod;
		if (typeof getMod !== "function") throw UnexpectedRenderError;
		const propagationMod = await getMod();
		if (propagationMod == null || typeof propagationMod !== "object") throw UnexpectedRenderError;
		return {
			Content: createComponent({
				factory(result, baseProps, slots) {
					let styles = "", links = "", scripts = "";
					if (Array.isArray(collectedStyles)) styles = collectedStyles.map((style) => {
						const content = typeof style === "string" ? style : style.content;
						const viteDevId = typeof style === "object" && style.id ? style.id : void 0;
						return renderUniqueStylesheet(result, {
							type: "inline",
							content,
							viteDevId
						});
					}).join("");
					if (Array.isArray(collectedLinks)) links = collectedLinks.map((link) => {
						return renderUniqueStylesheet(result, {
							type: "external",
							src: isRemotePath(link) ? link : prependForwardSlash(link)
						});
					}).join("");
					if (Array.isArray(collectedScripts)) scripts = collectedScripts.map((script) => renderScriptElement(script)).join("");
					let props = baseProps;
					if (id.endsWith("mdx")) props = {
						components: propagationMod.components ?? {},
						...baseProps
					};
					return createHeadAndContent(unescapeHTML(styles + links + scripts), renderTemplate`${renderComponent(result, "Content", propagationMod.Content, props, slots)}`);
				},
				propagation: "self"
			}),
			headings: propagationMod.getHeadings?.() ?? [],
			remarkPluginFrontmatter: propagationMod.frontmatter ?? {}
		};
	} else if (baseMod.Content && typeof baseMod.Content === "function") return {
		Content: baseMod.Content,
		headings: baseMod.getHeadings?.() ?? [],
		remarkPluginFrontmatter: baseMod.frontmatter ?? {}
	};
	else throw UnexpectedRenderError;
}
function isPropagatedAssetsModule(module) {
	return typeof module === "object" && module != null && "__astroPropagation" in module;
}
// \0astro:content
var liveCollections = {};
var logger = createConsoleLogger({ level });
var getCollection = createGetCollection({
	liveCollections,
	logger
});
var getEntry = createGetEntry({
	liveCollections,
	logger
});
createRenderEntry({ logger });
createGetLiveCollection({ liveCollections });
createGetLiveEntry({ liveCollections });
// shared/core/rules/period.ts
/**
* Assessment periods (考核周期): a month "2024-05", a quarter "2024-Q2", a year "2024".
* Scores are monthly; honors are monthly, quarterly or yearly (DOMAIN.md §4–§6).
*/
var PERIOD_KINDS = [
	"month",
	"quarter",
	"year"
];
var MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
var QUARTER = /^(\d{4})-Q([1-4])$/;
var YEAR = /^\d{4}$/;
function periodKindOf(period) {
	if (MONTH.test(period)) return "month";
	if (QUARTER.test(period)) return "quarter";
	if (YEAR.test(period)) return "year";
	throw new RangeError(`not a period (YYYY-MM, YYYY-Qn or YYYY): ${period}`);
}
/** The months of a period, in calendar order. */
function monthsOf(period) {
	const kind = periodKindOf(period);
	if (kind === "month") return [period];
	const year = period.slice(0, 4);
	const first = kind === "quarter" ? (Number(period.slice(6)) - 1) * 3 + 1 : 1;
	const count = kind === "quarter" ? 3 : 12;
	return Array.from({ length: count }, (_, i) => `${year}-${String(first + i).padStart(2, "0")}`);
}
var SPAN = {
	month: 1,
	quarter: 3,
	year: 12
};
/** Whether a period of kind `inner` is no longer than one of kind `outer`. */
var isNoLongerThan = (inner, outer) => SPAN[inner] <= SPAN[outer];
// shared/core/records/common.ts
/** Field schemas shared by every record type (DOMAIN.md §3). */
var slug$1 = z.string().trim().min(1).max(40).regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and hyphens");
var centerId = slug$1;
var windowId = slug$1;
var officerId = slug$1;
/** A training session, as the center names it: several roll calls of one session share it. */
var sessionId = slug$1;
/** An honor of the rulebook (quarterly-stars, excellent-windows …). */
var honorId = slug$1;
/** A window, officer or enterprise standing for an honor; the honor says which. */
var candidateId = slug$1;
/** An instant with its UTC offset, e.g. 2026-10-09T09:15:00+08:00. */
var isoInstant = z.iso.datetime({ offset: true });
/** A calendar month, e.g. 2026-10. */
var month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month as YYYY-MM");
/** The service centers' time zone: months and working days are counted in Beijing time. */
var CENTER_TIME_ZONE = "Asia/Shanghai";
var BEIJING_OFFSET_MS = 288e5;
/** The Beijing-time calendar month of an instant: "2026-10". */
function monthOf(instant) {
	return new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 7);
}
/** The Beijing-time calendar date of an instant: "2026-10-09". */
function dateOf(instant) {
	return new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
/**
* For cross-field checks: run once every field has parsed. Zod runs refinements after
* failed formats too, and a check that reads points or dates must see valid ones.
*/
var fieldsValid = (payload) => payload.issues.length === 0;
var FIRST_YEAR = 2e3;
var LAST_YEAR = 2099;
var inCentury = (year) => year >= FIRST_YEAR && year <= LAST_YEAR;
var inCenturyCheck = {
	message: `a year from ${FIRST_YEAR} to ${LAST_YEAR} / 年份须在${FIRST_YEAR}至${LAST_YEAR}之间`,
	when: fieldsValid
};
/** A Beijing calendar date, e.g. 2026-10-09; 2026-02-31 is refused. */
var isoDate = z.iso.date().refine((d) => inCentury(Number(d.slice(0, 4))), inCenturyCheck);
/** A year, e.g. 2026. */
var year = z.string().regex(/^\d{4}$/, "a year as YYYY / 年份格式为YYYY").refine((y) => inCentury(Number(y)), inCenturyCheck);
/** A quarter, e.g. 2026-Q3. */
var quarter = z.string().regex(/^\d{4}-Q[1-4]$/, "a quarter as YYYY-Qn / 季度格式为YYYY-Qn").refine((q) => inCentury(Number(q.slice(0, 4))), inCenturyCheck);
/** An assessment period: a month 2026-10, a quarter 2026-Q4 or a year 2026. */
var period = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, "a period as YYYY-MM, YYYY-Qn or YYYY / 期间格式为YYYY-MM、YYYY-Qn或YYYY").refine((p) => inCentury(Number(p.slice(0, 4))), inCenturyCheck);
/** A Beijing wall-clock time, 24-hour "HH:MM". */
var clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time as HH:MM, 24-hour / 时间格式为HH:MM（24小时制）");
/** The id of a stored record: intake assigns UUIDs; the demo loader readable ids. */
var recordId = z.string().trim().max(100).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, "a record id: letters, digits and . _ : - / 记录编号只含字母、数字和 . _ : -");
/** A reference to something outside the records (a device, a flag, a notice): no spaces, no '#'. */
var reference = z.string().trim().max(128).regex(/^[\x21-\x22\x24-\x7e]+$/, "printable characters without spaces or # / 不含空格和#的可见字符");
/** Who verified or decided, as the center names its supervisors (staff id or name). */
var person = z.string().trim().min(1).max(64);
/** A case number (办件编号), as the window's case system prints it. */
var caseNumber = z.string().trim().min(1).max(64);
/** Points as a decimal string with at most two decimals, e.g. "0.5"; never a float. */
var decimalPoints = z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, "points as a decimal such as \"0.5\" / 分值格式如\"0.5\"");
/** Free text, trimmed, never empty. */
var text = (max) => z.string().trim().min(1).max(max);
/** Levels of a medium or an authority (区级, 市级, 省级, 国家级); `per: 'level'` codes count 1–4. */
var LEVELS = [
	"district",
	"municipal",
	"provincial",
	"national"
];
/** The instant of a Beijing wall-clock time on a date, as a UTC ISO string. */
function instantOf(date, time = "00:00") {
	return (/* @__PURE__ */ new Date(`${date}T${time}:00+08:00`)).toISOString();
}
// site/src/util/format.ts
/** Formatting of published values for the pages, in either language. Pure: no clock, no I/O. */
var QUARTER_ZH = [
	"一",
	"二",
	"三",
	"四"
];
/**
* "2026-10" → 2026年10月 / October 2026; "2026-Q3" → 2026年第三季度 / Q3 2026;
* "2026" → 2026年度 / 2026.
*/
function formatPeriod(period, lang = "zh") {
	const kind = periodKindOf(period);
	const year = period.slice(0, 4);
	if (kind === "year") return lang === "zh" ? `${year}年度` : year;
	if (kind === "quarter") {
		const n = Number(period.slice(6));
		return lang === "zh" ? `${year}年第${QUARTER_ZH[n - 1]}季度` : `Q${n} ${year}`;
	}
	const month = Number(period.slice(5));
	return lang === "zh" ? `${year}年${month}月` : `${MONTH_EN[month - 1]} ${year}`;
}
var MONTH_EN = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December"
];
/** "95.24" → "95.24%"; null (no valid evaluation that month) → the placeholder. */
function formatRate(rate, placeholder) {
	return rate === null ? placeholder : `${rate}%`;
}
var dateFormats = {
	zh: new Intl.DateTimeFormat("zh-CN", {
		timeZone: CENTER_TIME_ZONE,
		dateStyle: "long"
	}),
	en: new Intl.DateTimeFormat("en-GB", {
		timeZone: CENTER_TIME_ZONE,
		dateStyle: "long"
	})
};
/**
* The Beijing-time calendar date of an instant, "2026年11月1日" / "1 November 2026".
* Published documents carry an offset, and a document published just after midnight in
* Beijing must show that day whatever the time zone of the machine that builds the site.
*/
function formatBeijingDate(instant, lang = "zh") {
	return dateFormats[lang].format(new Date(instant));
}
/** A calendar date "2026-10-26" as written on a notice: 2026年10月26日 / 26 October 2026. */
function formatDate(date, lang = "zh") {
	const [year, month, day] = date.split("-").map(Number);
	return lang === "zh" ? `${year}年${month}月${day}日` : `${day} ${MONTH_EN[month - 1]} ${year}`;
}
/** The month a period ends in: what orders periods of different kinds on one timeline. */
var lastMonth = (period) => monthsOf(period).at(-1);
/**
* Newest first: by the month each period ends in, and a longer period before a shorter one
* ending the same month (the year 2026 before its fourth quarter, before December).
*/
function newestFirst(items) {
	const span = (period) => monthsOf(period).length;
	return items.toSorted((a, b) => lastMonth(b.period).localeCompare(lastMonth(a.period)) || span(b.period) - span(a.period));
}
/** The year a period belongs to. */
var yearOf = (period) => period.slice(0, 4);
/** A byte count as a reader sees it: 812 B, 1.4 KB. */
function formatBytes(bytes) {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
// shared/core/points.ts
var gcd = (a, b) => {
	a = a < 0n ? -a : a;
	b = b < 0n ? -b : b;
	while (b !== 0n) [a, b] = [b, a % b];
	return a;
};
function fraction(n, d = 1n) {
	let num = BigInt(n);
	let den = BigInt(d);
	if (den === 0n) throw new RangeError("division by zero in points arithmetic");
	if (den < 0n) [num, den] = [-num, -den];
	const g = gcd(num, den) || 1n;
	return {
		n: num / g,
		d: den / g
	};
}
/** A decimal literal such as "4.5", "-0.25" or 12 — parsed exactly, never through a float. */
function pts(value) {
	if (typeof value === "bigint") return fraction(value);
	const text = typeof value === "number" ? numberText(value) : value.trim();
	const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
	if (!match) throw new RangeError(`not a decimal number: ${text}`);
	const [, sign, whole, decimals = ""] = match;
	const scale = 10n ** BigInt(decimals.length);
	const magnitude = BigInt(whole) * scale + BigInt(decimals || "0");
	return fraction(sign === "-" ? -magnitude : magnitude, scale);
}
function numberText(value) {
	if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
	const text = String(value);
	if (/e/i.test(text)) throw new RangeError(`use a decimal string for ${text}`);
	return text;
}
var ZERO = fraction(0n);
var add = (a, b) => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
var mul = (a, b) => fraction(a.n * b.n, a.d * b.d);
var cmp = (a, b) => {
	const diff = a.n * b.d - b.n * a.d;
	return diff < 0n ? -1 : diff > 0n ? 1 : 0;
};
var sum = (values) => values.reduce(add, ZERO);
/** Lossless text form for storage and ledgers: "100/21" or "5". */
function toExact(a) {
	return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`;
}
// shared/core/rules/attendance.ts
/**
* 考勤签到率 — attendance sign-in rate.
* Seed 003 §窗口工作人员考勤办法 三、(三)考勤签到率计算方法; DOMAIN.md §4.3.
*
*   a working day counts   = signed in at or before the cut-off (08:30)
*                          or an approved leave of a kind that counts as attended
*   window monthly rate    = Σ counted days / Σ required days × 100, over its officers
*   quarterly rate         = mean of the monthly rates
*
* Days on duty (在岗天数) are calendar days: day-spells.ts.
*/
var LEAVE_KINDS = [
	"meeting",
	"training",
	"inspection",
	"sick",
	"annual",
	"compensatory",
	"personal",
	"maternity"
];
var LEAVE_KIND_NAMES = {
	meeting: {
		zh: "会议",
		en: "meeting"
	},
	training: {
		zh: "培训",
		en: "training"
	},
	inspection: {
		zh: "考察",
		en: "inspection"
	},
	sick: {
		zh: "病假",
		en: "sick leave"
	},
	annual: {
		zh: "公休",
		en: "annual leave"
	},
	compensatory: {
		zh: "调休",
		en: "compensatory leave"
	},
	personal: {
		zh: "事假",
		en: "personal leave"
	},
	maternity: {
		zh: "产假",
		en: "maternity leave"
	}
};
var attendanceRules = z.strictObject({
	/** Beijing time, "HH:MM": a sign-in at or before it counts. */
	signInBy: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time as HH:MM"),
	/** Approved leave of these kinds counts as attended in the sign-in rate. */
	attendedLeaveKinds: z.array(z.enum(LEAVE_KINDS)),
	/** Leave of these kinds is work elsewhere and counts as a day on duty. */
	onDutyLeaveKinds: z.array(z.enum(LEAVE_KINDS))
});
var SEED_003_ATTENDANCE = {
	signInBy: "08:30",
	attendedLeaveKinds: [...LEAVE_KINDS],
	onDutyLeaveKinds: [
		"meeting",
		"training",
		"inspection"
	]
};
// shared/core/rules/electronic-evaluation.ts
/**
* 服务质量电子评价 — electronic evaluation component, per window per month (5 points).
* Seed 003 §服务质量电子评价考核办法; DOMAIN.md §4.1.
*
*   base      = max × S / E            (max when E = 0 and R = 0)
*   R         = required evaluations from the month's volume V (quota bands)
*   shortfall = max(0, R − E), deducted by bands
*   component = max(0, base − shortfall deduction − conduct deductions)
*/
var decimal$2 = z.string().regex(/^\d+(\.\d+)?$/, "a decimal such as \"0.5\"");
var CONDUCT_KINDS = [
	"evaluator-off",
	"no-prompt",
	"refused",
	"consecutive",
	"self-rating"
];
var electronicEvaluationRules = z.strictObject({
	maxPoints: decimal$2,
	/** Bands of the month's volume V, in order; `upToVolume: null` closes the list. */
	quotaBands: z.array(z.union([z.strictObject({
		upToVolume: z.number().int().nonnegative().nullable(),
		share: decimal$2
	}), z.strictObject({
		upToVolume: z.number().int().nonnegative().nullable(),
		fixed: z.number().int().nonnegative()
	})])).min(1),
	/** Bands of the shortfall D = R − E (D = 0 costs nothing); `upTo: null` closes the list. */
	shortfallBands: z.array(z.strictObject({
		upTo: z.number().int().positive().nullable(),
		points: decimal$2
	})).min(1),
	conductDeductions: z.strictObject(Object.fromEntries(CONDUCT_KINDS.map((kind) => [kind, decimal$2]))),
	/** Two ratings from one device closer than this, with no case number between, are flagged. */
	consecutiveIntervalSeconds: z.number().int().positive()
});
var SEED_003_ELECTRONIC_EVALUATION = {
	maxPoints: "5",
	quotaBands: [
		{
			upToVolume: 50,
			share: "0.70"
		},
		{
			upToVolume: 100,
			share: "0.60"
		},
		{
			upToVolume: 200,
			share: "0.50"
		},
		{
			upToVolume: null,
			fixed: 100
		}
	],
	shortfallBands: [
		{
			upTo: 10,
			points: "1"
		},
		{
			upTo: 20,
			points: "2"
		},
		{
			upTo: 30,
			points: "3"
		},
		{
			upTo: 40,
			points: "4"
		},
		{
			upTo: null,
			points: "5"
		}
	],
	conductDeductions: {
		"evaluator-off": "1",
		"no-prompt": "1",
		refused: "2.5",
		consecutive: "1",
		"self-rating": "1"
	},
	consecutiveIntervalSeconds: 20
};
// shared/core/rulebook/finding-code.ts
/**
* Finding codes (扣分/加分事项): the itemized deductions and bonuses of a rulebook, each
* citing the clause of the seed it comes from (DOMAIN.md §4.4).
*/
var decimal$1 = z.string().regex(/^\d+(\.\d+)?$/, "a positive decimal such as \"0.5\"");
var findingCode = z.strictObject({
	/** Stable code, e.g. `W-SVC-COMPLAINT` — upper-case letters, digits and hyphens. */
	code: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/),
	zh: z.string().min(1),
	en: z.string().min(1),
	/** A category id of the rulebook (e.g. `window.service`, `officer.discipline`). */
	category: z.string().min(1),
	/** A deduction takes points off its category; a bonus is added after the categories. */
	effect: z.enum(["deduction", "bonus"]),
	/** Fixed points, or a range the verifier chooses within. */
	points: z.union([z.strictObject({ fixed: decimal$1 }), z.strictObject({
		min: decimal$1,
		max: decimal$1
	})]),
	/** What one unit is: an occurrence, or (overdue cases) a case per working day late. */
	per: z.enum([
		"occurrence",
		"case-working-day",
		"level"
	]).default("occurrence"),
	subject: z.enum([
		"window",
		"officer",
		"both"
	]),
	veto: z.enum([
		"none",
		"quarter",
		"year"
	]),
	source: z.strictObject({
		seed: z.enum([
			"000",
			"001",
			"002",
			"003",
			"004"
		]),
		/** The clause as the seed words its heading, e.g. `§窗口考核细则 一.3`. */
		clause: z.string().min(1)
	})
});
// shared/core/rulebook/fields.ts
/** Field schemas shared by the parts of a rulebook (评选规则), and reading a points spec. */
var decimal = z.string().regex(/^\d+(\.\d+)?$/, "a decimal such as \"0.5\"");
/** A text in both languages the site shows. */
var bilingual = z.strictObject({
	zh: z.string().min(1),
	en: z.string().min(1)
});
var slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and hyphens");
/** The seed clause a rule comes from, as finding codes cite theirs. */
var seedSource = findingCode.shape.source;
/** Fixed points, or a range the verifier chooses within — as finding codes give theirs. */
var pointsSpec = findingCode.shape.points;
// shared/core/rules/hygiene.ts
/**
* 卫生工作考核 — hygiene component, per window per quarter (5 points).
* Seed 003 §卫生工作考核办法 三、(二)评分细则; DOMAIN.md §4.2.
*
*   inspection score = max(0, 100 − Σ item deductions)
*   component        = inspection score × 5 / 100
*
* The quarter's inspection applies to each month of the quarter. With no inspection yet the
* component is pending; after the quarter has ended it is recorded as missing (0 points).
* **Assumption:** two inspections in one quarter count by the mean of their scores.
*/
var hygieneRules = z.strictObject({
	maxPoints: decimal,
	/** An inspection is scored out of this many points, then scaled to `maxPoints`. */
	fullScore: decimal,
	items: z.array(z.strictObject({
		id: slug,
		name: bilingual,
		points: pointsSpec,
		clause: z.string().min(1)
	})).min(1)
});
var SEED_003_HYGIENE = {
	maxPoints: "5",
	fullScore: "100",
	items: [
		{
			id: "dust",
			name: {
				zh: "办公家具、办公设备或办公电器有灰尘、污垢",
				en: "Dust or dirt on furniture, equipment or appliances"
			},
			points: {
				min: "0.5",
				max: "2"
			},
			clause: "§卫生工作考核办法 三、(二)评分细则 第1条"
		},
		{
			id: "clutter",
			name: {
				zh: "文件资料、物品用具及杂物摆放不整齐",
				en: "Files, objects or odds and ends left untidy"
			},
			points: {
				min: "0.5",
				max: "2"
			},
			clause: "§卫生工作考核办法 三、(二)评分细则 第2条"
		},
		{
			id: "bulletin-board",
			name: {
				zh: "政务公开栏里的资料摆放凌乱",
				en: "Messy papers on the public-information board"
			},
			points: {
				min: "0.5",
				max: "2"
			},
			clause: "§卫生工作考核办法 三、(二)评分细则 第3条"
		},
		{
			id: "litter",
			name: {
				zh: "办公区域桌面、地面有纸屑、灰尘",
				en: "Litter or dust on desks or floor"
			},
			points: {
				min: "0.5",
				max: "2"
			},
			clause: "§卫生工作考核办法 三、(二)评分细则 第4条"
		},
		{
			id: "bin-full",
			name: {
				zh: "垃圾筐积满后未及时清理",
				en: "A full bin not emptied"
			},
			points: {
				min: "0.5",
				max: "2"
			},
			clause: "§卫生工作考核办法 三、(二)评分细则 第4条"
		},
		{
			id: "smoking",
			name: {
				zh: "在禁烟区域内吸烟",
				en: "Smoking in the no-smoking area"
			},
			points: { fixed: "5" },
			clause: "§卫生工作考核办法 三、(二)评分细则 第5条"
		},
		{
			id: "cigarette-butt",
			name: {
				zh: "办公区域发现有烟蒂",
				en: "A cigarette butt found in the office area"
			},
			points: { fixed: "5" },
			clause: "§卫生工作考核办法 三、(二)评分细则 第5条"
		}
	]
};
// shared/core/rulebook/findings/bonus.ts
var S002_OFFICER = "§窗口工作人员考核实施细则 一、考核形式与内容";
var S002_WINDOW$1 = "§窗口单位考核实施细则";
var OFFICER_BONUS_CODES = [
	{
		code: "B-O-MEDIA-PRAISE",
		zh: "受新闻媒体宣传表扬的：区级加3分，市级加6分，省级加9分，国家级加12分",
		en: "Praised in the news media: 3 points per level — district (level 1) +3, municipal (2) +6, provincial (3) +9, national (4) +12",
		category: "officer.bonus",
		effect: "bonus",
		points: { fixed: "3" },
		per: "level",
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002_OFFICER} (一)德 第3条`
		}
	},
	{
		code: "B-O-THANKS-LETTER",
		zh: "服务对象书面感谢和表扬的（每次）",
		en: "Written thanks or praise from a service recipient (per occasion)",
		category: "officer.bonus",
		effect: "bonus",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002_OFFICER} (一)德 第3条`
		}
	},
	{
		code: "B-O-WINDOW-MONTH-EXCELLENT",
		zh: "所在窗口获月优秀的（每月另加）",
		en: "The officer’s window was graded 优秀 (excellent) in the month’s assessment (each month)",
		category: "officer.bonus",
		effect: "bonus",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002_OFFICER} (四)绩 第4条`
		}
	},
	{
		code: "B-O-WINDOW-YEAR-EXCELLENT",
		zh: "所在窗口获优秀的（每人加10分）",
		en: "The officer’s window was graded 优秀 (the seed sets it apart from the monthly grade; read as the year-end grade): each of its officers, once",
		category: "officer.bonus",
		effect: "bonus",
		points: { fixed: "10" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002_OFFICER} (四)绩 第4条`
		}
	}
];
var WINDOW_BONUS_CODES = [
	{
		code: "B-W-BANNER",
		zh: "服务对象赠送锦旗感谢的",
		en: "A banner (锦旗) of thanks from a service recipient",
		category: "window.bonus",
		effect: "bonus",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: "§最佳窗口单位评比考核办法 二、最佳窗口单位评选办法及考核细则 第6条"
		}
	},
	{
		code: "B-W-THANKS-LETTER",
		zh: "服务对象有书面感谢信的",
		en: "A letter of thanks from a service recipient",
		category: "window.bonus",
		effect: "bonus",
		points: { fixed: "2" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: "§最佳窗口单位评比考核办法 二、最佳窗口单位评选办法及考核细则 第6条"
		}
	},
	{
		code: "B-W-MEDIA-PRAISE",
		zh: "受新闻媒体表扬的：区级加3分，每提升一级增加3分",
		en: "Praised in the news media: 3 points per level — district (level 1) +3, municipal (2) +6, provincial (3) +9, national (4) +12",
		category: "window.bonus",
		effect: "bonus",
		points: { fixed: "3" },
		per: "level",
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002_WINDOW$1} 二、评定与奖惩`
		}
	},
	{
		code: "B-W-GIFT-HANDED-IN",
		zh: "服务过程中主动上交服务对象所送各种礼物、礼金等的（并通报表扬）",
		en: "Gifts or money offered by a service recipient handed in on the window’s own initiative (also publicly praised)",
		category: "window.bonus",
		effect: "bonus",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002_WINDOW$1} 一、形式与内容 (二)廉洁办公 第2条`
		}
	},
	{
		code: "B-W-JOINT-CASE-FAST",
		zh: "较大项目的联办件，从受理之日起办结时间缩短50%以上的，给相关窗口加分",
		en: "A joint case of a major project completed in less than half its time limit, counted from acceptance: to the windows concerned",
		category: "window.bonus",
		effect: "bonus",
		points: {
			min: "1",
			max: "3"
		},
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002_WINDOW$1} 一、形式与内容 (一)优质服务 第5条`
		}
	},
	{
		code: "B-W-GOOD-DEED",
		zh: "为群众排忧解难，热情服务，做好事及其他典型事例等，经考核小组确认的",
		en: "Helping people out of difficulties, warm service, good deeds or another exemplary case, confirmed by the assessment panel",
		category: "window.bonus",
		effect: "bonus",
		points: {
			min: "2",
			max: "5"
		},
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002_WINDOW$1} 一、形式与内容 (一)优质服务 第6条`
		}
	}
];
var BONUS_CODES = [...OFFICER_BONUS_CODES, ...WINDOW_BONUS_CODES];
// shared/core/rulebook/findings/officer.ts
var S002$1 = "§窗口工作人员考核实施细则 一、考核形式与内容";
var S004_REQ$1 = "§三、活动安排 第二阶段 (一)开展“服务质量月”文明服务活动";
var S004_POINTS$1 = "扣分见 §五、保障措施 第3条";
var S003_EVAL = "§服务质量电子评价考核办法 三、(一)评分细则";
/** Seed 004's five items: the heading to cite, the default category, the points. */
var PATROL_ITEMS = {
	1: {
		heading: "1、严格执行考勤制度",
		category: "officer.discipline",
		points: "1"
	},
	2: {
		heading: "2、严格规范服务礼仪",
		category: "officer.discipline",
		points: "1"
	},
	3: {
		heading: "3、坚持做到文明用语",
		category: "officer.discipline",
		points: "1"
	},
	4: {
		heading: "4、坚持提供高效服务",
		category: "officer.duty",
		points: "1"
	},
	5: {
		heading: "5、坚决做到廉洁自律",
		category: "officer.integrity",
		points: "2"
	}
};
/** A seed-004 patrol code: one specific requirement of one item. */
function patrol(code, item, zh, en) {
	const { heading, category, points } = PATROL_ITEMS[item];
	return {
		code,
		zh,
		en,
		category,
		effect: "deduction",
		points: { fixed: points },
		subject: "officer",
		veto: "none",
		source: {
			seed: "004",
			clause: `${S004_REQ$1} ${heading}；${S004_POINTS$1}`
		}
	};
}
var OFFICER_FINDING_CODES = [
	{
		code: "O-DISC-DEFY-MANAGEMENT",
		zh: "违反中心规章制度，不服从管理的",
		en: "Breaking the center’s rules or refusing its management",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "3" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (一)德 第1条`
		}
	},
	{
		code: "O-TRAIN-LATE",
		zh: "不按时参加中心组织的政治学习（含学习培训）的",
		en: "Late for the center’s political study or training session",
		category: "officer.training",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (一)德 第1条`
		}
	},
	{
		code: "O-TRAIN-ABSENT",
		zh: "无故不参加中心组织的政治学习、学习培训的（点名缺席且未事先请假）",
		en: "Absent without excuse from the center’s political study or training (absent at roll call, no prior leave); seed 003 §窗口工作人员学习培训制度 四、2 deducts “按规定” without a number, so the seed-002 points apply",
		category: "officer.training",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (一)德 第1条；另见 seed 003 §窗口工作人员学习培训制度 四、要求 第2条`
		}
	},
	{
		code: "O-IDEO-ACTIVITY-LATE",
		zh: "不按时参加中心组织的文体活动的",
		en: "Late for a cultural or sports activity organised by the center",
		category: "officer.ideology",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (一)德 第1条`
		}
	},
	{
		code: "O-IDEO-ACTIVITY-ABSENT",
		zh: "不参加中心组织的文体活动的",
		en: "Not taking part in a cultural or sports activity organised by the center",
		category: "officer.ideology",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (一)德 第1条`
		}
	},
	{
		code: "O-IDEO-COMPLAINT-ATTITUDE",
		zh: "由于服务态度不好，引起投诉的",
		en: "A complaint caused by poor service attitude",
		category: "officer.ideology",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (一)德 第2条`
		}
	},
	{
		code: "O-IDEO-QUARREL",
		zh: "与服务对象争吵的",
		en: "Quarrelling with a service recipient",
		category: "officer.ideology",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (一)德 第2条`
		}
	},
	{
		code: "O-IDEO-ATTITUDE-SEVERE",
		zh: "态度投诉或争吵情节严重的",
		en: "An attitude complaint or a quarrel of a serious nature",
		category: "officer.ideology",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (一)德 第2条`
		}
	},
	{
		code: "O-DUTY-NO-ONE-TIME-NOTICE",
		zh: "不能及时、准确地回答服务对象咨询内容并做到一次性告知的",
		en: "Not answering an enquiry promptly and accurately with a one-time notice of everything needed",
		category: "officer.duty",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (二)能 第1条`
		}
	},
	{
		code: "O-DUTY-POLICY-DEVIATION",
		zh: "在本职工作范围内，执行政策、协调处理出现偏差，影响办事效率和服务效果的",
		en: "Within one’s own duties, a deviation in applying policy or in coordination that hurt efficiency or the service result",
		category: "officer.duty",
		effect: "deduction",
		points: { fixed: "3" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (二)能 第2条`
		}
	},
	{
		code: "O-DISC-NETWORK-DAMAGE",
		zh: "不遵守中心计算机网络应用程序，操作不当，造成网络系统损坏的",
		en: "Breaking the center’s computer-network procedures; improper operation damaged the network system",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "3" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (二)能 第3条`
		}
	},
	{
		code: "O-DISC-LATE",
		zh: "无故迟到的",
		en: "Late without cause",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第1条`
		}
	},
	{
		code: "O-DISC-EARLY-LEAVE",
		zh: "无故早退的",
		en: "Leaving early without cause",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第1条`
		}
	},
	{
		code: "O-DISC-OFF-POST",
		zh: "无故离岗的",
		en: "Leaving the post without cause",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第1条`
		}
	},
	{
		code: "O-DISC-ABSENT-WITHOUT-LEAVE",
		zh: "旷工的（每次）",
		en: "Absence without leave (per occurrence)",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第1条`
		}
	},
	{
		code: "O-DISC-NO-BADGE",
		zh: "工作时间内上岗不配证的",
		en: "On duty without the work badge",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第2条`
		}
	},
	{
		code: "O-DISC-DRESS",
		zh: "工作时间内着装不规范的",
		en: "Not dressed as required on duty",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第2条`
		}
	},
	{
		code: "O-DISC-UNCIVIL",
		zh: "工作时间内行为不文明（如睡觉、吃东西、举止不雅观等）的",
		en: "Uncivil conduct on duty (sleeping, eating, unseemly behaviour, …)",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第2条`
		}
	},
	{
		code: "O-DISC-COMPUTER-GAME",
		zh: "工作时间内玩电脑游戏的",
		en: "Playing computer games on duty",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第2条`
		}
	},
	{
		code: "O-DISC-NOISE",
		zh: "工作时间内大厅内喧哗、嬉戏的",
		en: "Noise or horseplay in the hall on duty",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第2条`
		}
	},
	{
		code: "O-DISC-CHATTING",
		zh: "工作时间内串岗聊天的",
		en: "Visiting other posts to chat on duty",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (三)勤 第2条`
		}
	},
	{
		code: "O-DUTY-ERROR-UNCORRECTED",
		zh: "办理服务项目出现差错，又不及时改正的",
		en: "An error in handling a service matter, not corrected promptly",
		category: "officer.duty",
		effect: "deduction",
		points: { fixed: "3" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (四)绩 第1条`
		}
	},
	{
		code: "O-DUTY-ERROR-COMPLAINT",
		zh: "办理服务项目出现差错，引起投诉的",
		en: "An error in handling a service matter that led to a complaint",
		category: "officer.duty",
		effect: "deduction",
		points: { fixed: "6" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (四)绩 第1条`
		}
	},
	{
		code: "O-EFF-CASE-OVERDUE",
		zh: "受理办件超过承诺时限，每超一天（按工作日计）",
		en: "A case accepted by the officer completed after its promised deadline: per case, per working day overdue (the seed says “per day”; days are working days, DOMAIN.md §1)",
		category: "officer.efficiency",
		effect: "deduction",
		points: { fixed: "3" },
		per: "case-working-day",
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (四)绩 第2条`
		}
	},
	{
		code: "O-EFF-SURVEY-UNSATISFIED",
		zh: "经抽样调查，服务对象对服务质量不满意的（每起）",
		en: "A service recipient unsatisfied with the service in a sample survey (per case)",
		category: "officer.efficiency",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (四)绩 第3条`
		}
	},
	{
		code: "O-EFF-WINDOW-FAILED",
		zh: "所在窗口月考核为不合格等次的（每人）",
		en: "The officer’s window was graded 不合格 (failed) in the month’s assessment (each of its officers)",
		category: "officer.efficiency",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (四)绩 第4条`
		}
	},
	{
		code: "O-INT-CORRUPTION",
		zh: "服务过程中出现“吃、拿、卡、要”等不廉洁行为的（并通报批评）",
		en: "Corrupt conduct in service (“eating, taking, obstructing, demanding”), also publicly criticised",
		category: "officer.integrity",
		effect: "deduction",
		points: { fixed: "10" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (五)廉`
		}
	},
	{
		code: "O-INT-FEE-VIOLATION",
		zh: "违反中心有关收费管理规定的",
		en: "Breaking the center’s rules on fee collection",
		category: "officer.integrity",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002$1} (五)廉`
		}
	},
	{
		code: "O-DISC-SMOKING",
		zh: "窗口工作人员在禁烟区内吸烟的（同时取消评优资格，见 V-O-SMOKING）",
		en: "Smoking in the no-smoking area (also disqualifies from honors: record V-O-SMOKING); points as the hygiene rules set for smoking",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "003",
			clause: "§禁烟制度 三、(二)监督考核 第1条；分值见 §卫生工作考核办法 三、(二)评分细则 第5条"
		}
	},
	{
		code: "O-DISC-CIGARETTE-BUTT",
		zh: "责任区域（窗口工作区）内发现烟蒂未及时清理的（窗口负责人为禁烟区负责人）",
		en: "A cigarette butt found in the window’s work area and not cleared: charged to the window head, who answers for the area as no-smoking-area head; points as the hygiene rules set for a butt. A butt alone is not a veto; only proven smoking is (V-O-SMOKING)",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "003",
			clause: "§禁烟制度 二、职责分工 第1条；分值见 §卫生工作考核办法 三、(二)评分细则 第5条"
		}
	},
	{
		code: "O-DISC-IT-RULES",
		zh: "违反IT设备使用管理规定（擅自接入或更改网络配置、外泄或借用帐号密码、安装无关软件、访问不健康网站等）的",
		en: "Breaking the IT equipment rules (unauthorised network access or configuration, sharing or borrowing accounts and passwords, unauthorised software, unhealthy websites, …); seed 003 deducts “按规定” without a number, so the seed-002 points for breaking a center rule apply",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "3" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "003",
			clause: `§IT设备使用管理规定 三、(三)工作要求 第6条；分值见 seed 002 ${S002$1} (一)德 第1条`
		}
	},
	{
		code: "O-EVAL-DEVICE-OFF",
		zh: "工作时间内无故关闭电子评价系统的（经查实属评价器故障的不扣分）",
		en: "Electronic evaluator switched off during working hours without cause (no deduction if a device fault is verified)",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "003",
			clause: `${S003_EVAL} 第4条`
		}
	},
	{
		code: "O-EVAL-NOT-PROMPTED",
		zh: "未按电子评价系统设定的程序提示服务相对人进行满意度评价的",
		en: "Not prompting the service recipient to rate the service as the evaluation procedure requires",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "003",
			clause: `${S003_EVAL} 第5条`
		}
	},
	{
		code: "O-EVAL-REFUSED",
		zh: "拒绝服务相对人评议的",
		en: "Refusing to let a service recipient rate the service",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "2.5" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "003",
			clause: `${S003_EVAL} 第5条`
		}
	},
	{
		code: "O-EVAL-CONSECUTIVE",
		zh: "有连续评价现象的",
		en: "Consecutive ratings (连续评价)",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "003",
			clause: `${S003_EVAL} 第5条`
		}
	},
	{
		code: "O-EVAL-SELF",
		zh: "有自我评价的",
		en: "Rating one’s own service (self-rating)",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "officer",
		veto: "none",
		source: {
			seed: "003",
			clause: `${S003_EVAL} 第5条`
		}
	},
	patrol("O-PATROL-LATE", 1, "上班迟到的", "Late for work"),
	patrol("O-PATROL-EARLY-LEAVE", 1, "下班早退的", "Leaving work early"),
	patrol("O-PATROL-LEAVE-NO-APPROVAL", 1, "随意请假外出，或因事因病请假未履行请假手续的", "Going out on casual leave, or taking leave without the leave procedure"),
	patrol("O-PATROL-OFF-POST", 1, "随意串岗、离岗的", "Wandering to other posts or leaving the post"),
	patrol("O-PATROL-UNRELATED-WORK", 1, "工作期间从事窗口工作以外的其他事务活动的", "Doing things other than the window’s work during working hours"),
	patrol("O-PATROL-PHONE", 1, "工作期间玩手机（从事窗口工作以外的其他事务活动）的", "Playing with a phone during working hours (a case of doing things other than the window’s work)"),
	patrol("O-PATROL-EATING", 1, "在工作岗位上吃早点、吃零食的", "Eating breakfast or snacks at the post"),
	patrol("O-PATROL-DRESS", 2, "未按规范要求着装（未着制服或中心统一工作服）上岗的", "Not dressed as required (no uniform, or not the center’s work clothes)"),
	patrol("O-PATROL-BADGE", 2, "上班未佩带胸牌（岗位证）的", "No badge (post card) worn at work"),
	patrol("O-PATROL-DESK-UNTIDY", 2, "工作岗位上的办公用品、告知单摆放不整齐，卫生状态不良的", "Office supplies and notices at the post untidy, or the post not clean"),
	patrol("O-PATROL-POSTURE", 2, "坐姿不端正、面色不和蔼的", "Slouching, or an unfriendly face"),
	patrol("O-PATROL-NOT-RISING", 2, "遇到咨询、办事的，未主动站起来和颜悦色地解答问题、耐心细致地办事的", "Not rising to greet an enquirer or applicant, or not answering kindly and patiently"),
	patrol("O-PATROL-NO-COURTESY", 3, "接待办事人未使用文明用语（您好、请稍等、请走好、再见等）的", "Not using courteous phrases with applicants (hello, please wait, take care, goodbye, …)"),
	patrol("O-PATROL-FORBIDDEN-PHRASE", 3, "说忌语（怎么搞的、办不了、你问他、我不知道、明天再来吧等）的", "Using a forbidden phrase (“what have you done”, “can’t be done”, “ask him”, “I don’t know”, “come back tomorrow”, …)"),
	patrol("O-PATROL-UNFAMILIAR", 4, "未熟练掌握办理事项的条件、材料、程序、时限和收费标准的", "Not knowing the conditions, documents, procedure, time limit or fees of a matter handled"),
	patrol("O-PATROL-NO-ONE-TIME-NOTICE", 4, "未实行“一次性告知”的", "No one-time notice (一次性告知) given"),
	patrol("O-PATROL-SLOW", 4, "未在承诺时限内尽快办好，或未及时通知办事人领取结果的", "Not done as soon as possible within the promised time, or the applicant not told promptly to collect the result"),
	patrol("O-PATROL-ENQUIRY-INACCURATE", 4, "咨询、引导未能及时准确地回答办事人提问的", "At an enquiry or guide post, not answering questions promptly and accurately"),
	patrol("O-PATROL-GIFT", 5, "收受办事人赠送的礼品、礼物的", "Accepting a gift from an applicant"),
	patrol("O-PATROL-BANQUET", 5, "接受吃请之类活动邀请的", "Accepting an invitation to a meal or similar"),
	patrol("O-PATROL-BUREAUCRATIC", 5, "“脸难看、话难听、事难办”的衙门作风", "Bureaucratic manner: “sour face, harsh words, hard to get things done”"),
	patrol("O-PATROL-CORRUPTION", 5, "“吃、拿、卡、要”的不正之风", "Corrupt practice: “eating, taking, obstructing, demanding”")
];
// shared/core/rulebook/findings/veto.ts
function windowVeto(event, category) {
	return vetoCode(event, "W", "window", category);
}
function officerVeto(event, category) {
	return vetoCode(event, "O", "officer", category);
}
function vetoCode({ name, zh, en, scope, seed, clause }, prefix, subject, category) {
	return {
		code: `V-${prefix}-${name}`,
		zh,
		en,
		category,
		effect: "deduction",
		points: { fixed: "0" },
		subject,
		veto: scope,
		source: {
			seed,
			clause
		}
	};
}
var S003_VETO = "§优秀服务窗口和服务明星评选办法 三、(四)一票否决制";
var COMPLAINT_12345 = {
	name: "COMPLAINT-12345",
	zh: "有12345转来的投诉（经查实）",
	en: "A complaint referred by the 12345 hotline, verified",
	scope: "year",
	seed: "003",
	clause: `${S003_VETO} 第1条`
};
var PHONE_MYSTERY_SHOPPER = {
	name: "PHONE-MYSTERY-SHOPPER",
	zh: "被第三方暗访拍摄到有玩手机等情况",
	en: "Filmed by a third-party mystery shopper (暗访) playing with a phone or the like",
	scope: "year",
	seed: "003",
	clause: `${S003_VETO} 第2条`
};
var SMOKING = {
	name: "SMOKING",
	zh: "有在禁烟区吸烟的情况",
	en: "Smoking in the no-smoking area",
	scope: "year",
	seed: "003",
	clause: `${S003_VETO} 第3条；§禁烟制度 三、(二)监督考核 第2条`
};
var MISCONDUCT = {
	name: "MISCONDUCT-ADVERSE",
	zh: "涉嫌违纪违规行为，造成不良影响",
	en: "Suspected breach of discipline or rules with an adverse effect",
	scope: "year",
	seed: "003",
	clause: `${S003_VETO} 第4条`
};
var COMPLAINT_VERIFIED = {
	name: "COMPLAINT-VERIFIED",
	zh: "投诉经查证属实的（取消当季度服务明星、当年度服务明星和优秀服务窗口的评选资格）",
	en: "Any complaint verified as true: out of the current quarter’s stars, the current year’s stars and excellent windows",
	scope: "year",
	seed: "003",
	clause: "§投诉处置办法 五、处置程序 (四)结果运用 第1条"
};
var S001_VETO = "§文明服务窗口优质服务标兵创建活动实施方案(市民之家) 四、评选标准 “凡有下列行为之一的，取消窗口和个人季度评优评先资格”";
var APPROVAL_REFORM = {
	name: "APPROVAL-REFORM-BREACH",
	zh: "违反有关行政审批制度改革等有关规定的",
	en: "Breaking the rules of the administrative-approval reform and related rules",
	scope: "quarter",
	seed: "001",
	clause: `${S001_VETO} 第1条`
};
var CRITICISED_EXPOSED = {
	name: "CRITICISED-OR-EXPOSED",
	zh: "违规违纪被中心或上级有关部门通报批评、被新闻媒体曝光的",
	en: "Publicly criticised by the center or a higher authority, or exposed by the news media, for a breach of rules or discipline",
	scope: "quarter",
	seed: "001",
	clause: `${S001_VETO} 第2条`
};
var COMPLAINT_ADVERSE = {
	name: "COMPLAINT-ADVERSE",
	zh: "被群众举报投诉且经查证属实、造成不良影响的",
	en: "A report or complaint from the public, verified, with an adverse effect",
	scope: "quarter",
	seed: "001",
	clause: `${S001_VETO} 第3条`
};
var CORRUPTION = {
	name: "CORRUPTION",
	zh: "出现吃、拿、卡、要等不廉洁行为经查证属实的",
	en: "Corrupt conduct (“eating, taking, obstructing, demanding”), verified",
	scope: "quarter",
	seed: "001",
	clause: `${S001_VETO} 第4条`
};
var MAJOR_INCIDENT = {
	name: "MAJOR-INCIDENT",
	zh: "发生安全责任、维稳等其他方面的重大事件",
	en: "A major incident of safety liability, stability or the like",
	scope: "quarter",
	seed: "001",
	clause: `${S001_VETO} 第5条`
};
var OVERDUE_CASE = {
	name: "OVERDUE-CASE",
	zh: "由于窗口原因导致有超期办件的",
	en: "An overdue case caused by the window",
	scope: "quarter",
	seed: "001",
	clause: `${S001_VETO} 第6条`
};
var FIRST_RECEIVER_ADVERSE = {
	name: "FIRST-RECEIVER-ADVERSE",
	zh: "不履行或履行首接责任较差，造成较坏影响的（年终评选先进时实行“一票否决”）",
	en: "First-receiver duties not fulfilled or poorly fulfilled, with a bad effect: vetoed in the year-end selection",
	scope: "year",
	seed: "002",
	clause: "§项目首接责任制试行办法 第三条 奖罚 (二)"
};
var VETO_CODES = [
	windowVeto(COMPLAINT_12345, "window.service"),
	officerVeto(COMPLAINT_12345, "officer.discipline"),
	windowVeto(PHONE_MYSTERY_SHOPPER, "window.discipline"),
	officerVeto(PHONE_MYSTERY_SHOPPER, "officer.discipline"),
	windowVeto(SMOKING, "window.discipline"),
	officerVeto(SMOKING, "officer.discipline"),
	windowVeto(MISCONDUCT, "window.discipline"),
	officerVeto(MISCONDUCT, "officer.discipline"),
	windowVeto(COMPLAINT_VERIFIED, "window.service"),
	officerVeto(COMPLAINT_VERIFIED, "officer.discipline"),
	{
		code: "V-O-COMMITMENT-BREACH",
		zh: "未按承诺内容办理，一经发现或被投诉的（取消季度评优资格）",
		en: "Not handling matters as the service commitment promises, found or complained of: out of the quarter’s honors",
		category: "officer.duty",
		effect: "deduction",
		points: { fixed: "0" },
		subject: "officer",
		veto: "quarter",
		source: {
			seed: "003",
			clause: "§服务承诺制度 二、内容 第7条"
		}
	},
	{
		code: "V-O-IT-REPEATED",
		zh: "违反IT设备使用管理规定，屡教不改且情节严重的（取消相关责任人的评优资格）",
		en: "Repeated, serious breaches of the IT equipment rules despite warnings: the person responsible loses eligibility for honors",
		category: "officer.discipline",
		effect: "deduction",
		points: { fixed: "0" },
		subject: "officer",
		veto: "year",
		source: {
			seed: "003",
			clause: "§IT设备使用管理规定 三、(三)工作要求 第6条"
		}
	},
	windowVeto(APPROVAL_REFORM, "window.discipline"),
	officerVeto(APPROVAL_REFORM, "officer.discipline"),
	windowVeto(CRITICISED_EXPOSED, "window.discipline"),
	officerVeto(CRITICISED_EXPOSED, "officer.discipline"),
	windowVeto(COMPLAINT_ADVERSE, "window.service"),
	officerVeto(COMPLAINT_ADVERSE, "officer.discipline"),
	windowVeto(CORRUPTION, "window.integrity"),
	officerVeto(CORRUPTION, "officer.integrity"),
	windowVeto(MAJOR_INCIDENT, "window.discipline"),
	officerVeto(MAJOR_INCIDENT, "officer.discipline"),
	windowVeto(OVERDUE_CASE, "window.service"),
	officerVeto(OVERDUE_CASE, "officer.efficiency"),
	windowVeto(FIRST_RECEIVER_ADVERSE, "window.service"),
	officerVeto(FIRST_RECEIVER_ADVERSE, "officer.duty"),
	{
		code: "V-O-LICENSING-FAULT-SERIOUS",
		zh: "行政许可严重过错（情节严重，主观故意，后果严重）的：通报批评，取消当年评优资格",
		en: "A serious administrative-licensing fault (serious, intentional, with serious harm): publicly criticised and out of the year’s honors",
		category: "officer.duty",
		effect: "deduction",
		points: { fixed: "0" },
		subject: "officer",
		veto: "year",
		source: {
			seed: "002",
			clause: "§行政许可过错责任追究制度 第八条(二)、第七条(二)"
		}
	}
];
// shared/core/rulebook/findings/window.ts
var S002 = "§窗口单位考核实施细则 一、形式与内容";
var S004_REQ = "§三、活动安排 第二阶段 (一)开展“服务质量月”文明服务活动";
var S004_POINTS = "扣分见 §五、保障措施 第3条";
var WINDOW_FINDING_CODES = [
	{
		code: "W-SVC-COMPLAINT-VERIFIED",
		zh: "由于窗口服务态度不好，引起投诉调查属实的",
		en: "A complaint about the window’s poor service attitude, verified on investigation",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第1条`
		}
	},
	{
		code: "W-SVC-QUARREL",
		zh: "与服务对象争吵的",
		en: "Quarrelling with a service recipient",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第1条`
		}
	},
	{
		code: "W-SVC-ATTITUDE-SEVERE",
		zh: "投诉或争吵情节严重的（取消全年评比“优秀”窗口资格，并更换有关工作人员或窗口负责人）",
		en: "A verified attitude complaint or a quarrel of a serious nature (the window loses eligibility for the year’s “excellent” window; the officers or head concerned are replaced)",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "10" },
		subject: "window",
		veto: "year",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第1条`
		}
	},
	{
		code: "W-SVC-NOTICE-MISSING",
		zh: "未将办事须知和有关申报表格放在规定位置的（每件）",
		en: "A service guide or application form not placed where required (per item)",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第2条`
		}
	},
	{
		code: "W-SVC-LEGAL-BASIS-MISSING",
		zh: "未向当事人提供有关法定依据的",
		en: "The applicant was not given the relevant legal basis",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第2条`
		}
	},
	{
		code: "W-SVC-CASE-OVERDUE",
		zh: "无故超过办件的承诺时限，每件每超过1个工作日",
		en: "A case completed after its promised deadline without cause: per case, per working day overdue",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "5" },
		per: "case-working-day",
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第2条`
		}
	},
	{
		code: "W-SVC-LICENSING-UNLAWFUL",
		zh: "当事人投诉部门或部门窗口未依法办理行政许可事项经查证属实的（每件）",
		en: "A verified complaint that the department or its window did not handle an administrative licensing matter lawfully (per case)",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "10" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第2条`
		}
	},
	{
		code: "W-SVC-CONDITIONS-IMPOSED",
		zh: "窗口接件后由服务对象自己办理或向办事者提附带条件的",
		en: "After accepting a case, the window made the applicant handle steps themselves or imposed extra conditions",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第3条`
		}
	},
	{
		code: "W-SVC-REPLY-MISCLASSIFIED",
		zh: "不属“答复件”的，因工作人员不负责任办理成答复件的",
		en: "A case that is not a reply case (答复件) handled as one through an officer’s irresponsibility",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "3" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第4条`
		}
	},
	{
		code: "W-SVC-REPLY-MISCLASSIFIED-DELIBERATE",
		zh: "不属“答复件”而办理成答复件，属有意刁难的",
		en: "A case that is not a reply case handled as one to obstruct the applicant on purpose",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "8" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第4条`
		}
	},
	{
		code: "W-SVC-FIRST-RECEIVER-FAILED",
		zh: "较大项目的联办件，受理窗口工作人员既不按《项目首接责任制》履行职责又不报告中心管委会领导的",
		en: "For a joint case of a major project (new enterprise, investment), the accepting window’s officer neither fulfilled the first-receiver duties nor reported to the center’s leaders",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "10" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (一)优质服务 第5条`
		}
	},
	{
		code: "W-SVC-MEDIA-CRITICISM",
		zh: "受新闻媒体批评的：区级扣3分，每提升一级加扣3分（同一件事不重复奖惩）",
		en: "Criticism in the news media: one level = district (−3), municipal −6, provincial −9, national −12; 3 points per level; one event is not punished twice",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "3" },
		per: "level",
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: "§窗口单位考核实施细则 二、评定与奖惩"
		}
	},
	{
		code: "W-INT-CORRUPTION",
		zh: "服务过程中出现“吃、拿、卡、要”等不廉洁行为的（通报批评，取消全年评比“优秀”窗口资格）",
		en: "Corrupt conduct in service (“eating, taking, obstructing, demanding”): publicly criticised, and the window loses eligibility for the year’s “excellent” window",
		category: "window.integrity",
		effect: "deduction",
		points: { fixed: "10" },
		subject: "window",
		veto: "year",
		source: {
			seed: "002",
			clause: `${S002} (二)廉洁办公 第1条`
		}
	},
	{
		code: "W-INT-FALSIFICATION",
		zh: "填报假数据、提供假情况、弄虚作假骗取荣誉的",
		en: "Reporting false data or facts, or faking results to obtain an honor",
		category: "window.integrity",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (二)廉洁办公 第3条`
		}
	},
	{
		code: "W-INT-FALSIFICATION-SEVERE",
		zh: "弄虚作假情节严重，影响恶劣的（并更换有关工作人员或窗口负责人）",
		en: "Falsification of a serious nature with a bad effect (the officers or head concerned are replaced)",
		category: "window.integrity",
		effect: "deduction",
		points: { fixed: "10" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (二)廉洁办公 第3条`
		}
	},
	{
		code: "W-INT-FEE-NOT-DESIGNATED-BANK",
		zh: "未按规定在指定银行缴纳与行政许可事项有关的行政事业性费用的（每项）",
		en: "Licensing-related administrative fees not paid in at the designated bank (per fee item)",
		category: "window.integrity",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (二)廉洁办公 第4条`
		}
	},
	{
		code: "W-INT-FEE-AT-HOME-UNIT",
		zh: "仍在原单位办公地点收取与行政许可事项有关的行政事业性收费的（每件）",
		en: "Licensing-related fees still collected at the home unit’s office (per case)",
		category: "window.integrity",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (二)廉洁办公 第4条`
		}
	},
	{
		code: "W-INT-FEE-UNLAWFUL",
		zh: "在部门窗口收取与行政许可事项无关的费用、无法定依据的费用，或超出收费标准收取费用的（每件）",
		en: "Charging at the window a fee unrelated to the licensing matter, without legal basis, or above the approved rate (per case)",
		category: "window.integrity",
		effect: "deduction",
		points: { fixed: "10" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (二)廉洁办公 第4条`
		}
	},
	{
		code: "W-DISC-HOME-UNIT-ACCEPTANCE",
		zh: "在中心已批准受理的服务项目原单位再受理的（每件次）",
		en: "The home unit accepted a case for a service the center is approved to accept (per case)",
		category: "window.discipline",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (三)工作纪律 第1条`
		}
	},
	{
		code: "W-DISC-NETWORK-DAMAGE",
		zh: "不遵守中心计算机网络应用程序，操作不当，造成网络系统损坏的",
		en: "Breaking the center’s computer-network procedures; improper operation damaged the network system",
		category: "window.discipline",
		effect: "deduction",
		points: { fixed: "3" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (三)工作纪律 第2条`
		}
	},
	{
		code: "W-DISC-LEAVE-VIOLATION",
		zh: "违反请假规定的，按旷工处理",
		en: "Breaking the leave rules (treated as absence without leave)",
		category: "window.discipline",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (三)工作纪律 第3条`
		}
	},
	{
		code: "W-DISC-UNSTAFFED",
		zh: "上班时间窗口无人值守的",
		en: "The window left unstaffed during working hours",
		category: "window.discipline",
		effect: "deduction",
		points: { fixed: "5" },
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (三)工作纪律 第4条`
		}
	},
	{
		code: "W-DISC-UNCIVIL-CONDUCT",
		zh: "窗口工作人员行为不文明（睡觉、吃东西、举止不雅观、玩电脑游戏、炒股票、大厅内喧哗、嬉闹、串岗聊天等）造成不良影响的",
		en: "An officer’s uncivil conduct (sleeping, eating, unseemly behaviour, computer games, stock trading, noise or horseplay in the hall, chatting at other posts) with a bad effect",
		category: "window.discipline",
		effect: "deduction",
		points: {
			min: "1",
			max: "5"
		},
		subject: "window",
		veto: "none",
		source: {
			seed: "002",
			clause: `${S002} (三)工作纪律 第5条`
		}
	},
	{
		code: "W-PATROL-ATTENDANCE",
		zh: "窗口工作人员违反考勤制度要求（迟到、早退、随意请假外出、串岗离岗、从事窗口以外事务、在岗位上吃早点零食等），每个具体要求每次",
		en: "An officer of the window broke an attendance-rule requirement (late, early leave, leaving without leave, off post or at another post, other business, eating at the post): per requirement, per occurrence",
		category: "window.discipline",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "window",
		veto: "none",
		source: {
			seed: "004",
			clause: `${S004_REQ} 1、严格执行考勤制度；${S004_POINTS}`
		}
	},
	{
		code: "W-PATROL-ETIQUETTE",
		zh: "窗口工作人员违反服务礼仪要求（着装、胸牌、办公用品告知单摆放、坐姿、起身解答等），每个具体要求每次",
		en: "An officer of the window broke a service-etiquette requirement (dress, badge, desk and notices in order, posture, standing to answer): per requirement, per occurrence",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "window",
		veto: "none",
		source: {
			seed: "004",
			clause: `${S004_REQ} 2、严格规范服务礼仪；${S004_POINTS}`
		}
	},
	{
		code: "W-PATROL-LANGUAGE",
		zh: "窗口工作人员未使用文明用语或使用忌语，每次",
		en: "An officer of the window did not use courteous language or used forbidden phrases: per occurrence",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "window",
		veto: "none",
		source: {
			seed: "004",
			clause: `${S004_REQ} 3、坚持做到文明用语；${S004_POINTS}`
		}
	},
	{
		code: "W-PATROL-EFFICIENCY",
		zh: "窗口工作人员违反高效服务要求（业务不熟练、未一次性告知、未在承诺时限内尽快办好、咨询解答不及时准确等），每个具体要求每次",
		en: "An officer of the window broke an efficient-service requirement (not knowing the business, no one-time notice, not done promptly within the promised time, inaccurate answers): per requirement, per occurrence",
		category: "window.service",
		effect: "deduction",
		points: { fixed: "1" },
		subject: "window",
		veto: "none",
		source: {
			seed: "004",
			clause: `${S004_REQ} 4、坚持提供高效服务；${S004_POINTS}`
		}
	},
	{
		code: "W-PATROL-INTEGRITY",
		zh: "窗口工作人员违反廉洁自律要求（收受礼品、接受吃请、“脸难看、话难听、事难办”、“吃、拿、卡、要”），每个具体要求每次",
		en: "An officer of the window broke an integrity requirement (accepting gifts or meals, “sour face, harsh words, hard to get things done”, “eating, taking, obstructing, demanding”): per requirement, per occurrence",
		category: "window.integrity",
		effect: "deduction",
		points: { fixed: "2" },
		subject: "window",
		veto: "none",
		source: {
			seed: "004",
			clause: `${S004_REQ} 5、坚决做到廉洁自律；${S004_POINTS}`
		}
	}
];
// shared/core/rulebook/findings/index.ts
/**
* The default rulebook's finding codes (扣分/加分事项, DOMAIN.md §4.4) and vetoes (§5),
* parsed through the schema once at load so that a bad entry or a repeated code fails
* loudly instead of scoring quietly.
*/
function parseUnique(inputs) {
	const codes = z.array(findingCode).parse(inputs);
	const seen = /* @__PURE__ */ new Set();
	for (const { code } of codes) {
		if (seen.has(code)) throw new Error(`finding code ${code} is defined twice`);
		seen.add(code);
	}
	return Object.freeze(codes);
}
var DEFAULT_FINDING_CODES = parseUnique([
	...WINDOW_FINDING_CODES,
	...OFFICER_FINDING_CODES,
	...BONUS_CODES,
	...VETO_CODES
]);
/**
* Each officer deduction taken from seed 002 §窗口工作人员考核实施细则, with the heading it
* stands under in the seed, so the seed-002 preset can put it back there. Bonuses are not
* listed: the seed adds them "另行" (on top of the headings), so they stay `officer.bonus`.
*/
var SEED_002_OFFICER_CATEGORY = Object.freeze({
	"O-DISC-DEFY-MANAGEMENT": "officer.de",
	"O-TRAIN-LATE": "officer.de",
	"O-TRAIN-ABSENT": "officer.de",
	"O-IDEO-ACTIVITY-LATE": "officer.de",
	"O-IDEO-ACTIVITY-ABSENT": "officer.de",
	"O-IDEO-COMPLAINT-ATTITUDE": "officer.de",
	"O-IDEO-QUARREL": "officer.de",
	"O-IDEO-ATTITUDE-SEVERE": "officer.de",
	"O-DUTY-NO-ONE-TIME-NOTICE": "officer.neng",
	"O-DUTY-POLICY-DEVIATION": "officer.neng",
	"O-DISC-NETWORK-DAMAGE": "officer.neng",
	"O-DISC-LATE": "officer.qin",
	"O-DISC-EARLY-LEAVE": "officer.qin",
	"O-DISC-OFF-POST": "officer.qin",
	"O-DISC-ABSENT-WITHOUT-LEAVE": "officer.qin",
	"O-DISC-NO-BADGE": "officer.qin",
	"O-DISC-DRESS": "officer.qin",
	"O-DISC-UNCIVIL": "officer.qin",
	"O-DISC-COMPUTER-GAME": "officer.qin",
	"O-DISC-NOISE": "officer.qin",
	"O-DISC-CHATTING": "officer.qin",
	"O-DUTY-ERROR-UNCORRECTED": "officer.ji",
	"O-DUTY-ERROR-COMPLAINT": "officer.ji",
	"O-EFF-CASE-OVERDUE": "officer.ji",
	"O-EFF-SURVEY-UNSATISFIED": "officer.ji",
	"O-EFF-WINDOW-FAILED": "officer.ji",
	"O-INT-CORRUPTION": "officer.lian",
	"O-INT-FEE-VIOLATION": "officer.lian"
});
// shared/core/canonical.ts
/**
* Canonical JSON and its SHA-256: the same data gives the same bytes whatever the key
* order, so hashes of inputs and rulebooks are stable (deterministic score runs).
*/
function canonicalJson(value) {
	return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === "object") {
		const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
		return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
	}
	return value;
}
var sha256Hex = (text) => createHash("sha256").update(text, "utf8").digest("hex");
var contentHash = (value) => sha256Hex(canonicalJson(value));
// shared/core/rules/grades.ts
/**
* 考核等次 — grades from score bands: the monthly officer grade (seed 002
* §窗口工作人员考核实施细则 二、评定与奖惩: ≥90 优秀, ≥75 称职, ≥60 基本称职) and the yearly
* officer grade (seed 003 §年度考核的实施办法 六、考核结果: ≥90, ≥80, ≥60). DOMAIN.md §4.4, §4.6.
*
* A grade is read from the score as presented (two decimals, half up), so that a score
* shown as 90.00 is never graded below 90.
*/
var GRADES = [
	"excellent",
	"competent",
	"basic",
	"incompetent"
];
var GRADE_NAMES = {
	excellent: {
		zh: "优秀",
		en: "excellent"
	},
	competent: {
		zh: "称职",
		en: "competent"
	},
	basic: {
		zh: "基本称职",
		en: "basically competent"
	},
	incompetent: {
		zh: "不称职",
		en: "incompetent"
	}
};
/** Bands from the highest minimum down; the last starts at 0 so every score has a grade. */
var gradeBands = z.array(z.strictObject({
	grade: z.enum(GRADES),
	min: decimal
})).min(1).superRefine((bands, ctx) => {
	bands.forEach((band, i) => {
		const next = bands[i + 1];
		if (next && cmp(pts(next.min), pts(band.min)) >= 0) ctx.addIssue({
			code: "custom",
			path: [i + 1, "min"],
			message: "band minimums must fall strictly"
		});
	});
	if (bands.at(-1)?.min !== "0") ctx.addIssue({
		code: "custom",
		path: [bands.length - 1, "min"],
		message: "the last band starts at 0"
	});
});
// shared/core/rules/ranking.ts
/**
* 排名与并列 — ranking, tie-breakers and the cut at a quota. DOMAIN.md §6 "Ties at a
* cut-off"; seed 003 and seed 001 rank by score but name no tie-breakers.
*
* Candidates are ordered by their keys (highest first), compared as presented — two
* decimals, half up — so two scores shown alike are a tie. Equal keys go through the
* rulebook's tie-breakers in order. A tie that survives them is never broken by id or name:
* the tied candidates share a rank and, where they straddle the cut, are returned as a tie
* for the panel to decide. **Assumption:** a tie-breaker some tied candidate has no value
* for (no evaluation, no working day) cannot separate that group and is skipped.
*/
var TIE_BREAKER_METRICS = [
	"satisfaction-rate",
	"deduction-points",
	"sign-in-rate"
];
var TIE_BREAKER_NAMES = {
	"satisfaction-rate": {
		zh: "满意率",
		en: "satisfaction rate"
	},
	"deduction-points": {
		zh: "扣分",
		en: "deduction points"
	},
	"sign-in-rate": {
		zh: "考勤签到率",
		en: "sign-in rate"
	}
};
var tieBreaker = z.strictObject({
	metric: z.enum(TIE_BREAKER_METRICS),
	prefer: z.enum(["higher", "lower"])
});
var monthlyGradingRules = z.strictObject({
	/** Window bands from the highest minimum down; the last starts at 0. */
	windowGrades: z.array(z.strictObject({
		grade: z.enum([
			"excellent",
			"good",
			"pass",
			"fail"
		]),
		min: decimal
	})).min(1),
	/** 优秀 for at most ⌊share × windows graded⌋ windows a month. */
	windowExcellentShare: decimal,
	/** 优秀 for at most ⌊share × officers graded⌋ officers a month. */
	officerExcellentShare: decimal,
	/** The officer codes that follow the window's grade. */
	derivedCodes: z.strictObject({
		windowExcellent: z.string().min(1),
		windowFailed: z.string().min(1)
	}),
	/** 调离: this many verified complaints in a row, or months in a row graded 不称职. */
	transferAfter: z.strictObject({
		verifiedComplaintsInARow: z.number().int().positive(),
		incompetentMonthsInARow: z.number().int().positive()
	})
});
var SEED_002_MONTHLY_GRADING = {
	windowGrades: [
		{
			grade: "excellent",
			min: "90"
		},
		{
			grade: "good",
			min: "80"
		},
		{
			grade: "pass",
			min: "60"
		},
		{
			grade: "fail",
			min: "0"
		}
	],
	windowExcellentShare: "0.2",
	officerExcellentShare: "0.15",
	derivedCodes: {
		windowExcellent: "B-O-WINDOW-MONTH-EXCELLENT",
		windowFailed: "O-EFF-WINDOW-FAILED"
	},
	transferAfter: {
		verifiedComplaintsInARow: 2,
		incompetentMonthsInARow: 2
	}
};
// shared/core/rules/quarterly-composite.ts
/**
* 季度综合得分 — period mean of monthly scores, and the quarterly composite.
* Seed 001 (a) §五、(二)评选程序, (三)分值权重; DOMAIN.md §4.5.
*
*   mean       = Σ monthly scores / number of months scored
*   democratic = mean of the ballots' scores (民主推荐, 0–100)
*   panel      = mean of the panel members' scores (综合评定, 0–100)
*   composite  = 0.8 × mean + 0.1 × democratic + 0.1 × panel   (weights from the rulebook)
*
* **Assumption:** a subject scored in fewer months of the period (joined mid-quarter) is
* averaged over the months it was scored.
*/
var compositeWeights = z.strictObject({
	monthly: decimal,
	democratic: decimal,
	panel: decimal
}).refine((w) => cmp(add(add(pts(w.monthly), pts(w.democratic)), pts(w.panel)), pts(1)) === 0, { message: "the composite weights must sum to 1" });
// shared/core/rules/absence.ts
/**
* 旷工与逾期不归 — absence that forfeits the year's 平时 score.
* Seed 003 §窗口工作人员年度考核的实施办法 五、(一)平时考核; DOMAIN.md §4.4.
*
*   旷工, or staying away after leave has ended, for more than 10 consecutive days
*   — or travel abroad without approval (or not returning) for more than 10 days in all —
*   makes the officer's 平时 score for the year 0.
*
* Days are **calendar** days, as in the civil-service rule the seed follows (连续旷工超过
* 15天 / 一年内累计超过30天 count calendar days): a spell runs from its first to its last day
* of absence, the weekends and holidays inside it included (day-spells.ts `absenceSpells`).
*/
var absenceRules = z.strictObject({
	/** A consecutive spell of more than this many calendar days forfeits the score. */
	maxConsecutiveDays: z.number().int().positive(),
	/** More than this many calendar days abroad without approval, in all, forfeits it too. */
	maxUnapprovedAbroadDays: z.number().int().positive()
});
// shared/core/rules/yearly-assessment.ts
/**
* 窗口工作人员年度考核 — yearly officer assessment.
* Seed 003 §窗口工作人员年度考核的实施办法 五、考核方式, 六、考核结果, 七、考核结果运用 第3条;
* DOMAIN.md §4.4, §4.6.
*
*   total = 0.6 × mean of the year's monthly 平时 scores, each capped at 100
*         + yearly rating points (40), several raters of one kind by their mean:
*     window head: original-unit leader 10, peer heads 6, center departments 24
*     staff:       original-unit leader 6, window head 10, center departments 24
*   grade: ≥ 90 优秀, ≥ 80 称职, ≥ 60 基本称职, else 不称职
*   优秀 for at most ⌊20% × officers assessed⌋, by score; the rest of the 优秀 become 称职
*   stationed at the center not more than six months of the year: no grade (不定等次)
*   sick plus personal leave over six months of the year: not assessed
*   旷工 > 10 calendar days in one spell (absence.ts): the 平时 part is 0
*
* A month enters capped at 100 because bonuses lift a month to 100, not beyond (DOMAIN.md
* §4.4), so a yearly total never exceeds 100. The rule takes only its slice of the rulebook;
* the caller stamps the rulebook reference on what it stores.
*
* **Assumptions:** "six months of leave" is half the year's calendar days (leave counted in
* calendar-day spells, day-spells.ts); the officers assessed, for the 20% cap, are all who
* take part, graded or not.
*/
var RATER_KINDS = [
	"unit-leader",
	"window-head",
	"peer-heads",
	"center-departments"
];
var RATER_NAMES = {
	"unit-leader": {
		zh: "原单位分管领导",
		en: "leader of the original unit"
	},
	"window-head": {
		zh: "窗口负责人",
		en: "window head"
	},
	"peer-heads": {
		zh: "各窗口负责人互评",
		en: "the other window heads"
	},
	"center-departments": {
		zh: "中心相关科室",
		en: "center departments"
	}
};
var raterShares = z.array(z.strictObject({
	rater: z.enum(RATER_KINDS),
	points: decimal
})).min(1).refine((shares) => new Set(shares.map((s) => s.rater)).size === shares.length, "a rater kind is listed twice");
var yearlyAssessmentRules = z.strictObject({
	/** The weight of the mean monthly 平时 score (0.6 → 60 of 100 points). */
	dailyWeight: decimal,
	raterShares: z.strictObject({
		head: raterShares,
		staff: raterShares
	}),
	grades: gradeBands,
	/** 优秀 for at most ⌊excellentShare × officers assessed⌋. */
	excellentShare: decimal,
	/** Stationed at the center this many months of the year or fewer: no grade (不定等次). */
	maxMonthsStationedUngraded: z.number().int().nonnegative(),
	/** Sick plus personal leave above this share of the year's calendar days: not assessed. */
	maxLeaveShareOfYear: decimal,
	absence: absenceRules
}).superRefine((rules, ctx) => {
	for (const role of ["head", "staff"]) if (cmp(add(mul(pts(rules.dailyWeight), pts(100)), sum(rules.raterShares[role].map((s) => pts(s.points)))), pts(100)) !== 0) ctx.addIssue({
		code: "custom",
		path: ["raterShares", role],
		message: "daily weight × 100 plus the rater shares must make 100"
	});
});
pts(100);
// shared/core/rulebook/honor.ts
/**
* Honors (荣誉评选) of a rulebook: who may enter, how entrants are ranked, how many places,
* what makes an entrant ineligible, and when each step happens. DOMAIN.md §5, §6.
*/
var count = z.number().int().positive();
var eligibilityRules = z.strictObject({
	/** Officers need at least this many days on duty in the period [seed 001]. */
	minDaysOnDuty: count.optional(),
	/** Heads of the N lowest-scoring windows of the period are out [seed 003]. */
	excludeHeadsOfBottomWindows: count.optional(),
	/** Windows need at least this on-time completion rate, in percent [seed 001, seed 003]. */
	minOnTimeCompletionPercent: decimal.optional()
});
var honorEntry = z.discriminatedUnion("kind", [
	z.strictObject({ kind: z.literal("all") }),
	z.strictObject({
		kind: z.literal("nominations"),
		perWindow: z.array(z.strictObject({
			upToOfficers: count.nullable(),
			nominees: count
		})).min(1).optional()
	}),
	z.strictObject({
		kind: z.literal("title-holders"),
		honorId: slug
	})
]);
var honorRanking = z.discriminatedUnion("kind", [
	z.strictObject({ kind: z.literal("mean-monthly-score") }),
	z.strictObject({
		kind: z.literal("composite"),
		poolSize: count
	}),
	z.strictObject({ kind: z.literal("titles-then-mean-score") }),
	z.strictObject({ kind: z.literal("panel-score") })
]);
var honorQuota = z.discriminatedUnion("kind", [z.strictObject({
	kind: z.literal("fixed"),
	places: count,
	minimum: count.optional()
}), z.strictObject({
	kind: z.literal("share"),
	share: decimal,
	atLeast: z.number().int().nonnegative()
})]);
/** A day of the period: month 1 is the period's first month. */
var periodDay = z.strictObject({
	month: z.number().int().min(1).max(12),
	day: z.number().int().min(1).max(31)
});
var honor = z.strictObject({
	id: slug,
	name: bilingual,
	subject: z.enum([
		"window",
		"officer",
		"enterprise"
	]),
	period: z.enum(PERIOD_KINDS),
	entry: honorEntry,
	ranking: honorRanking,
	quota: honorQuota,
	/** Nobody below this score is a candidate; the places stay empty instead. */
	minScore: decimal.optional(),
	eligibility: eligibilityRules.default({}),
	/** A moving plaque (流动牌匾) goes with the title: the board shows who holds it and who held it. */
	movingPlaque: z.boolean().default(false),
	schedule: z.array(z.strictObject({
		step: z.enum([
			"nomination",
			"assessment",
			"notice",
			"award"
		]),
		from: periodDay.optional(),
		to: periodDay.optional()
	})).default([]),
	sources: z.array(seedSource).min(1)
});
// shared/core/rulebook/schema.ts
/**
* Rulebook (评选规则): the versioned set of categories, finding codes, weights, quotas,
* thresholds and tie-breakers a center scores and selects by (DOMAIN.md §1, §7). A rulebook
* is data validated here; `defineRulebook` adds the sha256 of its canonical JSON, which
* every result records so that a change of rules never passes for the old ones.
*/
var category = z.strictObject({
	/** `window.service`, `officer.discipline`, … */
	id: z.string().regex(/^(window|officer)\.[a-z]+$/),
	name: bilingual,
	max: decimal,
	components: z.array(z.enum(["electronic-evaluation", "hygiene"])).default([]),
	source: seedSource
});
var subjectScheme = z.strictObject({
	categories: z.array(category).min(1),
	/** Where bonuses go: added after the categories, the total capped by `bonusCap`. */
	bonusCategory: z.strictObject({
		id: z.string().regex(/^(window|officer)\.bonus$/),
		name: bilingual
	})
});
var workingDays = z.strictObject({ workingDays: z.number().int().positive() });
var rulebookShape = z.strictObject({
	id: slug,
	version: z.string().regex(/^\d+\.\d+\.\d+$/, "a version such as 1.0.0"),
	name: bilingual,
	summary: bilingual,
	window: subjectScheme,
	officer: subjectScheme,
	/** The monthly total is capped at Σ category maxima + this. */
	bonusCap: decimal,
	findingCodes: z.array(findingCode),
	electronicEvaluation: electronicEvaluationRules.optional(),
	hygiene: hygieneRules.optional(),
	attendance: attendanceRules,
	monthlyOfficerGrades: gradeBands,
	/** Seed 002's window grades, 优秀 caps, derived codes and 调离 flag (DOMAIN.md §4.4); absent elsewhere. */
	monthlyGrading: monthlyGradingRules.optional(),
	yearlyAssessment: yearlyAssessmentRules.optional(),
	compositeWeights: compositeWeights.optional(),
	/** Applied in order to candidates with equal scores at a cut (DOMAIN.md §6). */
	tieBreakers: z.array(tieBreaker),
	honors: z.array(honor),
	/**
	* 公示: the proposed list is public this many working days; an entry withdrawn on an
	* upheld objection passes to the next eligible candidate, or its place stays empty.
	*/
	notice: z.strictObject({
		workingDays: z.number().int().positive(),
		onWithdrawal: z.enum(["next-candidate", "leave-empty"]).default("next-candidate")
	}),
	/** A vetoed subject may appeal within this many working days of notification. */
	appeal: workingDays
});
function checkSchemes(rb) {
	const issues = [];
	const seen = /* @__PURE__ */ new Set();
	for (const subject of ["window", "officer"]) {
		const scheme = rb[subject];
		if (scheme.bonusCategory.id !== `${subject}.bonus`) issues.push({
			path: [
				subject,
				"bonusCategory",
				"id"
			],
			message: `must be ${subject}.bonus`
		});
		scheme.categories.forEach((c, i) => {
			const path = [
				subject,
				"categories",
				i
			];
			if (!c.id.startsWith(`${subject}.`)) issues.push({
				path: [...path, "id"],
				message: `a ${subject} category id starts with ${subject}.`
			});
			if (seen.has(c.id)) issues.push({
				path: [...path, "id"],
				message: `category ${c.id} is listed twice`
			});
			seen.add(c.id);
			if (subject === "officer" && c.components.length > 0) issues.push({
				path: [...path, "components"],
				message: "only window categories have computed components"
			});
			if (cmp(sum(c.components.map((component) => {
				const rules = component === "electronic-evaluation" ? rb.electronicEvaluation : rb.hygiene;
				if (!rules) issues.push({
					path: [...path, "components"],
					message: `${component} needs its rules in the rulebook`
				});
				return pts(rules?.maxPoints ?? "0");
			})), pts(c.max)) > 0) issues.push({
				path: [...path, "max"],
				message: "the computed components exceed the category maximum"
			});
		});
	}
	const components = [...rb.window.categories.flatMap((c) => c.components)];
	if (new Set(components).size !== components.length) issues.push({
		path: ["window", "categories"],
		message: "a component is computed in two categories"
	});
	return issues;
}
function checkFindingCodes(rb) {
	const issues = [];
	const seen = /* @__PURE__ */ new Set();
	rb.findingCodes.forEach((code, i) => {
		if (seen.has(code.code)) issues.push({
			path: [
				"findingCodes",
				i,
				"code"
			],
			message: `code ${code.code} is listed twice`
		});
		seen.add(code.code);
		if (!(code.subject === "both" ? ["window", "officer"] : [code.subject]).flatMap((s) => code.effect === "bonus" ? [rb[s].bonusCategory.id] : rb[s].categories.map((c) => c.id)).includes(code.category)) issues.push({
			path: [
				"findingCodes",
				i,
				"category"
			],
			message: `${code.code}: category ${code.category} is not a ${code.effect} category of its subject`
		});
	});
	for (const [key, derived] of Object.entries(rb.monthlyGrading?.derivedCodes ?? {})) {
		const code = rb.findingCodes.find((c) => c.code === derived);
		if (!code || code.subject === "window") issues.push({
			path: [
				"monthlyGrading",
				"derivedCodes",
				key
			],
			message: `${derived} is not an officer code of the rulebook`
		});
	}
	return issues;
}
function checkHonors(rb) {
	const issues = [];
	const ids = /* @__PURE__ */ new Set();
	rb.honors.forEach((h, i) => {
		const path = ["honors", i];
		if (ids.has(h.id)) issues.push({
			path: [...path, "id"],
			message: `honor ${h.id} is listed twice`
		});
		ids.add(h.id);
		if (h.entry.kind === "title-holders") {
			const { honorId } = h.entry;
			const source = rb.honors.find((o) => o.id === honorId);
			if (!source || source.subject !== h.subject || !isNoLongerThan(source.period, h.period) || source.period === h.period) issues.push({
				path: [...path, "entry"],
				message: `${honorId} is not a shorter-period honor of the same subject`
			});
		}
		if (h.ranking.kind === "titles-then-mean-score" !== (h.entry.kind === "title-holders")) issues.push({
			path: [...path, "ranking"],
			message: "titles-then-mean-score ranks title holders, and only they"
		});
		if (h.ranking.kind === "composite" && !rb.compositeWeights) issues.push({
			path: [...path, "ranking"],
			message: "a composite honor needs compositeWeights"
		});
		if (h.subject === "enterprise" && h.ranking.kind !== "panel-score") issues.push({
			path: [...path, "ranking"],
			message: "enterprises have no monthly score; rank them by panel score"
		});
		const { minDaysOnDuty, excludeHeadsOfBottomWindows, minOnTimeCompletionPercent } = h.eligibility;
		if (h.subject !== "officer" && (minDaysOnDuty !== void 0 || excludeHeadsOfBottomWindows !== void 0)) issues.push({
			path: [...path, "eligibility"],
			message: "days on duty and bottom-window heads apply to officers"
		});
		if (h.subject !== "window" && minOnTimeCompletionPercent !== void 0) issues.push({
			path: [...path, "eligibility"],
			message: "on-time completion applies to windows"
		});
	});
	const metrics = rb.tieBreakers.map((t) => t.metric);
	if (new Set(metrics).size !== metrics.length) issues.push({
		path: ["tieBreakers"],
		message: "a tie-breaker is listed twice"
	});
	return issues;
}
var rulebookContent = rulebookShape.superRefine((rb, ctx) => {
	for (const issue of [
		...checkSchemes(rb),
		...checkFindingCodes(rb),
		...checkHonors(rb)
	]) ctx.addIssue({
		code: "custom",
		...issue
	});
});
/** Validates a rulebook and fixes its content hash. */
function defineRulebook(input) {
	const content = rulebookContent.parse(input);
	return {
		...content,
		hash: contentHash(content)
	};
}
// shared/core/rulebook/default.ts
/**
* The default rulebook (默认评选规则): seed 003 (Qingpu) with the seed 002 monthly
* categories, as DOMAIN.md §4.4 and §7 describe. Every number cites its clause; the finding
* codes cite theirs in `findings/`.
*/
var S002_WINDOW = "§窗口单位考核实施细则 一、形式与内容";
var S003_YEARLY = "§窗口工作人员年度考核的实施办法";
var S003_HONORS = "§优秀服务窗口和服务明星评选办法";
var DEFAULT_WINDOW_CATEGORIES = [
	{
		id: "window.service",
		name: {
			zh: "优质服务",
			en: "quality service"
		},
		max: "60",
		components: ["electronic-evaluation", "hygiene"],
		source: {
			seed: "002",
			clause: `${S002_WINDOW} (一)优质服务(60分)`
		}
	},
	{
		id: "window.integrity",
		name: {
			zh: "廉洁办公",
			en: "integrity"
		},
		max: "20",
		source: {
			seed: "002",
			clause: `${S002_WINDOW} (二)廉洁办公(20分)`
		}
	},
	{
		id: "window.discipline",
		name: {
			zh: "工作纪律",
			en: "work discipline"
		},
		max: "20",
		source: {
			seed: "002",
			clause: `${S002_WINDOW} (三)工作纪律(20分)`
		}
	}
];
var WINDOW_BONUS = {
	id: "window.bonus",
	name: {
		zh: "加分",
		en: "bonuses"
	}
};
var OFFICER_BONUS = {
	id: "officer.bonus",
	name: {
		zh: "加分",
		en: "bonuses"
	}
};
var DEFAULT_HONORS = [
	{
		id: "quarterly-stars",
		name: {
			zh: "季度服务明星",
			en: "quarterly service stars"
		},
		subject: "officer",
		period: "quarter",
		entry: {
			kind: "nominations",
			perWindow: [{
				upToOfficers: 5,
				nominees: 1
			}, {
				upToOfficers: null,
				nominees: 2
			}]
		},
		ranking: { kind: "mean-monthly-score" },
		quota: {
			kind: "fixed",
			places: 10
		},
		eligibility: { excludeHeadsOfBottomWindows: 3 },
		schedule: [{
			step: "nomination",
			to: {
				month: 3,
				day: 20
			}
		}],
		sources: [{
			seed: "003",
			clause: `${S003_HONORS} 三、(一)评选名额 第3条; (二)2 第(6)条; (三)评选程序 2`
		}]
	},
	{
		id: "yearly-stars",
		name: {
			zh: "年度服务明星",
			en: "stars of the year"
		},
		subject: "officer",
		period: "year",
		entry: {
			kind: "title-holders",
			honorId: "quarterly-stars"
		},
		ranking: { kind: "titles-then-mean-score" },
		quota: {
			kind: "fixed",
			places: 10
		},
		sources: [{
			seed: "003",
			clause: `${S003_HONORS} 三、(一)评选名额 第2条; (二)3; (三)3 从季度服务明星…评定产生`
		}]
	},
	{
		id: "excellent-windows",
		name: {
			zh: "优秀服务窗口",
			en: "excellent service windows"
		},
		subject: "window",
		period: "year",
		entry: { kind: "all" },
		ranking: { kind: "mean-monthly-score" },
		quota: {
			kind: "fixed",
			places: 8
		},
		eligibility: { minOnTimeCompletionPercent: "100" },
		movingPlaque: true,
		sources: [{
			seed: "003",
			clause: `${S003_HONORS} 三、(一)评选名额 第1条; (二)1 第(3)条 按期办结，无超时办结现象`
		}, {
			seed: "001",
			clause: "§文明服务窗口优质服务标兵创建活动实施方案(市民之家) 四、(一) 按期办结率100%"
		}]
	}
];
var DEFAULT_RULEBOOK_CONTENT = {
	id: "default",
	version: "1.0.0",
	name: {
		zh: "默认评选规则（青浦模式）",
		en: "Default rulebook (Qingpu model)"
	},
	summary: {
		zh: "按青浦区行政服务中心窗口管理与服务系列制度（2018）评选，月度百分考核采用窗口“优质服务、廉洁办公、工作纪律”与工作人员“德、能、勤、绩、廉、学”分类。",
		en: "Selects by the Qingpu district service center rules (2018); monthly 100-point assessments use the window categories service / integrity / discipline and the officer categories ideology, discipline, duty, efficiency, integrity, training."
	},
	window: {
		categories: DEFAULT_WINDOW_CATEGORIES,
		bonusCategory: WINDOW_BONUS
	},
	officer: {
		categories: [
			{
				id: "officer.ideology",
				name: {
					zh: "思想品德",
					en: "ideology and morals"
				},
				max: "20",
				source: {
					seed: "003",
					clause: `${S003_YEARLY} 四、(一)思想品德(20分)`
				}
			},
			{
				id: "officer.discipline",
				name: {
					zh: "遵章守纪",
					en: "discipline"
				},
				max: "20",
				source: {
					seed: "003",
					clause: `${S003_YEARLY} 四、(二)遵章守纪(20分)`
				}
			},
			{
				id: "officer.duty",
				name: {
					zh: "履职尽责",
					en: "duty"
				},
				max: "20",
				source: {
					seed: "003",
					clause: `${S003_YEARLY} 四、(三)1.履职尽责(20分)`
				}
			},
			{
				id: "officer.efficiency",
				name: {
					zh: "工作效率",
					en: "efficiency"
				},
				max: "25",
				source: {
					seed: "003",
					clause: `${S003_YEARLY} 四、(三)2.工作效率(25分)`
				}
			},
			{
				id: "officer.integrity",
				name: {
					zh: "廉洁自律",
					en: "integrity"
				},
				max: "10",
				source: {
					seed: "003",
					clause: `${S003_YEARLY} 四、(四)廉洁自律(10分)`
				}
			},
			{
				id: "officer.training",
				name: {
					zh: "学习培训",
					en: "training"
				},
				max: "5",
				source: {
					seed: "003",
					clause: `${S003_YEARLY} 四、(五)学习培训(5分)`
				}
			}
		],
		bonusCategory: OFFICER_BONUS
	},
	bonusCap: "10",
	findingCodes: [...DEFAULT_FINDING_CODES],
	electronicEvaluation: SEED_003_ELECTRONIC_EVALUATION,
	hygiene: SEED_003_HYGIENE,
	attendance: SEED_003_ATTENDANCE,
	monthlyOfficerGrades: [
		{
			grade: "excellent",
			min: "90"
		},
		{
			grade: "competent",
			min: "75"
		},
		{
			grade: "basic",
			min: "60"
		},
		{
			grade: "incompetent",
			min: "0"
		}
	],
	yearlyAssessment: {
		dailyWeight: "0.6",
		raterShares: {
			head: [
				{
					rater: "unit-leader",
					points: "10"
				},
				{
					rater: "peer-heads",
					points: "6"
				},
				{
					rater: "center-departments",
					points: "24"
				}
			],
			staff: [
				{
					rater: "unit-leader",
					points: "6"
				},
				{
					rater: "window-head",
					points: "10"
				},
				{
					rater: "center-departments",
					points: "24"
				}
			]
		},
		grades: [
			{
				grade: "excellent",
				min: "90"
			},
			{
				grade: "competent",
				min: "80"
			},
			{
				grade: "basic",
				min: "60"
			},
			{
				grade: "incompetent",
				min: "0"
			}
		],
		excellentShare: "0.2",
		maxMonthsStationedUngraded: 6,
		maxLeaveShareOfYear: "0.5",
		absence: {
			maxConsecutiveDays: 10,
			maxUnapprovedAbroadDays: 10
		}
	},
	tieBreakers: [
		{
			metric: "satisfaction-rate",
			prefer: "higher"
		},
		{
			metric: "deduction-points",
			prefer: "lower"
		},
		{
			metric: "sign-in-rate",
			prefer: "higher"
		}
	],
	honors: DEFAULT_HONORS,
	notice: { workingDays: 10 },
	appeal: { workingDays: 5 }
};
var DEFAULT_RULEBOOK = defineRulebook(DEFAULT_RULEBOOK_CONTENT);
// shared/core/rulebook/presets/seed-000-yearly-gold.ts
/**
* Preset: Zhaoxiang yearly “金牌服务窗口 / 金牌店小二 / 金牌企业” — seed 000; DOMAIN.md §6.
*
* Units nominate (1 May–30 June); the panel scores the published criteria (1 July–31
* August); the list is on notice for 10 working days in September; awards around 1 October.
* 5 windows, 10 officers, 5–10 enterprises, by the panel's mean score. Other rules as the
* default.
*/
var SCHEME$2 = "§赵巷镇“金牌服务窗口”、“金牌店小二”、“金牌企业”评选活动实施方案(试行)";
var GOLD_SCHEDULE = [
	{
		step: "nomination",
		from: {
			month: 5,
			day: 1
		},
		to: {
			month: 6,
			day: 30
		}
	},
	{
		step: "assessment",
		from: {
			month: 7,
			day: 1
		},
		to: {
			month: 8,
			day: 31
		}
	},
	{
		step: "notice",
		from: {
			month: 9,
			day: 1
		},
		to: {
			month: 9,
			day: 30
		}
	},
	{
		step: "award",
		from: {
			month: 10,
			day: 1
		}
	}
];
function gold(id, subject, zh, en, quota) {
	return {
		id,
		name: {
			zh,
			en
		},
		subject,
		period: "year",
		entry: { kind: "nominations" },
		ranking: { kind: "panel-score" },
		quota,
		schedule: GOLD_SCHEDULE,
		sources: [{
			seed: "000",
			clause: `${SCHEME$2} 五、名额分配与奖励内容`
		}, {
			seed: "000",
			clause: `${SCHEME$2} 六、评选程序 (二)–(五)`
		}]
	};
}
var SEED_000_YEARLY_GOLD = defineRulebook({
	...DEFAULT_RULEBOOK_CONTENT,
	id: "seed-000-yearly-gold",
	version: "1.0.0",
	name: {
		zh: "金牌服务窗口、金牌店小二、金牌企业（年度）",
		en: "Gold windows, gold officers and gold enterprises (yearly)"
	},
	summary: {
		zh: "每年评选一次：5月1日至6月30日申报，7月1日至8月31日评定，9月公示10个工作日，10月1日前后表彰；金牌服务窗口5个、金牌店小二10名、金牌企业5—10家。",
		en: "Once a year: nominations 1 May–30 June, assessment 1 July–31 August, a 10-working-day notice in September, awards around 1 October; 5 gold windows, 10 gold officers, 5–10 gold enterprises."
	},
	honors: [
		gold("gold-windows", "window", "金牌服务窗口", "gold service windows", {
			kind: "fixed",
			places: 5
		}),
		gold("gold-officers", "officer", "金牌店小二", "gold officers (金牌店小二)", {
			kind: "fixed",
			places: 10
		}),
		gold("gold-enterprises", "enterprise", "金牌企业", "gold enterprises", {
			kind: "fixed",
			places: 10,
			minimum: 5
		})
	],
	notice: { workingDays: 10 }
});
// shared/core/rulebook/presets/seed-001-monthly-civilized.ts
/**
* Preset: monthly “文明服务窗口 / 文明服务标兵” — seed 001 (b); DOMAIN.md §6.
*
* Each month 2 windows and 2 officers by the monthly 100-point score; each year 2 + 2.
* **Assumption:** the seed's year-end 综合考评 ranks by the year's mean monthly score.
* Other rules as the default.
*/
var SCHEME$1 = "§文明服务窗口优质服务标兵创建活动实施方案(区政务服务中心)";
function civilized(subject, period) {
	const zh = subject === "window" ? "文明服务窗口" : "文明服务标兵";
	const en = subject === "window" ? "civilized service windows" : "civilized service pacesetters";
	return {
		id: `civilized-${subject}s-${period === "month" ? "monthly" : "yearly"}`,
		name: {
			zh: `${period === "month" ? "月度" : "年度"}${zh}`,
			en: `${en} of the ${period}`
		},
		subject,
		period,
		entry: { kind: "all" },
		ranking: { kind: "mean-monthly-score" },
		quota: {
			kind: "fixed",
			places: 2
		},
		sources: [{
			seed: "001",
			clause: `${SCHEME$1} 四、评选数量; 五、评选办法 (满分为100分)`
		}]
	};
}
var SEED_001_MONTHLY_CIVILIZED = defineRulebook({
	...DEFAULT_RULEBOOK_CONTENT,
	id: "seed-001-monthly-civilized",
	version: "1.0.0",
	name: {
		zh: "文明服务窗口和文明服务标兵（月度）",
		en: "Civilized windows and pacesetters (monthly)"
	},
	summary: {
		zh: "每月评选文明服务窗口、文明服务标兵各2个，每年评选年度文明服务窗口、文明服务标兵各2个，满分100分。",
		en: "Each month 2 civilized windows and 2 civilized officers on the 100-point score; each year 2 of each."
	},
	honors: [
		civilized("window", "month"),
		civilized("officer", "month"),
		civilized("window", "year"),
		civilized("officer", "year")
	]
});
// shared/core/rulebook/presets/seed-001-quarterly-composite.ts
/**
* Preset: 市民之家 quarterly “优质服务窗口 / 优秀服务标兵” — seed 001 (a); DOMAIN.md §4.5, §6.
*
* Each quarter the top 8 windows and top 13 officers by the monthly 100-point scores are
* candidates; window heads vote (民主推荐) and the panel scores (综合评定); the composite
* 80% monthly + 10% + 10% picks 5 windows and 10 officers. Officers need 60 days on duty in
* the quarter; windows need every case completed on time. Other rules as the default.
*/
var SCHEME = "§文明服务窗口优质服务标兵创建活动实施方案(市民之家)";
var SEED_001_QUARTERLY_COMPOSITE = defineRulebook({
	...DEFAULT_RULEBOOK_CONTENT,
	id: "seed-001-quarterly-composite",
	version: "1.0.0",
	name: {
		zh: "季度优质服务窗口和优秀服务标兵（市民之家）",
		en: "Quarterly quality windows and service pacesetters (citizen center)"
	},
	summary: {
		zh: "每季度按月度百分考核取前8个窗口、前13名工作人员为候选对象，经民主推荐和综合评定，按80%、10%、10%汇总，确定5个窗口、10名工作人员。",
		en: "Each quarter the top 8 windows and 13 officers by monthly 100-point scores are candidates; ballots and the panel are added 80% / 10% / 10%; 5 windows and 10 officers are chosen."
	},
	compositeWeights: {
		monthly: "0.8",
		democratic: "0.1",
		panel: "0.1"
	},
	honors: [{
		id: "quality-windows",
		name: {
			zh: "优质服务窗口",
			en: "quality service windows"
		},
		subject: "window",
		period: "quarter",
		entry: { kind: "all" },
		ranking: {
			kind: "composite",
			poolSize: 8
		},
		quota: {
			kind: "fixed",
			places: 5
		},
		eligibility: { minOnTimeCompletionPercent: "100" },
		sources: [{
			seed: "001",
			clause: `${SCHEME} 五、(二)评选程序 1–3 (前8个窗口; 前5个窗口)`
		}, {
			seed: "001",
			clause: `${SCHEME} 四、(一) 按期办结率100%`
		}]
	}, {
		id: "service-pacesetters",
		name: {
			zh: "优秀服务标兵",
			en: "service pacesetters"
		},
		subject: "officer",
		period: "quarter",
		entry: { kind: "all" },
		ranking: {
			kind: "composite",
			poolSize: 13
		},
		quota: {
			kind: "fixed",
			places: 10
		},
		eligibility: { minDaysOnDuty: 60 },
		sources: [{
			seed: "001",
			clause: `${SCHEME} 五、(二)评选程序 1–3 (前13名工作人员; 前10名)`
		}, {
			seed: "001",
			clause: `${SCHEME} 三、评选范围 (每季度在岗不少于60天)`
		}]
	}]
});
// shared/core/rulebook/presets/seed-002-monthly-assessment.ts
var OFFICER_RULES = "§窗口工作人员考核实施细则 一、考核形式与内容";
/** Seed 002's codes; an officer deduction only where the seed files it under 德能勤绩廉. */
function seed002Codes(codes) {
	return codes.filter((c) => c.source.seed === "002").flatMap((c) => {
		if (c.subject === "window" || c.effect === "bonus") return [c];
		const heading = SEED_002_OFFICER_CATEGORY[c.code];
		return heading ? [{
			...c,
			category: heading
		}] : [];
	});
}
// site/src/util/rulebooks.ts
/**
* The rulebooks the site can explain (计分规则说明): the default and the presets, by id. A
* published document names the rulebook it was computed with; a center's own version of
* one of these (another version or hash) is explained from the rulebook of that id, and
* the page says so.
*/
var KNOWN = [
	DEFAULT_RULEBOOK,
	SEED_000_YEARLY_GOLD,
	SEED_001_QUARTERLY_COMPOSITE,
	SEED_001_MONTHLY_CIVILIZED,
	defineRulebook({
		...DEFAULT_RULEBOOK_CONTENT,
		id: "seed-002-monthly-assessment",
		version: "1.0.0",
		name: {
			zh: "窗口单位与工作人员月度百分考核、最佳窗口评比",
			en: "Monthly 100-point assessments and best windows"
		},
		summary: {
			zh: "窗口按优质服务60分、廉洁办公20分、工作纪律20分，工作人员按德20分、能20分、勤20分、绩25分、廉15分每月考核，扣完为止；每月评选得分90分以上的最佳服务窗口，评选面20%左右。",
			en: "Windows (service 60, integrity 20, discipline 20) and officers (德 20, 能 20, 勤 20, 绩 25, 廉 15) are assessed monthly, each category down to zero at most; best windows each month at 90 points or more, about 20% of the windows."
		},
		window: {
			...DEFAULT_RULEBOOK_CONTENT.window,
			categories: DEFAULT_RULEBOOK_CONTENT.window.categories.map((c) => ({
				...c,
				components: []
			}))
		},
		officer: {
			categories: [
				{
					id: "officer.de",
					name: {
						zh: "德",
						en: "morals (德)"
					},
					max: "20",
					source: {
						seed: "002",
						clause: `${OFFICER_RULES} (一)德(20分，扣完为止)`
					}
				},
				{
					id: "officer.neng",
					name: {
						zh: "能",
						en: "ability (能)"
					},
					max: "20",
					source: {
						seed: "002",
						clause: `${OFFICER_RULES} (二)能(20分，扣完为止)`
					}
				},
				{
					id: "officer.qin",
					name: {
						zh: "勤",
						en: "diligence (勤)"
					},
					max: "20",
					source: {
						seed: "002",
						clause: `${OFFICER_RULES} (三)勤(20分，扣完为止)`
					}
				},
				{
					id: "officer.ji",
					name: {
						zh: "绩",
						en: "performance (绩)"
					},
					max: "25",
					source: {
						seed: "002",
						clause: `${OFFICER_RULES} (四)绩(25分，扣完为止)`
					}
				},
				{
					id: "officer.lian",
					name: {
						zh: "廉",
						en: "integrity (廉)"
					},
					max: "15",
					source: {
						seed: "002",
						clause: `${OFFICER_RULES} (五)廉(15分，扣完为止)`
					}
				}
			],
			bonusCategory: DEFAULT_RULEBOOK_CONTENT.officer.bonusCategory
		},
		findingCodes: seed002Codes(DEFAULT_FINDING_CODES),
		monthlyGrading: SEED_002_MONTHLY_GRADING,
		electronicEvaluation: void 0,
		hygiene: void 0,
		honors: [{
			id: "best-windows",
			name: {
				zh: "最佳服务窗口",
				en: "best service windows"
			},
			subject: "window",
			period: "month",
			entry: { kind: "all" },
			ranking: { kind: "mean-monthly-score" },
			quota: {
				kind: "share",
				share: "0.2",
				atLeast: 1
			},
			minScore: "90",
			sources: [{
				seed: "002",
				clause: "§最佳窗口单位评比考核办法 一、总则 第1、2条"
			}]
		}]
	}),
	defineRulebook({
		...DEFAULT_RULEBOOK_CONTENT,
		id: "seed-004-patrol",
		version: "1.0.0",
		name: {
			zh: "服务质量月巡查扣分",
			en: "Service quality month: patrol deductions"
		},
		summary: {
			zh: "大厅值班长每日巡查，违反考勤、服务礼仪、文明用语、高效服务要求的每次扣1分，违反廉洁自律要求的每次扣2分，扣分直接计入窗口单位考核。",
			en: "Daily patrols: each breach of attendance, etiquette, courteous language or efficient service costs 1 point, each breach of integrity 2 points, counted in the window’s assessment."
		},
		window: {
			...DEFAULT_RULEBOOK_CONTENT.window,
			categories: DEFAULT_RULEBOOK_CONTENT.window.categories.map((c) => ({
				...c,
				components: []
			}))
		},
		findingCodes: DEFAULT_FINDING_CODES.filter((c) => c.source.seed === "004"),
		electronicEvaluation: void 0,
		hygiene: void 0,
		honors: []
	})
];
var rulebookById = (id) => KNOWN.find((r) => r.id === id) ?? DEFAULT_RULEBOOK;
/** The rulebook named by `ref`, or the default when the name is unknown or missing. */
function rulebookFor(ref) {
	const rulebook = rulebookById(ref?.id);
	return {
		rulebook,
		exact: ref !== void 0 && rulebook.id === ref.id && rulebook.version === ref.version && rulebook.hash === ref.hash
	};
}
/** Where an honor stands in its rulebook's order; unknown honors come last. */
function honorRank(ref, honorId) {
	const index = rulebookById(ref?.id).honors.findIndex((h) => h.id === honorId);
	return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
// site/src/util/board.ts
/** Newest period first; lists of one period in their rulebook's order of honors. */
function sortLists(lists) {
	return newestFirst(lists.toSorted((a, b) => honorRank(a.rulebook, a.honorId) - honorRank(b.rulebook, b.honorId) || a.honorId.localeCompare(b.honorId)));
}
/** The board shows quarterly honors first, then yearly, then monthly. */
var KIND_ORDER = [
	"quarter",
	"year",
	"month"
];
/** The current honor board: the latest final list of every honor, by kind of period. */
function currentBoard(lists) {
	const latest = /* @__PURE__ */ new Map();
	for (const list of sortLists(lists)) if (!latest.has(list.honorId)) latest.set(list.honorId, list);
	return KIND_ORDER.map((kind) => ({
		kind,
		lists: [...latest.values()].filter((l) => periodKindOf(l.period) === kind)
	})).filter((section) => section.lists.length > 0);
}
var noticesInForce = (notices) => notices.filter((n) => n.inForce);
/** The periods of one kind that have final lists, newest first, each with its lists. */
function periodsOfKind(lists, kind) {
	const periods = /* @__PURE__ */ new Map();
	for (const list of sortLists(lists)) {
		if (periodKindOf(list.period) !== kind) continue;
		periods.set(list.period, [...periods.get(list.period) ?? [], list]);
	}
	return [...periods].map(([period, ofPeriod]) => ({
		period,
		lists: ofPeriod
	}));
}
/** The plaque history of a list's honor, if the honor has a moving plaque. */
var plaqueOf = (plaques, honorId) => plaques.find((p) => p.honorId === honorId);
/** The windows that hold a plaque now (its newest holders), by subject id. */
function plaqueHolders(plaque) {
	return plaque?.holders[0];
}
/** Every published list by year, newest year first. */
function archiveByYear(published) {
	return [...new Set([
		...published.lists,
		...published.notices,
		...published.months
	].map((d) => yearOf(d.period)))].sort((a, b) => b.localeCompare(a)).map((year) => ({
		year,
		lists: published.lists.filter((l) => yearOf(l.period) === year),
		notices: published.notices.filter((n) => yearOf(n.period) === year),
		months: published.months.filter((m) => yearOf(m.period) === year)
	}));
}
/**
* Every window the public can read about: the profile's, in the order of the hall, then
* any other window a published document names (a window closed since, say).
*/
function publicWindows(published) {
	const windows = /* @__PURE__ */ new Map();
	for (const w of published.center?.windows ?? []) windows.set(w.windowId, w);
	for (const list of published.lists) for (const e of list.entries) if (e.windowId && !windows.has(e.windowId)) windows.set(e.windowId, {
		windowId: e.windowId,
		name: e.windowName ?? e.windowId,
		department: e.department,
		departmentEn: e.departmentEn
	});
	for (const month of published.months) for (const w of month.windows) if (!windows.has(w.windowId)) windows.set(w.windowId, {
		windowId: w.windowId,
		name: w.windowId,
		department: null,
		departmentEn: null
	});
	return [...windows.values()];
}
/** A window's honors, newest first: lists naming the window or one of its officers. */
function windowHonors(windowId, lists) {
	return sortLists(lists).flatMap((list) => {
		const entries = list.entries.filter((e) => e.windowId === windowId);
		return entries.length > 0 ? [{
			list,
			entries
		}] : [];
	});
}
/** A window's monthly 100-point scores, oldest month first; null where a month has none. */
function windowTrend(windowId, months) {
	return months.filter((m) => m.windows.some((w) => w.windowId === windowId)).map((m) => ({
		period: m.period,
		score: m.windows.find((w) => w.windowId === windowId).score
	})).sort((a, b) => a.period.localeCompare(b.period));
}
// site/src/data/published.ts
/**
* What pages read from the published collections. Pages go through these functions rather
* than calling getCollection themselves, so ordering rules live in one place.
*
* The documents are read once per build: every page needs some of them, and Astro warns
* at each read of an empty collection (a center with no plaque yet), which would print a
* warning per page. buildSite names each build (SITE_BUILD_ID), so a later build in the
* same process reads afresh. (The site has no dev server: it is only ever built.)
*/
var cached;
async function load() {
	const [center, months, lists, notices, plaques] = await Promise.all([
		getEntry("center", "center"),
		getCollection("monthlyEvaluations"),
		getCollection("honorLists"),
		getCollection("notices"),
		getCollection("plaqueHistories")
	]);
	return {
		center: center?.data,
		months: newestFirst(months.map((entry) => entry.data)),
		lists: sortLists(lists.map((entry) => entry.data)),
		notices: notices.map((entry) => entry.data).toSorted((a, b) => b.start.localeCompare(a.start) || a.noticeId.localeCompare(b.noticeId)),
		plaques: plaques.map((entry) => entry.data)
	};
}
/**
* Everything published: the center profile (undefined until published), months newest
* first, final lists newest first (a period's lists in their rulebook's order), notices
* newest first, plaque histories.
*/
function readPublished() {
	const build = `${process.env.PUBLISHED_DIR ?? ""}#${process.env.SITE_BUILD_ID ?? ""}`;
	if (cached?.build !== build) cached = {
		build,
		published: load()
	};
	return cached.published;
}
var readCenterProfile = async () => (await readPublished()).center;
var listMonthlyEvaluations = async () => (await readPublished()).months;
// shared/core/roles.ts
/** Actors of DOMAIN.md §2, as the role group a credential carries. */
var ROLES = [
	"device",
	"clerk",
	"head",
	"supervisor",
	"panel",
	"admin",
	"public"
];
var ROLE_NAMES = {
	device: {
		zh: "评价器",
		en: "evaluation device"
	},
	clerk: {
		zh: "考勤登记员",
		en: "window clerk"
	},
	head: {
		zh: "窗口负责人",
		en: "window head"
	},
	supervisor: {
		zh: "管理科/督查科",
		en: "supervisor"
	},
	panel: {
		zh: "考核小组",
		en: "panel member"
	},
	admin: {
		zh: "管理员",
		en: "administrator"
	},
	public: {
		zh: "公众",
		en: "public"
	}
};
/**
* Evaluation devices sign in with the OAuth client-credentials flow: their access token
* carries this scope instead of a user group.
*/
var DEVICE_SCOPE = {
	resourceServer: "honor-board",
	scope: "evaluations.write"
};
`${DEVICE_SCOPE.resourceServer}${DEVICE_SCOPE.scope}`;
// site/src/i18n.ts
/**
* The words of the intake forms in both languages: zh-CN at /forms/, English under /en/.
* Field names are the API's; each gets a label here (a unit test checks that every field of
* every record type has one), with a scope's own word where a name means something else
* there (`kind` of a leave, of a conduct finding, of a commendation).
*/
var HTML_LANG = {
	zh: "zh-CN",
	en: "en"
};
/** A site path in a language: English pages live under /en/. */
var localePath = (lang, path) => lang === "en" ? `/en${path}` : path;
/** What a link's hidden text adds to its visible words, so links of one wording on a page differ: "：李明" / ": Li Ming". */
var contextSuffix = (lang, context) => lang === "zh" ? `：${context}` : `: ${context}`;
/** The path in the other language, for the language switch. */
var otherLangPath = (lang, path) => lang === "en" ? path.replace(/^\/en\//, "/") : `/en${path}`;
var roleName = (role, lang) => ROLE_NAMES[role][lang];
/** A record type's name standing alone (a title, a list item): the API's English is lower case. */
var recordTypeName = (label, lang) => lang === "en" ? label.en.charAt(0).toUpperCase() + label.en.slice(1) : label.zh;
/** Every text of the pages and the browser script that is not a field's. */
var UI = {
	zh: {
		skipLink: "跳到主要内容",
		home: "首页",
		breadcrumbs: "当前位置",
		otherLang: "English",
		siteTitle: "光荣榜",
		fallbackCenter: "政务服务中心",
		mainNav: "主导航",
		textSize: "长辈版",
		address: "地址：",
		phone: "电话：",
		feeds: "订阅：",
		footerNote: "评选结果以公示期满、无异议的最终名单为准。",
		homeLead: "公布季度服务明星、年度服务明星、优秀窗口和月度最佳窗口等评选的最终名单。名单均经公示期满、无异议后确定。",
		homeDescription: (center) => `${center}窗口及工作人员评选结果公布`,
		emptyHonors: "暂无已公示的评选结果",
		emptyHonorsDetail: "评选名单经公示期满、无异议后在此公布。",
		emptyMonths: "暂无已发布的月度电子评价",
		emptyNotices: "目前没有正在公示的名单",
		emptyNoticesDetail: "拟表彰名单确定后在此公示，公示期内任何人都可以提出异议。",
		emptyArchive: "暂无往期名单",
		emptyWindows: "暂无已公布的窗口信息",
		emptyWindowHonors: "该窗口暂无表彰记录",
		emptyTrend: "暂无月度考核得分",
		boardQuarter: "季度表彰",
		boardYear: "年度表彰",
		boardMonth: "月度表彰",
		periodHonors: (period) => `${period}表彰名单`,
		listHeading: (period, title) => `${period}“${title}”`,
		fullList: (title) => `查看${title}完整名单`,
		monthsTitle: "月度电子评价",
		monthsLead: "各窗口每月服务质量电子评价得分、满意率和月度考核得分，按月份由近及远排列。",
		monthsCount: (n) => `${n} 个窗口`,
		allMonths: (n) => `查看全部 ${n} 个月`,
		published: (date) => `${date}发布`,
		monthTitle: (month) => `${month}服务质量电子评价`,
		monthPageTitle: (month) => `${month}表彰名单与电子评价`,
		monthLead: "电子评价得分按满意评价占有效评价的比例折算（满分 5 分），有效评价数少于按受理量核定的应评数时按差额扣分，服务行为扣分另计，最低为 0 分。月度考核得分为窗口当月百分考核得分；窗口是公共服务单位，得分公开，工作人员的个人得分不公开。",
		rulebookLine: (id, version, date) => `依据评选规则 ${id} 第 ${version} 版 · ${date}发布`,
		evaluationCaption: (month) => `${month}各窗口服务质量电子评价`,
		colWindow: "窗口",
		colDepartment: "派驻单位",
		colComponent: "电子评价得分",
		colComponentUnit: "满分 5 分",
		colRate: "满意率",
		colEvaluations: "评价数/应评数",
		colVolume: "受理量",
		colScore: "月度考核得分",
		colScoreUnit: "满分 100 分",
		noRateNote: (placeholder) => `满意率为“${placeholder}”表示当月没有有效评价；月度考核得分为“${placeholder}”表示尚未评分。`,
		starsTitle: (quarter) => `${quarter}表彰名单`,
		yearTitle: (year) => `${year}表彰名单`,
		periodLead: "以下名单经公示期满、无异议后确定，按名次排列。",
		noticeDates: (start, end) => `公示期 ${start}至${end}`,
		finalizedOn: (date) => `${date}确定`,
		places: (places, filled) => filled < places ? `名额 ${places} 名，评出 ${filled} 名，其余空缺` : `共 ${filled} 名`,
		rulebookRef: (id, version) => `评选规则 ${id} 第 ${version} 版`,
		entryWindow: "窗口",
		entryDepartment: "派驻单位",
		entryDeeds: "主要事迹",
		entryId: (id) => `编号 ${id}`,
		plaqueTitle: "流动牌匾",
		plaqueNow: (period) => `${period}起持有流动牌匾`,
		plaqueHolderBadge: "持有流动牌匾",
		plaqueHistory: (title) => `${title}流动牌匾历年持有`,
		plaqueHistoryLead: "优秀窗口实行流动管理：每年评选后，流动牌匾移交当年评出的窗口。",
		colPeriod: "年度",
		colHolders: "持有窗口",
		current: "现持有",
		downloads: "下载与核验",
		downloadsLead: "下载文件的 SHA-256 校验值应与下列数值一致，可用于核验所持副本未被改动。",
		downloadLink: (format, size) => `下载 ${format}（${size}）`,
		noticesTitle: "公示",
		noticesLead: "拟表彰名单在此公示。公示期内，任何人都可以对名单中的条目提出异议；中心对每一条异议都会核实并答复。",
		noticesInForce: "正在公示",
		noticesPast: "已结束的公示",
		noticeStatusInForce: "公示中",
		noticeStatusEnded: "公示已结束",
		noticeHeading: (period, title) => `${period}“${title}”拟表彰名单`,
		noticeId: (id) => `公示编号：${id}`,
		noticeProvisional: "公示截止日期所依据的节假日安排尚未公布，截止日期可能调整。",
		noticeProposed: "拟表彰对象",
		noticeFinalList: "查看最终名单",
		noticeOpen: "查看公示、提出异议",
		objectHeading: "如何提出异议",
		objectSteps: [
			"在公示期内提出，写明对哪一条目有异议以及事实依据。",
			"点击条目旁的“提出异议”，或在下方表单中填写公示编号和条目编号。",
			"联系方式选填，只用于核实和答复，不会公开。",
			"中心逐条核实并答复：异议成立的，取消该条目并依次递补或空缺；不成立的，记录理由。"
		],
		objectTo: (name) => `对“${name}”提出异议`,
		objectShort: "提出异议",
		objectionForm: "提出异议",
		objectionFormFor: (title) => `正在公示：${title}`,
		windowsTitle: "窗口",
		windowsLead: "中心各服务窗口的表彰记录和月度考核得分走势。",
		windowHonors: "表彰记录",
		windowHonorsOf: (name) => `${name}表彰记录`,
		windowTrend: "月度考核得分走势",
		windowTrendLead: "窗口每月的百分考核得分。窗口是公共服务单位，得分公开；工作人员的个人得分不公开。",
		trendChartTitle: (name) => `${name}月度考核得分走势图`,
		trendSummary: (from, to, best, bestAt, worst, worstAt, latest, latestAt) => `${from}至${to}，最高 ${best} 分（${bestAt}），最低 ${worst} 分（${worstAt}），最近一次 ${latest} 分（${latestAt}）。`,
		trendTable: "各月得分",
		colMonth: "月份",
		colWhen: "期间",
		colHonor: "荣誉",
		colHonored: "表彰对象",
		latestScore: (score, month) => `${month}月度考核得分 ${score}`,
		honorCount: (n) => `表彰 ${n} 次`,
		archiveTitle: "往期名单",
		archiveLead: "历年公布的全部名单，按年份由近及远排列。",
		archiveLists: "表彰名单",
		archiveNotices: "公示",
		archiveMonths: "月度电子评价",
		rulesTitle: "计分规则",
		rulesLead: "窗口和工作人员如何计分、如何评选，依据评选规则原文的数字逐项说明。",
		rulesExplained: (name, version) => `以下说明依据“${name}”第 ${version} 版。`,
		rulesMismatch: (id, version) => `已发布名单采用的评选规则为 ${id} 第 ${version} 版，与下述版本不完全相同，以中心公布的规则原文为准。`,
		rulesContents: "目录",
		printNote: (date) => `打印于公示期满确定的最终名单 · ${date}`,
		formsTitle: "在线填报",
		formsLead: "窗口、管理科和考核小组在此提交考勤、办件、巡查、评选等记录；公众可直接提交投诉和对公示名单的异议。",
		formsSignIn: "工作人员提交前须先登录。",
		signInLink: "登录",
		publicForms: "公众",
		alsoBy: (roles) => `也可由${roles}提交`,
		correctionsLead: "记录只增不改：更正是一条新记录，取代原记录并说明原因。请选择原记录的类别。",
		correctionOf: (label) => `更正：${label}`,
		submittedBy: "提交人：",
		anyone: "任何人，无需登录",
		requiredNote: "带 * 号的为必填项。",
		noscript: "提交表单需要启用浏览器的 JavaScript：提交时须附带登录凭证和防重复提交的请求编号。页面内容可正常阅读。",
		submit: "提交",
		submitting: "正在提交…",
		addRow: (item) => `添加${item}`,
		removeRow: "删除",
		noRows: "尚未添加。没有时可不填。",
		choose: "请选择",
		chooseOptional: "不填",
		windowOption: (name, id) => `${name}（${id}）`,
		beijingTime: "北京时间",
		onePerLine: "每行一个，也可用逗号或空格分隔",
		atMostItems: (n) => `最多 ${n} 个`,
		sessionNone: "尚未登录。",
		sessionAs: (role, window) => `已登录：${role}${window ? `（窗口 ${window}）` : ""}`,
		sessionWrongRole: (role) => `当前身份（${role}）不能提交此表单，请更换身份登录。`,
		signOut: "退出登录",
		switchUser: "更换身份",
		errorSummary: "提交未成功，请修改以下内容：",
		errorPrefix: "错误：",
		success: "已提交。",
		recordId: "记录编号：",
		successMonth: (month) => `（记入 ${month}）`,
		successNext: "表单已清空，可以继续填写下一份。",
		unauthorized: "尚未登录，或登录已过期。",
		unauthorizedLink: "请先登录",
		forbidden: "您当前的角色或窗口无权提交此表单。",
		idempotencyConflict: "这份填写此前已提交成功（可能在网络中断时），之后内容又有改动。请刷新页面确认后再填写新的一份。",
		network: "网络连接失败，填写内容已保留。重新提交是安全的：同一份填写不会被重复记录。",
		server: (status) => `服务器暂时无法处理（HTTP ${status}），填写内容已保留，请稍后重新提交。`,
		validation: {
			required: "请填写此项",
			choose: "请选择一项",
			number: "请输入数字",
			whole: "请输入整数",
			format: (hint) => hint ? `格式不正确：${hint}` : "格式不正确",
			atLeast: (n) => `不能小于 ${n}`,
			atMost: (n) => `不能大于 ${n}`,
			longest: (n) => `不能超过 ${n} 个字`,
			shortest: (n) => `至少 ${n} 个字`
		},
		signInTitle: "登录",
		signInDevNote: "本地开发登录：本页向本机网关申请演示用的登录凭证（令牌）。部署到 AWS 后，由 Amazon Cognito 托管的登录页代替本页。",
		signInRole: "身份",
		signInWindow: "窗口",
		signInWindowHint: "评价器、考勤登记员和窗口负责人须选择所属窗口。",
		signInSubmit: "登录",
		signInPasteLegend: "或粘贴已有的令牌",
		signInToken: "令牌（JWT）",
		signInPasteSubmit: "使用此令牌",
		signInBadToken: "这不是有效的令牌，或已过期。",
		signInUnavailable: "此环境没有本地开发登录，请使用 Cognito 登录页。",
		signInFailed: (message) => `登录失败：${message}`,
		signInNetwork: "网络连接失败，请稍后重试。",
		signInCurrent: "当前登录",
		signInNone: "尚未登录。登录信息只保存在本浏览器标签页中，关闭标签页即退出。",
		signInCenter: "中心",
		signInExpires: "有效期至",
		signInSubject: "用户",
		signInReturn: "返回表单",
		signInToForms: "前往在线填报",
		signInNoscript: "登录需要启用浏览器的 JavaScript。"
	},
	en: {
		skipLink: "Skip to main content",
		home: "Home",
		breadcrumbs: "You are here",
		otherLang: "中文",
		siteTitle: "Honor Board",
		fallbackCenter: "Government Service Center",
		mainNav: "Main",
		textSize: "Large text",
		address: "Address: ",
		phone: "Phone: ",
		feeds: "Follow: ",
		footerNote: "An honor is final only once its public notice has ended with no objection open.",
		homeLead: "The final lists of the quarterly service stars, the yearly stars, the excellent windows, the monthly best windows and the other honors of the center, each made final after a public notice with no objection open.",
		homeDescription: (center) => `Honors of the windows and officers of the ${center}`,
		emptyHonors: "No honors published yet",
		emptyHonorsDetail: "A list appears here once its public notice has ended with no objection open.",
		emptyMonths: "No monthly evaluation published yet",
		emptyNotices: "No list is on public notice now",
		emptyNoticesDetail: "A proposed list is published here for its public notice, during which anyone may object.",
		emptyArchive: "Nothing published yet",
		emptyWindows: "No window published yet",
		emptyWindowHonors: "No honors for this window yet",
		emptyTrend: "No monthly score yet",
		boardQuarter: "Quarterly honors",
		boardYear: "Yearly honors",
		boardMonth: "Monthly honors",
		periodHonors: (period) => `Honors of ${period}`,
		listHeading: (period, title) => `${title}, ${period}`,
		fullList: (title) => `The full list: ${title}`,
		monthsTitle: "Monthly electronic evaluation",
		monthsLead: "Each window's electronic evaluation, satisfaction rate and monthly score, newest month first.",
		monthsCount: (n) => `${n} windows`,
		allMonths: (n) => `All ${n} months`,
		published: (date) => `published ${date}`,
		monthTitle: (month) => `Electronic evaluation, ${month}`,
		monthPageTitle: (month) => `Honors and electronic evaluation, ${month}`,
		monthLead: "The electronic evaluation scores the share of satisfied ratings among the valid ones (out of 5); fewer valid ratings than the business volume calls for cost points, conduct deductions come on top, and the floor is 0. The monthly score is the window's 100-point score of the month: a window is a public service unit and its score is public; officers' own scores are not published.",
		rulebookLine: (id, version, date) => `Rulebook ${id}, version ${version} · published ${date}`,
		evaluationCaption: (month) => `Electronic evaluation of every window, ${month}`,
		colWindow: "Window",
		colDepartment: "Department",
		colComponent: "Electronic evaluation",
		colComponentUnit: "out of 5",
		colRate: "Satisfaction",
		colEvaluations: "Ratings / required",
		colVolume: "Volume",
		colScore: "Monthly score",
		colScoreUnit: "out of 100",
		noRateNote: (placeholder) => `A satisfaction rate of “${placeholder}” means no valid rating that month; a monthly score of “${placeholder}” means not scored yet.`,
		starsTitle: (quarter) => `Honors of ${quarter}`,
		yearTitle: (year) => `Honors of ${year}`,
		periodLead: "These lists became final after their public notice ended with no objection open. Names are in rank order.",
		noticeDates: (start, end) => `Public notice ${start} to ${end}`,
		finalizedOn: (date) => `final on ${date}`,
		places: (places, filled) => filled < places ? `${places} places, ${filled} awarded, the rest left empty` : `${filled} awarded`,
		rulebookRef: (id, version) => `rulebook ${id}, version ${version}`,
		entryWindow: "Window",
		entryDepartment: "Department",
		entryDeeds: "Deeds",
		entryId: (id) => `entry ${id}`,
		plaqueTitle: "Moving plaque",
		plaqueNow: (period) => `Holds the moving plaque since ${period}`,
		plaqueHolderBadge: "Holds the moving plaque",
		plaqueHistory: (title) => `Who has held the moving plaque: ${title}`,
		plaqueHistoryLead: "The plaque of the excellent windows moves: after each year’s selection it passes to the windows chosen that year.",
		colPeriod: "Year",
		colHolders: "Windows",
		current: "now",
		downloads: "Download and verify",
		downloadsLead: "The SHA-256 of a downloaded file must equal the value below: that shows the copy you hold is unchanged.",
		downloadLink: (format, size) => `Download ${format} (${size})`,
		noticesTitle: "Public notices",
		noticesLead: "Proposed lists are on public notice here. While a notice runs, anyone may object to an entry; the center looks into every objection and answers it.",
		noticesInForce: "On notice now",
		noticesPast: "Ended notices",
		noticeStatusInForce: "On notice",
		noticeStatusEnded: "Ended",
		noticeHeading: (period, title) => `Proposed: ${title}, ${period}`,
		noticeId: (id) => `Notice id: ${id}`,
		noticeProvisional: "The end date rests on a holiday calendar not yet published and may change.",
		noticeProposed: "Proposed",
		noticeFinalList: "The final list",
		noticeOpen: "Read the notice, or object",
		objectHeading: "How to object",
		objectSteps: [
			"Object while the notice runs, naming the entry and the facts.",
			"Choose “Object” beside the entry, or give the notice id and the entry id in the form below.",
			"Your contact is optional, used only to look into it and answer, and never published.",
			"The center checks and answers every objection: an upheld one withdraws the entry (the next candidate moves up, or the place stays empty); a rejected one is answered with the reason."
		],
		objectTo: (name) => `Object to “${name}”`,
		objectShort: "Object",
		objectionForm: "Object to an entry",
		objectionFormFor: (title) => `On notice: ${title}`,
		windowsTitle: "Windows",
		windowsLead: "Each window's honors and the trend of its monthly scores.",
		windowHonors: "Honors",
		windowHonorsOf: (name) => `Honors of ${name}`,
		windowTrend: "Monthly score trend",
		windowTrendLead: "The window's 100-point score of each month. A window is a public service unit and its score is public; officers' own scores are not published.",
		trendChartTitle: (name) => `Monthly score trend of ${name}`,
		trendSummary: (from, to, best, bestAt, worst, worstAt, latest, latestAt) => `${from} to ${to}: highest ${best} (${bestAt}), lowest ${worst} (${worstAt}), latest ${latest} (${latestAt}).`,
		trendTable: "Scores by month",
		colMonth: "Month",
		colWhen: "Period",
		colHonor: "Honor",
		colHonored: "Honored",
		latestScore: (score, month) => `monthly score ${score} (${month})`,
		honorCount: (n) => n === 1 ? "1 honor" : `${n} honors`,
		archiveTitle: "Archive",
		archiveLead: "Every list published, by year, newest first.",
		archiveLists: "Honor lists",
		archiveNotices: "Public notices",
		archiveMonths: "Monthly electronic evaluation",
		rulesTitle: "How scores work",
		rulesLead: "How windows and officers are scored and how honors are chosen, with every number read from the rulebook.",
		rulesExplained: (name, version) => `Explained from “${name}”, version ${version}.`,
		rulesMismatch: (id, version) => `The published lists follow rulebook ${id}, version ${version}, which differs in part from the version explained here; the center's published rules prevail.`,
		rulesContents: "Contents",
		printNote: (date) => `Final list after its public notice · ${date}`,
		formsTitle: "Online forms",
		formsLead: "Windows, supervisors and the assessment panel submit attendance, cases, patrols, selections and other records here; anyone may make a complaint or object to a public notice.",
		formsSignIn: "Staff sign in before submitting.",
		signInLink: "Sign in",
		publicForms: "Public",
		alsoBy: (roles) => `Also by ${roles}`,
		correctionsLead: "Records are never edited: a correction is a new record that supersedes the earlier one, with the reason. Choose the kind of the record to correct.",
		correctionOf: (label) => `Correct: ${label}`,
		submittedBy: "Submitted by: ",
		anyone: "anyone, without signing in",
		requiredNote: "Fields marked * are required.",
		noscript: "Submitting needs JavaScript in your browser: a submission carries your sign-in credential and a request key that keeps it from being recorded twice. The page itself reads fine without it.",
		submit: "Submit",
		submitting: "Submitting…",
		addRow: (item) => `Add ${item.toLowerCase()}`,
		removeRow: "Remove",
		noRows: "None added; leave empty if there are none.",
		choose: "Choose…",
		chooseOptional: "None",
		windowOption: (name, id) => `${name} (${id})`,
		beijingTime: "Beijing time",
		onePerLine: "One per line, or separated by commas or spaces",
		atMostItems: (n) => `at most ${n}`,
		sessionNone: "Not signed in.",
		sessionAs: (role, window) => `Signed in as ${role}${window ? ` (window ${window})` : ""}`,
		sessionWrongRole: (role) => `Your current role (${role}) may not submit this form; sign in with another role.`,
		signOut: "Sign out",
		switchUser: "Switch role",
		errorSummary: "Not submitted. Please correct the following:",
		errorPrefix: "Error: ",
		success: "Submitted.",
		recordId: "Record id: ",
		successMonth: (month) => ` (filed under ${month})`,
		successNext: "The form is cleared for the next entry.",
		unauthorized: "You are not signed in, or your sign-in has expired.",
		unauthorizedLink: "Sign in first",
		forbidden: "Your role or window may not submit this form.",
		idempotencyConflict: "This entry was already submitted (perhaps while the connection dropped) and has changed since. Reload the page to check before starting a new one.",
		network: "The connection failed; your entries are kept. Submitting again is safe: the same entry is never recorded twice.",
		server: (status) => `The server could not take it just now (HTTP ${status}); your entries are kept. Please submit again shortly.`,
		validation: {
			required: "Fill in this field",
			choose: "Choose one",
			number: "Enter a number",
			whole: "Enter a whole number",
			format: (hint) => hint ? `Not in the expected form: ${hint}` : "Not in the expected form",
			atLeast: (n) => `Must be at least ${n}`,
			atMost: (n) => `Must be at most ${n}`,
			longest: (n) => `At most ${n} characters`,
			shortest: (n) => `At least ${n} characters`
		},
		signInTitle: "Sign in",
		signInDevNote: "Local development sign-in: this page asks the local gateway for a demo credential (a token). Deployed on AWS, the Amazon Cognito hosted sign-in takes its place.",
		signInRole: "Role",
		signInWindow: "Window",
		signInWindowHint: "Evaluation devices, window clerks and window heads choose their window.",
		signInSubmit: "Sign in",
		signInPasteLegend: "Or paste a token you have",
		signInToken: "Token (JWT)",
		signInPasteSubmit: "Use this token",
		signInBadToken: "This is not a valid token, or it has expired.",
		signInUnavailable: "This environment has no local development sign-in; use the Cognito sign-in page.",
		signInFailed: (message) => `Sign-in failed: ${message}`,
		signInNetwork: "The connection failed; please try again.",
		signInCurrent: "Signed in",
		signInNone: "Not signed in. The sign-in is kept in this browser tab only; closing the tab signs you out.",
		signInCenter: "Center",
		signInExpires: "Valid until",
		signInSubject: "User",
		signInReturn: "Back to the form",
		signInToForms: "Go to the online forms",
		signInNoscript: "Signing in needs JavaScript in your browser."
	}
};
/** The public sections, in the order of the navigation; a section stays marked on the pages below it. */
var NAV_SECTIONS = [
	{
		zh: "光荣榜",
		en: "Honor board",
		paths: ["/"]
	},
	{
		zh: "公示",
		en: "Notices",
		paths: ["/notices/"]
	},
	{
		zh: "往期名单",
		en: "Archive",
		paths: [
			"/archive/",
			"/stars/",
			"/years/"
		]
	},
	{
		zh: "窗口",
		en: "Windows",
		paths: ["/windows/"]
	},
	{
		zh: "月度评价",
		en: "Monthly evaluation",
		paths: ["/months/"]
	},
	{
		zh: "计分规则",
		en: "How scores work",
		paths: ["/how-scores-work/"]
	},
	{
		zh: "在线填报",
		en: "Online forms",
		paths: ["/forms/", "/sign-in/"]
	}
];
/** Title and one-line purpose of each intake form, by the route's operationId. */
var FORM_TEXT = {
	submitAttendance: {
		title: {
			zh: "考勤与请假",
			en: "Attendance and leave"
		},
		intro: {
			zh: "登记工作人员每个工作日的签到签退、请假或公务外出，或旷工。事后补登须在上班后 2 个工作日内。",
			en: "An officer's sign-in and sign-out for a working day, a leave or duty elsewhere, or an absence without leave. Leave registered afterwards must come within 2 working days."
		}
	},
	submitVolumes: {
		title: {
			zh: "受理量",
			en: "Business volume"
		},
		intro: {
			zh: "窗口一个月受理的办件数。可按日或按月分次登记，各次相加。",
			en: "The cases a window accepted in a month. Report daily or monthly: the tallies add up."
		}
	},
	submitCases: {
		title: {
			zh: "办件",
			en: "Case"
		},
		intro: {
			zh: "登记一件办件的类型、受理日期和承诺时限，用于计算超期工作日。",
			en: "A case with its type, accepted date and promised working days, from which overdue days are counted."
		}
	},
	submitCaseCompletions: {
		title: {
			zh: "办结",
			en: "Case completion"
		},
		intro: {
			zh: "登记已受理办件的办结日期。",
			en: "The date an accepted case was completed."
		}
	},
	submitCaseExtensions: {
		title: {
			zh: "延时办结",
			en: "Case extension"
		},
		intro: {
			zh: "业务科批准延时办结后登记：新的办结期限和理由。办件按新期限判断是否按时办结。",
			en: "An extension the business section approved: the new deadline and the reason. The case is judged on time against the new deadline."
		}
	},
	submitInspections: {
		title: {
			zh: "卫生检查",
			en: "Hygiene inspection"
		},
		intro: {
			zh: "每季度的窗口卫生检查及各扣分项。没有扣分项时不必添加。",
			en: "A window's quarterly hygiene inspection with its deductions. Add none if there were none."
		}
	},
	submitPatrols: {
		title: {
			zh: "巡查",
			en: "Patrol"
		},
		intro: {
			zh: "上午、下午现场巡查或视频抽查中发现的问题，使用评选规则中的事项代码。",
			en: "What a morning or afternoon patrol or a CCTV spot check found, with codes from the rulebook."
		}
	},
	submitFindings: {
		title: {
			zh: "扣分加分事项",
			en: "Finding"
		},
		intro: {
			zh: "经核实的扣分或加分事项，写明事实依据和核实人。",
			en: "A verified deduction or bonus, with the evidence and who verified it."
		}
	},
	submitComplaints: {
		title: {
			zh: "投诉登记",
			en: "Register a complaint"
		},
		intro: {
			zh: "登记中心收到的投诉。投诉人姓名和联系方式不公开。",
			en: "A complaint the center received. The complainant's name and contact are never published."
		}
	},
	submitPublicComplaints: {
		title: {
			zh: "投诉",
			en: "Make a complaint"
		},
		intro: {
			zh: "对窗口或工作人员的服务有意见，可以在此投诉。您的姓名和联系方式只用于核实和答复，不会公开。",
			en: "Unhappy with the service of a window or an officer? Tell us here. Your name and contact are used only to look into it and reply, and are never published."
		}
	},
	submitComplaintSteps: {
		title: {
			zh: "投诉处理进度",
			en: "Complaint progress"
		},
		intro: {
			zh: "记录投诉的调查、认定和办结。超过 3 个工作日办结的，须说明延期理由。",
			en: "Investigation, verdict and closing of a complaint. Beyond 3 working days, state the reason for the extension."
		}
	},
	submitTrainings: {
		title: {
			zh: "学习培训点名",
			en: "Training roll call"
		},
		intro: {
			zh: "一次学习培训的出席、请假和缺席人员，填写工作人员编号。",
			en: "Who attended a training session, who was excused and who was absent, by officer id."
		}
	},
	submitEvaluatorConduct: {
		title: {
			zh: "评价行为",
			en: "Evaluator conduct"
		},
		intro: {
			zh: "无故关闭评价器、未提示评价、拒绝评价、连续评价或自评。",
			en: "An evaluation device switched off without cause, no prompt for a rating, a refused rating, consecutive ratings or self-rating."
		}
	},
	submitDeviceFaults: {
		title: {
			zh: "评价器故障",
			en: "Device fault"
		},
		intro: {
			zh: "评价器故障的起止时间。故障期间不计评价数差额。",
			en: "When a window's evaluation device was out of order; the shortfall of evaluations in that time is not counted."
		}
	},
	submitConsecutiveFlagDecisions: {
		title: {
			zh: "连续评价认定",
			en: "Consecutive-rating decision"
		},
		intro: {
			zh: "确认或排除系统标记的连续评价。",
			en: "Confirm or clear consecutive ratings the system flagged."
		}
	},
	submitCommendations: {
		title: {
			zh: "表扬",
			en: "Commendation"
		},
		intro: {
			zh: "锦旗、感谢信、媒体表扬或上交礼品礼金，经核实后登记。",
			en: "A banner, a letter of thanks, praise in the media or a gift handed in, once verified."
		}
	},
	submitNominations: {
		title: {
			zh: "推荐",
			en: "Nomination"
		},
		intro: {
			zh: "推荐本窗口工作人员（事迹不超过 100 字）或本窗口（不超过 200 字）参加季度评选，截止于季度第三个月 20 日。",
			en: "Nominate officers of the window (deeds of at most 100 characters) or the window itself (at most 200) for the quarter's selection, by the 20th of its third month."
		}
	},
	submitBallots: {
		title: {
			zh: "民主测评",
			en: "Ballot"
		},
		intro: {
			zh: "窗口负责人为每位候选对象打分，0–100 分。",
			en: "A window head scores each candidate from 0 to 100."
		}
	},
	submitPanelScores: {
		title: {
			zh: "综合评定",
			en: "Panel score"
		},
		intro: {
			zh: "考核小组成员为每位候选对象打分，0–100 分。",
			en: "A member of the assessment panel scores each candidate from 0 to 100."
		}
	},
	submitPublicObjections: {
		title: {
			zh: "异议",
			en: "Objection"
		},
		intro: {
			zh: "公示期内对公示名单中的某一条有异议，可以在此提出。联系方式可不填，填写后不会公开。",
			en: "Object to an entry of a public notice while the notice runs. A contact is optional and never published."
		}
	},
	submitYearlyRatings: {
		title: {
			zh: "年度考核评分",
			en: "Yearly rating"
		},
		intro: {
			zh: "按评分人类别为工作人员的年度考核评分，分值不超过该类评分人的份额。",
			en: "Points for an officer's yearly assessment by one kind of rater, within that rater's share."
		}
	},
	submitVetoes: {
		title: {
			zh: "一票否决",
			en: "Veto"
		},
		intro: {
			zh: "经核实的否决事项，使窗口或工作人员在本季度或本年度不得参评。",
			en: "A verified event that disqualifies a window or officer from honors for the quarter or the year."
		}
	},
	submitVetoAppeals: {
		title: {
			zh: "否决申诉",
			en: "Veto appeal"
		},
		intro: {
			zh: "窗口对一票否决提出申诉，写明理由。",
			en: "A window appeals a veto, with its grounds."
		}
	},
	submitAppealDecisions: {
		title: {
			zh: "申诉复核",
			en: "Appeal decision"
		},
		intro: {
			zh: "对否决申诉的复核结论和理由。",
			en: "The decision on a veto appeal, with the reason."
		}
	},
	submitCorrection: {
		title: {
			zh: "更正记录",
			en: "Correct a record"
		},
		intro: {
			zh: "更正是一条新记录，取代原记录。请填写原记录编号、更正原因和更正后的完整内容。",
			en: "A correction is a new record that supersedes the earlier one: give the record id, the reason and the corrected record in full."
		}
	}
};
/** Field labels by API field name. */
var FIELD_LABELS = {
	windowId: {
		zh: "窗口",
		en: "Window"
	},
	officerId: {
		zh: "工作人员编号",
		en: "Officer id"
	},
	date: {
		zh: "日期",
		en: "Date"
	},
	note: {
		zh: "备注",
		en: "Note"
	},
	month: {
		zh: "月份",
		en: "Month"
	},
	quarter: {
		zh: "季度",
		en: "Quarter"
	},
	year: {
		zh: "年度",
		en: "Year"
	},
	period: {
		zh: "考核期间",
		en: "Period"
	},
	caseNumber: {
		zh: "办件编号",
		en: "Case number"
	},
	signIn: {
		zh: "签到时间",
		en: "Sign-in time"
	},
	signOut: {
		zh: "签退时间",
		en: "Sign-out time"
	},
	approval: {
		zh: "请假方式",
		en: "Approval"
	},
	ratedAt: {
		zh: "评价时间",
		en: "Rated at"
	},
	scale: {
		zh: "评价等级制",
		en: "Rating scale"
	},
	rating: {
		zh: "评价结果",
		en: "Rating"
	},
	accepted: {
		zh: "受理件数",
		en: "Cases accepted"
	},
	caseType: {
		zh: "办件类型",
		en: "Case type"
	},
	acceptedDate: {
		zh: "受理日期",
		en: "Accepted on"
	},
	promisedWorkingDays: {
		zh: "承诺时限（工作日）",
		en: "Promised working days"
	},
	completedDate: {
		zh: "办结日期",
		en: "Completed on"
	},
	approvedDate: {
		zh: "批准日期",
		en: "Approved on"
	},
	approvedBy: {
		zh: "批准人（业务科）",
		en: "Approved by (business section)"
	},
	newDeadline: {
		zh: "延时后的办结期限",
		en: "New deadline"
	},
	inspector: {
		zh: "检查人",
		en: "Inspector"
	},
	deductions: {
		zh: "扣分项",
		en: "Deductions"
	},
	item: {
		zh: "检查项目",
		en: "Item"
	},
	points: {
		zh: "分值",
		en: "Points"
	},
	code: {
		zh: "事项代码",
		en: "Code"
	},
	level: {
		zh: "级别",
		en: "Level"
	},
	count: {
		zh: "次数",
		en: "Count"
	},
	session: {
		zh: "巡查方式",
		en: "Patrol"
	},
	findings: {
		zh: "发现的问题",
		en: "Findings"
	},
	subject: {
		zh: "对象",
		en: "Subject"
	},
	evidence: {
		zh: "事实依据",
		en: "Evidence"
	},
	verifiedBy: {
		zh: "核实人",
		en: "Verified by"
	},
	sourceKind: {
		zh: "来源",
		en: "Source"
	},
	sourceRecordId: {
		zh: "来源记录编号",
		en: "Source record id"
	},
	receivedDate: {
		zh: "收到日期",
		en: "Received on"
	},
	channel: {
		zh: "投诉渠道",
		en: "Channel"
	},
	simple: {
		zh: "现场可即时处理的简易投诉",
		en: "A simple on-site complaint, handled the same day"
	},
	summary: {
		zh: "投诉内容",
		en: "What happened"
	},
	complainantName: {
		zh: "投诉人姓名",
		en: "Your name"
	},
	complainantContact: {
		zh: "联系方式",
		en: "Contact"
	},
	referralNumber: {
		zh: "12345 转办单号",
		en: "12345 referral number"
	},
	referralDeadline: {
		zh: "转办办结期限",
		en: "Referral deadline"
	},
	complaintId: {
		zh: "投诉记录编号",
		en: "Complaint record id"
	},
	step: {
		zh: "处理进度",
		en: "Step"
	},
	extensionReason: {
		zh: "延期理由",
		en: "Reason for the extension"
	},
	sessionId: {
		zh: "培训场次编号",
		en: "Session id"
	},
	topic: {
		zh: "培训主题",
		en: "Topic"
	},
	present: {
		zh: "出席人员",
		en: "Present"
	},
	excused: {
		zh: "请假人员",
		en: "Excused"
	},
	absent: {
		zh: "缺席人员",
		en: "Absent"
	},
	observedAt: {
		zh: "发现时间",
		en: "Observed at"
	},
	deviceId: {
		zh: "评价器编号",
		en: "Device id"
	},
	from: {
		zh: "故障开始时间",
		en: "Out of order from"
	},
	to: {
		zh: "故障结束时间",
		en: "Out of order until"
	},
	flagId: {
		zh: "标记编号",
		en: "Flag id"
	},
	decision: {
		zh: "认定结果",
		en: "Decision"
	},
	nominee: {
		zh: "推荐对象",
		en: "Nominating"
	},
	direct: {
		zh: "中心科室直接推荐",
		en: "A supervisor's direct nomination"
	},
	officers: {
		zh: "推荐的工作人员",
		en: "Nominated officers"
	},
	deeds: {
		zh: "主要事迹",
		en: "Deeds"
	},
	honorId: {
		zh: "评选项目",
		en: "Honor"
	},
	scores: {
		zh: "评分",
		en: "Scores"
	},
	candidateId: {
		zh: "候选对象编号",
		en: "Candidate id"
	},
	score: {
		zh: "分数",
		en: "Score"
	},
	noticeId: {
		zh: "公示编号",
		en: "Notice id"
	},
	text: {
		zh: "异议内容",
		en: "Your objection"
	},
	contact: {
		zh: "联系方式",
		en: "Contact"
	},
	raterKind: {
		zh: "评分人类别",
		en: "Rater"
	},
	ratedBy: {
		zh: "评分人",
		en: "Rated by"
	},
	scope: {
		zh: "否决范围",
		en: "Scope"
	},
	reason: {
		zh: "理由",
		en: "Reason"
	},
	vetoId: {
		zh: "否决记录编号",
		en: "Veto record id"
	},
	grounds: {
		zh: "申诉理由",
		en: "Grounds"
	},
	appealId: {
		zh: "申诉记录编号",
		en: "Appeal record id"
	},
	decidedBy: {
		zh: "复核人",
		en: "Decided by"
	}
};
/** Where a field name means something of its own in one scope. */
var SCOPED_FIELD_LABELS = {
	attendance: {
		entry: {
			zh: "登记类别",
			en: "Entry"
		},
		kind: {
			zh: "请假类别",
			en: "Kind of leave"
		}
	},
	"evaluator-conduct": { kind: {
		zh: "行为类别",
		en: "Conduct"
	} },
	commendation: {
		kind: {
			zh: "表扬形式",
			en: "Kind"
		},
		note: {
			zh: "表扬内容",
			en: "What was praised"
		}
	},
	complaint: {
		windowId: {
			zh: "涉及窗口",
			en: "Window concerned"
		},
		officerId: {
			zh: "涉及工作人员编号（如知道）",
			en: "Officer id, if known"
		}
	},
	inspection: { date: {
		zh: "检查日期",
		en: "Inspected on"
	} },
	objection: { entry: {
		zh: "异议的公示条目",
		en: "Entry objected to"
	} },
	"consecutive-flag-decision": { decision: {
		zh: "认定结果",
		en: "Decision"
	} },
	"appeal-decision": {
		decision: {
			zh: "复核结论",
			en: "Decision"
		},
		reason: {
			zh: "复核理由",
			en: "Reason"
		}
	},
	veto: {
		reason: {
			zh: "否决事由",
			en: "Reason"
		},
		code: {
			zh: "否决事项代码",
			en: "Veto code"
		}
	},
	"yearly-rating": { points: {
		zh: "得分",
		en: "Points"
	} },
	correction: {
		supersedes: {
			zh: "被更正的记录编号",
			en: "Record to correct (id)"
		},
		reason: {
			zh: "更正原因",
			en: "Reason for the correction"
		},
		record: {
			zh: "更正后的记录",
			en: "The corrected record"
		}
	}
};
/** What one row of a list is called: "扣分项 1", "Deduction 1". */
var ROW_LABELS = {
	deductions: {
		zh: "扣分项",
		en: "Deduction"
	},
	findings: {
		zh: "问题",
		en: "Finding"
	},
	officers: {
		zh: "推荐人员",
		en: "Officer"
	},
	scores: {
		zh: "候选对象",
		en: "Candidate"
	}
};
/** Option labels by field name; values of different fields never share a name's map. */
var OPTION_LABELS = {
	entry: {
		"sign-in": {
			zh: "签到签退",
			en: "Sign-in and sign-out"
		},
		leave: {
			zh: "请假或公务外出",
			en: "Leave or duty elsewhere"
		},
		absent: {
			zh: "旷工",
			en: "Absent without leave"
		}
	},
	kind: {
		meeting: {
			zh: "会议",
			en: "Meeting"
		},
		training: {
			zh: "培训",
			en: "Training"
		},
		inspection: {
			zh: "考察",
			en: "Study visit"
		},
		sick: {
			zh: "病假",
			en: "Sick leave"
		},
		annual: {
			zh: "公休",
			en: "Annual leave"
		},
		compensatory: {
			zh: "调休",
			en: "Compensatory leave"
		},
		personal: {
			zh: "事假",
			en: "Personal leave"
		},
		maternity: {
			zh: "产假",
			en: "Maternity leave"
		},
		"evaluator-off": {
			zh: "无故关闭评价器",
			en: "Device switched off without cause"
		},
		"no-prompt": {
			zh: "未提示评价",
			en: "No prompt for a rating"
		},
		refused: {
			zh: "拒绝评价",
			en: "Rating refused"
		},
		consecutive: {
			zh: "连续评价",
			en: "Consecutive ratings"
		},
		"self-rating": {
			zh: "自评",
			en: "Self-rating"
		},
		banner: {
			zh: "锦旗",
			en: "Banner"
		},
		letter: {
			zh: "感谢信",
			en: "Letter of thanks"
		},
		media: {
			zh: "媒体表扬",
			en: "Praise in the media"
		},
		"gift-handed-in": {
			zh: "上交礼品礼金",
			en: "Gift handed in"
		}
	},
	approval: {
		prior: {
			zh: "事前请假",
			en: "Approved beforehand"
		},
		after: {
			zh: "事后补登",
			en: "Registered afterwards"
		}
	},
	scale: {
		"two-level": {
			zh: "两级（满意、不满意）",
			en: "Two levels"
		},
		"five-level": {
			zh: "五级（非常满意至非常不满意）",
			en: "Five levels"
		}
	},
	caseType: {
		immediate: {
			zh: "即办件",
			en: "Immediate"
		},
		promised: {
			zh: "承诺件",
			en: "Promised"
		},
		reply: {
			zh: "答复件",
			en: "Reply"
		},
		joint: {
			zh: "联办件",
			en: "Joint"
		},
		referred: {
			zh: "报批件",
			en: "Referred for approval"
		}
	},
	item: {
		dust: {
			zh: "积尘",
			en: "Dust"
		},
		clutter: {
			zh: "杂物堆放",
			en: "Clutter"
		},
		"bulletin-board": {
			zh: "公示栏",
			en: "Bulletin board"
		},
		litter: {
			zh: "纸屑垃圾",
			en: "Litter"
		},
		"bin-full": {
			zh: "垃圾桶满溢",
			en: "Bin overflowing"
		},
		smoking: {
			zh: "吸烟",
			en: "Smoking"
		},
		"cigarette-butt": {
			zh: "烟蒂",
			en: "Cigarette butt"
		}
	},
	session: {
		morning: {
			zh: "上午巡查",
			en: "Morning patrol"
		},
		afternoon: {
			zh: "下午巡查",
			en: "Afternoon patrol"
		},
		cctv: {
			zh: "视频抽查",
			en: "CCTV spot check"
		}
	},
	level: {
		district: {
			zh: "区级",
			en: "District"
		},
		municipal: {
			zh: "市级",
			en: "Municipal"
		},
		provincial: {
			zh: "省级",
			en: "Provincial"
		},
		national: {
			zh: "国家级",
			en: "National"
		}
	},
	subject: {
		window: {
			zh: "窗口",
			en: "Window"
		},
		officer: {
			zh: "工作人员",
			en: "Officer"
		}
	},
	sourceKind: {
		patrol: {
			zh: "巡查",
			en: "Patrol"
		},
		inspection: {
			zh: "卫生检查",
			en: "Hygiene inspection"
		},
		complaint: {
			zh: "投诉",
			en: "Complaint"
		},
		"mystery-shopper": {
			zh: "暗访",
			en: "Mystery shopper"
		},
		other: {
			zh: "其他",
			en: "Other"
		}
	},
	channel: {
		phone: {
			zh: "电话",
			en: "Phone"
		},
		"letter-visit": {
			zh: "来信来访",
			en: "Letter or visit"
		},
		email: {
			zh: "电子邮件",
			en: "Email"
		},
		"hotline-12345": {
			zh: "12345 热线",
			en: "12345 hotline"
		},
		"on-site": {
			zh: "现场",
			en: "On site"
		},
		web: {
			zh: "网上",
			en: "Web form"
		}
	},
	step: {
		investigating: {
			zh: "调查中",
			en: "Investigating"
		},
		verified: {
			zh: "属实",
			en: "Verified"
		},
		unfounded: {
			zh: "不属实",
			en: "Unfounded"
		},
		closed: {
			zh: "办结",
			en: "Closed"
		}
	},
	decision: {
		confirm: {
			zh: "确认为连续评价",
			en: "Confirm"
		},
		clear: {
			zh: "排除",
			en: "Clear"
		},
		upheld: {
			zh: "维持否决",
			en: "Veto upheld"
		},
		overturned: {
			zh: "撤销否决",
			en: "Veto overturned"
		}
	},
	nominee: {
		officers: {
			zh: "本窗口工作人员",
			en: "Officers of the window"
		},
		window: {
			zh: "本窗口",
			en: "The window itself"
		}
	},
	raterKind: {
		"unit-leader": {
			zh: "原单位领导",
			en: "Leader of the home unit"
		},
		"window-head": {
			zh: "窗口负责人",
			en: "Window head"
		},
		"peer-heads": {
			zh: "其他窗口负责人",
			en: "Other window heads"
		},
		"center-departments": {
			zh: "中心各科室",
			en: "Center departments"
		}
	},
	scope: {
		quarter: {
			zh: "本季度",
			en: "The quarter"
		},
		year: {
			zh: "本年度",
			en: "The year"
		}
	}
};
/** How a value is written, by field name, where its format alone does not say enough. */
var FIELD_HINTS = {
	officerId: {
		zh: "如 o001",
		en: "e.g. o001"
	},
	code: {
		zh: "评选规则中的代码，如 B-W-BANNER",
		en: "A code of the rulebook, e.g. B-W-BANNER"
	},
	honorId: {
		zh: "如 quarterly-stars",
		en: "e.g. quarterly-stars"
	},
	candidateId: {
		zh: "窗口或工作人员编号，如 w01、o001",
		en: "A window or officer id, e.g. w01, o001"
	},
	score: {
		zh: "0–100，至多一位小数",
		en: "0–100, at most one decimal"
	},
	rating: {
		zh: "满意、不满意；五级制另有非常满意、基本满意、非常不满意",
		en: "满意 or 不满意; the five-level scale adds 非常满意, 基本满意, 非常不满意"
	},
	sessionId: {
		zh: "同一次培训的多次点名使用同一编号",
		en: "The same id for every roll call of one session"
	},
	present: {
		zh: "工作人员编号",
		en: "Officer ids"
	},
	excused: {
		zh: "工作人员编号",
		en: "Officer ids"
	},
	absent: {
		zh: "工作人员编号",
		en: "Officer ids"
	},
	noticeId: {
		zh: "见公示页面",
		en: "As shown on the notice"
	},
	complainantContact: {
		zh: "电话或电子邮件，不公开",
		en: "Phone or email; never published"
	},
	contact: {
		zh: "电话或电子邮件，不公开",
		en: "Phone or email; never published"
	},
	complainantName: {
		zh: "不公开",
		en: "Never published"
	},
	extensionReason: {
		zh: "超过 3 个工作日办结时填写，至少 5 个字",
		en: "When closing after 3 working days; at least 5 characters"
	}
};
var AT_LEAST_FIVE = {
	zh: "至少 5 个字",
	en: "At least 5 characters"
};
var SCOPED_FIELD_HINTS = {
	objection: { entry: {
		zh: "公示名单中的编号",
		en: "The id of the entry on the notice"
	} },
	correction: { reason: AT_LEAST_FIVE },
	"appeal-decision": { reason: AT_LEAST_FIVE }
};
/** How a value of a format is written. */
var FORMAT_HINTS = {
	month: {
		zh: "如 2026-10",
		en: "e.g. 2026-10"
	},
	quarter: {
		zh: "如 2026-Q4",
		en: "e.g. 2026-Q4"
	},
	year: {
		zh: "如 2026",
		en: "e.g. 2026"
	},
	period: {
		zh: "月 2026-10、季度 2026-Q4 或年度 2026",
		en: "A month 2026-10, a quarter 2026-Q4 or a year 2026"
	},
	clock: {
		zh: "24 小时制，如 08:55",
		en: "24-hour, e.g. 08:55"
	},
	decimal: {
		zh: "如 0.5，至多两位小数",
		en: "e.g. 0.5, at most two decimals"
	},
	slug: {
		zh: "小写字母、数字和连字符",
		en: "Lower-case letters, digits and hyphens"
	},
	"record-id": {
		zh: "提交成功时显示的记录编号",
		en: "The record id shown when it was submitted"
	},
	reference: {
		zh: "不含空格和 #",
		en: "No spaces or #"
	}
};
function lookup(table, key) {
	return table && Object.hasOwn(table, key) ? table[key] : void 0;
}
/** The label of a field; throws for a field without one, so a new field fails the build. */
function fieldLabel(scope, name, lang) {
	const words = lookup(SCOPED_FIELD_LABELS[scope], name) ?? lookup(FIELD_LABELS, name);
	if (!words) throw new Error(`no label for field "${name}" of ${scope} (site/src/i18n.ts)`);
	return words[lang];
}
/** The label of one value of a select; throws for a value without one. */
function optionLabel(name, value, lang) {
	const words = lookup(OPTION_LABELS[name], value);
	if (!words) throw new Error(`no label for value "${value}" of field "${name}" (site/src/i18n.ts)`);
	return words[lang];
}
/** What one row of a list is called; throws for a list without a name for its rows. */
function rowLabel(name, lang) {
	const words = lookup(ROW_LABELS, name);
	if (!words) throw new Error(`no row label for list "${name}" (site/src/i18n.ts)`);
	return words[lang];
}
/** A field's hint: its scope's, else its name's, else its format's. */
function fieldHint(scope, name, format, lang) {
	return (lookup(SCOPED_FIELD_HINTS[scope], name) ?? lookup(FIELD_HINTS, name) ?? (format ? FORMAT_HINTS[format] : void 0))?.[lang];
}
/** The form's title and purpose; throws for a route without them. */
function formText(operationId, lang) {
	const text = FORM_TEXT[operationId];
	if (!text) throw new Error(`no title for form ${operationId} (site/src/i18n.ts)`);
	return {
		title: text.title[lang],
		intro: text.intro[lang]
	};
}
// site/src/util/center.ts
var centerNameOf = (center, lang) => center ? lang === "zh" ? center.name : center.nameEn : UI[lang].fallbackCenter;
/** "青浦区行政服务中心光荣榜" / "Qingpu District Administrative Service Center Honor Board". */
var siteNameOf = (center, lang) => lang === "zh" ? `${centerNameOf(center, lang)}${UI.zh.siteTitle}` : `${centerNameOf(center, lang)} ${UI.en.siteTitle}`;
export { clockTime as $, RATER_NAMES as A, mul as B, periodsOfKind as C, VALID_SUPPORTED_FORMATS as Ct, windowHonors as D, publicWindows as E, CONDUCT_KINDS as F, formatBytes as G, sum as H, LEAVE_KINDS as I, formatRate as J, formatDate as K, LEAVE_KIND_NAMES as L, GRADE_NAMES as M, DEFAULT_FINDING_CODES as N, windowTrend as O, SEED_003_HYGIENE as P, centerId as Q, cmp as R, noticesInForce as S, DEFAULT_OUTPUT_FORMAT as St, plaqueOf as T, createComponent as Tt, toExact as U, pts as V, formatBeijingDate as W, candidateId as X, LEVELS as Y, caseNumber as Z, listMonthlyEvaluations as _, windowId as _t, UI as a, isoDate as at, archiveByYear as b, periodKindOf as bt, fieldLabel as c, monthOf as ct, optionLabel as d, person as dt, dateOf as et, otherLangPath as f, quarter as ft, ROLES as g, text as gt, rowLabel as h, sessionId as ht, NAV_SECTIONS as i, instantOf as it, TIE_BREAKER_NAMES as j, rulebookFor as k, formText as l, officerId as lt, roleName as m, reference as mt, siteNameOf as n, fieldsValid as nt, contextSuffix as o, isoInstant as ot, recordTypeName as p, recordId as pt, formatPeriod as q, HTML_LANG as r, honorId as rt, fieldHint as s, month as st, centerNameOf as t, decimalPoints as tt, localePath as u, period as ut, readCenterProfile as v, year as vt, plaqueHolders as w, level as wt, currentBoard as x, DEFAULT_HASH_PROPS as xt, readPublished as y, monthsOf as yt, fraction as z };

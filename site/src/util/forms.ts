/**
 * Intake forms from the API's own body schemas (JSON Schema made by zod, as the OpenAPI
 * document carries them), and the way back: form values to a JSON body, and an error's
 * field path to the control that shows it. Pure, with no DOM and no zod: the pages call it
 * at build time, and the browser script bundles the body and path helpers.
 */

/** The subset of JSON Schema 2020-12 that zod writes for intake bodies. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
}

/** Value formats of the API (shared/core/records/common.ts), recognised by their pattern. */
export type ValueFormat = 'month' | 'quarter' | 'year' | 'period' | 'clock' | 'decimal' | 'slug' | 'record-id' | 'reference';

export type Control =
  | {
      readonly kind: 'text';
      readonly multiline: boolean;
      readonly format?: ValueFormat;
      /** Decimal text (points, scores): a numeric keyboard, but sent as written. */
      readonly decimal: boolean;
      readonly minLength?: number;
      readonly maxLength?: number;
      /** Only where the browser can check it (an HTML pattern is compiled with the v flag). */
      readonly pattern?: string;
    }
  | { readonly kind: 'date' | 'datetime' | 'month' | 'time' }
  | { readonly kind: 'number'; readonly integer: boolean; readonly min?: number; readonly max?: number }
  /** `placeholder`: starts on an empty "please choose"; a union's discriminator starts on its first variant. */
  | { readonly kind: 'select'; readonly options: readonly string[]; readonly placeholder: boolean }
  | { readonly kind: 'checkbox' }
  /** An array of strings (officer ids of a roll call): one per line. */
  | { readonly kind: 'lines'; readonly format?: ValueFormat; readonly maxItems?: number };

interface NodeBase {
  /** The property name; a node's path is its parent's path and this name. */
  readonly name: string;
  /** Whose words label it: a record type, or `correction` for the correction envelope. */
  readonly scope: string;
  readonly required: boolean;
}

export interface FieldNode extends NodeBase {
  readonly kind: 'field';
  readonly control: Control;
}

/** A nested object (the replacement record of a correction): a fieldset of its own. */
export interface GroupNode extends NodeBase {
  readonly kind: 'group';
  readonly shape: Shape;
}

/** An array of objects (deductions, nominated officers, scores): rows added and removed. */
export interface RepeatNode extends NodeBase {
  readonly kind: 'repeat';
  readonly minItems: number;
  readonly maxItems?: number;
  readonly item: Shape;
}

export type FormNode = FieldNode | GroupNode | RepeatNode;

/**
 * An object's fields. A discriminated union (attendance: sign-in, leave or absent) is one
 * select for the discriminator, the fields every variant has alike, and each variant's own.
 */
export interface Shape {
  readonly fields: readonly FormNode[];
  readonly union?: {
    readonly discriminator: FieldNode & { readonly control: { readonly kind: 'select' } };
    readonly variants: readonly { readonly value: string; readonly fields: readonly FormNode[] }[];
  };
}

export interface DescribeOptions {
  /** Pattern → format, from the API's own field schemas. */
  readonly formats: ReadonlyMap<string, ValueFormat>;
  readonly scope: string;
  /** A property whose fields another scope labels: `{ record: 'veto' }` in a correction of a veto. */
  readonly nestedScopes?: Readonly<Record<string, string>>;
}

/** Text this long or longer gets a text area. */
const MULTILINE_FROM = 500;

/** Describes a request body; throws on a shape no form control can take, so the build fails loudly. */
export function describeBody(schema: JsonSchema, options: DescribeOptions): Shape {
  return describeShape(schema, '', options.scope, options);
}

function describeShape(schema: JsonSchema, at: string, scope: string, options: DescribeOptions): Shape {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return describeUnion(variants, at, scope, options);
  if (!isType(schema, 'object') || !schema.properties) throw unsupported(at, schema);
  return { fields: describeProperties(schema, Object.keys(schema.properties), at, scope, options) };
}

function describeProperties(
  schema: JsonSchema,
  names: readonly string[],
  at: string,
  scope: string,
  options: DescribeOptions,
): FormNode[] {
  const required = new Set(schema.required ?? []);
  return names.map((name) =>
    describeNode(name, schema.properties![name]!, required.has(name), join(at, name), scope, options),
  );
}

function describeUnion(variants: readonly JsonSchema[], at: string, scope: string, options: DescribeOptions): Shape {
  const [first] = variants;
  if (!first?.properties || !variants.every((v) => isType(v, 'object') && v.properties)) throw unsupported(at, { oneOf: variants });
  const discriminator = Object.keys(first.properties).find((name) =>
    variants.every((v) => typeof v.properties![name]?.const === 'string' && v.required?.includes(name)),
  );
  const values = discriminator ? variants.map((v) => v.properties![discriminator]!.const as string) : [];
  if (!discriminator || new Set(values).size !== values.length) throw unsupported(at, { oneOf: variants });

  // A field every variant has with the same schema is shown once, above the variants' own.
  const same = (name: string): boolean =>
    variants.every(
      (v) =>
        v.properties![name] !== undefined &&
        JSON.stringify(v.properties![name]) === JSON.stringify(first.properties![name]) &&
        Boolean(v.required?.includes(name)) === Boolean(first.required?.includes(name)),
    );
  const shared = Object.keys(first.properties).filter((name) => name !== discriminator && same(name));
  return {
    union: {
      discriminator: {
        kind: 'field',
        name: discriminator,
        scope,
        required: true,
        control: { kind: 'select', options: values, placeholder: false },
      },
      variants: variants.map((v, i) => ({
        value: values[i]!,
        fields: describeProperties(
          v,
          Object.keys(v.properties!).filter((name) => name !== discriminator && !shared.includes(name)),
          at,
          scope,
          options,
        ),
      })),
    },
    fields: describeProperties(first, shared, at, scope, options),
  };
}

function describeNode(
  name: string,
  schema: JsonSchema,
  required: boolean,
  at: string,
  scope: string,
  options: DescribeOptions,
): FormNode {
  const base = { name, scope, required };
  if (schema.oneOf || schema.anyOf || isType(schema, 'object')) {
    // The group is labelled where it stands; its fields in the scope it opens, if any.
    return { ...base, kind: 'group', shape: describeShape(schema, at, options.nestedScopes?.[name] ?? scope, options) };
  }
  if (isType(schema, 'array')) {
    const items = schema.items;
    if (!items) throw unsupported(at, schema);
    if (items.oneOf || items.anyOf || isType(items, 'object')) {
      return {
        ...base,
        kind: 'repeat',
        minItems: schema.minItems ?? 0,
        ...(schema.maxItems === undefined ? {} : { maxItems: schema.maxItems }),
        item: describeShape(items, `${at}.0`, scope, options),
      };
    }
    const item = describeControl(items, `${at}.0`, options);
    if (item.kind !== 'text') throw unsupported(at, schema);
    return {
      ...base,
      kind: 'field',
      control: {
        kind: 'lines',
        ...(item.format ? { format: item.format } : {}),
        ...(schema.maxItems === undefined ? {} : { maxItems: schema.maxItems }),
      },
    };
  }
  return { ...base, kind: 'field', control: describeControl(schema, at, options) };
}

function describeControl(schema: JsonSchema, at: string, options: DescribeOptions): Control {
  if (schema.enum) {
    if (!schema.enum.every((v) => typeof v === 'string')) throw unsupported(at, schema);
    return { kind: 'select', options: schema.enum as string[], placeholder: true };
  }
  if (isType(schema, 'string')) {
    if (schema.format === 'date') return { kind: 'date' };
    if (schema.format === 'date-time') return { kind: 'datetime' };
    const format = schema.pattern === undefined ? undefined : options.formats.get(schema.pattern);
    if (format === 'month') return { kind: 'month' };
    if (format === 'clock') return { kind: 'time' };
    const pattern = schema.pattern === undefined ? undefined : htmlPattern(schema.pattern);
    return {
      kind: 'text',
      multiline: (schema.maxLength ?? 0) >= MULTILINE_FROM,
      decimal: format === 'decimal' || isType(schema, 'number'),
      ...(format ? { format } : {}),
      // Every text is at least one character; only a longer minimum is worth a browser check.
      ...(schema.minLength !== undefined && schema.minLength > 1 ? { minLength: schema.minLength } : {}),
      ...(schema.maxLength === undefined ? {} : { maxLength: schema.maxLength }),
      ...(pattern ? { pattern } : {}),
    };
  }
  if (isType(schema, 'integer') || isType(schema, 'number')) {
    const integer = isType(schema, 'integer');
    const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined && integer ? schema.exclusiveMinimum + 1 : undefined);
    const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined && integer ? schema.exclusiveMaximum - 1 : undefined);
    return { kind: 'number', integer, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  }
  if (isType(schema, 'boolean')) return { kind: 'checkbox' };
  throw unsupported(at, schema);
}

/** `type: ['string', 'number']` (a score sent as text or a number) counts as a string. */
function isType(schema: JsonSchema, type: string): boolean {
  return Array.isArray(schema.type) ? schema.type.includes(type) : schema.type === type;
}

function unsupported(at: string, schema: unknown): Error {
  return new Error(`no form control for the schema at "${at || '(body)'}": ${JSON.stringify(schema).slice(0, 200)}`);
}

/**
 * The pattern as an HTML `pattern` attribute, or undefined when the browser could not use
 * it: browsers compile the attribute with the `v` flag, which refuses some JSON Schema
 * patterns (a bare `-` in a class); the API checks those anyway.
 */
export function htmlPattern(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'v');
    return pattern;
  } catch {
    return undefined;
  }
}

export const join = (base: string, name: string): string => (base ? `${base}.${name}` : name);

/** The key of a union variant, unique in a form: the discriminator's path and the value. */
export const variantKey = (discriminatorPath: string, value: string): string => `${discriminatorPath}-${value}`;

/**
 * Element ids of the control at a path, with its hint and its error message. A field that
 * two variants both have (the note of a leave and of an absence) is two controls: the
 * variant keeps their ids apart.
 */
export function fieldIds(formId: string, path: string, variant?: string): { control: string; hint: string; error: string } {
  const control = [formId, variant, path]
    .filter((part) => part)
    .join('--')
    .replace(/\./g, '-')
    .replace(/[^A-Za-z0-9_-]/g, '_');
  return { control, hint: `${control}-hint`, error: `${control}-error` };
}

/**
 * The path, among those the form shows, that an error belongs to: the path itself, or the
 * nearest enclosing one (`scores.2.score` of a row the form has → that field; `officers`
 * with too few rows → the list). Undefined for an error about the whole body.
 */
export function nearestPath(path: string, shown: ReadonlySet<string>): string | undefined {
  for (let segments = path.split('.'); segments.length > 0 && segments[0] !== ''; segments = segments.slice(0, -1)) {
    const candidate = segments.join('.');
    if (shown.has(candidate)) return candidate;
  }
  return undefined;
}

/**
 * One language of an API message. Messages the API words itself carry both, "English /
 * 中文"; zod's own are English only and stay as they are.
 */
export function localizeMessage(message: string, lang: 'zh' | 'en'): string {
  const cjk = /[\u3400-\u9fff]/;
  const at = message.lastIndexOf(' / ');
  if (at < 0 || !cjk.test(message.slice(at + 3)) || cjk.test(message.slice(0, at))) return message;
  return lang === 'zh' ? message.slice(at + 3) : message.slice(0, at);
}

/** One value read from the form, or a list or row that must exist even when empty. */
export type FormEntry =
  | { readonly path: string; readonly kind: 'array' | 'object' }
  | { readonly path: string; readonly kind: 'text' | 'number' | 'datetime' | 'lines'; readonly value: string; readonly required: boolean }
  | { readonly path: string; readonly kind: 'checkbox'; readonly checked: boolean; readonly required: boolean };

/**
 * The JSON body of a form, from its entries in document order (a list before its rows, a
 * row before its fields). An empty optional field is left out rather than sent as "", so
 * the API sees what the person actually filled in.
 */
export function formBody(entries: readonly FormEntry[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const entry of entries) {
    const value = entryValue(entry);
    if (value !== undefined) place(body, entry.path.split('.'), value);
  }
  return body;
}

function entryValue(entry: FormEntry): unknown {
  switch (entry.kind) {
    case 'array':
      return [];
    case 'object':
      return {};
    case 'checkbox':
      return entry.checked ? true : entry.required ? false : undefined;
    case 'lines': {
      const items = entry.value.split(/[\s,，、;；]+/).filter(Boolean);
      return items.length === 0 && !entry.required ? undefined : items;
    }
  }
  if (entry.value.trim() === '') return undefined;
  switch (entry.kind) {
    case 'number': {
      // Anything that is not a number goes as typed: the API names the field and the rule.
      const number = Number(entry.value);
      return Number.isFinite(number) ? number : entry.value;
    }
    case 'datetime':
      return beijingInstant(entry.value);
    case 'text':
      return entry.value;
  }
}

/** Sets a value at a path, making arrays for numeric segments; never replaces what is there. */
function place(target: Record<string, unknown> | unknown[], [segment, ...rest]: string[], value: unknown): void {
  const key = segment as string;
  const container = target as Record<string, unknown>;
  if (rest.length === 0) {
    container[key] ??= value;
    return;
  }
  container[key] ??= /^\d+$/.test(rest[0]!) ? [] : {};
  place(container[key] as Record<string, unknown>, rest, value);
}

/**
 * A datetime-local value ("2026-10-09T09:15") as an instant: the center's clocks are in
 * Beijing time, whatever the time zone of the browser.
 */
export function beijingInstant(local: string): string {
  return /T\d{2}:\d{2}$/.test(local) ? `${local}:00+08:00` : `${local}+08:00`;
}

/** The parts of a browser's ValidityState a message needs. */
export interface Validity {
  readonly valueMissing: boolean;
  readonly badInput: boolean;
  readonly typeMismatch: boolean;
  readonly patternMismatch: boolean;
  readonly tooLong: boolean;
  readonly tooShort: boolean;
  readonly rangeUnderflow: boolean;
  readonly rangeOverflow: boolean;
  readonly stepMismatch: boolean;
}

export interface ValidationWords {
  readonly required: string;
  readonly choose: string;
  readonly number: string;
  readonly whole: string;
  /** A value of the wrong form, with the expected form where the form knows it. */
  readonly format: (hint: string | undefined) => string;
  readonly atLeast: (n: string) => string;
  readonly atMost: (n: string) => string;
  readonly longest: (n: string) => string;
  readonly shortest: (n: string) => string;
}

/**
 * The message for a control the browser finds invalid, in the page's words rather than the
 * browser's (whose language is the browser's, not the page's). `hint` says the expected
 * format where the pattern alone would not.
 */
export function validationMessage(
  validity: Validity,
  control: { readonly select: boolean; readonly min?: string; readonly max?: string; readonly minLength?: number; readonly maxLength?: number; readonly hint?: string },
  words: ValidationWords,
): string | undefined {
  if (validity.valueMissing) return control.select ? words.choose : words.required;
  if (validity.badInput) return words.number;
  if (validity.rangeUnderflow && control.min !== undefined) return words.atLeast(control.min);
  if (validity.rangeOverflow && control.max !== undefined) return words.atMost(control.max);
  if (validity.stepMismatch) return words.whole;
  if (validity.tooLong && control.maxLength !== undefined) return words.longest(String(control.maxLength));
  if (validity.tooShort && control.minLength !== undefined) return words.shortest(String(control.minLength));
  if (validity.patternMismatch || validity.typeMismatch) return words.format(control.hint);
  return undefined;
}

/** A value a field may take, with what a reader sees for it: "1号 李明远 · 市场监管窗口". */
export interface FieldChoice {
  readonly value: string;
  readonly label: string;
}

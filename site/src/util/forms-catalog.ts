/**
 * The intake forms the site builds, read from the API's route table: one per intake route
 * except the evaluation devices' (a device posts directly), and one correction form per
 * record type. The bodies' JSON Schema is the one the OpenAPI document carries.
 */
import * as z from 'zod';
import { clockTime, decimalPoints, month, period, quarter, recordId, reference, windowId, year } from '#core/records/common';
import { correctionOf } from '#core/records/correction';
import { RECORD_TYPES, type RecordTypeName } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import type { Role } from '#core/roles';
import { ROUTES, type RouteDefinition } from '#core/api/routes';
import { CENTER_ID } from '../consts.ts';
import { type JsonSchema, type Shape, type ValueFormat, describeBody } from './forms.ts';

export interface IntakeForm {
  /** The page's address under /forms/. */
  readonly slug: string;
  /** The route's operationId: the key of the form's title (i18n.ts). */
  readonly operationId: string;
  /** Where it posts, with the center filled in. */
  readonly endpoint: string;
  /** Who may submit it; `public` for anyone. */
  readonly roles: readonly Role[];
  /** The record type it creates (or corrects). */
  readonly type: string;
  readonly label: { readonly zh: string; readonly en: string };
  readonly shape: Shape;
}

const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

const patternOf = (schema: z.ZodType): string => {
  const pattern = jsonSchemaOf(schema).pattern;
  if (!pattern) throw new Error('a format schema without a pattern');
  return pattern;
};

/** The API's value formats, recognised by the very patterns the API checks. */
const FORMATS: ReadonlyMap<string, ValueFormat> = new Map([
  [patternOf(month), 'month'],
  [patternOf(quarter), 'quarter'],
  [patternOf(year), 'year'],
  [patternOf(period), 'period'],
  [patternOf(clockTime), 'clock'],
  [patternOf(decimalPoints), 'decimal'],
  [patternOf(windowId), 'slug'],
  [patternOf(recordId), 'record-id'],
  [patternOf(reference), 'reference'],
]);

const CENTER_PATH = '/api/v1/centers/{center}/';
const endpointOf = (route: RouteDefinition): string => route.path.replace('{center}', CENTER_ID);
/** `public/complaints` → `public-complaints`. */
const slugOf = (route: RouteDefinition): string => route.path.slice(CENTER_PATH.length).replace(/\//g, '-');

/** Routes only a device posts to have no form. */
const forPeople = (route: RouteDefinition): boolean => route.roles.some((role) => role !== 'device');

export function intakeForms(): IntakeForm[] {
  return ROUTES.filter((route) => route.method === 'POST' && route.record && forPeople(route)).map((route) => ({
    slug: slugOf(route),
    operationId: route.operationId,
    endpoint: endpointOf(route),
    roles: route.roles,
    type: route.record!.type,
    label: route.record!.label,
    shape: describeBody(jsonSchemaOf(route.record!.body), { formats: FORMATS, scope: route.record!.type }),
  }));
}

/** The correction route: a POST of the submit function without a record type of its own. */
const correctionRoute = (): RouteDefinition => {
  const route = ROUTES.find((r) => r.method === 'POST' && r.fn === 'submit-record' && !r.record);
  if (!route) throw new Error('the route table has no correction route');
  return route;
};

/**
 * One correction form per record type: the envelope (record id, reason) and the record
 * as that type's body, the body the API checks once it knows the superseded record's type.
 */
export function correctionForms(): IntakeForm[] {
  const route = correctionRoute();
  return (Object.keys(RECORD_TYPES) as RecordTypeName[]).map((type) => {
    const record = RECORD_TYPES[type] as RecordType<unknown>;
    return {
      slug: type,
      operationId: route.operationId,
      endpoint: endpointOf(route),
      roles: route.roles,
      type,
      label: record.label,
      shape: describeBody(jsonSchemaOf(correctionOf(record).body), {
        formats: FORMATS,
        scope: 'correction',
        nestedScopes: { record: type },
      }),
    };
  });
}

/** The roles whose forms the index lists, in the order a visitor looks for them. */
const INDEX_ROLES: readonly Role[] = ['public', 'clerk', 'head', 'supervisor', 'panel'];

/**
 * The forms by role, each under the first role its route names (a clerk's form, which a
 * window head may also submit, is listed with the clerk's).
 */
export function formsByRole(forms: readonly IntakeForm[]): { role: Role; forms: IntakeForm[] }[] {
  return INDEX_ROLES.map((role) => ({ role, forms: forms.filter((form) => form.roles[0] === role) })).filter(
    (group) => group.forms.length > 0,
  );
}

export const correctionRoles = (): readonly Role[] => correctionRoute().roles;

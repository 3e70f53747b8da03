/**
 * The API contract (OpenAPI 3.1), generated from the route table and its zod schemas —
 * the schemas stay the single source; JSON Schema 2020-12 is what OpenAPI 3.1 speaks.
 */
import * as z from 'zod';
import { ROLE_NAMES } from '#core/roles';
import { correctionEnvelope } from '#core/records/correction';
import { ROUTES, type RouteDefinition } from '#core/api/routes';

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message_zh', 'message_en', 'issues'],
      properties: {
        code: { type: 'string' },
        message_zh: { type: 'string' },
        message_en: { type: 'string' },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'message_zh', 'message_en'],
            properties: { path: { type: 'string' }, message_zh: { type: 'string' }, message_en: { type: 'string' } },
          },
        },
      },
    },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function bodySchemaOf(route: RouteDefinition): z.ZodType | undefined {
  if (route.record) return route.record.body;
  if (route.body) return route.body;
  if (route.method === 'POST') return correctionEnvelope;
  return undefined;
}

function operation(route: RouteDefinition) {
  const body = bodySchemaOf(route);
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const { $schema: _, ...schema } = body ? (z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>) : {};
  const isPublic = route.roles.includes('public');
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: `Roles / 角色: ${route.roles.map((r) => `${r} (${ROLE_NAMES[r].zh})`).join(', ')}`,
    ...(isPublic ? { security: [] } : {}),
    parameters: [
      ...pathParams,
      ...(route.fn === 'submit-record'
        ? [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 128 } }]
        : []),
      ...(route.query ?? []).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
    ],
    ...(body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema }, 'application/x-www-form-urlencoded': { schema } },
          },
        }
      : {}),
    responses: {
      [route.fn === 'submit-record' ? '201' : '200']: { description: 'OK' },
      ...(body ? { '400': errorResponse('Invalid input / 提交内容有误') } : {}),
      ...(isPublic ? {} : { '401': errorResponse('No valid credential'), '403': errorResponse('Outside the caller’s scope') }),
      ...(route.fn === 'submit-record' ? { '409': errorResponse('Idempotency-Key reused with another body, or already superseded') } : {}),
      ...(route.fn === 'manage-selections' && route.method === 'POST' ? { '409': errorResponse('The selection cannot take this step now (reason in `error.reason`)') } : {}),
      ...(isPublic && route.method === 'POST' ? { '429': errorResponse('Too many requests from this address; see Retry-After / 请求过于频繁') } : {}),
      '503': errorResponse('The database is unavailable; retry after Retry-After seconds / 数据库暂时不可用'),
    },
  };
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES as readonly RouteDefinition[]) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '窗口考评与光荣榜 API · Window evaluation and honor boards',
      version: '1',
      description: 'Record intake and reads for government service centers. Errors: { error: { code, message_zh, message_en, issues } }.',
    },
    servers: [{ url: '/' }],
    security: [{ jwt: [] }],
    components: {
      securitySchemes: { jwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}

import { Problem } from '../src/contract/common';
import type { Endpoint } from '../src/contract/endpoint';
import { COMPONENTS_PREFIX, SchemaComponents, type JsonSchema } from './openapi-schemas';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
}

export type MediaContent = Record<string, { schema: JsonSchema }>;

export interface Response {
  description: string;
  content?: MediaContent;
}

export interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: MediaContent };
  responses: Record<string, Response>;
  'x-required-permission'?: string;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: { schemas: Record<string, JsonSchema> };
}

export interface DocumentOptions {
  version?: string;
}

const PROBLEM_ID = 'Problem';

const reasons: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted: the work runs as an Operation; poll /operations/{operationId}',
  204: 'No Content',
  400: 'Bad Request: the query or body does not match the schema',
  401: 'Unauthorized: not signed in',
  403: 'Forbidden: the signed-in person lacks the permission',
  404: 'Not Found',
  409: 'Conflict: the resource changed since it was read (stale revision) or the work is already running',
  412: 'Precondition Failed',
  422: 'Unprocessable Content: the request breaks a business rule; `errors` names the fields',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const idempotencyKey: Parameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'Unique per intended piece of work. Repeating a request with the same key returns the first answer instead of starting the work again.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

/** `/applications/{applicationId}` → ['applicationId']. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

function objectProperties(schema: JsonSchema, where: string): [string, JsonSchema, boolean][] {
  if (schema.type !== 'object' || !schema.properties) {
    throw new Error(`${where} must be a z.object(...) so each property becomes a parameter`);
  }
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, property]) => {
    if (typeof property === 'boolean')
      throw new Error(`${where}.${name}: boolean schemas are not supported`);
    return [name, property, required.has(name)];
  });
}

function parameters(endpoint: Endpoint, schemas: SchemaComponents): Parameter[] {
  const result: Parameter[] = [];
  const names = pathParamNames(endpoint.path);
  if (names.length > 0 && !endpoint.params)
    throw new Error(`${endpoint.id}: ${endpoint.path} has parameters but no params schema`);
  if (endpoint.params) {
    const schema = schemas.resolve(schemas.add(endpoint.params, 'input'), 'input');
    const declared = objectProperties(schema, `${endpoint.id}.params`);
    const missing = names.filter((name) => !declared.some(([key]) => key === name));
    const extra = declared.filter(([key]) => !names.includes(key)).map(([key]) => key);
    if (missing.length || extra.length) {
      throw new Error(
        `${endpoint.id}: path ${endpoint.path} and params disagree (missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'})`,
      );
    }
    for (const [name, property] of declared) result.push(parameter(name, 'path', property, true));
  }
  if (endpoint.query) {
    const schema = schemas.resolve(schemas.add(endpoint.query, 'input'), 'input');
    for (const [name, property, required] of objectProperties(schema, `${endpoint.id}.query`)) {
      result.push(parameter(name, 'query', property, required));
    }
  }
  if (endpoint.startsOperation) result.push(idempotencyKey);
  return result;
}

function parameter(
  name: string,
  location: 'path' | 'query',
  schema: JsonSchema,
  required: boolean,
): Parameter {
  // The schema object itself, not a copy: its $refs are pointed at components at the end.
  return {
    name,
    in: location,
    required,
    ...(schema.description ? { description: schema.description } : {}),
    schema,
    // `?status=running&status=failed`, as the client sends arrays.
    ...(schema.type === 'array' ? { style: 'form', explode: true } : {}),
  };
}

function responses(endpoint: Endpoint, schemas: SchemaComponents): Record<string, Response> {
  const success: Response = {
    description: reasons[endpoint.status] ?? `Status ${String(endpoint.status)}`,
  };
  if (endpoint.status !== 204) {
    success.content = { 'application/json': { schema: schemas.add(endpoint.response, 'output') } };
  }
  const result: Record<string, Response> = { [String(endpoint.status)]: success };
  for (const status of endpoint.errors) {
    result[String(status)] = {
      description: reasons[status] ?? `Status ${String(status)}`,
      content: { 'application/problem+json': { schema: { $ref: COMPONENTS_PREFIX + PROBLEM_ID } } },
    };
  }
  return result;
}

function operation(endpoint: Endpoint, schemas: SchemaComponents): Operation {
  const params = parameters(endpoint, schemas);
  return {
    operationId: endpoint.id,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    ...(params.length ? { parameters: params } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemas.add(endpoint.body, 'input') } },
          },
        }
      : {}),
    responses: responses(endpoint, schemas),
    ...(endpoint.permission ? { 'x-required-permission': endpoint.permission } : {}),
  };
}

/** The OpenAPI 3.1 description of every endpoint of the contract (src/contract/endpoints.ts). */
export function buildOpenApiDocument(
  endpoints: Readonly<Record<string, Endpoint>>,
  options: DocumentOptions = {},
): OpenApiDocument {
  const schemas = new SchemaComponents();
  const problem = schemas.add(Problem, 'output');
  if (problem.$ref !== `#/$defs/${PROBLEM_ID}`)
    throw new Error(`Problem must carry .meta({ id: '${PROBLEM_ID}' })`);

  const paths: OpenApiDocument['paths'] = {};
  for (const [key, endpoint] of Object.entries(endpoints)) {
    if (key !== endpoint.id)
      throw new Error(`endpoints.${key} has id "${endpoint.id}"; they must match`);
    const method = endpoint.method.toLowerCase() as Method;
    const item = (paths[endpoint.path] ??= {});
    if (item[method])
      throw new Error(`${endpoint.id}: ${endpoint.method} ${endpoint.path} is defined twice`);
    item[method] = operation(endpoint, schemas);
  }

  const tags = [...new Set(Object.values(endpoints).map((endpoint) => endpoint.tag))].sort();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Upshift API',
      version: options.version ?? '0.0.0',
      description:
        'Generated from the zod contract in src/contract/ (npm run openapi). Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: '/api/v1' }],
    tags: tags.map((name) => ({ name })),
    paths,
    components: { schemas: schemas.finish() },
  };
}

export type { JsonSchema };

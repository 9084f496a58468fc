// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../src/contract/endpoint';
import { endpoints } from '../src/contract/endpoints';
import {
  buildOpenApiDocument,
  pathParamNames,
  type OpenApiDocument,
  type Operation,
} from './openapi-document';

const root = resolve(import.meta.dirname, '..');
const document = buildOpenApiDocument(endpoints, { version: '1.2.3' });
const all: [string, Endpoint][] = Object.entries(endpoints);

function operationOf(doc: OpenApiDocument, endpoint: Endpoint): Operation | undefined {
  const method = endpoint.method.toLowerCase() as keyof OpenApiDocument['paths'][string];
  return doc.paths[endpoint.path]?.[method];
}

function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [value] : refsIn(value),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('OpenAPI document', () => {
  it('is a minimal, well-formed OpenAPI 3.1.0 document', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: expect.any(String) as string, version: '1.2.3' });
    expect(document.servers).toEqual([{ url: '/api/v1' }]);
    expect(Object.keys(document.paths).length).toBeGreaterThan(0);
    const operationIds: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      expect(path).toMatch(/^\//);
      for (const operation of Object.values(item)) {
        operationIds.push(operation.operationId);
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
        for (const response of Object.values(operation.responses))
          expect(response.description).toBeTruthy();
        const keys = (operation.parameters ?? []).map((p) => `${p.in}:${p.name}`);
        expect(new Set(keys).size, `${operation.operationId} repeats a parameter`).toBe(
          keys.length,
        );
      }
    }
    expect(new Set(operationIds).size).toBe(operationIds.length);
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it.each(all)('has %s with its method, path, operationId and tag', (key, endpoint) => {
    const operation = operationOf(document, endpoint);
    expect(operation, `${endpoint.method} ${endpoint.path}`).toBeDefined();
    expect(operation).toMatchObject({
      operationId: key,
      summary: endpoint.summary,
      tags: [endpoint.tag],
    });
  });

  it('has every endpoint and nothing else', () => {
    const documented = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(documented.sort()).toEqual(Object.keys(endpoints).sort());
  });

  it('resolves every $ref to a component, and uses every component', () => {
    const refs = refsIn(document);
    const names = Object.keys(document.components.schemas);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(names, `${ref} points nowhere`).toContain(ref.replace('#/components/schemas/', ''));
    }
    const used = new Set(refs.map((ref) => ref.replace('#/components/schemas/', '')));
    expect(names.filter((name) => !used.has(name))).toEqual([]);
    expect(names).toContain('Problem');
  });

  it.each(all)(
    '%s: parameters, body, responses and extensions follow the endpoint',
    (_key, endpoint) => {
      const operation = operationOf(document, endpoint);
      if (!operation) throw new Error(`${endpoint.id} missing`);
      const parameters = operation.parameters ?? [];
      const pathParams = parameters.filter((p) => p.in === 'path');
      expect(pathParams.map((p) => p.name)).toEqual(pathParamNames(endpoint.path));
      for (const param of pathParams) expect(param.required).toBe(true);

      const queryParams = parameters.filter((p) => p.in === 'query');
      const queryShape = endpoint.query
        ? (z.toJSONSchema(endpoint.query, { io: 'input' }).properties ?? {})
        : {};
      expect(queryParams.map((p) => p.name)).toEqual(Object.keys(queryShape));
      for (const param of queryParams) {
        if (param.schema.type === 'array')
          expect(param).toMatchObject({ style: 'form', explode: true });
      }

      const idempotency = parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      if (endpoint.startsOperation) expect(idempotency?.required).toBe(true);
      else expect(idempotency).toBeUndefined();

      expect(operation['x-required-permission']).toBe(endpoint.permission);
      expect(Boolean(operation.requestBody)).toBe(Boolean(endpoint.body));
      if (operation.requestBody)
        expect(operation.requestBody.content['application/json']?.schema).toBeDefined();

      const success = operation.responses[String(endpoint.status)];
      if (endpoint.status === 204) expect(success?.content).toBeUndefined();
      else expect(success?.content?.['application/json']?.schema).toBeDefined();
      expect(Object.keys(operation.responses).sort()).toEqual(
        [endpoint.status, ...endpoint.errors].map(String).sort(),
      );
      for (const status of endpoint.errors) {
        expect(operation.responses[String(status)]?.content).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        });
      }
    },
  );

  it('documents every endpoint the app calls (apiCall(endpoints.X) in src/)', () => {
    const calls = new Map<string, string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bapiCall\(\s*endpoints\.(\w+)/g)) {
        calls.set(match[1] ?? '', file.slice(root.length + 1));
      }
    }
    expect(
      calls.size,
      'no apiCall(endpoints.X) found in src/: is the pattern stale?',
    ).toBeGreaterThan(0);
    const documented = new Set(
      Object.values(document.paths).flatMap((item) =>
        Object.values(item).map((op) => op.operationId),
      ),
    );
    const undocumented = [...calls]
      .filter(([id]) => !documented.has(id))
      .map(([id, file]) => `${id} (${file})`);
    expect(undocumented).toEqual([]);
  });
});

describe('buildOpenApiDocument', () => {
  const response = z.object({ ok: z.boolean() });

  it('gives a named schema whose request form differs its own <id>Input component', () => {
    const Thing = z
      .object({ size: z.number().default(1), tags: z.array(z.string()) })
      .meta({ id: 'TestThing' });
    const Box = z.object({ thing: Thing }).meta({ id: 'TestBox' });
    const doc = buildOpenApiDocument({
      putBox: defineEndpoint({
        id: 'putBox',
        method: 'PUT',
        path: '/boxes',
        summary: 's',
        tag: 't',
        body: Box,
        response: Box,
        status: 200,
        errors: [],
      }),
    });
    const operation = doc.paths['/boxes']?.put;
    expect(operation?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/TestBoxInput',
    });
    expect(operation?.responses['200']?.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/TestBox',
    });
    const { schemas } = doc.components;
    expect(Object.keys(schemas).sort()).toEqual([
      'Problem',
      'TestBox',
      'TestBoxInput',
      'TestThing',
      'TestThingInput',
    ]);
    expect(schemas.TestThing?.required).toEqual(['size', 'tags']);
    expect(schemas.TestThingInput?.required).toEqual(['tags']);
    expect(refsIn(schemas.TestBoxInput)).toEqual(['#/components/schemas/TestThingInput']);
  });

  it('refuses a path whose {params} and params schema disagree', () => {
    const broken = defineEndpoint({
      id: 'broken',
      method: 'GET',
      path: '/things/{thingId}',
      summary: 's',
      tag: 't',
      params: z.object({ id: z.string() }),
      response,
      status: 200,
      errors: [],
    });
    expect(() => buildOpenApiDocument({ broken })).toThrow(/missing: thingId; extra: id/);
  });

  it('refuses an endpoint filed under another key', () => {
    const endpoint = defineEndpoint({
      id: 'a',
      method: 'GET',
      path: '/a',
      summary: 's',
      tag: 't',
      response,
      status: 200,
      errors: [],
    });
    expect(() => buildOpenApiDocument({ b: endpoint })).toThrow(/endpoints.b has id "a"/);
  });
});

describe('docs/openapi.json', () => {
  it('is what `npm run openapi` generates from the contract today (regenerate it when this fails)', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    const committed = JSON.parse(readFileSync(join(root, 'docs/openapi.json'), 'utf8')) as unknown;
    expect(committed).toEqual(
      JSON.parse(JSON.stringify(buildOpenApiDocument(endpoints, { version }))),
    );
  });
});

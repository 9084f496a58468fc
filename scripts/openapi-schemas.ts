import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';

export type JsonSchema = z.core.JSONSchema.JSONSchema;
export type Io = 'input' | 'output';

export const COMPONENTS_PREFIX = '#/components/schemas/';
const DEFS_PREFIX = '#/$defs/';

/** A converted schema before its `#/$defs/` refs are pointed at components. */
interface Converted {
  io: Io;
  root: JsonSchema;
}

/**
 * Turns zod schemas into OpenAPI 3.1 schemas with zod's own `z.toJSONSchema`. Every schema with
 * `.meta({ id })` becomes one entry of components.schemas, referenced with `$ref`. Requests are
 * converted as input (what a client may send: defaults optional, before transforms), responses
 * as output. A named schema whose input and output forms differ gets a second component,
 * `<id>Input`, so both stay exact.
 */
export class SchemaComponents {
  private readonly converted: Converted[] = [];
  private readonly defs: Record<Io, Map<string, JsonSchema>> = {
    input: new Map(),
    output: new Map(),
  };
  private finished = false;

  /** Converts now; the returned schema's `$ref`s are final once `finish()` has run. */
  add(schema: z.core.$ZodType, io: Io): JsonSchema {
    if (this.finished) throw new Error('SchemaComponents: add() after finish()');
    const {
      $defs = {},
      $schema: _dialect,
      ...root
    } = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      reused: 'inline',
      cycles: 'ref',
      unrepresentable: 'throw',
    }) as JsonSchema;
    for (const [id, def] of Object.entries($defs)) this.remember(io, id, def);
    const entry = { io, root };
    this.converted.push(entry);
    return entry.root;
  }

  /** The definition a schema stands for: itself, or the named def its `$ref` points at. */
  resolve(schema: JsonSchema, io: Io): JsonSchema {
    if (!schema.$ref?.startsWith(DEFS_PREFIX)) return schema;
    return this.defs[io].get(schema.$ref.slice(DEFS_PREFIX.length)) ?? schema;
  }

  /** Points every `$ref` at components.schemas and returns them, sorted by name. */
  finish(): Record<string, JsonSchema> {
    const variants = this.inputVariants();
    for (const id of variants) {
      const taken = `${id}Input`;
      if (this.defs.output.has(taken) || this.defs.input.has(taken)) {
        throw new Error(`"${id}" needs an input variant named "${taken}", but that id is taken.`);
      }
    }
    const name = (id: string, io: Io) => (io === 'input' && variants.has(id) ? `${id}Input` : id);
    this.finished = true;
    // In place: operations hold these very objects (roots, and defs behind query parameters).
    for (const entry of this.converted) retarget(entry.root, (id) => name(id, entry.io));
    for (const io of ['input', 'output'] as const) {
      for (const def of this.defs[io].values()) retarget(def, (id) => name(id, io));
    }

    const components: Record<string, JsonSchema> = {};
    for (const [id, def] of this.defs.output) components[id] = def;
    for (const [id, def] of this.defs.input) components[name(id, 'input')] ??= def;
    return Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b)));
  }

  private remember(io: Io, id: string, def: JsonSchema) {
    const known = this.defs[io].get(id);
    if (known && !isDeepStrictEqual(known, def)) {
      throw new Error(`Two different schemas use the id "${id}" (${io}); ids must be unique.`);
    }
    this.defs[io].set(id, def);
  }

  /** Ids whose input form differs from their output form, directly or through a schema they use. */
  private inputVariants(): Set<string> {
    const shared = [...this.defs.input.keys()].filter((id) => this.defs.output.has(id));
    const differ = new Set(
      shared.filter((id) => !isDeepStrictEqual(this.defs.input.get(id), this.defs.output.get(id))),
    );
    let grew = true;
    while (grew) {
      grew = false;
      for (const id of shared) {
        if (differ.has(id)) continue;
        const def = this.defs.input.get(id);
        if (def && refsOf(def).some((ref) => differ.has(ref))) {
          differ.add(id);
          grew = true;
        }
      }
    }
    return differ;
  }
}

/** Ids of the `#/$defs/` refs anywhere inside a schema. */
function refsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsOf);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' && value.startsWith(DEFS_PREFIX)
      ? [value.slice(DEFS_PREFIX.length)]
      : refsOf(value),
  );
}

/** Rewrites `#/$defs/<id>` refs in place to `#/components/schemas/<name(id)>`. */
function retarget<T>(node: T, name: (id: string) => string): T {
  if (Array.isArray(node)) {
    for (const item of node) retarget(item, name);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(DEFS_PREFIX)) {
        record[key] = COMPONENTS_PREFIX + name(value.slice(DEFS_PREFIX.length));
      } else {
        retarget(value, name);
      }
    }
  }
  return node;
}

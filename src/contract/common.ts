// The contract is written with zod/mini (functions, not methods: `z.optional(Id)`), as is every
// schema the browser runs (ADR 0016): zod's core is one module shared by the first screen and every
// route, and classic zod's methods would keep all of it there.
import * as z from 'zod/mini';

/** RFC 9457 problem details, with `errors` for field-level messages. */
export const FieldError = z.object({
  field: z.string().register(z.globalRegistry, {
    description: 'Dotted path of the offending field, e.g. "connectors.0.image"',
  }),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    errors: z.optional(z.array(FieldError)),
    requiredRoles: z.optional(z.array(z.string())),
    currentRevision: z.optional(z.int()),
  })
  .register(z.globalRegistry, { id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const Id = z.string().check(z.minLength(1));

/** A whole number of at least `min`. */
export const atLeast = (min: number) => z.int().check(z.gte(min));

/**
 * Versions of templates and servers: 1 to 4 numbers separated by dots, no leading zeros, so every
 * version has one spelling; compared segment by segment as numbers (`src/lib/version-compare.ts`).
 */
export const VERSION_PATTERN = /^(0|[1-9]\d{0,8})(\.(0|[1-9]\d{0,8})){0,3}$/;
export const Timestamp = z.iso.datetime();

export const SortDirection = z.enum(['asc', 'desc']);

export const PageQuery = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.gte(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 25),
});

export function pageOf<T extends z.core.SomeType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      total: atLeast(0),
      page: atLeast(1),
      pageSize: atLeast(1),
    })
    .register(z.globalRegistry, { id });
}

export const ResourceRef = z.object({
  type: z.string(),
  id: Id,
  name: z.string(),
});
export type ResourceRef = z.infer<typeof ResourceRef>;

export const Actor = z.object({ id: Id, name: z.string() });
export type Actor = z.infer<typeof Actor>;

/** The longest comment recorded with a change, counted once trimmed, as it is stored. */
export const COMMENT_MAX = 500;
export const COMMENT_TOO_LONG = `Keep the comment to ${String(COMMENT_MAX)} characters or fewer.`;

/** The comment recorded with a change (upgrade, switch, rollback, access) in the history. */
export const Comment = z
  .string()
  .check(z.trim(), z.maxLength(COMMENT_MAX, { error: COMMENT_TOO_LONG }));

/** How many characters of a comment count against COMMENT_MAX: the trimmed ones. */
export const commentLength = (text: string) => text.trim().length;
export const commentTooLong = (text: string) => commentLength(text) > COMMENT_MAX;

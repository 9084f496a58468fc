import { z } from 'zod';

/** RFC 9457 problem details, with `errors` for field-level messages. */
export const FieldError = z.object({
  field: z
    .string()
    .meta({ description: 'Dotted path of the offending field, e.g. "connectors.0.image"' }),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
    requiredRoles: z.array(z.string()).optional(),
    currentRevision: z.number().int().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const Id = z.string().min(1);

/**
 * Versions of templates and servers: 1 to 4 numbers separated by dots, no leading zeros, so every
 * version has one spelling; compared segment by segment as numbers (`src/lib/version-compare.ts`).
 */
export const VERSION_PATTERN = /^(0|[1-9]\d{0,8})(\.(0|[1-9]\d{0,8})){0,3}$/;
export const Timestamp = z.iso.datetime();

export const SortDirection = z.enum(['asc', 'desc']);

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().min(0),
      page: z.number().int().min(1),
      pageSize: z.number().int().min(1),
    })
    .meta({ id });
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
export const Comment = z.string().trim().max(COMMENT_MAX, { error: COMMENT_TOO_LONG });

/** How many characters of a comment count against COMMENT_MAX: the trimmed ones. */
export const commentLength = (text: string) => text.trim().length;
export const commentTooLong = (text: string) => commentLength(text) > COMMENT_MAX;

import * as z from 'zod/mini';

/** A chosen user or group: the id the API needs, the name and roles people see. */
export const Principal = z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()) });
export type Principal = z.infer<typeof Principal>;

/** Ids as principals, named from the directory; an id it does not know keeps the id as its name. */
export function principalsOf(ids: readonly string[], directory: readonly Principal[]): Principal[] {
  return ids.map((id) => {
    const found = directory.find((d) => d.id === id);
    return { id, name: found?.name ?? id, roles: found?.roles ?? [] };
  });
}

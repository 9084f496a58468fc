import { useCallback, useState } from 'react';
import type * as z from 'zod/mini';

function read<T>(schema: z.ZodMiniType<T>, key: string | null): T | null {
  if (!key) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(sessionStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(key: string | null, draft: unknown) {
  if (!key) return;
  try {
    if (draft === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the edit still works, it just won't survive a reload.
  }
}

/**
 * An edit kept in this tab's sessionStorage under `key`, so a reload mid-edit loses nothing; null
 * while there is none (or what is stored no longer parses). A null key (nobody signed in)
 * stores nothing. Keys name the person and the resource, so another person never sees it.
 */
export function useSessionDraft<T>(schema: z.ZodMiniType<T>, key: string | null) {
  const [held, setHeld] = useState(() => ({ key, draft: read(schema, key) }));
  let current = held;
  if (held.key !== key) {
    current = { key, draft: read(schema, key) };
    setHeld(current);
  }
  const setDraft = useCallback(
    (draft: T | null) => {
      write(key, draft);
      setHeld({ key, draft });
    },
    [key],
  );
  return [current.draft, setDraft] as const;
}

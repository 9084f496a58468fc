import { useCallback, useState } from 'react';
import { z } from 'zod';

const PREFIX = 'upshift.server-configuration-draft.';

const ConfigurationDraft = z.object({
  yaml: z.string(),
  /** The revision the text started from: saving sends it, so a later change is a 409. */
  revision: z.number().int().min(1),
  /** Whether the person typed or inserted anything yet. */
  changed: z.boolean(),
});
export type ConfigurationDraft = z.infer<typeof ConfigurationDraft>;

function read(key: string | null): ConfigurationDraft | null {
  if (!key) return null;
  try {
    const parsed = ConfigurationDraft.safeParse(JSON.parse(sessionStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(key: string | null, draft: ConfigurationDraft | null) {
  if (!key) return;
  try {
    if (draft) sessionStorage.setItem(key, JSON.stringify(draft));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the edit still works, it just won't survive a reload.
  }
}

/**
 * The person's edit of a server's global.yaml, kept in this tab's sessionStorage so a reload
 * mid-edit loses nothing; null while they keep the file as it is. Without a person, nothing is
 * stored.
 */
export function useConfigurationDraft(userId: string | undefined, serverId: string) {
  const key = userId ? `${PREFIX}${userId}.${serverId}` : null;
  const [held, setHeld] = useState(() => ({ key, draft: read(key) }));
  let current = held;
  if (held.key !== key) {
    current = { key, draft: read(key) };
    setHeld(current);
  }
  const setDraft = useCallback(
    (draft: ConfigurationDraft | null) => {
      write(key, draft);
      setHeld({ key, draft });
    },
    [key],
  );
  return [current.draft, setDraft] as const;
}

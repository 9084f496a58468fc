import * as z from 'zod/mini';
import { useSessionDraft } from '@/lib/use-session-draft';

const PREFIX = 'upshift.server-configuration-draft.';

const ConfigurationDraft = z.object({
  yaml: z.string(),
  /** The revision the text started from: saving sends it, so a later change is a 409. */
  revision: z.int().check(z.gte(1)),
  /** Whether the person typed or inserted anything yet. */
  changed: z.boolean(),
});
export type ConfigurationDraft = z.infer<typeof ConfigurationDraft>;

/**
 * The person's edit of a server's global.yaml, kept in this tab's sessionStorage so a reload
 * mid-edit loses nothing; null while they keep the file as it is. Without a person, nothing is
 * stored.
 */
export function useConfigurationDraft(userId: string | undefined, serverId: string) {
  return useSessionDraft(ConfigurationDraft, userId ? `${PREFIX}${userId}.${serverId}` : null);
}

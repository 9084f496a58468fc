import * as z from 'zod/mini';
import type { ApplicationDetail } from '@/contract/application-detail';
import { restoredConnector, StoredConnector, storedConnector } from './draft-secrets';
import { UpgradeDraft } from './draft-schema';

const PREFIX = 'upshift.upgrade-draft.';
/** An abandoned draft is dropped after a week. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** One per person and application, so another person on the same browser never sees it. */
const key = (userId: string, applicationId: string) => `${PREFIX}${userId}.${applicationId}`;

const StoredDraft = z.object({
  savedAt: z.number(),
  draft: z.extend(UpgradeDraft, { connectors: z.array(StoredConnector) }),
});

/** This tab's drafts as they are, secret values included: gone with a reload, never stored. */
const memory = new Map<string, { savedAt: number; draft: UpgradeDraft }>();

const expired = (savedAt: number, now: number) => now - savedAt > DRAFT_MAX_AGE_MS;

/** Removes expired drafts of anyone, and those of the old format (one per application, secrets in clear). */
function sweep(now: number) {
  for (const k of Object.keys(localStorage)) {
    if (!k.startsWith(PREFIX)) continue;
    try {
      const parsed = StoredDraft.safeParse(JSON.parse(localStorage.getItem(k) ?? ''));
      if (!parsed.success || expired(parsed.data.savedAt, now)) localStorage.removeItem(k);
    } catch {
      localStorage.removeItem(k);
    }
  }
}

function fromStorage(userId: string, app: ApplicationDetail): UpgradeDraft | null {
  const text = localStorage.getItem(key(userId, app.id));
  if (!text) return null;
  const parsed = StoredDraft.safeParse(JSON.parse(text));
  if (!parsed.success || parsed.data.draft.applicationId !== app.id) return null;
  const { draft } = parsed.data;
  return {
    ...draft,
    connectors: draft.connectors.map(restoredConnector),
  };
}

/**
 * The person's draft of an application: this tab's own when it has one, else the stored one with
 * the typed secret values it could not keep marked to be typed again; null when none, expired or
 * unreadable.
 */
export function loadDraft(
  userId: string,
  app: ApplicationDetail,
  now: number = Date.now(),
): UpgradeDraft | null {
  try {
    sweep(now);
  } catch {
    // Storage disabled: nothing to sweep.
  }
  const held = memory.get(key(userId, app.id));
  if (held && !expired(held.savedAt, now)) return held.draft;
  memory.delete(key(userId, app.id));
  try {
    return fromStorage(userId, app);
  } catch {
    return null;
  }
}

/** Keeps the draft in memory, and in localStorage without any typed secret value. */
export function saveDraft(userId: string, draft: UpgradeDraft, now: number): void {
  memory.set(key(userId, draft.applicationId), { savedAt: now, draft });
  const stored = {
    ...draft,
    connectors: draft.connectors.map(storedConnector),
  };
  try {
    localStorage.setItem(
      key(userId, draft.applicationId),
      JSON.stringify({ savedAt: now, draft: stored }),
    );
  } catch {
    // Storage full or disabled: the wizard still works, it just won't survive a reload.
  }
}

export function clearDraft(userId: string, applicationId: string): void {
  memory.delete(key(userId, applicationId));
  try {
    localStorage.removeItem(key(userId, applicationId));
  } catch {
    // Nothing stored.
  }
}

/** What a reload does to this tab's drafts: only what storage holds is left (for tests). */
export function forgetDraftsInMemory(): void {
  memory.clear();
}

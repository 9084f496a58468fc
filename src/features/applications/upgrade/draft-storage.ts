import { UpgradeDraft } from './draft-schema';

const key = (applicationId: string) => `upshift.upgrade-draft.${applicationId}`;

/** The stored draft of an application, or null when there is none or it no longer parses. */
export function loadDraft(applicationId: string): UpgradeDraft | null {
  try {
    const text = localStorage.getItem(key(applicationId));
    if (!text) return null;
    const parsed = UpgradeDraft.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.applicationId === applicationId ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveDraft(draft: UpgradeDraft): void {
  try {
    localStorage.setItem(key(draft.applicationId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the wizard still works, it just won't survive a reload.
  }
}

export function clearDraft(applicationId: string): void {
  try {
    localStorage.removeItem(key(applicationId));
  } catch {
    // Nothing stored.
  }
}

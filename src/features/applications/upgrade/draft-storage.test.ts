import { SECRET_MASK } from '@/contract/secrets';
import { connectorsFor } from './create-draft';
import type { UpgradeDraft } from './draft-schema';
import { clearDraft, forgetDraftsInMemory, loadDraft, saveDraft } from './draft-storage';
import { wizardData } from './wizard-test-utils';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-11-02T09:00:00.000Z');
const SECRET = 'Zq9-hunter2';
const TYPED = `{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050","SMTP_PASSWORD":"${SECRET}"}`;

async function draftWithSecret() {
  const { app, draft } = await wizardData('app-001');
  const connectors = connectorsFor(app, 10, []).map((c) =>
    c.isNew ? { ...c, variablesText: TYPED } : c,
  );
  return { app, draft: { ...draft, projectVersion: 10, connectors } satisfies UpgradeDraft };
}

const stored = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith('upshift.upgrade-draft.'))
    .map((k) => localStorage.getItem(k) ?? '');

const variablesOf = (draft: UpgradeDraft | null, name: string) =>
  draft?.connectors.find((c) => c.name === name);

describe('the stored upgrade draft', () => {
  beforeEach(() => {
    localStorage.clear();
    forgetDraftsInMemory();
  });

  it('never holds a secret value, typed whole or key by key, nor a deployed one', async () => {
    const { draft } = await draftWithSecret();
    const email = draft.connectors.findIndex((c) => c.name === 'email-connector');
    for (let end = TYPED.length - SECRET.length - 2; end <= TYPED.length; end += 1) {
      const connectors = draft.connectors.map((c, i) =>
        i === email ? { ...c, variablesText: TYPED.slice(0, end) } : c,
      );
      saveDraft('u-admin', { ...draft, connectors }, T0);
      const [text = ''] = stored();
      expect(text).toContain('https://mysmtp.com');
      expect(text).not.toMatch(/Zq|tok-app-001-c0de/);
    }
    expect(stored()).toHaveLength(1);
    expect(Object.keys(localStorage)).toContain('upshift.upgrade-draft.u-admin.app-001');
  });

  it('keeps typed secret values in memory only: a reload asks for them again and keeps the deployed ones masked', async () => {
    const { app, draft } = await draftWithSecret();
    saveDraft('u-admin', draft, T0);
    expect(variablesOf(loadDraft('u-admin', app, T0), 'email-connector')?.variablesText).toBe(
      TYPED,
    );

    forgetDraftsInMemory();
    const restored = loadDraft('u-admin', app, T0);
    expect(variablesOf(restored, 'email-connector')).toMatchObject({
      variablesText: TYPED.replace(SECRET, ''),
      retype: ['SMTP_PASSWORD'],
    });
    const erp = variablesOf(restored, 'erp-connector');
    expect(erp?.variablesText).toContain(`"API_TOKEN": "${SECRET_MASK}"`);
    expect(erp?.retype ?? []).toEqual([]);
    // Saved again before it is typed: still asked for after the next reload.
    if (!restored) throw new Error('no draft');
    saveDraft('u-admin', restored, T0);
    forgetDraftsInMemory();
    expect(variablesOf(loadDraft('u-admin', app, T0), 'email-connector')?.retype).toEqual([
      'SMTP_PASSWORD',
    ]);
  });

  it('stores a deployed secret as the mask the API sent: a reload needs nothing from the application', async () => {
    const { app, draft } = await draftWithSecret();
    saveDraft('u-admin', draft, T0);
    const [text = ''] = stored();
    expect(JSON.parse(text)).toMatchObject({
      draft: {
        connectors: expect.arrayContaining([
          expect.objectContaining({
            name: 'erp-connector',
            variablesText: expect.stringContaining(`"API_TOKEN": "${SECRET_MASK}"`) as string,
          }),
        ]) as unknown,
      },
    });
    forgetDraftsInMemory();
    // The connector is gone from the application meanwhile: its mask is still the draft's.
    const restored = loadDraft('u-admin', { ...app, connectors: [] }, T0);
    expect(variablesOf(restored, 'erp-connector')).toMatchObject({
      variablesText: expect.stringContaining(`"API_TOKEN": "${SECRET_MASK}"`) as string,
    });
    expect(variablesOf(restored, 'erp-connector')?.retype ?? []).toEqual([]);
  });

  it('reads a draft stored before secrets were masked: its emptied deployed values become the mask', async () => {
    const { app, draft } = await draftWithSecret();
    const connectors = draft.connectors.map((c) =>
      c.name === 'erp-connector'
        ? {
            ...c,
            variablesText: c.variablesText.replace(SECRET_MASK, ''),
            deployedSecrets: ['API_TOKEN'],
          }
        : c,
    );
    localStorage.setItem(
      'upshift.upgrade-draft.u-admin.app-001',
      JSON.stringify({ savedAt: T0, draft: { ...draft, connectors } }),
    );
    const erp = variablesOf(loadDraft('u-admin', app, T0), 'erp-connector');
    expect(erp?.variablesText).toContain(`"API_TOKEN": "${SECRET_MASK}"`);
  });

  it("is the person's own: another person signed in on the same browser never sees it", async () => {
    const { app, draft } = await draftWithSecret();
    saveDraft('u-admin', draft, T0);
    expect(loadDraft('u-mateo', app, T0)).toBeNull();
    forgetDraftsInMemory();
    expect(loadDraft('u-mateo', app, T0)).toBeNull();
    expect(loadDraft('u-admin', app, T0)?.projectVersion).toBe(10);
    clearDraft('u-admin', app.id);
    expect(loadDraft('u-admin', app, T0)).toBeNull();
    expect(stored()).toEqual([]);
  });

  it('is dropped after 7 days, and drafts of the old format (one per application) are removed', async () => {
    const { app, draft } = await draftWithSecret();
    localStorage.setItem('upshift.upgrade-draft.app-001', JSON.stringify(draft));
    saveDraft('u-admin', draft, T0);
    expect(loadDraft('u-admin', app, T0 + 7 * DAY)?.projectVersion).toBe(10);
    expect(localStorage.getItem('upshift.upgrade-draft.app-001')).toBeNull();

    expect(loadDraft('u-admin', app, T0 + 7 * DAY + 1)).toBeNull();
    expect(stored()).toEqual([]);
  });
});

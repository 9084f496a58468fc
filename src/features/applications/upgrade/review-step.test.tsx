import { screen } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { connectorsFor } from './create-draft';
import type { UpgradeDraft } from './draft-schema';
import { ReviewStep } from './review-step';
import { renderStep, wizardData } from './wizard-test-utils';

const SEED_JSON = '{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050"}';

async function readyDraft(patch: (d: UpgradeDraft) => Partial<UpgradeDraft> = () => ({})) {
  const { app, draft } = await wizardData('app-001');
  const connectors = connectorsFor(app, 10, []).map((c) =>
    c.isNew ? { ...c, variablesText: SEED_JSON } : c,
  );
  const ready: UpgradeDraft = { ...draft, projectVersion: 10, connectors, changed: true };
  return { app, draft: { ...ready, ...patch(ready) } };
}

describe('the review step', () => {
  it('shows before → after with secrets masked, then starts the upgrade', async () => {
    const { app, draft } = await readyDraft((d) => ({
      connectors: d.connectors.map((c) =>
        c.name === 'erp-connector'
          ? { ...c, variablesText: c.variablesText.replace('tok-app-001-c0de', 'tok-new') }
          : c,
      ),
    }));
    const { user, steps } = renderStep(<ReviewStep />, app, draft);
    const connectors = await screen.findByRole('region', { name: 'Connectors' });
    expect(connectors).toHaveTextContent('erp-connector: changed');
    expect(connectors).toHaveTextContent('API_TOKEN: •••••••• → ••••••••');
    expect(connectors).not.toHaveTextContent('tok-new');
    expect(connectors).toHaveTextContent('EMAIL_PORT: (none) → 8050');
    await user.click(screen.getByRole('button', { name: 'Upgrade' }));
    await vi.waitFor(() => expect(steps).toEqual(['progress']));
    expect(simulator.db.operations).toHaveLength(1);
  });

  it('maps a refusal (422) back to the step that owns the field', async () => {
    // The directory changed after the choice: the person no longer holds ACTIVITI_ADMIN.
    const { app, draft } = await readyDraft((d) => ({
      access: {
        ...d.access,
        adminUsers: [{ id: 'u-sofia', name: 'Sofia Lindqvist', roles: ['ACTIVITI_ADMIN'] }],
      },
    }));
    const { user, steps } = renderStep(<ReviewStep />, app, draft);
    await user.click(await screen.findByRole('button', { name: 'Upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The upgrade was refused');
    expect(alert).toHaveTextContent('Sofia Lindqvist does not hold the ACTIVITI_ADMIN role');
    await user.click(screen.getByRole('button', { name: 'Fix it in Access' }));
    expect(steps).toEqual(['access']);
  });

  it('says someone else changed it (409) and keeps every choice', async () => {
    const { app, draft } = await readyDraft((d) => ({ revision: d.revision + 1, comment: 'Mine' }));
    const { user } = renderStep(<ReviewStep />, app, draft);
    await user.click(await screen.findByRole('button', { name: 'Upgrade' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Someone else changed this application.*Your choices are kept/,
    );
    expect(screen.getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('Mine');
    expect(simulator.db.operations).toHaveLength(0);
  });
});

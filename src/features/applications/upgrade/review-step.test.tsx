import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import type { UpgradeRequest } from '@/contract/upgrades';
import { apiCall } from '@/lib/api-client';
import { MASK } from '@/lib/secrets';
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
          ? { ...c, variablesText: c.variablesText.replace(MASK, 'tok-new') }
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
    const sent = simulator.db.operations[0]?.input.request as UpgradeRequest | undefined;
    expect(sent?.connectors.find((c) => c.name === 'erp-connector')?.variables.API_TOKEN).toBe(
      'tok-new',
    );
  });

  it('keeps a deployed secret left as the mask, and sends the services as read', async () => {
    const { app, draft } = await readyDraft();
    const { user, steps } = renderStep(<ReviewStep />, app, draft);
    const connectors = await screen.findByRole('region', { name: 'Connectors' });
    expect(connectors).toHaveTextContent('Unchanged: erp-connector');
    await user.click(screen.getByRole('button', { name: 'Upgrade' }));
    await vi.waitFor(() => expect(steps).toEqual(['progress']));
    const sent = simulator.db.operations[0]?.input.request as UpgradeRequest | undefined;
    expect(sent?.connectors.find((c) => c.name === 'erp-connector')?.variables.API_TOKEN).toBe(
      'tok-app-001-c0de',
    );
    expect(sent?.services?.[0]?.variables.SPRING_DATASOURCE_PASSWORD).toBe('pw-app-001-7f3a');
  });

  it('takes the refusal of a mask for a new connector back to that variable', async () => {
    const { app, draft } = await readyDraft((d) => ({
      connectors: d.connectors.map((c) =>
        c.isNew
          ? { ...c, variablesText: SEED_JSON.replace('}', `,"SMTP_PASSWORD":"${MASK}"}`) }
          : c,
      ),
    }));
    const { user, steps } = renderStep(<ReviewStep />, app, draft);
    await user.click(await screen.findByRole('button', { name: 'Upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The upgrade was refused');
    expect(alert).toHaveTextContent('Type the value');
    await user.click(screen.getByRole('button', { name: 'Fix it in Connectors' }));
    expect(steps).toEqual(['connectors']);
    expect(simulator.db.operations).toEqual([]);
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

  it('says someone else changed the access meanwhile (409), keeps every choice, and takes their change in', async () => {
    const lukas = { id: 'u-lukas', name: 'Lukas Becker', roles: ['ACTIVITI_USER'] };
    const { app, draft } = await readyDraft((d) => ({
      comment: 'Mine',
      access: { ...d.access, userUsers: [...d.access.userUsers, lukas] },
    }));
    const { user, steps } = renderStep(<ReviewStep />, app, draft);
    const access = await screen.findByRole('region', { name: 'Access' });
    expect(access).toHaveTextContent('Users: added Lukas Becker');
    // Another person adds Ken Watanabe in Manage access while this review is open.
    const read = await apiCall(endpoints.getApplicationAccess, {
      params: { applicationId: app.id },
    });
    await apiCall(endpoints.updateApplicationAccess, {
      params: { applicationId: app.id },
      body: {
        revision: read.revision,
        admins: read.admins,
        users: { ...read.users, users: [...read.users.users, 'u-ken'] },
      },
    });

    await user.click(screen.getByRole('button', { name: 'Upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /Someone else changed this application's access.*Your choices are kept/,
    );
    expect(screen.getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('Mine');
    expect(screen.getByRole('region', { name: 'Connectors' })).toHaveTextContent(
      'EMAIL_PORT: (none) → 8050',
    );
    expect(simulator.db.operations).toHaveLength(0);
    expect(simulator.db.access[app.id]?.users.users).toEqual(['u-ken']);

    await user.click(within(alert).getByRole('button', { name: 'Take in the latest access' }));
    const notice = await screen.findByText(/^Shown as it is now/);
    expect(notice).toHaveTextContent(
      'Access now includes the change saved meanwhile (Users: added Ken Watanabe), with your own choices on top.',
    );
    expect(screen.getByRole('region', { name: 'Access' })).toHaveTextContent(
      'Users: added Lukas Becker',
    );
    expect(screen.getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('Mine');
    await user.click(screen.getByRole('button', { name: 'Upgrade' }));
    await vi.waitFor(() => expect(steps).toEqual(['progress']));
    const sent = simulator.db.operations[0]?.input.request as UpgradeRequest;
    expect(sent.access.users.users).toEqual(['u-ken', 'u-lukas']);
    expect(sent.comment).toBe('Mine');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { renderWithProviders } from '@/testing/render';
import { RollbackScreen } from './rollback-screen';

const SLOW = { timeout: 5000 };
const PATH = '/installed-applications/:installedId/upgrades/:upgradeId/rollback';
const URL_OF = (search = '') =>
  `/installed-applications/ia-002/upgrades/upg-seed-02/rollback${search}`;

function renderRollback(search = '') {
  return renderWithProviders(<RollbackScreen applicationId="ia-002" upgradeId="upg-seed-02" />, {
    url: URL_OF(search),
    path: PATH,
  });
}

const rollbacks = () => simulator.db.operations.filter((o) => o.kind === 'template.rollback');

describe('the rollback page', () => {
  it('keeps the choice in the URL, previews it, and starts one rollback on a double click', async () => {
    const { user, router } = renderRollback();
    const choice = await screen.findByRole('group', { name: 'Components to restore' }, SLOW);
    const grafana = within(choice).getByRole('checkbox', { name: 'grafana' });
    expect(
      within(choice)
        .getAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([true, true, true]);
    expect(await screen.findByRole('button', { name: /^3 changed/ }, SLOW)).toBeInTheDocument();

    await user.click(grafana);
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('components')).toBe(
        'alertmanager,prometheus',
      ),
    );
    expect(await screen.findByRole('button', { name: /^2 changed/ }, SLOW)).toBeInTheDocument();
    expect(grafana).not.toBeChecked();

    await user.type(screen.getByRole('textbox', { name: 'Comment (optional)' }), 'Pages twice');
    await user.click(screen.getByRole('button', { name: 'Roll back' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roll back observability-prod?' });
    expect(new URLSearchParams(router.state.location.search).get('confirm')).toBe('1');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['alertmanager 1.9 → back to 1.8', 'prometheus 1.9 → back to 1.8']);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Roll back' }));
    expect(await screen.findByRole('heading', { name: 'Rolling back' }, SLOW)).toBeInTheDocument();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('confirm')).toBeNull();
    expect(search.get('operation')).toBe(rollbacks()[0]?.id);
    expect(rollbacks()).toHaveLength(1);
    expect(rollbacks()[0]?.input).toMatchObject({
      components: ['alertmanager', 'prometheus'],
      comment: 'Pages twice',
    });
  });

  it('an empty choice previews nothing and cannot be rolled back', async () => {
    renderRollback('?components=');
    const choice = await screen.findByRole('group', { name: 'Components to restore' }, SLOW);
    expect(
      within(choice)
        .getAllByRole('checkbox')
        .some((c) => (c as HTMLInputElement).checked),
    ).toBe(false);
    expect(
      screen.getByText('Choose at least one component to see what the rollback changes.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Roll back' })).toBeDisabled();
  });

  it('shows a product owner the chosen components and the preview, with no controls', async () => {
    simulator.signInAs('u-product-owner');
    renderRollback('?components=grafana');
    expect(
      await screen.findByText('You can review this rollback but not start it', {}, SLOW),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Components to restore' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['grafana 1.9 → back to 1.8']);
    expect(await screen.findByRole('button', { name: /^1 changed/ }, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Roll back' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Comment (optional)' })).not.toBeInTheDocument();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { simulator } from '@mocks/simulator';
import {
  currentSearch,
  expectRows,
  renderApplicationsList,
  rowNames,
  SLOW,
} from '@/testing/list-test-utils';

describe('Applications list filters', () => {
  it('filters by several statuses and clears the filters', async () => {
    const user = userEvent.setup();
    renderApplicationsList('?page=1');
    await screen.findByText('18 applications', {}, SLOW);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();

    // The menu stays open for more choices; the table behind it is inert until it closes.
    // Pressed before its code arrives, the filter's placeholder opens the select once it has.
    await user.click(await screen.findByRole('combobox', { name: 'Status' }, SLOW));
    await user.click(await screen.findByRole('option', { name: 'Failed' }, SLOW));
    expect(screen.getByRole('option', { name: 'Failed' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    await expectRows(['procurement-sandbox']);
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(screen.getByRole('option', { name: 'Degraded' }));
    await user.keyboard('{Escape}');
    await expectRows(['claims-legacy', 'procurement-sandbox', 'travel-expenses-us']);
    expect(currentSearch().getAll('status')).toEqual(['degraded', 'failed']);
    expect(screen.getByText('3 applications')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowNames()).toHaveLength(18), SLOW);
    expect(currentSearch().toString()).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search applications' })).toHaveFocus();
  });

  it('filters by how an application was deployed and whether an upgrade is available', async () => {
    const user = userEvent.setup();
    renderApplicationsList();
    await screen.findByText('18 applications', {}, SLOW);

    await user.click(await screen.findByRole('combobox', { name: 'Deployed via' }, SLOW));
    await user.click(await screen.findByRole('option', { name: 'Helm' }, SLOW));
    await expectRows(['claims-legacy', 'contract-review', 'invoice-approvals-helm']);

    await user.click(screen.getByRole('combobox', { name: 'Upgrade available' }));
    await user.click(screen.getByRole('option', { name: 'No' }));
    // Every Helm deployment is behind its project: filters combine, so nothing matches.
    expect(
      await screen.findByRole('heading', { name: 'No applications match' }, SLOW),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Deployed via' }));
    await user.click(screen.getByRole('option', { name: 'Deployment service' }));
    await expectRows([
      'customer-kyc-uk',
      'hr-onboarding-staging',
      'invoice-approvals-eu',
      'leave-requests-apac',
      'procurement',
    ]);
    expect(currentSearch().toString()).toBe(
      'deployedVia=deployment-service&upgradeAvailable=false',
    );
  });

  it('narrows by search after typing pauses, keeping the typed text', async () => {
    const user = userEvent.setup();
    renderApplicationsList('?page=2');
    await screen.findByRole('heading', { name: 'Nothing on page 2' }, SLOW);
    const search = screen.getByRole('searchbox', { name: 'Search applications' });

    await user.type(search, 'invoice');
    // Every keystroke lands at once; the URL (and the fetch) waits for the pause.
    expect(search).toHaveValue('invoice');
    expect(currentSearch().get('q')).toBeNull();

    await expectRows(['invoice-approvals', 'invoice-approvals-eu', 'invoice-approvals-helm']);
    expect(currentSearch().toString()).toBe('q=invoice');
    expect(search).toHaveValue('invoice');
  });

  it('says when nothing matches and offers to show everything again', async () => {
    const user = userEvent.setup();
    renderApplicationsList('?q=no-such-app');

    expect(
      await screen.findByRole('heading', { name: 'No applications match' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all applications' }));
    await waitFor(() => expect(rowNames()).toHaveLength(18), SLOW);
    // A change that came from outside the box (not typing) is shown in it.
    expect(screen.getByRole('searchbox', { name: 'Search applications' })).toHaveValue('');
  });

  it('shows a failed fetch in place of the table, with a Retry that recovers', async () => {
    simulator.setScenario({ failure: { endpointId: 'listApplications', status: 500 } });
    const user = userEvent.setup();
    renderApplicationsList();

    expect(
      await screen.findByText('The server failed to handle the request', {}, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Applications' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search applications' })).toBeEnabled();

    simulator.clearScenario();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rowNames()).toHaveLength(18), SLOW);
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { renderWithProviders } from '@/testing/render';
import { installedKeys } from '../../api/keys';
import { UpgradeRecords } from './upgrade-records';

const SLOW = { timeout: 5000 };
const REFRESH_FAILED = 'The upgrade records could not be refreshed';

function renderRecords(applicationId: string, search = '') {
  return renderWithProviders(<UpgradeRecords applicationId={applicationId} />, {
    url: `/installed-applications/${applicationId}${search}`,
  });
}

/** Each record row's text: upgrade, status, components, by, when. */
async function recordRows() {
  const table = await screen.findByRole('table', { name: 'Upgrade records' }, SLOW);
  return within(table)
    .getAllByRole('rowheader')
    .map((header) => header.closest('tr')?.textContent);
}

describe('<UpgradeRecords>', () => {
  it('lists the records newest first, each linking to its own page', async () => {
    renderRecords('ia-003');
    const table = await screen.findByRole('table', { name: 'Upgrade records' }, SLOW);
    const headers = within(table).getAllByRole('rowheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      '1.11 → 1.12',
      '1.11 → 1.12',
      '1.10 → 1.11',
    ]);
    expect(within(table).getByRole('link', { name: /upg-seed-04$/ })).toHaveAttribute(
      'href',
      '/installed-applications/ia-003/upgrades/upg-seed-04',
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Upgrade', 'Status', 'Components', 'By', 'When']);
  });

  it('keeps the records of a failed refresh, says so above them, and Retry refreshes', async () => {
    const { queryClient, user } = renderRecords('ia-003');
    const before = await recordRows();
    expect(before).toHaveLength(3);

    simulator.setScenario({ failure: { endpointId: 'listTemplateUpgradeRecords', status: 500 } });
    await act(() =>
      queryClient.refetchQueries({ queryKey: [...installedKeys.detail('ia-003'), 'records'] }),
    );

    const notice = (await screen.findByText(REFRESH_FAILED, {}, SLOW)).closest<HTMLElement>(
      '[role="alert"]',
    );
    if (!notice) throw new Error('the notice is not an alert');
    expect(notice).toHaveTextContent('The upgrade records below are as they were last loaded.');
    const table = screen.getByRole('table', { name: 'Upgrade records' });
    expect(await recordRows()).toEqual(before);
    expect(notice.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    simulator.clearScenario();
    await user.click(within(notice).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(REFRESH_FAILED)).not.toBeInTheDocument(), SLOW);
    expect(await recordRows()).toEqual(before);
  });

  it('shows a first failure in place of the records, with a Retry that loads them', async () => {
    simulator.setScenario({ failure: { endpointId: 'listTemplateUpgradeRecords', status: 500 } });
    const { user } = renderRecords('ia-003');
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The upgrade records could not be loaded');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    simulator.clearScenario();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await recordRows()).toHaveLength(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says an application never upgraded runs the version it was installed at', async () => {
    renderRecords('ia-001');
    const section = await screen.findByRole('region', { name: 'Upgrade records' }, SLOW);
    expect(
      await within(section).findByRole('heading', { name: 'No upgrades yet' }, SLOW),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent('It runs the version it was installed at.');
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers the first page when the page in the URL is past the end', async () => {
    const { user, router } = renderRecords('ia-003', '?recordsPage=7');
    const heading = await screen.findByRole('heading', { name: 'Nothing on page 7' }, SLOW);
    expect(heading).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to first page' }));
    expect(await recordRows()).toHaveLength(3);
    expect(router.state.location.search).toBe('');
  });
});

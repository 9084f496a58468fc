import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';
import {
  applicationsTable,
  currentSearch,
  expectRows,
  renderApplicationsList,
  rowNames,
  SLOW,
} from '@/testing/list-test-utils';

describe('Applications list', () => {
  it('shows the simulator’s applications, sorted by name', async () => {
    renderApplicationsList();

    expect(screen.getByRole('heading', { level: 1, name: 'Applications' })).toBeInTheDocument();
    expect(await screen.findByText('18 applications', {}, SLOW)).toBeInTheDocument();
    const names = rowNames();
    expect(names).toHaveLength(18);
    expect(names.slice(0, 3)).toEqual(['claims-intake', 'claims-intake-dr', 'claims-legacy']);

    const row = screen.getByRole('rowheader', { name: 'invoice-approvals-helm' }).closest('tr');
    if (!row) throw new Error('row not found');
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual([
      'Invoice Approvals',
      '2',
      '2',
      'Running',
      'Helm',
      'Yes → v10',
    ]);
    const upToDate = screen.getByRole('rowheader', { name: 'invoice-approvals-eu' }).closest('tr');
    expect(within(upToDate ?? document.body).getByText('No')).toBeInTheDocument();
  });

  it('sorts by a column header, toggles direction, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderApplicationsList();
    await screen.findByText('18 applications', {}, SLOW);
    expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(screen.getByRole('button', { name: 'Name, sorted ascending' }));
    await waitFor(() => expect(rowNames()[0]).toBe('travel-expenses-us'), SLOW);
    expect(currentSearch().get('order')).toBe('desc');
    expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('button', { name: 'Name, sorted descending' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Project' }));
    await waitFor(
      () => expect(rowNames().slice(0, 2)).toEqual(['contract-review', 'contract-review-legal']),
      SLOW,
    );
    expect(currentSearch().toString()).toBe('sort=project');
    expect(screen.getByRole('columnheader', { name: /^Name/ })).not.toHaveAttribute('aria-sort');

    // Dates start newest first.
    await user.click(screen.getByRole('button', { name: 'Updated' }));
    await waitFor(() => expect(rowNames()[0]).toBe('contract-review-legal'), SLOW);
    expect(currentSearch().toString()).toBe('sort=updatedAt&order=desc');
  });

  it('restores every bit of state from a deep link', async () => {
    renderApplicationsList('?status=degraded&status=failed&sort=name&order=desc&q=-');

    await expectRows(['travel-expenses-us', 'procurement-sandbox', 'claims-legacy']);
    expect(screen.getByRole('searchbox', { name: 'Search applications' })).toHaveValue('-');
    expect(await screen.findByRole('combobox', { name: 'Status' }, SLOW)).toHaveTextContent(
      'Degraded, Failed',
    );
    expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('pages through 10,000 rows on the server and changes the page size', async () => {
    simulator.setLargeDataset(true);
    const user = userEvent.setup();
    renderApplicationsList();

    expect(await screen.findByText('1–25 of 10,018 applications', {}, SLOW)).toBeInTheDocument();
    expect(rowNames()).toHaveLength(25);
    expect(screen.getByText('Page 1 of 401')).toBeInTheDocument();
    const firstPage = rowNames();

    await user.click(await screen.findByRole('button', { name: 'Go to next page' }, SLOW));
    expect(await screen.findByText('26–50 of 10,018 applications', {}, SLOW)).toBeInTheDocument();
    expect(currentSearch().get('page')).toBe('2');
    await waitFor(() => expect(rowNames()).not.toEqual(firstPage), SLOW);
    expect(rowNames()).toHaveLength(25);

    await user.click(screen.getByRole('button', { name: 'Go to last page' }));
    expect(
      await screen.findByText('10,001–10,018 of 10,018 applications', {}, SLOW),
    ).toBeInTheDocument();
    await waitFor(() => expect(rowNames()).toHaveLength(18), SLOW);

    await user.click(screen.getByRole('combobox', { name: /Rows per page/ }));
    await user.click(await screen.findByRole('option', { name: '100' }, SLOW));
    expect(await screen.findByText('1–100 of 10,018 applications', {}, SLOW)).toBeInTheDocument();
    expect(currentSearch().toString()).toBe('pageSize=100');
    await waitFor(() => expect(rowNames()).toHaveLength(100), SLOW);
  });

  it('shows a past-the-end page as such, with a way back', async () => {
    const user = userEvent.setup();
    renderApplicationsList('?page=9');

    expect(
      await screen.findByRole('heading', { name: 'Nothing on page 9' }, SLOW),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to first page' }));
    await waitFor(() => expect(rowNames()).toHaveLength(18), SLOW);
    expect(currentSearch().has('page')).toBe(false);
    expect(applicationsTable()).toBeInTheDocument();
  });

  it('fetches a search’s rows once typing pauses briefly, before it applies, and only once', async () => {
    const user = userEvent.setup();
    renderApplicationsList();
    await screen.findByText('18 applications', {}, SLOW);
    const asked: { q: string | null; inUrl: boolean }[] = [];
    const seen = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname !== '/api/v1/applications') return;
      const q = url.searchParams.get('q');
      asked.push({ q, inUrl: currentSearch().get('q') === q });
    };
    server.events.on('request:start', seen);
    await user.click(screen.getByRole('searchbox', { name: 'Search applications' }));
    await user.paste('claims');
    await waitFor(() => expect(currentSearch().get('q')).toBe('claims'), SLOW);
    await expectRows(['claims-intake', 'claims-intake-dr', 'claims-legacy']);
    server.events.removeListener('request:start', seen);

    // Asked for while the URL still held the old search; the applied search found it cached.
    expect(asked).toEqual([{ q: 'claims', inUrl: false }]);
  });
});

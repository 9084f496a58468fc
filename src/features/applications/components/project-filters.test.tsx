import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { simulator } from '@mocks/simulator';
import { currentSearch, renderApplicationsList, rowNames, SLOW } from '@/testing/list-test-utils';

const combobox = (name: string) => screen.getByRole('combobox', { name });
/** The filters' selects load once the list's content is on screen. */
const findCombobox = (name: string) => screen.findByRole('combobox', { name }, SLOW);

/**
 * Waits for the polite count (a cheap text query; role queries over the table are slow in jsdom),
 * then checks the rows once.
 */
async function expectResult(names: string[]) {
  const count = `${String(names.length)} application${names.length === 1 ? '' : 's'}`;
  await screen.findByText(count, {}, SLOW);
  expect(rowNames()).toEqual(names);
}

async function openOptions(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await findCombobox(name));
  const listbox = await screen.findByRole('listbox', { name }, SLOW);
  return within(listbox).getAllByRole('option');
}

describe('Applications list: project and version filters', () => {
  it('filters by several projects, named in the URL by id, from page 1', async () => {
    const user = userEvent.setup();
    renderApplicationsList('?page=2');
    await screen.findByRole('heading', { name: 'Nothing on page 2' }, SLOW);

    const options = await openOptions(user, 'Project');
    await waitFor(() => expect(options.map((o) => o.textContent)).toContain('Invoice Approvals'));
    expect(
      within(screen.getByRole('listbox', { name: 'Project' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Contract Review',
      'Customer KYC',
      'Employee Onboarding',
      'Insurance Claims',
      'Invoice Approvals',
      'Leave Requests',
      'Procurement',
      'Travel Expenses',
    ]);
    await user.click(screen.getByRole('option', { name: 'Invoice Approvals' }));
    await user.click(screen.getByRole('option', { name: 'Insurance Claims' }));
    await user.keyboard('{Escape}');

    await expectResult([
      'claims-intake',
      'claims-intake-dr',
      'claims-legacy',
      'invoice-approvals',
      'invoice-approvals-eu',
      'invoice-approvals-helm',
    ]);
    expect(currentSearch().toString()).toBe('project=p-claims&project=p-invoice');
    expect(combobox('Project')).toHaveTextContent('Insurance Claims, Invoice Approvals');
  });

  it('offers the chosen projects’ released versions, ascending, and filters by one', async () => {
    const user = userEvent.setup();
    renderApplicationsList();
    await screen.findByText('18 applications', {}, SLOW);

    let options = await openOptions(user, 'Project version');
    await waitFor(() => expect(options.length).toBeGreaterThan(1));
    options = within(screen.getByRole('listbox', { name: 'Project version' })).getAllByRole(
      'option',
    );
    expect(options.map((o) => o.textContent)).toEqual(
      ['Any', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12].map(String),
    );
    await user.keyboard('{Escape}');

    await user.click(combobox('Project'));
    await user.click(await screen.findByRole('option', { name: 'Invoice Approvals' }, SLOW));
    await user.keyboard('{Escape}');
    options = await openOptions(user, 'Project version');
    expect(options.map((o) => o.textContent)).toEqual(['Any', '1', '2', '4', '10']);
    await user.click(screen.getByRole('option', { name: '10' }));

    await expectResult(['invoice-approvals-eu']);
    expect(currentSearch().toString()).toBe('project=p-invoice&projectVersion=10');
    expect(combobox('Project version')).toHaveTextContent('10');
  });

  it('keeps a chosen version the new projects never released, saying so, and matches nothing', async () => {
    const user = userEvent.setup();
    renderApplicationsList('?project=p-invoice&projectVersion=10');
    await expectResult(['invoice-approvals-eu']);

    await user.click(await findCombobox('Project'));
    await user.click(await screen.findByRole('option', { name: 'Insurance Claims' }, SLOW));
    await user.click(screen.getByRole('option', { name: 'Invoice Approvals' }));
    await user.keyboard('{Escape}');

    expect(
      await screen.findByRole('heading', { name: 'No applications match' }, SLOW),
    ).toBeInTheDocument();
    expect(currentSearch().toString()).toBe('project=p-claims&projectVersion=10');
    expect(combobox('Project version')).toHaveTextContent('10 (not released)');
    const options = await openOptions(user, 'Project version');
    expect(options.map((o) => o.textContent)).toEqual([
      'Any',
      '1',
      '3',
      '5',
      '6',
      '9',
      '10 (not released by the selected projects)',
    ]);
    await user.click(screen.getByRole('option', { name: '5' }));
    await expectResult(['claims-intake']);
    expect(currentSearch().toString()).toBe('project=p-claims&projectVersion=5');
  });

  it('refuses a typed application version that is not a whole number ≥ 1, keeping the URL', async () => {
    const user = userEvent.setup();
    renderApplicationsList('?applicationVersion=4');
    await expectResult(['customer-kyc-uk', 'invoice-approvals-eu', 'leave-requests']);
    const field = screen.getByRole('textbox', { name: 'Application version' });
    expect(field).toHaveValue('4');

    for (const bad of ['0', '-1', '2.5', 'abc']) {
      // Pasted over the old value: typing key by key could pause on a valid prefix ("2" of "2.5").
      await user.tripleClick(field);
      await user.paste(bad);
      expect(field).toHaveValue(bad);
      expect(
        await screen.findByText('Enter a whole number, 1 or more', {}, SLOW),
      ).toBeInTheDocument();
      expect(field).toHaveAccessibleDescription('Enter a whole number, 1 or more');
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(currentSearch().toString()).toBe('applicationVersion=4');
    }

    await user.clear(field);
    await user.type(field, '3{Enter}');
    expect(screen.queryByText('Enter a whole number, 1 or more')).not.toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'false');
    await expectResult([
      'claims-intake',
      'customer-kyc',
      'hr-onboarding-staging',
      'invoice-approvals',
    ]);
    expect(currentSearch().toString()).toBe('applicationVersion=3');
  });

  it('clears project, project version and application version with the other filters', async () => {
    const user = userEvent.setup();
    renderApplicationsList('?project=p-invoice&projectVersion=4&applicationVersion=3&page=1');
    await expectResult(['invoice-approvals']);
    await waitFor(() => expect(combobox('Project')).toHaveTextContent('Invoice Approvals'));
    expect(combobox('Project version')).toHaveTextContent('4');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await screen.findByText('18 applications', {}, SLOW);
    expect(currentSearch().toString()).toBe('');
    expect(combobox('Project')).toHaveTextContent('Any');
    expect(combobox('Project version')).toHaveTextContent('Any');
    expect(screen.getByRole('textbox', { name: 'Application version' })).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('says at the filters when the projects could not be loaded, with a Retry that recovers', async () => {
    simulator.setScenario({ failure: { endpointId: 'listProjects', status: 500 } });
    const user = userEvent.setup();
    renderApplicationsList();
    await screen.findByText('18 applications', {}, SLOW);

    const message = await screen.findByText(
      'Projects could not be loaded: the Project and Project version filters are unavailable.',
      {},
      SLOW,
    );
    expect(combobox('Project')).toHaveAccessibleDescription(message.textContent);
    expect(combobox('Project version')).toHaveAccessibleDescription(message.textContent);

    simulator.clearScenario();
    await user.click(screen.getByRole('button', { name: 'Retry loading projects' }));
    await waitFor(() => expect(message).not.toBeInTheDocument(), SLOW);
    expect(combobox('Project')).not.toHaveAccessibleDescription();
    const options = await openOptions(user, 'Project');
    expect(options.map((o) => o.textContent)).toContain('Invoice Approvals');
  });

  it('shows the server’s refusal of an unknown project in place of the table', async () => {
    const user = userEvent.setup();
    renderApplicationsList('?project=p-gone');

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The request is not valid');
    expect(alert).toHaveTextContent('No project has the id "p-gone".');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(combobox('Project'));
    await user.click(await screen.findByRole('option', { name: 'Unknown project (p-gone)' }, SLOW));
    await user.keyboard('{Escape}');
    await screen.findByText('18 applications', {}, SLOW);
    expect(currentSearch().toString()).toBe('');
  });
});

import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { OverviewPanel } from './overview-panel';
import { renderDetail, SLOW } from '@/testing/detail-test-utils';

describe('application detail screen', () => {
  it('shows the name, status, how it was deployed and the versions of invoice-approvals', async () => {
    renderDetail('', (app) => <OverviewPanel app={app} />);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'invoice-approvals' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByText('Project version 4 · Application version 3')).toBeInTheDocument();
    expect(screen.getByText(/Upgrade available → project version 10/)).toBeInTheDocument();
    expect(screen.getAllByText('Running').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Deployment service').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Back to applications' })).toHaveAttribute(
      'href',
      '/applications',
    );
  });

  it('marks the tab the URL names as selected, each tab being a link to its own URL', async () => {
    renderDetail('', (app) => <OverviewPanel app={app} />);
    const tabs = await screen.findByRole('tablist', { name: 'Application sections' }, SLOW);

    expect(within(tabs).getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(within(tabs).getByRole('tab', { name: 'Services' })).toHaveAttribute(
      'href',
      '/applications/app-001/services',
    );
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual([
      'Overview',
      'Services',
      'Infrastructure',
      'Connectors',
      'Access',
      'Running work',
      'History',
    ]);
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Overview');
  });

  it('lists released project versions: the deployed one, and what each higher one would make', async () => {
    renderDetail('', (app) => <OverviewPanel app={app} />);
    const list = await screen.findByRole('list', { name: 'Released project versions' }, SLOW);
    const items = within(list).getAllByRole('listitem');

    expect(items.map((item) => within(item).getByText(/^Project version/).textContent)).toEqual([
      'Project version 10',
      'Project version 4',
      'Project version 2',
      'Project version 1',
    ]);
    expect(items[0]).toHaveTextContent('Upgrade target → application version 4');
    expect(items[1]).toHaveTextContent('Deployed · application version 3');
    expect(items[2]).toHaveTextContent('Earlier');
  });

  it('keeps the page and offers a Retry when the application cannot be loaded', async () => {
    simulator.setScenario({ failure: { endpointId: 'getApplication', status: 500 } });
    const { user } = renderDetail('', (app) => <OverviewPanel app={app} />);

    expect(await screen.findByText('This application could not be loaded', {}, SLOW)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Application' })).toBeInTheDocument();

    simulator.clearScenario();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'invoice-approvals' }, SLOW),
    ).toBeInTheDocument();
  });
});

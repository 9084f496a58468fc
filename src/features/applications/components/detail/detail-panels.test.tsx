import { screen, within } from '@testing-library/react';
import { getApplication } from '../../api/get-application';
import { MASK } from '@/lib/secrets';
import { ConnectorsPanel } from './connectors-panel';
import { InfrastructurePanel } from './infrastructure-panel';
import { RunningWorkPanel } from './running-work-panel';
import { ServicesPanel } from './services-panel';
import { renderDetail, SLOW } from '@/testing/detail-test-utils';

describe('application detail tabs', () => {
  it('Services: one block per service with its image and variables, secrets masked', async () => {
    renderDetail('services', (app) => <ServicesPanel app={app} />);

    await screen.findByRole('heading', { level: 2, name: 'runtime-bundle' }, SLOW);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'runtime-bundle',
      'query-service',
      'audit-service',
    ]);
    expect(
      screen.getByText(
        'Not changed by an upgrade: only connectors can get a new image or variables.',
      ),
    ).toBeInTheDocument();
    const runtime = screen.getByRole('table', { name: 'Variables of runtime-bundle' });
    expect(within(runtime).getByRole('row', { name: /APP_LOG_LEVEL/ })).toHaveTextContent('INFO');
    const secretRow = within(runtime).getByRole('row', { name: /SPRING_DATASOURCE_PASSWORD/ });
    expect(secretRow).toHaveTextContent(MASK);
    expect(secretRow).not.toHaveTextContent('pw-app-001-7f3a');
    expect(screen.getByRole('tab', { name: 'Services' })).toHaveAttribute('aria-selected', 'true');
  });

  it('reveals one secret on purpose and hides it again', async () => {
    const { user } = renderDetail('services', (app) => <ServicesPanel app={app} />);
    const reveal = await screen.findByRole(
      'button',
      { name: 'Reveal SPRING_DATASOURCE_PASSWORD of runtime-bundle' },
      SLOW,
    );
    expect(reveal).toHaveAttribute('aria-pressed', 'false');

    await user.click(reveal);
    expect(await screen.findByText('pw-app-001-7f3a')).toBeInTheDocument();
    expect(reveal).toHaveAttribute('aria-pressed', 'true');
    // Only that value: the query service's secret stays masked.
    expect(screen.queryByText('kc-app-001-91bd')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Reveal KEYCLOAK_CLIENT_SECRET of query-service' }),
    ).toHaveAttribute('aria-pressed', 'false');

    await user.click(reveal);
    expect(reveal).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByText('pw-app-001-7f3a')).not.toBeInTheDocument();
  });

  it('Connectors: the custom erp-connector with its image and a masked token', async () => {
    const { user } = renderDetail('connectors', (app) => <ConnectorsPanel app={app} />);

    const heading = await screen.findByRole('heading', { level: 2, name: 'erp-connector' }, SLOW);
    const card = heading.closest('section');
    if (!card) throw new Error('erp-connector has no section');
    const section = within(card);
    expect(section.getByText('Custom')).toBeInTheDocument();
    expect(
      section.getByText('registry.spacetech.example/invoice-approvals/erp-connector:2.3.1'),
    ).toBeInTheDocument();
    expect(section.getByText('https://erp-connector.spacetech.example')).toBeInTheDocument();
    expect(section.queryByText('tok-app-001-c0de')).not.toBeInTheDocument();
    await user.click(section.getByRole('button', { name: 'Reveal API_TOKEN of erp-connector' }));
    expect(await section.findByText('tok-app-001-c0de')).toBeInTheDocument();
  });

  it('Infrastructure: every field, read-only', async () => {
    renderDetail('infrastructure', (app) => <InfrastructurePanel app={app} />);
    await screen.findByRole('heading', { level: 2, name: 'Infrastructure' }, SLOW);
    const { infrastructure } = await getApplication('app-001');

    expect(screen.getByText('Read-only: an upgrade cannot change infrastructure.')).toBeVisible();
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    const values = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(Object.fromEntries(terms.map((t, i) => [t, values[i]]))).toEqual({
      Cluster: infrastructure.cluster,
      Namespace: infrastructure.namespace,
      Replicas: String(infrastructure.replicas),
      CPU: infrastructure.cpu,
      Memory: infrastructure.memory,
      'Storage class': infrastructure.storageClass,
      'Ingress host': infrastructure.ingressHost,
    });
  });

  it('Running work: process and task instances per application version, as the API holds them', async () => {
    renderDetail('work', (app) => <RunningWorkPanel app={app} />);
    const table = await screen.findByRole(
      'table',
      { name: 'Running work by application version' },
      SLOW,
    );
    const { runningWork } = await getApplication('app-001');

    expect(
      screen.getByText(
        'Work running on earlier versions finishes there; new work starts on application version 3.',
      ),
    ).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual(
      [...runningWork]
        .sort((a, b) => b.applicationVersion - a.applicationVersion)
        .map((w) => [String(w.processInstances), String(w.taskInstances)]),
    );
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['3 (current)', '2', '1']);
  });
});

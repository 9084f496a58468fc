import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { renderWithProviders } from '@/testing/render';
import { TemplateDiffScreen } from './template-diff-screen';

const SLOW = { timeout: 5000 };

function renderDiff(search = '?from=1.0&to=1.1') {
  return renderWithProviders(<TemplateDiffScreen templateId="tpl-team-wiki" />, {
    url: `/templates/tpl-team-wiki/diff${search}`,
  });
}

async function retryOf(text: string) {
  const alert = await screen.findByRole('alert', {}, SLOW);
  expect(alert).toHaveTextContent(text);
  return within(alert).getByRole('button', { name: 'Retry' });
}

async function expectDiff() {
  expect(await screen.findByRole('button', { name: /^1 added:/ }, SLOW)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /^1 changed:/ })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
}

describe('version differences after a failure', () => {
  it('recover from offline with one Retry: the template and the diff', async () => {
    simulator.setScenario({ offline: true });
    const { user } = renderDiff();
    const retry = await retryOf('The server could not be reached');
    simulator.setScenario({ offline: false });
    await user.click(retry);
    await expectDiff();
  });

  it('offer Retry when the diff is malformed, and recover', async () => {
    simulator.setScenario({ malformedEndpointId: 'getTemplateDiff' });
    const { user } = renderDiff();
    const retry = await retryOf('The server sent data the console does not understand');
    simulator.clearScenario();
    await user.click(retry);
    await expectDiff();
  });

  it('offer Retry when the diff times out, and recover', async () => {
    simulator.setScenario({ timeoutEndpointId: 'getTemplateDiff' });
    const { user } = renderDiff();
    const retry = await retryOf('The server took too long to answer');
    simulator.clearScenario();
    await user.click(retry);
    await expectDiff();
  });

  it('still explain an unpublished version, naming the published ones', async () => {
    renderDiff('?from=1.0&to=9.9');
    expect(await screen.findByText('Version not found', {}, SLOW)).toBeInTheDocument();
    expect(
      screen.getByText(/Pick published versions above: 2\.0, 1\.1, 1\.0\./),
    ).toBeInTheDocument();
  });
});

import { http, HttpResponse } from 'msw';
import { screen } from '@testing-library/react';
import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/render';
import { PanelError } from './panel-error';

const failureOf = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );

const startUpgrade = () =>
  apiCall(endpoints.startTemplateUpgrade, {
    params: { applicationId: 'ia-002' },
    body: { revision: 1, toVersion: '2.0', components: ['web'] },
    idempotencyKey: 'k-panel-error',
  });

describe('<PanelError> for a refusal that says only its status', () => {
  it('names what was refused, why, and what to do next', async () => {
    simulator.setScenario({ failure: { endpointId: 'startTemplateUpgrade', status: 409 } });
    renderWithProviders(<PanelError error={await failureOf(startUpgrade())} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The upgrade was refused: someone else changed this application',
    );
    expect(alert).toHaveTextContent(
      'Simulated failure of startTemplateUpgrade (simulator controls). Reload to see their change; your choices are kept.',
    );
    expect(alert).not.toHaveTextContent(/status 409|Conflict/);
  });

  it('gives the advice alone when the server sent neither a problem nor a detail', async () => {
    server.use(
      http.get('*/api/v1/projects', () => new HttpResponse(null, { status: 422, statusText: '' })),
    );
    renderWithProviders(<PanelError error={await failureOf(apiCall(endpoints.listProjects))} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The projects could not be loaded: some of the values were not accepted' +
        'Correct them and try again; your choices are kept.',
    );
    expect(alert).not.toHaveTextContent(/HTTP 422|Something unexpected/);
  });
});

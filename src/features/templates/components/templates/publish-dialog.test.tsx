import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/render';
import { PublishDialog } from './publish-dialog';

const SLOW = { timeout: 5000 };

async function renderPublish() {
  const template = await apiCall(endpoints.getTemplate, {
    params: { templateId: 'tpl-spacetech-portal' },
  });
  const onClose = vi.fn<() => void>();
  const view = renderWithProviders(<PublishDialog template={template} onClose={onClose} />);
  await screen.findByRole('dialog', { name: 'Publish a new version of spacetech-portal' }, SLOW);
  return { ...view, onClose };
}

const version = () => screen.getByRole('textbox', { name: 'Version' });
const notes = () => screen.getByRole('textbox', { name: 'Release notes' });
const publish = () => screen.getByRole('button', { name: /^Publish$/ });

describe('Publish a new version', () => {
  it("puts the server's 422 on the version field, keeping what was typed", async () => {
    server.use(
      http.post('*/api/v1/templates/:templateId/versions', () =>
        HttpResponse.json(
          {
            type: 'urn:upshift:problem:version-not-greater',
            title: 'The version must be greater than the latest',
            status: 422,
            errors: [
              { field: 'version', message: '1.1 is not greater than the latest version, 1.1.' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderPublish();
    await user.type(version(), '1.1');
    await user.type(notes(), 'Adds Redis');
    await user.click(publish());
    expect(
      await screen.findByText('1.1 is not greater than the latest version, 1.1.', {}, SLOW),
    ).toBeVisible();
    expect(version()).toHaveAttribute('aria-invalid', 'true');
    expect(version()).toHaveFocus();
    expect(version()).toHaveValue('1.1');
    expect(notes()).toHaveValue('Adds Redis');
  });

  it('refuses a lower version before asking the server, naming the latest', async () => {
    const { user } = await renderPublish();
    await user.type(version(), '0.9');
    await user.click(publish());
    expect(
      await screen.findByText(
        '0.9 is not greater than the latest version, 1.0. Give a greater version, such as 1.1.',
      ),
    ).toBeVisible();
  });

  it('asks before leaving with what was typed, on a navigation away and on Cancel', async () => {
    const { user, router, onClose } = await renderPublish();
    await user.type(version(), '1.1');
    await user.type(notes(), 'Adds Redis');

    void router.navigate('/templates');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(ask).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/');
    expect(version()).toHaveValue('1.1');
    expect(notes()).toHaveValue('Adds Redis');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const again = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes at once when nothing was typed', async () => {
    const { user, onClose } = await renderPublish();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
  });
});

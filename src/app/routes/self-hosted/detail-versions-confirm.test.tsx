import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';
import { queryClient } from '@/lib/query-client';
import { renderVersions, SLOW, versionRow } from '@/testing/versions-tab';
import { selfHostedRoutes } from './routes';

afterEach(() => queryClient.clear());

const TAB = '/my-applications/sh-004';
const DIALOG = '/my-applications/sh-004/versions/5.1.0/confirm-update';
const comment = (dialog: HTMLElement) =>
  within(dialog).getByRole('textbox', { name: 'Comment (optional)' });

/** The Versions tab of sh-004, then Confirm Update on 5.1.0 from its row. */
async function openConfirmUpdate() {
  const user = userEvent.setup();
  const router = renderVersions(selfHostedRoutes, TAB);
  await user.click((await versionRow('5.1.0')).getByRole('link', { name: 'Confirm Update' }));
  const dialog = await screen.findByRole('dialog', { name: 'Update to 5.1.0?' }, SLOW);
  return { user, router, dialog };
}

describe('Confirm Update keeps what was typed', () => {
  it.each([403, 409, 422])(
    'after a %s: the error, the summary, the comment and Yes stay; Yes then starts it',
    async (status) => {
      const { user, dialog } = await openConfirmUpdate();
      await user.type(comment(dialog), 'After the demo');
      simulator.setScenario({ failure: { endpointId: 'startAppVersionSwitch', status } });
      await user.click(within(dialog).getByRole('button', { name: 'Yes' }));

      expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent(
        'Simulated failure of startAppVersionSwitch',
      );
      expect(dialog).toHaveTextContent('Switch5.0.0 → 5.1.0, an update to a newer version.');
      expect(comment(dialog)).toHaveValue('After the demo');
      expect(simulator.db.operations).toEqual([]);

      simulator.clearScenario();
      await user.click(within(dialog).getByRole('button', { name: 'Yes' }));
      await waitFor(() => expect(dialog).not.toBeInTheDocument(), SLOW);
      expect(simulator.db.operations.map((o) => o.input)).toMatchObject([
        { to: '5.1.0', direction: 'update', comment: 'After the demo' },
      ]);
    },
  );

  it("puts the server's 422 on the comment, keeping every character", async () => {
    server.use(
      http.post('*/api/v1/self-hosted-applications/:applicationId/switches', () =>
        HttpResponse.json(
          {
            type: 'https://upshift.example/problems/unprocessable',
            title: 'Some fields are not valid',
            status: 422,
            detail: 'Correct the highlighted fields and try again.',
            errors: [{ field: 'comment', message: 'Keep the comment to 500 characters or fewer.' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, dialog } = await openConfirmUpdate();
    await user.type(comment(dialog), 'Long story');
    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(comment(dialog)).toHaveAttribute('aria-invalid', 'true'), SLOW);
    expect(comment(dialog)).toHaveAccessibleDescription(
      /^Keep the comment to 500 characters or fewer\./,
    );
    expect(comment(dialog)).toHaveValue('Long story');
    expect(comment(dialog)).toHaveFocus();
  });

  it('501 characters: all kept, counted and refused at the field; Yes sends nothing', async () => {
    const { user, dialog } = await openConfirmUpdate();
    const field = comment(dialog);
    await user.click(field);
    await user.paste('x'.repeat(500));
    expect(field).toHaveAccessibleDescription(/500 of 500 characters$/);
    expect(field).toHaveAttribute('aria-invalid', 'false');
    await user.type(field, 'y');

    expect(field).toHaveValue(`${'x'.repeat(500)}y`);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'Keep the comment to 500 characters or fewer. 501 of 500 characters',
    );
    const posts: string[] = [];
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'POST') posts.push(request.url);
    };
    server.events.on('request:start', count);
    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));
    server.events.removeListener('request:start', count);
    expect(posts).toEqual([]);
    expect(field).toHaveFocus();
    expect(dialog).toBeInTheDocument();
  });
});

describe('leaving Confirm Update with a comment typed', () => {
  it('Back asks first; Keep editing keeps it; Discard leaves; Forward opens it clean', async () => {
    const { user, router, dialog } = await openConfirmUpdate();
    await user.type(comment(dialog), 'Half written');

    await router.navigate(-1);
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(router.state.location.pathname).toBe(DIALOG);
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(ask).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(DIALOG);
    expect(comment(dialog)).toHaveValue('Half written');

    await router.navigate(-1);
    const again = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(TAB));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());

    await router.navigate(1);
    const reopened = await screen.findByRole('dialog', { name: 'Update to 5.1.0?' }, SLOW);
    expect(comment(reopened)).toHaveValue('');
    expect(simulator.db.operations).toEqual([]);
  });

  it('Escape asks too; No is an answer and closes at once', async () => {
    const { user, router, dialog } = await openConfirmUpdate();
    await user.type(comment(dialog), 'Not yet');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(ask).not.toBeInTheDocument());
    expect(comment(dialog)).toHaveValue('Not yet');

    await user.click(within(dialog).getByRole('button', { name: 'No' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(TAB));
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
  });
});

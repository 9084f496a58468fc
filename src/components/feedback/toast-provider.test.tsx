import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Button from '@mui/material/Button';
import { useToast } from './toast-context';
import { ToastProvider } from './toast-provider';

function Trigger() {
  const toast = useToast();
  return (
    <>
      <Button onClick={() => toast.show({ message: 'Upgrade started', severity: 'success' })}>
        First
      </Button>
      <Button onClick={() => toast.show({ message: 'Second message' })}>Second</Button>
    </>
  );
}

describe('ToastProvider', () => {
  it('shows toasts one at a time inside a polite status region and closes on Escape', async () => {
    const user = userEvent.setup();
    render(
      <ToastProvider>
        <Trigger />
      </ToastProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'First' }));
    await user.click(screen.getByRole('button', { name: 'Second' }));

    const region = screen.getByRole('status', { name: 'Notifications' });
    expect(region).toHaveTextContent('Upgrade started');
    expect(region).not.toHaveTextContent('Second message');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(region).toHaveTextContent('Second message'));
    expect(region).not.toHaveTextContent('Upgrade started');

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(region).toBeEmptyDOMElement());
  });

  it('offers an action button that runs and closes the toast, beside Close', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    function WithAction() {
      const toast = useToast();
      return (
        <Button
          onClick={() =>
            toast.show({
              message: 'New in your Inbox',
              action: { label: 'Open Inbox', onClick: () => opened.push('inbox') },
            })
          }
        >
          Notify
        </Button>
      );
    }
    render(
      <ToastProvider>
        <WithAction />
      </ToastProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Notify' }));
    const region = screen.getByRole('status', { name: 'Notifications' });
    expect(region).toHaveTextContent('New in your Inbox');
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open Inbox' }));
    expect(opened).toEqual(['inbox']);
    await waitFor(() => expect(region).toBeEmptyDOMElement());
  });

  it('lets a yielding toast give way at once to the next one', async () => {
    const user = userEvent.setup();
    function Both() {
      const toast = useToast();
      return (
        <>
          <Button onClick={() => toast.show({ message: 'New in your Inbox', yields: true })}>
            News
          </Button>
          <Button onClick={() => toast.show({ message: 'Access saved', severity: 'success' })}>
            Save
          </Button>
        </>
      );
    }
    render(
      <ToastProvider>
        <Both />
      </ToastProvider>,
    );
    const region = screen.getByRole('status', { name: 'Notifications' });
    await user.click(screen.getByRole('button', { name: 'News' }));
    expect(region).toHaveTextContent('New in your Inbox');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Well before the news would have hidden by itself (6 s).
    await waitFor(() => expect(region).toHaveTextContent('Access saved'), { timeout: 2000 });
    expect(region).not.toHaveTextContent('New in your Inbox');
  });
});

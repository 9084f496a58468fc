import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Button from '@mui/material/Button';
import Dialog, { dialogClasses } from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
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
    await waitFor(() => expect(region).toHaveTextContent('Upgrade started'));
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
    await waitFor(() => expect(region).toHaveTextContent('New in your Inbox'));
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
    await waitFor(() => expect(region).toHaveTextContent('New in your Inbox'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Well before the news would have hidden by itself (6 s).
    await waitFor(() => expect(region).toHaveTextContent('Access saved'), { timeout: 2000 });
    expect(region).not.toHaveTextContent('New in your Inbox');
  });
});

describe('ToastProvider: keys and dialogs', () => {
  function Keyed() {
    const toast = useToast();
    return (
      <>
        <Button
          onClick={() => toast.show({ message: 'Saving failed', severity: 'error', key: 'save' })}
        >
          Fail
        </Button>
        <Button onClick={() => toast.show({ message: 'Saving failed again', key: 'save' })}>
          Fail again
        </Button>
        <Button onClick={() => toast.dismiss('save')}>Succeed</Button>
      </>
    );
  }

  it('replaces a toast by a newer one on the same subject, and dismisses it by its key', async () => {
    const user = userEvent.setup();
    render(
      <ToastProvider>
        <Keyed />
      </ToastProvider>,
    );
    const region = screen.getByRole('status', { name: 'Notifications' });
    await user.click(screen.getByRole('button', { name: 'Fail' }));
    await waitFor(() => expect(region).toHaveTextContent('Saving failed'));
    await user.click(screen.getByRole('button', { name: 'Fail again' }));
    await waitFor(() => expect(region).toHaveTextContent('Saving failed again'));
    await user.click(screen.getByRole('button', { name: 'Succeed' }));
    await waitFor(() => expect(region).toBeEmptyDOMElement());
  });

  it('shows a toast inside an open dialog, where it can be read and reached', async () => {
    const user = userEvent.setup();
    function WithDialog() {
      const toast = useToast();
      return (
        <Dialog open aria-labelledby="dialog-title">
          <DialogTitle id="dialog-title">Manage access</DialogTitle>
          <Button onClick={() => toast.show({ message: 'New in your Inbox' })}>Notify</Button>
        </Dialog>
      );
    }
    render(
      <ToastProvider>
        <WithDialog />
      </ToastProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Manage access' });
    await user.click(within(dialog).getByRole('button', { name: 'Notify' }));
    // Not hidden by the modal: found by role, and inside the dialog's focus trap.
    const region = screen.getByRole('status', { name: 'Notifications' });
    await waitFor(() => expect(region).toHaveTextContent('New in your Inbox'));
    expect(region.closest(`.${dialogClasses.container}`)).toContainElement(dialog);
    await user.tab();
    expect(within(region).getByRole('button', { name: 'Close' })).toHaveFocus();
  });
});

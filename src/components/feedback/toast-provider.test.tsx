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
});

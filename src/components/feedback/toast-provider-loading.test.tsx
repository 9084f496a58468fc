import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Button from '@mui/material/Button';
import type * as ContextModule from './toast-context';
import type * as ProviderModule from './toast-provider';

/** A fresh provider whose toast view arrives only when `release` is called. */
async function providerWithHeldView() {
  vi.resetModules();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.doMock('./toast-view', async (importOriginal) => {
    await held;
    return importOriginal();
  });
  const { ToastProvider }: typeof ProviderModule = await import('./toast-provider');
  const { useToast }: typeof ContextModule = await import('./toast-context');
  return { ToastProvider, useToast, release };
}

afterEach(() => {
  vi.doUnmock('./toast-view');
  vi.resetModules();
});

describe('ToastProvider while its view is loading', () => {
  it('shows a toast due meanwhile as soon as the view comes', async () => {
    const { ToastProvider, useToast, release } = await providerWithHeldView();
    function Trigger() {
      const toast = useToast();
      return <Button onClick={() => toast.show({ message: 'Upgrade started' })}>Start</Button>;
    }
    const user = userEvent.setup();
    render(
      <ToastProvider>
        <Trigger />
      </ToastProvider>,
    );
    const region = screen.getByRole('status', { name: 'Notifications' });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(region).toBeEmptyDOMElement();

    release();
    await waitFor(() => expect(region).toHaveTextContent('Upgrade started'));
  });

  it('drops a toast dismissed before the view came, so the next one is not held up', async () => {
    const { ToastProvider, useToast, release } = await providerWithHeldView();
    function Keyed() {
      const toast = useToast();
      return (
        <>
          <Button onClick={() => toast.show({ message: 'Saving failed', key: 'save' })}>
            Fail
          </Button>
          <Button onClick={() => toast.dismiss('save')}>Succeed</Button>
          <Button onClick={() => toast.show({ message: 'Access saved' })}>Save</Button>
        </>
      );
    }
    const user = userEvent.setup();
    render(
      <ToastProvider>
        <Keyed />
      </ToastProvider>,
    );
    const region = screen.getByRole('status', { name: 'Notifications' });
    await user.click(screen.getByRole('button', { name: 'Fail' }));
    await user.click(screen.getByRole('button', { name: 'Succeed' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    release();
    await waitFor(() => expect(region).toHaveTextContent('Access saved'));
    expect(region).not.toHaveTextContent('Saving failed');
  });
});

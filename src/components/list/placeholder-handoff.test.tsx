import { ThemeProvider } from '@mui/material/styles';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deferredModule, type DeferredModule } from '@/lib/deferred-module';
import { getTheme } from '@/theme';
import { choiceFilter } from './choice-filter';

/** The select parts arrive when a test lets them: each test starts without them. */
const parts = vi.hoisted(() => ({
  arrive: (): void => undefined,
  module: undefined as unknown as DeferredModule<typeof import('./select-parts')>,
}));
vi.mock('./use-select-parts', async () => {
  const { useDeferredModule } = await import('@/lib/deferred-module');
  const selectParts: DeferredModule<typeof import('./select-parts')> = {
    load: () => parts.module.load(),
    preload: () => parts.module.preload(),
    peek: () => parts.module.peek(),
    subscribe: (onLoad) => parts.module.subscribe(onLoad),
  };
  return { selectParts, useSelectParts: () => useDeferredModule(parts.module) };
});

const ViaFilter = choiceFilter('Deployed via', 'via', { service: 'Service', helm: 'Helm' });
const KindFilter = choiceFilter('Kind', 'kind', { app: 'Application', job: 'Job' });

function renderFilter() {
  parts.module = deferredModule(
    () =>
      new Promise<typeof import('./select-parts')>((resolve) => {
        parts.arrive = () => resolve(import('./select-parts'));
      }),
  );
  const user = userEvent.setup();
  render(
    <ThemeProvider theme={getTheme()}>
      <button type="button">Before</button>
      <ViaFilter list={{ params: { via: 'helm' }, filter: () => undefined }} />
      <KindFilter list={{ params: {}, filter: () => undefined }} />
    </ThemeProvider>,
  );
  // Both placeholders go in one commit; the tests use the second.
  const placeholder = screen.getByRole('combobox', { name: 'Kind' });
  const arrive = async () => {
    parts.module.preload();
    parts.arrive();
    await act(() => parts.module.load());
  };
  return { user, placeholder, arrive };
}

const kind = () => screen.getByRole('combobox', { name: 'Kind' });
const selectArrived = () => waitFor(() => expect(kind()).toHaveClass('MuiSelect-select'));

describe('a select placeholder', () => {
  it('takes its place in the Tab order, and the select that replaces it takes the focus', async () => {
    const { user, placeholder, arrive } = renderFilter();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(placeholder).toHaveFocus();

    await arrive();
    await selectArrived();
    await waitFor(() => expect(kind()).toHaveFocus());
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it.each([
    [
      'an opening key',
      (user: ReturnType<typeof userEvent.setup>, field: HTMLElement) =>
        user.type(field, '{ArrowDown}'),
    ],
    [
      'a press',
      (user: ReturnType<typeof userEvent.setup>, field: HTMLElement) => user.click(field),
    ],
  ])('opens the select when it arrives after %s', async (_, ask) => {
    const { user, placeholder, arrive } = renderFilter();
    await ask(user, placeholder);
    expect(placeholder).toHaveFocus();

    await arrive();
    const listbox = await screen.findByRole('listbox');
    expect(listbox).toHaveTextContent('AnyApplicationJob');
  });

  it('leaves the focus where it is when it was not on the placeholder', async () => {
    const { user, arrive } = renderFilter();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();

    await arrive();
    await selectArrived();
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
  });
});

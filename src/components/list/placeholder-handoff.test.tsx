import { ThemeProvider } from '@mui/material/styles';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deferredModule, useDeferredModule, type DeferredModule } from '@/lib/deferred-module';
import { getTheme } from '@/theme';
import * as selectParts from './select-parts';
import { SelectPlaceholder } from './select-placeholder';

/**
 * The select's code, arriving when a test lets it: each test starts without it. (Its own module
 * rather than the lists' select parts, which other test files may have loaded already.)
 */
let arrive: () => void = () => undefined;
let selectCode: DeferredModule<typeof selectParts>;

function Filter({ label, options }: { label: string; options: string[] }) {
  const parts = useDeferredModule(selectCode);
  if (!parts) return <SelectPlaceholder label={label} value="Any" />;
  const { TextField, MenuItem } = parts;
  return (
    <TextField
      select
      size="small"
      label={label}
      value=""
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">Any</MenuItem>
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {option}
        </MenuItem>
      ))}
    </TextField>
  );
}

function renderFilter() {
  selectCode = deferredModule(
    () => new Promise<typeof selectParts>((resolve) => (arrive = () => resolve(selectParts))),
  );
  const user = userEvent.setup();
  render(
    <ThemeProvider theme={getTheme()}>
      <button type="button">Before</button>
      <Filter label="Deployed via" options={['Service', 'Helm']} />
      <Filter label="Kind" options={['Application', 'Job']} />
    </ThemeProvider>,
  );
  // Both placeholders go in one commit; the tests use the second.
  const placeholder = screen.getByRole('combobox', { name: 'Kind' });
  const arrived = async () => {
    selectCode.preload();
    arrive();
    await act(() => selectCode.load());
  };
  return { user, placeholder, arrive: arrived };
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

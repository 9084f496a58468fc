import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { choiceFilter } from './choice-filter';

const ViaFilter = choiceFilter('Deployed via', 'via', { service: 'Service', helm: 'Helm' });

describe('choiceFilter', () => {
  it('offers Any and then each label in order, and filters on its key', async () => {
    const filter = vi.fn<(patch: { via?: 'service' | 'helm' }) => void>();
    const { user } = renderWithProviders(
      <ViaFilter list={{ params: { via: 'service' }, filter }} />,
    );
    // The select loads after the page's content (here there is none: after a short wait); its
    // placeholder stands in until then.
    await waitFor(
      () =>
        expect(screen.getByRole('combobox', { name: 'Deployed via' })).toHaveClass(
          'MuiSelect-select',
        ),
      { timeout: 5000 },
    );
    const field = screen.getByRole('combobox', { name: 'Deployed via' });
    expect(field).toHaveTextContent('Service');

    await user.click(field);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Any', 'Service', 'Helm']);
    await user.click(screen.getByRole('option', { name: 'Helm' }));
    expect(filter).toHaveBeenLastCalledWith({ via: 'helm' });

    await user.click(field);
    await user.click(screen.getByRole('option', { name: 'Any' }));
    expect(filter).toHaveBeenLastCalledWith({ via: undefined });
  });
});

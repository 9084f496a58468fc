import { screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { renderWithProviders } from './render';
import { ApplicationsListScreen } from '@/features/applications/components/applications-list-screen';

/** Shows the router's current URL, so tests can assert what the list wrote to it. */
function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

export function renderApplicationsList(search = '') {
  return renderWithProviders(
    <>
      <ApplicationsListScreen />
      <LocationProbe />
    </>,
    { url: `/applications${search}` },
  );
}

export function currentSearch(): URLSearchParams {
  const text = screen.getByTestId('location').textContent;
  return new URLSearchParams(text.split('?')[1] ?? '');
}

export function applicationsTable(): HTMLElement {
  return screen.getByRole('table', { name: 'Applications' });
}

/** Application names in the order the table shows them (each row's header cell). */
export function rowNames(): string[] {
  return within(applicationsTable())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

/** Role queries over a full table are slow in jsdom (~0.5 s each), so waits get more time. */
export const SLOW = { timeout: 5000 };

/** Waits until the table shows exactly these rows, first to last. */
export async function expectRows(names: string[]) {
  await waitFor(() => expect(rowNames()).toEqual(names), SLOW);
}

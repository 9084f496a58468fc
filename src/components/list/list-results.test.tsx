import { screen, within } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { ListResults } from './list-results';

interface Page {
  items: string[];
  total: number;
}

/** What the fake endpoint answers next; each call is counted. */
function endpoint(first: () => Promise<Page>) {
  const state = { answer: first, calls: 0 };
  const fetchPage = () => {
    state.calls += 1;
    return state.answer();
  };
  return { state, fetchPage };
}

const ok =
  (items: string[], total = items.length) =>
  () =>
    Promise.resolve({ items, total });
const failing = () => Promise.reject(new Error('offline'));
const pending = () => new Promise<Page>(() => undefined);

const texts = {
  noun: 'things',
  failed: 'The things could not be loaded',
  emptyDetail: 'Things appear here once someone makes one.',
};

function Things(props: {
  fetchPage: () => Promise<Page>;
  page?: number;
  filtered?: boolean;
  onFirstPage?: () => void;
  clear?: () => void;
}) {
  const query = useQuery({ queryKey: ['things'], queryFn: props.fetchPage });
  const list = {
    params: { page: props.page ?? 1 },
    filtered: props.filtered ?? false,
    onFirstPage: props.onFirstPage ?? (() => undefined),
    clear: props.clear ?? (() => undefined),
  };
  return (
    <>
      <button type="button" onClick={() => void query.refetch()}>
        Refresh
      </button>
      <ListResults query={query} texts={texts} list={list}>
        {(data) => (
          <ul aria-label="Things">
            {data.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </ListResults>
    </>
  );
}

const things = () => screen.getByRole('list', { name: 'Things' });

describe('<ListResults>', () => {
  it('says it is loading while the first page has not come', () => {
    const { fetchPage } = endpoint(pending);
    renderWithProviders(<Things fetchPage={fetchPage} />);
    expect(screen.getByText('Loading things…').closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows a first failure in place of the list, with a Retry that loads it', async () => {
    const { state, fetchPage } = endpoint(failing);
    const { user } = renderWithProviders(<Things fetchPage={fetchPage} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The things could not be loaded');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();

    state.answer = ok(['one', 'two']);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Things' })).toHaveTextContent('onetwo');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the rows of a failed refresh, says so above them, and Retry refreshes', async () => {
    const { state, fetchPage } = endpoint(ok(['one', 'two']));
    const { user } = renderWithProviders(<Things fetchPage={fetchPage} />);
    expect(await screen.findByRole('list', { name: 'Things' })).toHaveTextContent('onetwo');

    state.answer = failing;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The things could not be refreshed');
    // What went wrong, in the problem's own words, as the first load's error says it.
    expect(alert).toHaveTextContent('Something went wrong:');
    expect(alert).toHaveTextContent('The things below are as they were last loaded.');
    expect(things()).toHaveTextContent('onetwo');
    // The notice comes before the rows it speaks of.
    expect(alert.compareDocumentPosition(things()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    state.answer = ok(['one', 'two', 'three']);
    const callsBefore = state.calls;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('three')).toBeInTheDocument();
    expect(state.calls).toBe(callsBefore + 1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a list is empty, with why', async () => {
    const { fetchPage } = endpoint(ok([]));
    renderWithProviders(<Things fetchPage={fetchPage} />);
    expect(await screen.findByRole('heading', { name: 'No things yet' })).toBeInTheDocument();
    expect(screen.getByText('Things appear here once someone makes one.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('offers to clear the filters when they match nothing', async () => {
    const { fetchPage } = endpoint(ok([]));
    const clear = vi.fn();
    const { user } = renderWithProviders(<Things fetchPage={fetchPage} filtered clear={clear} />);
    expect(await screen.findByRole('heading', { name: 'No things match' })).toBeInTheDocument();
    expect(screen.getByText('Nothing matches the current search and filter.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('says a page past the end is one, with a way back to the first', async () => {
    const { fetchPage } = endpoint(ok([], 1234));
    const onFirstPage = vi.fn();
    const { user } = renderWithProviders(
      <Things fetchPage={fetchPage} page={1200} onFirstPage={onFirstPage} filtered />,
    );
    expect(
      await screen.findByRole('heading', { name: 'Nothing on page 1,200' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Only 1,234 things match, so this page is past the end of the list.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to first page' }));
    expect(onFirstPage).toHaveBeenCalledTimes(1);
  });
});

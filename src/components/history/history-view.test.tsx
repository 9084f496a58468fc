import { useQuery } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import type { AuditEntry } from '@/contract/audit';
import { absoluteTime } from '@/lib/format';
import { TEST_NOW } from '@/testing/clock';
import { renderWithProviders } from '@/testing/render';
import { describeAction } from './history-text';
import { HistoryView } from './history-view';

const KEY = ['history-view-test'];
const alex = { id: 'u-admin', name: 'Alex Morgan' };
const resource = { type: 'thing', id: 't-1', name: 'billing' };
const at = new Date(TEST_NOW - 2 * 3_600_000).toISOString();

const entries: AuditEntry[] = [
  {
    id: 'e-3',
    at,
    actor: alex,
    action: 'thing.reveal',
    resource,
    fields: ['API_TOKEN of erp'],
    outcome: 'succeeded',
  },
  {
    id: 'e-2',
    at,
    actor: alex,
    action: 'thing.retire',
    resource,
    from: '1.0',
    outcome: 'refused',
    reason: 'Still in use',
  },
  {
    id: 'e-1',
    at,
    actor: alex,
    action: 'thing.register',
    resource,
    to: '1.1',
    comment: 'Try <b>it</b>',
    outcome: 'started',
  },
];

let answer: () => Promise<{ items: AuditEntry[] }>;

function History() {
  const query = useQuery({ queryKey: KEY, queryFn: () => answer() });
  return (
    <HistoryView
      query={query}
      name="billing"
      describe={describeAction({ 'thing.reveal': 'Values read', 'thing.register': 'Registered' })}
      emptyDetail="Registrations of billing will be listed here."
    />
  );
}

const list = () => screen.findByRole('list', { name: 'Changes to billing, newest first' });

describe('HistoryView', () => {
  it('shows a skeleton while loading, then who did what, when, from → to, what was read and why', async () => {
    let settle: (items: AuditEntry[]) => void = () => undefined;
    answer = () => new Promise((resolve) => (settle = (items) => resolve({ items })));
    renderWithProviders(<History />);
    expect(await screen.findByText('Loading history…')).toBeInTheDocument();

    act(() => settle(entries));
    const items = within(await list()).getAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Values read',
      'thing.retire',
      'Registered',
    ]);
    const [read, retired, registered] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(read).toHaveTextContent('Succeeded');
    expect(read).toHaveTextContent('by Alex Morgan');
    expect(read).toHaveTextContent('Read: API_TOKEN of erp');
    const time = read.querySelector('time');
    expect(time).toHaveAttribute('dateTime', at);
    expect(time).toHaveAttribute('title', absoluteTime(at));
    expect(time).toHaveTextContent('(2 hours ago)');
    expect(retired).toHaveTextContent('Refused');
    expect(retired).toHaveTextContent('1.0 → —');
    expect(retired).toHaveTextContent('Why: Still in use');
    expect(registered).toHaveTextContent('Started');
    expect(registered).toHaveTextContent('— → 1.1');
    expect(registered.querySelector('q bdi')).toHaveTextContent('Try <b>it</b>');
  });

  it('a first load that fails says so with Retry, and Retry loads it', async () => {
    answer = () => Promise.reject(new Error('down'));
    const { user } = renderWithProviders(<History />);
    expect(await screen.findByText('History could not be loaded')).toBeVisible();

    answer = () => Promise.resolve({ items: entries });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(within(await list()).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('an empty history says what will be listed, and keeps saying it when a refresh fails', async () => {
    answer = () => Promise.resolve({ items: [] });
    const { queryClient } = renderWithProviders(<History />);
    const empty = await screen.findByRole('heading', { level: 2, name: 'No changes recorded' });
    expect(screen.getByText('Registrations of billing will be listed here.')).toBeVisible();

    answer = () => Promise.reject(new Error('down'));
    await act(() => queryClient.refetchQueries({ queryKey: KEY }));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('History could not be refreshed');
    expect(notice).toHaveTextContent('The changes below are as they were last loaded.');
    expect(notice.compareDocumentPosition(empty) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'No changes recorded' })).toBeVisible();
  });
});

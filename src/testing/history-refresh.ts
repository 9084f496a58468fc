import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { simulator } from '@mocks/simulator';

const SLOW = { timeout: 5000 };
const NOTICE = 'History could not be refreshed';

interface FailedRefresh {
  queryClient: QueryClient;
  user: UserEvent;
  /** The history query the tab shows. */
  queryKey: QueryKey;
  /** The list's accessible name, e.g. "Changes to invoice-approvals, newest first". */
  listName: string;
}

const entryTexts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/**
 * A history that loaded, then a background refresh that fails: the entries stay, a notice with
 * Retry stands above them, and a Retry that succeeds takes the notice away.
 */
export async function expectFailedRefreshKeepsEntries(options: FailedRefresh) {
  const { queryClient, user, queryKey, listName } = options;
  const before = entryTexts(await screen.findByRole('list', { name: listName }, SLOW));
  expect(before.length).toBeGreaterThan(0);

  simulator.setScenario({ failure: { endpointId: 'listAudit', status: 500 } });
  await act(() => queryClient.refetchQueries({ queryKey, exact: true }));

  const notice = (await screen.findByText(NOTICE, {}, SLOW)).closest<HTMLElement>('[role="alert"]');
  if (!notice) throw new Error('the notice is not an alert');
  const list = screen.getByRole('list', { name: listName });
  expect(entryTexts(list)).toEqual(before);
  expect(notice.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

  simulator.clearScenario();
  await user.click(within(notice).getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(screen.queryByText(NOTICE)).not.toBeInTheDocument(), SLOW);
  expect(entryTexts(screen.getByRole('list', { name: listName }))).toEqual(before);
}

import { useLayoutEffect } from 'react';
import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ApplicationListParams } from '@/contract/applications';
import { useUrlParams } from '@/lib/use-url-params';
import { applyToggles } from '@/lib/list-params';
import { applicationsCodec } from './list-params';

/** The Applications list's state as its screen holds it: in the URL, through its codec. */
const useApplicationParams = () =>
  useUrlParams<ApplicationListParams>(applicationsCodec.parse, applicationsCodec.serialize);

type SetParams = ReturnType<typeof useApplicationParams>[1];

function renderHookInRouter(url: string) {
  const latest: { params?: ApplicationListParams; set?: SetParams } = {};
  function Probe() {
    const [params, set] = useApplicationParams();
    useLayoutEffect(() => {
      latest.params = params;
      latest.set = set;
    });
    return null;
  }
  const router = createMemoryRouter([{ path: '*', element: <Probe /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  const set = (update: Parameters<SetParams>[0]) => {
    if (!latest.set) throw new Error('not rendered');
    latest.set(update);
  };
  const search = () => router.state.location.search;
  return { router, set, search, latest };
}

const tick = (status: 'failed' | 'running') => (c: ApplicationListParams) => ({
  ...c,
  // What a menu does: it still shows no status ticked when the second click lands.
  status: applyToggles(c.status, [], [status]),
});

describe('the Applications list state in the URL', () => {
  it('keeps both of two changes made before the list re-renders', async () => {
    const { set, search, latest } = renderHookInRouter('/applications?q=kyc');

    await act(async () => {
      set(tick('failed'));
      set(tick('running'));
      set((c) => ({ ...c, page: 2 }));
      await Promise.resolve();
    });

    expect(search()).toBe('?q=kyc&status=running&status=failed&page=2');
    expect(latest.params).toMatchObject({ q: 'kyc', status: ['running', 'failed'], page: 2 });
  });

  it('builds on the URL Back went to, not on a change it already made', async () => {
    const { router, set, search } = renderHookInRouter('/applications');
    await act(async () => {
      set(tick('failed'));
      await Promise.resolve();
    });
    await act(async () => {
      set((c) => ({ ...c, deployedVia: 'helm' }));
      await Promise.resolve();
    });
    expect(search()).toBe('?status=failed&deployedVia=helm');

    await act(() => router.navigate(-1));
    expect(search()).toBe('?status=failed');
    await act(async () => {
      set((c) => ({ ...c, upgradeAvailable: true }));
      await Promise.resolve();
    });
    expect(search()).toBe('?status=failed&upgradeAvailable=true');

    await act(() => router.navigate(-1));
    expect(search()).toBe('?status=failed');
    await act(() => router.navigate(-1));
    expect(search()).toBe('');
    await act(async () => {
      set(tick('running'));
      await Promise.resolve();
    });
    expect(search()).toBe('?status=running');
  });
});

import { act, render, screen } from '@testing-library/react';
import { lazyControl } from './lazy-control';

function Hello({ name }: { name: string; open?: boolean }) {
  return <p>Hello {name}</p>;
}

describe('lazyControl', () => {
  it('loads once, when drawn or preloaded, and draws at once after that', async () => {
    const load = vi.fn(() => Promise.resolve(Hello));
    const Control = lazyControl(load);
    Control.preload();
    Control.preload();
    await act(() => Promise.resolve());
    render(<Control name="Olivia" />);
    expect(screen.getByText('Hello Olivia')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('neither loads nor waits while it draws nothing, and tries again after a failed preload', async () => {
    const load = vi
      .fn<() => Promise<typeof Hello>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Hello);
    const Control = lazyControl(load, (props: { name: string; open?: boolean }) =>
      Boolean(props.open),
    );
    const { rerender } = render(<Control name="Priya" />);
    expect(load).not.toHaveBeenCalled();

    Control.preload();
    await act(() => Promise.resolve());
    rerender(<Control name="Priya" open />);
    expect(await screen.findByText('Hello Priya')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

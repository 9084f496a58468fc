import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import IconButton from '@mui/material/IconButton';
import type * as LazyTooltipModule from './lazy-tooltip';

/** A fresh copy of the module, so the Tooltip has not loaded yet whatever ran before. */
async function freshLazyTooltip() {
  vi.resetModules();
  const module: typeof LazyTooltipModule = await import('./lazy-tooltip');
  return module.LazyTooltip;
}

describe('<LazyTooltip>', () => {
  it('names its child before the tooltip loads, and keeps the same element once it has', async () => {
    const LazyTooltip = await freshLazyTooltip();
    const user = userEvent.setup();
    render(
      <LazyTooltip title="Theme: System">
        <IconButton aria-label="Theme">x</IconButton>
      </LazyTooltip>,
    );
    const button = screen.getByRole('button', { name: 'Theme' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    // The first hover loads the Tooltip, which opens since the pointer is still there.
    await user.hover(button);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Theme: System');
    expect(screen.getByRole('button', { name: 'Theme' })).toBe(button);

    await user.unhover(button);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
    await user.hover(button);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Theme: System');
  });

  it('gives the title as the name or the description, as MUI does, in both states', async () => {
    const LazyTooltip = await freshLazyTooltip();
    const user = userEvent.setup();
    render(
      <>
        <LazyTooltip title="Upgrade">
          <IconButton>u</IconButton>
        </LazyTooltip>
        <LazyTooltip title="Deployed with Helm" describeChild>
          <IconButton aria-label="Upgrade claims" aria-disabled="true">
            h
          </IconButton>
        </LazyTooltip>
      </>,
    );
    const named = screen.getByRole('button', { name: 'Upgrade' });
    const described = screen.getByRole('button', { name: 'Upgrade claims' });
    expect(described).toHaveAccessibleDescription('Deployed with Helm');

    // Focus loads it; focus stays where it was when it arrives.
    described.focus();
    await user.hover(named);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Upgrade');
    expect(described).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Upgrade' })).toBe(named);
    await user.unhover(named);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
    expect(described).toHaveAccessibleDescription('Deployed with Helm');
  });
});

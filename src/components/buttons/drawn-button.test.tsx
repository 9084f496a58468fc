import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { markContentPainted } from '@/lib/after-content';
import { renderWithProviders } from '@/testing/render';
import { DrawnButton } from './drawn-button';
import { DrawnIconButton } from './drawn-icon-button';

describe('DrawnButton', () => {
  it('is a button of MUI’s classes that clicks, and a link when given an address', async () => {
    const onClick = vi.fn();
    const { user } = renderWithProviders(
      <>
        <DrawnButton variant="contained" onClick={onClick}>
          Retry
        </DrawnButton>
        <DrawnButton to="/applications">Go to applications</DrawnButton>
        <DrawnButton href="/api/v1/sign-in">Sign in</DrawnButton>
      </>,
    );
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(retry).toHaveAttribute('type', 'button');
    expect(retry).toHaveClass('MuiButton-root', 'MuiButton-contained', 'MuiButton-sizeMedium');
    await user.click(retry);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Go to applications' })).toHaveAttribute(
      'href',
      '/applications',
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/api/v1/sign-in',
    );
  });

  it('is disabled while loading and names its spinner by the button', async () => {
    const onClick = vi.fn();
    renderWithProviders(
      <DrawnButton size="small" color="inherit" loading onClick={onClick}>
        Retry
      </DrawnButton>,
    );
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(retry).toBeDisabled();
    expect(retry).toHaveClass('MuiButton-loading', 'Mui-disabled', 'MuiButton-colorInherit');
    fireEvent.click(retry);
    expect(onClick).not.toHaveBeenCalled();
    const spinner = await screen.findByRole('progressbar');
    expect(spinner).toHaveAttribute('aria-labelledby', retry.id);
  });

  it('shows the focus ring when the browser draws one, and ripples once the page has painted', async () => {
    // The browser's own judgement (`:focus-visible`), which jsdom makes from the test file's
    // earlier events: decided here instead.
    let fromKeyboard = true;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called on its element below
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector) {
      return selector === ':focus-visible' ? fromKeyboard : matches.call(this, selector);
    });
    const { user } = renderWithProviders(
      <>
        <DrawnIconButton aria-label="Next page">›</DrawnIconButton>
        <DrawnButton>First</DrawnButton>
      </>,
    );
    const next = screen.getByRole('button', { name: 'Next page' });
    const first = screen.getByRole('button', { name: 'First' });
    await user.tab();
    expect(next).toHaveFocus();
    expect(next).toHaveClass('Mui-focusVisible', 'MuiIconButton-root');
    fromKeyboard = false;
    await user.click(first);
    expect(first).toHaveFocus();
    expect(first).not.toHaveClass('Mui-focusVisible');
    expect(next).not.toHaveClass('Mui-focusVisible');
    vi.restoreAllMocks();

    markContentPainted();
    await waitFor(() => {
      fireEvent.mouseDown(first);
      expect(first.querySelector('.MuiTouchRipple-root')).not.toBeNull();
    });
    fireEvent.mouseUp(first);
  });
});

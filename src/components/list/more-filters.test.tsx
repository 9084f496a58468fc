import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { MoreFilters } from './more-filters';

function renderMore(active: number) {
  const { user } = renderWithProviders(
    <MoreFilters active={active}>
      <input aria-label="Colour" />
    </MoreFilters>,
  );
  const button = screen.getByRole('button', { name: /^More filters/ });
  const region = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!region) throw new Error('aria-controls names no element');
  return { user, button, region };
}

/**
 * The region's display below md (jsdom applies no media query, so it is read from the CSS
 * emotion wrote: from md up the filters always show and the button is gone).
 */
function narrowDisplay(region: HTMLElement): string | undefined {
  const css = Array.from(document.querySelectorAll('style'), (s) => s.textContent).join('\n');
  const cls = Array.from(region.classList).find((c) => c.startsWith('css-'));
  const rule = new RegExp(`@media \\(min-width:0px\\)\\{\\.${cls ?? '-'}\\{display:(\\w+);`);
  return rule.exec(css)?.[1];
}

describe('<MoreFilters>', () => {
  it('shows and hides the filters it controls on a narrow screen, saying so with aria-expanded', async () => {
    const { user, button, region } = renderMore(0);
    expect(button).toHaveTextContent(/^More filters$/);
    expect(region).toContainElement(screen.getByRole('textbox', { name: 'Colour' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(narrowDisplay(region)).toBe('none');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(narrowDisplay(region)).toBe('contents');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(narrowDisplay(region)).toBe('none');
  });

  it('counts the filters that apply inside, and starts open when any does', () => {
    const { button, region } = renderMore(2);
    expect(button).toHaveTextContent(/^More filters \(2\)$/);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(narrowDisplay(region)).toBe('contents');
  });
});

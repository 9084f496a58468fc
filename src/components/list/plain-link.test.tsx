import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { PlainLink, PlainLinkNavigation } from './plain-link';

function Links() {
  return (
    <PlainLinkNavigation>
      <PlainLink to="/things/t-1" state={(search) => ({ listSearch: search })}>
        Thing 1
      </PlainLink>
    </PlainLinkNavigation>
  );
}

describe('<PlainLink>', () => {
  it('is a real link that navigates in the app, with the state taken from the search at the click', async () => {
    const { user, router } = renderWithProviders(<Links />, { url: '/things?q=a' });
    const link = screen.getByRole('link', { name: 'Thing 1' });
    expect(link).toHaveAttribute('href', '/things/t-1');

    // The search changes after the link rendered: the click takes the current one.
    await router.navigate('/things?q=ab');
    await user.click(link);
    expect(router.state.location.pathname).toBe('/things/t-1');
    expect(router.state.location.state).toEqual({ listSearch: '?q=ab' });
  });

  it('leaves a modified click to the browser (a new tab or window)', () => {
    const { router } = renderWithProviders(<Links />, { url: '/things' });
    const link = screen.getByRole('link', { name: 'Thing 1' });
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) {
      // Not prevented: the browser opens the href itself (jsdom does nothing with it).
      expect(fireEvent.click(link, modifier)).toBe(true);
    }
    expect(router.state.location.pathname).toBe('/things');
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { SEARCH_DEBOUNCE_MS, SearchField } from './search-field';

function renderField(value = '') {
  const onCommit = vi.fn<(q: string) => void>();
  const onPreview = vi.fn<(q: string) => void>();
  const view = renderWithProviders(
    <SearchField
      label="Search things"
      value={value}
      maxLength={100}
      onCommit={onCommit}
      onPreview={onPreview}
    />,
  );
  const field = screen.getByRole('searchbox', { name: 'Search things' });
  return { ...view, onCommit, onPreview, field };
}

describe('SearchField pauses', () => {
  it('offers what is typed for a look-ahead after a short pause, then applies it after the longer one', async () => {
    const { user, field, onCommit, onPreview } = renderField('old');
    const calls: string[] = [];
    onPreview.mockImplementation((q) => calls.push(`preview ${q}`));
    onCommit.mockImplementation((q) => calls.push(`commit ${q}`));
    await user.clear(field);
    await user.paste('  new ');

    await waitFor(() => expect(onCommit).toHaveBeenCalled());
    expect(calls).toEqual(['preview new', 'commit new']);
  });

  it('offers nothing when the text comes back to the search already applied', async () => {
    const { user, field, onCommit, onPreview } = renderField('same');
    await user.type(field, 'x{Backspace}');
    await new Promise((done) => setTimeout(done, SEARCH_DEBOUNCE_MS + 50));

    expect(onPreview).not.toHaveBeenCalled();
    expect(onCommit).not.toHaveBeenCalled();
  });
});

describe('SearchField with hostile input', () => {
  it('keeps every character of an over-long search, says the limit at the field and does not search', async () => {
    const { user, field, onCommit } = renderField();
    const long = 'x'.repeat(10_000);
    await user.click(field);
    await user.paste(long);
    await user.keyboard('{Enter}');

    expect(field).toHaveValue(long);
    expect(field).toHaveAccessibleDescription(
      'Keep the search to 100 characters or fewer (10,000 typed).',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(onCommit).not.toHaveBeenCalled();

    // Shortened to the limit, it searches and the message goes.
    fireEvent.change(field, { target: { value: 'x'.repeat(100) } });
    await user.keyboard('{Enter}');
    expect(onCommit).toHaveBeenLastCalledWith('x'.repeat(100));
    expect(field).not.toHaveAccessibleDescription();
  });

  it('searches for what is visible: zero-width characters are left out', async () => {
    const { user, field, onCommit } = renderField();
    await user.click(field);
    await user.paste('\uFEFFclaims\u200B-intake\u2060');
    await user.keyboard('{Enter}');

    expect(onCommit).toHaveBeenCalledWith('claims-intake');
    expect(field).toHaveValue('\uFEFFclaims\u200B-intake\u2060');
  });

  it('treats markup and right-to-left overrides as plain text', async () => {
    const { user, field, onCommit } = renderField();
    const payload = '<img src=x onerror="window.__xss=1">\u202Eשלום';
    await user.click(field);
    await user.paste(payload);
    await user.keyboard('{Enter}');

    expect(onCommit).toHaveBeenCalledWith(payload);
    expect(document.querySelector('img')).toBeNull();
  });
});

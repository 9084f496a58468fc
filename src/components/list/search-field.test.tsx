import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { SearchField } from './search-field';

function renderField(value = '') {
  const onCommit = vi.fn<(q: string) => void>();
  const view = renderWithProviders(
    <SearchField label="Search things" value={value} maxLength={100} onCommit={onCommit} />,
  );
  return { ...view, onCommit, field: screen.getByRole('searchbox', { name: 'Search things' }) };
}

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

import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { renderWithProviders } from './render';
import { ManageAccessDialog } from '@/features/applications/components/access/manage-access-dialog';

export const SLOW = { timeout: 5000 };

/** The dialog as its route renders it, once loaded; `onClose` records every close. */
export async function renderManageAccess({ editable = true } = {}) {
  const onClose = vi.fn<() => void>();
  const view = renderWithProviders(
    <ManageAccessDialog applicationId="app-001" onClose={onClose} />,
  );
  const name = 'Manage access to invoice-approvals';
  const dialog = await screen.findByRole('dialog', { name }, SLOW);
  if (editable) await screen.findByRole('combobox', { name: 'Admin users' }, SLOW);
  return { ...view, onClose, dialog };
}

// Label queries: role queries over four MUI Autocompletes are too slow in jsdom.
export function picker(name: string) {
  return screen.getByLabelText(name, { selector: 'input' });
}

/** Chips of a picker, by the names shown on them. */
export function chosen(name: string): string[] {
  const root = picker(name).closest('.MuiAutocomplete-root');
  if (!(root instanceof HTMLElement)) throw new Error(`no picker "${name}"`);
  return Array.from(root.querySelectorAll('.MuiChip-label'), (chip) => chip.textContent);
}

/** Types into a picker and picks the option the directory search answers with. */
export async function choose(user: UserEvent, name: string, search: string, option: string) {
  await user.type(picker(name), search);
  await user.click(await screen.findByRole('option', { name: option }, SLOW));
}

/** The helper text under a picker or field (its aria-describedby). */
export function helpOf(field: HTMLElement): string {
  const id = field.getAttribute('aria-describedby') ?? '';
  return document.getElementById(id)?.textContent ?? '';
}

import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Types a search into a directory picker and clicks an option of its results. The list shows
 * the last search's results until this one's arrive, after the picker's pause: an option clicked
 * meanwhile can move from under the pointer as the results swap, and the click is lost. So the
 * click waits until every option shown matches what was typed.
 */
export async function chooseSearched(
  page: Page,
  picker: Locator,
  search: string,
  option: string,
): Promise<void> {
  await picker.fill(search);
  // One picker's list is open at a time.
  const shown = page.getByRole('listbox').getByRole('option');
  await expect
    .poll(async () => {
      const texts = await shown.allTextContents();
      return texts.length > 0 && texts.every((t) => t.toLowerCase().includes(search.toLowerCase()));
    })
    .toBe(true);
  await page.getByRole('option', { name: option, exact: true }).click();
}

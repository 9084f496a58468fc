import { waitFor } from '@testing-library/react';
import type * as AfterContent from './after-content';

/** A fresh copy: whether the content has painted is the module's own state. */
async function fresh(): Promise<typeof AfterContent> {
  vi.resetModules();
  return import('./after-content');
}

describe('afterContentPainted', () => {
  it('holds tasks until the content has painted, then runs each once, placeholders first', async () => {
    const { afterContentPainted, markContentPainted } = await fresh();
    const ran: string[] = [];
    const menu = () => ran.push('menu');
    const tooltip = () => ran.push('tooltip');
    const filters = () => ran.push('filters');
    afterContentPainted(menu);
    afterContentPainted(tooltip);
    afterContentPainted(tooltip);
    afterContentPainted(filters, { first: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toEqual([]);

    markContentPainted();
    await waitFor(() => expect(ran).toEqual(['filters', 'menu', 'tooltip']));

    // Once painted, a task runs when the browser is next idle.
    afterContentPainted(menu);
    await waitFor(() => expect(ran).toEqual(['filters', 'menu', 'tooltip', 'menu']));
  });
});

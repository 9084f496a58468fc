import { within } from '@testing-library/react';

/** Screens load lazily and through the simulator: a little longer than the default second. */
export const SLOW = { timeout: 5000 };

/** The first screen of a test: its route modules are compiled on first import. */
export const FIRST_LOAD = { timeout: 15_000 };

/** The optional comment recorded with a change, inside `place`. */
export const commentOf = (place: HTMLElement, options: { hidden?: boolean } = {}) =>
  within(place).getByRole('textbox', { name: 'Comment (optional)', ...options });

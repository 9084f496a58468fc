import type { UserEvent } from '@testing-library/user-event';

/** A comment of `length` characters, the last one a "!" so the end is easy to see. */
export const commentOf = (length: number) => `${'x'.repeat(length - 1)}!`;

/** Pastes all but the last character, then types it: a person going over the limit by one. */
export async function typeComment(user: UserEvent, field: HTMLElement, length = 501) {
  await user.click(field);
  await user.paste(commentOf(length).slice(0, -1));
  await user.type(field, '!');
}

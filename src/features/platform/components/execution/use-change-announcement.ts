import { useState } from 'react';

/**
 * A polite live region's text: `message` once `key` changes, so only what changes while the
 * page is open is announced, never the state it opened in.
 */
export function useChangeAnnouncement(key: string, message: string): string {
  const [seen, setSeen] = useState({ key, message: '' });
  if (seen.key !== key) {
    setSeen({ key, message });
    return message;
  }
  return seen.message;
}

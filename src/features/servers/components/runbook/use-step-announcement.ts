import { useState } from 'react';
import type { RunbookStep } from '@/contract/server-upgrades';
import { announcement } from './step-text';

const keyOf = (steps: readonly RunbookStep[]) => steps.map((s) => `${s.id}:${s.status}`).join(' ');

/**
 * The latest progress as a sentence for a polite live region: "Download: done", "Update
 * packages failed". Only changes seen on this page are announced, not the state it opened in.
 */
export function useStepAnnouncement(steps: readonly RunbookStep[]): string {
  const key = keyOf(steps);
  const [seen, setSeen] = useState({ key, message: '' });
  if (seen.key !== key) {
    const before = new Map(seen.key.split(' ').map((pair) => pair.split(':') as [string, string]));
    const changed = steps.filter((s) => s.status !== 'pending' && before.get(s.id) !== s.status);
    const message = changed.map((s) => announcement(s.id, s.status)).join('. ');
    setSeen({ key, message: message || seen.message });
  }
  return seen.message;
}

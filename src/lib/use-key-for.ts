import { useRef } from 'react';
import { newIdempotencyKey } from './api-client';

/**
 * One Idempotency-Key per distinct request: a double click or a retry of the same body replays
 * it, so the work starts once; a changed body (the person edited after a refusal) gets a new one.
 */
export function useKeyFor(): (body: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body) => {
    const text = JSON.stringify(body);
    if (last.current?.body !== text) last.current = { body: text, key: newIdempotencyKey() };
    return last.current.key;
  };
}

import { useEffect, useRef, useState } from 'react';
import { commentTooLong } from '@/contract/common';
import type { SwitchDirection } from '@/contract/self-hosted';
import { isApiError } from '@/lib/problem';
import { useKeyFor } from '@/lib/use-key-for';
import { useStartSwitch } from '../../api/start-app-version-switch';
import { useSingleFlight } from '@/lib/use-single-flight';

/**
 * The switch a confirmation asks for, with its comment: sent once per click, never with a comment
 * over the limit, and a refusal of the comment (422) shown at the field. Everything typed stays.
 */
export function useSwitchRequest(
  applicationId: string,
  version: string,
  direction: SwitchDirection,
) {
  const start = useStartSwitch(applicationId);
  // The same body replays its key (a double click, a Retry), so one switch starts at most.
  const keyFor = useKeyFor();
  const once = useSingleFlight();
  const [text, setText] = useState('');
  const [serverError, setServerError] = useState<string>();
  const ref = useRef<HTMLTextAreaElement>(null);
  // Focus once the field is enabled again: it is disabled while the request is out.
  const [focusRequests, setFocusRequests] = useState(0);
  useEffect(() => {
    if (focusRequests > 0) ref.current?.focus();
  }, [focusRequests]);

  const send = (onStarted: () => void) => {
    if (commentTooLong(text)) {
      ref.current?.focus();
      return;
    }
    once((failed) => {
      const body = { version, direction, comment: text.trim() || undefined };
      start.mutate(
        { applicationId, body, idempotencyKey: keyFor(body) },
        {
          onSuccess: onStarted,
          onError: (error) => {
            failed();
            const message = isApiError(error) ? error.fieldErrors.comment : undefined;
            setServerError(message);
            if (message) setFocusRequests((n) => n + 1);
          },
        },
      );
    });
  };

  return {
    start,
    send,
    comment: {
      value: text,
      change: (value: string) => {
        setText(value);
        setServerError(undefined);
      },
      error: serverError,
      ref,
    },
  };
}

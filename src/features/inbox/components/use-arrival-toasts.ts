import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useToast } from '@/components/feedback/toast-context';
import { useRouterActions } from '@/components/list/plain-link';
import { paths } from '@/config/paths';
import type { NotificationSummary } from '@/contract/notifications';
import { notificationKeys } from '../api/keys';
import { arrivalToast, detectArrival, type Seen } from '../arrivals';

/** Long enough to reach "Open Inbox"; errors stay until dismissed. */
const ARRIVAL_TOAST_MS = 10_000;

/**
 * Shows one toast when notifications arrive while the console is open (never for what was
 * already there on load) and refreshes the Inbox's lists so an open Inbox shows them too.
 */
export function useArrivalToasts(userId: string, summary: NotificationSummary | undefined) {
  const toast = useToast();
  const { navigate } = useRouterActions();
  const queryClient = useQueryClient();
  const seen = useRef<Seen | undefined>(undefined);

  useEffect(() => {
    // Reset (switching person, resetting demo data): the next answer is a new baseline.
    if (!summary) {
      seen.current = undefined;
      return;
    }
    const { seen: next, arrival } = detectArrival(seen.current, userId, summary);
    seen.current = next;
    if (!arrival) return;
    void queryClient.invalidateQueries({ queryKey: notificationKeys.lists() });
    const { message, severity, href } = arrivalToast(arrival, (search) =>
      paths.inbox.href('', search),
    );
    toast.show({
      message,
      severity,
      autoHideMs: severity === 'error' ? null : ARRIVAL_TOAST_MS,
      // News from the background never holds up feedback on what the person is doing.
      yields: true,
      action: { label: 'Open Inbox', onClick: () => void navigate(href) },
    });
  }, [userId, summary, toast, navigate, queryClient]);
}

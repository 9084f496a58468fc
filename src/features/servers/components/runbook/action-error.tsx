import { PanelError } from '@/components/feedback/panel-error';
import { isRefusal } from '@/lib/problem';

interface Props {
  error: unknown;
  /** Replays the same request (same Idempotency-Key): offered unless the server refused it. */
  onRetry?: () => void;
  retrying?: boolean;
}

/** Why a runbook action did not happen: a refusal in the server's words, anything else with Retry. */
export function ActionError({ error, onRetry, retrying }: Props) {
  return (
    <PanelError
      error={error}
      onRetry={isRefusal(error) ? undefined : onRetry}
      retrying={retrying}
    />
  );
}

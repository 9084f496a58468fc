import { PanelError } from '@/components/feedback/panel-error';
import { isApiError } from '@/lib/problem';

interface Props {
  error: unknown;
  /** Replays the same request (same Idempotency-Key): offered unless the server refused it. */
  onRetry?: () => void;
  retrying?: boolean;
}

/** Why a runbook action did not happen: a refusal in the server's words, anything else with Retry. */
export function ActionError({ error, onRetry, retrying }: Props) {
  const refused = isApiError(error) && error.status >= 400 && error.status < 500;
  return <PanelError error={error} onRetry={refused ? undefined : onRetry} retrying={retrying} />;
}

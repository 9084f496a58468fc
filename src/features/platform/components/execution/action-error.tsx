import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReactNode } from 'react';
import { describeError } from '@/components/feedback/describe-error';
import { PanelError } from '@/components/feedback/panel-error';
import { isRefusal } from '@/lib/problem';

interface Props {
  error: unknown;
  /** Sends the same request again (same Idempotency-Key): offered unless the server refused it. */
  onRetry?: () => void;
  retrying?: boolean;
  /** A way out shown inside a refusal (a 409 or 422), e.g. "Stage from Pre-Production instead". */
  action?: ReactNode;
  /** Extra words under a refusal: what it means here. */
  children?: ReactNode;
}

/**
 * Why an action did not happen, where the person acted: a refusal (409, 422) in the server's
 * own words, anything else (offline, 500) with a Retry that replays the same request.
 */
export function ActionError({ error, onRetry, retrying, action, children }: Props) {
  if (!isRefusal(error)) return <PanelError error={error} onRetry={onRetry} retrying={retrying} />;
  const { title, detail } = describeError(error);
  return (
    <Alert
      severity="warning"
      action={action}
      sx={{ flexWrap: 'wrap', '& .MuiAlert-message': { minWidth: 0, overflowWrap: 'anywhere' } }}
    >
      <AlertTitle>{title}</AlertTitle>
      {detail}
      {children}
    </Alert>
  );
}

import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { describeError } from '@/components/feedback/describe-error';
import { isApiError, isRefusal } from '@/lib/problem';

interface Props {
  error: unknown;
  /** For work that got no answer or a server error; the request is replayed with its own key. */
  onRetry?: () => void;
  retrying?: boolean;
  /** A way out the refusal itself suggests, e.g. "Withdraw 2.8.0". */
  children?: ReactNode;
}

/** Why the server did not do it, in its own words (problem+json title and detail). */
export function ActionProblem({ error, onRetry, retrying = false, children }: Props) {
  const { title, detail } = describeError(error);
  const refused = isRefusal(error);
  const unanswered = isApiError(error) && (error.kind === 'timeout' || error.kind === 'network');
  return (
    <Alert
      severity="error"
      action={
        !refused && onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {unanswered ? `${detail} Retry cannot start the same work twice.` : detail}
      {children}
    </Alert>
  );
}

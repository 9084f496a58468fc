import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { describeError } from '@/components/feedback/describe-error';
import { PanelError } from '@/components/feedback/panel-error';
import { isApiError } from '@/lib/problem';

interface Props {
  error: unknown;
  /** Said after a refusal, e.g. "Pick published versions above: 1.0, 1.1." */
  hint: string;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * A diff that could not be shown. The server refusing the versions asked for (a 4xx answer) is
 * explained with what to pick instead: asking again would not help. Anything else (offline, a
 * timeout, a 5xx, an answer that breaks the contract) may work next time, so it offers Retry.
 */
export function DiffFailure({ error, hint, onRetry, retrying }: Props) {
  const refused =
    isApiError(error) && error.kind === 'http' && error.status >= 400 && error.status < 500;
  if (!refused) return <PanelError error={error} onRetry={onRetry} retrying={retrying} />;
  const { title, detail } = describeError(error);
  return (
    <Alert severity="warning">
      <AlertTitle>{title}</AlertTitle>
      {`${detail} ${hint}`}
    </Alert>
  );
}

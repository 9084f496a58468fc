import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { describeError } from '@/components/feedback/describe-error';

interface Props {
  pending: boolean;
  error: unknown;
  onRetry: () => void;
}

/** Beside "Reveal secrets": the values being read, or why they were not (they stay masked). */
export function RevealStatus({ pending, error, onRetry }: Props) {
  const failure = error ? describeError(error) : null;
  return (
    <div role="status" aria-live="polite">
      {failure ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={onRetry}>
              Try again
            </Button>
          }
        >
          {`The secrets were not revealed: ${failure.title}. ${failure.detail} They stay masked.`}
        </Alert>
      ) : pending ? (
        <Typography variant="body2" color="textSecondary">
          Revealing the secret values…
        </Typography>
      ) : null}
    </div>
  );
}

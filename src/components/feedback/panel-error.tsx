import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { DrawnButton } from '@/components/buttons/drawn-button';
import { describeError } from './describe-error';

interface PanelErrorProps {
  /** The failure; an ApiError supplies the title and detail. */
  error?: unknown;
  /** Overrides the title taken from `error`. */
  title?: string;
  /** Overrides the detail taken from `error`. */
  detail?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed panel inside a page: says what failed and offers a retry; the page stays usable. */
export function PanelError({ error, title, detail, onRetry, retrying = false }: PanelErrorProps) {
  const described = describeError(error);
  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        onRetry ? (
          <DrawnButton color="inherit" size="small" onClick={onRetry} loading={retrying}>
            Retry
          </DrawnButton>
        ) : undefined
      }
    >
      <AlertTitle>{title ?? described.title}</AlertTitle>
      {detail ?? described.detail}
    </Alert>
  );
}

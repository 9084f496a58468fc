import { DrawnButton } from '@/components/buttons/drawn-button';
import { describeError } from './describe-error';
import { DrawnAlert } from './drawn-alert';

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
    <DrawnAlert
      severity="error"
      variant="outlined"
      title={title ?? described.title}
      action={
        onRetry ? (
          <DrawnButton color="inherit" size="small" onClick={onRetry} loading={retrying}>
            Retry
          </DrawnButton>
        ) : undefined
      }
    >
      {detail ?? described.detail}
    </DrawnAlert>
  );
}

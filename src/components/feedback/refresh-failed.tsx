import { describeError } from './describe-error';
import { PanelError } from './panel-error';

interface RefreshFailedProps {
  error: unknown;
  /** e.g. "The templates could not be refreshed". */
  title: string;
  /** What is still on screen, e.g. "The templates below are as they were last loaded." */
  shown: string;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * A failed refresh of something already shown: said above it, which stays, with a Retry. The
 * problem's own title is kept ("The server could not be reached"): it says what went wrong.
 */
export function RefreshFailed({ error, title, shown, onRetry, retrying }: RefreshFailedProps) {
  const problem = describeError(error);
  return (
    <PanelError
      error={error}
      title={title}
      detail={`${problem.title}: ${problem.detail} ${shown}`}
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}

import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { describeError } from '@/components/feedback/describe-error';
import { isApiError } from '@/lib/problem';

interface Props {
  name: string;
  error: unknown;
  /** Messages of a refusal that no field owns. */
  unplaced: readonly string[];
  onRetry: () => void;
  retrying: boolean;
  onLoadLatest: () => void;
  loadingLatest: boolean;
}

/** Why access was not saved and what to do next; every choice stays in the form. */
export function SaveProblem(props: Props) {
  const { name, error, unplaced, onRetry, retrying, onLoadLatest, loadingLatest } = props;
  if (!error) return null;
  if (isApiError(error) && error.status === 409) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={onLoadLatest} loading={loadingLatest}>
            Load the latest
          </Button>
        }
      >
        <AlertTitle>{`Someone else changed access to ${name}`}</AlertTitle>
        Nothing was saved and your choices are kept. Load the latest to see what is stored now, then
        save again.
      </Alert>
    );
  }
  if (isApiError(error) && error.status === 422) {
    return (
      <Alert severity="error">
        <AlertTitle>Access was not saved</AlertTitle>
        {`${error.detail ?? error.title} Fix the marked entries, then save again.`}
        {unplaced.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {unplaced.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </Alert>
    );
  }
  const { title, detail } = describeError(error);
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {`${detail} Access was not saved; your choices are kept.`}
    </Alert>
  );
}

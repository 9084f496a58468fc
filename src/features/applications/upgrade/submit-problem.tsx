import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { PanelError } from '@/components/feedback/panel-error';
import type { UpgradeStep } from '@/config/paths';
import { isApiError } from '@/lib/problem';
import { stepOfField } from './step-errors';
import { stepLabels } from './wizard-stepper';

interface Props {
  error: unknown;
  /** Field errors of the refusal still unresolved (kept in the draft). */
  fieldErrors: Record<string, string>;
  onRetry: () => void;
  retrying: boolean;
  onGoTo: (step: UpgradeStep) => void;
  /** After a 409: review again against the application and its access as they are now. */
  onRefresh: () => void;
}

/** Why the upgrade did not start, and what to do; every choice is kept whatever happened. */
export function SubmitProblem({ error, fieldErrors, onRetry, retrying, onGoTo, onRefresh }: Props) {
  const fields = Object.entries(fieldErrors);
  // The refusal's fields stay listed until they change, unless a later attempt met another failure.
  const laterFailure = Boolean(error) && !(isApiError(error) && error.status === 422);
  if (fields.length > 0 && !laterFailure) {
    return (
      <Alert severity="error" role="alert">
        <AlertTitle>The upgrade was refused</AlertTitle>
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {fields.map(([field, message]) => {
            const step = stepOfField(field);
            return (
              <li key={field}>
                {`${message} `}
                {step !== 'review' && (
                  <Link component="button" type="button" onClick={() => onGoTo(step)}>
                    {`Fix it in ${stepLabels[step]}`}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      </Alert>
    );
  }
  if (!error) return null;
  if (isApiError(error) && error.status === 409) {
    // A stale revision comes with the current one (the access's when `errors` names
    // accessRevision); an upgrade already running comes with none.
    const accessChanged = 'accessRevision' in error.fieldErrors;
    const advice = accessChanged
      ? 'Your choices are kept: take in the latest access, with your own changes on top, check it, then upgrade.'
      : error.currentRevision === undefined
        ? 'Your choices are kept: once that upgrade has finished, review the latest and upgrade again.'
        : 'Your choices are kept: review them against the application as it is now, then upgrade.';
    return (
      <Alert
        severity="warning"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={onRefresh} sx={{ whiteSpace: 'nowrap' }}>
            {accessChanged ? 'Take in the latest access' : 'Review the latest'}
          </Button>
        }
      >
        <AlertTitle>{error.title}</AlertTitle>
        {error.detail ? `${error.detail} ${advice}` : advice}
      </Alert>
    );
  }
  if (isApiError(error) && error.status === 422) return <PanelError error={error} />;
  // No answer says nothing about whether the work started; the retry's Idempotency-Key makes it safe.
  const unanswered = isApiError(error) && (error.kind === 'timeout' || error.kind === 'network');
  const detail = unanswered
    ? `${error.detail ?? ''} Retry cannot start the upgrade twice.`
    : undefined;
  return <PanelError error={error} detail={detail} onRetry={onRetry} retrying={retrying} />;
}

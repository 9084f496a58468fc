import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { paths, upgradeSteps, type UpgradeStep } from '@/config/paths';
import { CancelDialog } from './cancel-dialog';
import type { FieldErrors } from './step-errors';
import { useWizard } from './wizard-context';

interface Props {
  step: UpgradeStep;
  /** Problems that keep the person on this step; Next says so instead of moving on. */
  errors?: FieldErrors;
  /** Replaces Next (the review's Upgrade button); `null` offers no way forward. */
  primary?: ReactNode;
}

export function WizardNav({ step, errors = {}, primary }: Props) {
  const { app, draft, goTo, discard } = useWizard();
  const navigate = useNavigate();
  const [blocked, setBlocked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const index = upgradeSteps.indexOf(step);
  const count = Object.keys(errors).length;

  const cancel = () => {
    discard();
    void navigate(paths.applications.detail.href(app.id));
  };
  const next = () => {
    if (count > 0) setBlocked(true);
    else goTo(upgradeSteps[index + 1] ?? step);
  };

  return (
    <Stack spacing={2} sx={{ mt: 3 }}>
      {blocked && count > 0 && (
        <Alert severity="error" role="alert">
          {count === 1
            ? `Before going on: ${Object.values(errors).join('')}`
            : `Correct the ${String(count)} problems on this step before going on.`}
        </Alert>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button onClick={() => (draft.changed ? setConfirming(true) : cancel())}>Cancel</Button>
        <Stack direction="row" spacing={1} sx={{ ml: 'auto' }}>
          {index > 0 && (
            <Button variant="outlined" onClick={() => goTo(upgradeSteps[index - 1] ?? step)}>
              Back
            </Button>
          )}
          {primary === undefined ? (
            <Button variant="contained" onClick={next}>
              Next
            </Button>
          ) : (
            primary
          )}
        </Stack>
      </Stack>
      <CancelDialog
        open={confirming}
        name={app.name}
        onKeep={() => setConfirming(false)}
        onDiscard={cancel}
      />
    </Stack>
  );
}

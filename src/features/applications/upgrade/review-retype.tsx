import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';

/** At Review after a reload: which secret values must be typed again before Upgrade. */
export function ReviewRetype({ missing, onGoTo }: { missing: string; onGoTo: () => void }) {
  if (!missing) return null;
  return (
    <Alert
      severity="warning"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={onGoTo} sx={{ whiteSpace: 'nowrap' }}>
          Type them in Connectors
        </Button>
      }
    >
      {`Type the secret values again: ${missing}. They are not kept when the page reloads; your other choices are.`}
    </Alert>
  );
}

import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PanelError } from '@/components/feedback/panel-error';
import type { Planning } from './use-planning';

/** Save (with the first choice to fix focused instead when there is one), Discard, and why not. */
export function SaveBar({ planning, onSave }: { planning: Planning; onSave: () => void }) {
  return (
    <Stack spacing={1.5}>
      <Stack
        direction="row"
        spacing={1.5}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      >
        <Button
          variant="contained"
          onClick={onSave}
          loading={planning.saving}
          disabled={!planning.changed}
        >
          Save the plan
        </Button>
        <Button onClick={planning.discard} disabled={!planning.changed || planning.saving}>
          Discard my changes
        </Button>
        <Typography role="status" variant="body2" color="textSecondary">
          {planning.changed
            ? 'Unsaved changes, kept in this tab until you save them.'
            : 'Everything shown is saved.'}
        </Typography>
      </Stack>
      {planning.unplaced.length > 0 ? (
        <Alert severity="error">
          <AlertTitle>The plan was not saved</AlertTitle>
          {planning.unplaced.join(' ')}
        </Alert>
      ) : null}
      {planning.failure ? (
        <PanelError
          error={planning.failure}
          title="The plan was not saved; your choices are kept"
          onRetry={onSave}
          retrying={planning.saving}
        />
      ) : null}
    </Stack>
  );
}

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Infrastructure } from '@/contract/platform';
import { useDialogLinkState } from '@/lib/route-dialog';
import { StagingsList } from './stagings-list';

interface Props {
  infrastructure: Infrastructure;
  /** The dialog's URL; absent for people who may not stage. */
  stageHref?: string;
}

/** Doing maintenance while upgrading: stage an application, and the backports still open. */
export function StagingSection({ infrastructure, stageHref }: Props) {
  const state = useDialogLinkState();
  return (
    <section aria-labelledby="staging-title">
      <Stack spacing={1.5}>
        <Typography id="staging-title" component="h2" variant="h2">
          Staging while upgrading
        </Typography>
        <Typography variant="body2" color="textSecondary">
          You can't stage applications between environments in different versions. A fix for an
          environment not upgraded yet is made in the closest one still on its version, moved on,
          and backported to the environments already upgraded.
        </Typography>
        {stageHref && (
          <Button
            component={RouterLink}
            to={stageHref}
            state={state}
            variant="outlined"
            sx={{ alignSelf: 'flex-start' }}
          >
            Stage an application
          </Button>
        )}
        <StagingsList infrastructure={infrastructure} />
      </Stack>
    </section>
  );
}

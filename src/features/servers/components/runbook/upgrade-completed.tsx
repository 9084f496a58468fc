import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { CopyableHash } from './hash-text';
import type { RunbookView } from './runbook-view';

/** The upgrade is done: what runs now, its hashes, and the runners left behind. */
export function UpgradeCompleted({ view }: { view: RunbookView }) {
  const { upgrade, server } = view;
  const below = upgrade.runnersBelowMinimum;
  const hashesId = useId();
  return (
    <Stack spacing={2}>
      <Alert
        severity="success"
        action={
          <Button
            color="inherit"
            size="small"
            component={Link}
            to={paths.servers.record.href(server.id, upgrade.id)}
          >
            Open the upgrade record
          </Button>
        }
      >
        <AlertTitle>
          <bdi>{upgrade.project}</bdi>
          {` runs ${upgrade.to}`}
        </AlertTitle>
        {upgrade.downgrade ? 'The downgrade is complete.' : 'The upgrade is complete.'}
      </Alert>
      {upgrade.hashesAfter.length > 0 && (
        <Box component="section" aria-labelledby={hashesId}>
          <Typography id={hashesId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            Image hashes now
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {upgrade.hashesAfter.map((h) => (
              <li key={h.service}>
                <strong>{h.service}</strong> {h.tag} <CopyableHash hash={h.hash} of={h.service} />
              </li>
            ))}
          </Box>
        </Box>
      )}
      {below.length > 0 && (
        <Alert severity="warning">
          <AlertTitle>{`Runners below ${upgrade.minRunnerVersion ?? 'the minimum'}`}</AlertTitle>
          {`Update them: older runners can no longer take builds. ${below.map((r) => `${r.name} (${r.version})`).join(', ')}.`}
        </Alert>
      )}
    </Stack>
  );
}

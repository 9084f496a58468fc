import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { paths } from '@/config/paths';
import type { UpgradeMode } from '@/contract/server-upgrades';
import type { ServerDetail } from '@/contract/servers';
import { isApiError } from '@/lib/problem';
import type { ServerUpgradePlan } from '../../plan';
import { useStartUpgrade } from './use-start-upgrade';

interface Props {
  server: ServerDetail;
  plan: ServerUpgradePlan;
  onStarted: (upgradeId: string) => void;
}

const modes: { value: UpgradeMode; label: string; hint: string }[] = [
  {
    value: 'run-here',
    label: 'Run here',
    hint: "The server's agent runs each command; you keep or edit global.yaml, tick DNS and confirm the downtime.",
  },
  {
    value: 'manual',
    label: 'I run the commands',
    hint: 'Copy each command, run it on the server and mark it done; paste what version and check print.',
  },
];

/** How to walk the runbook, the downgrade acknowledged when it is one, and Start. */
export function StartUpgrade({ server, plan, onStarted }: Props) {
  const [mode, setMode] = useState<UpgradeMode>('run-here');
  const [acknowledged, setAcknowledged] = useState(false);
  const [ackMissing, setAckMissing] = useState(false);
  const ackRef = useRef<HTMLInputElement>(null);
  const { start, send, unfinished } = useStartUpgrade(server.id, onStarted);
  const modeId = useId();
  const ackHelpId = useId();
  const downgrade = plan.direction === 'downgrade';
  const error = isApiError(start.error) ? start.error : null;
  const ackRefused = error?.fieldErrors.acknowledgeDowngrade;
  const ackError = ackMissing
    ? `Tick this to start: ${plan.target} is older than ${plan.current ?? ''}.`
    : ackRefused;

  const submit = () => {
    if (downgrade && !acknowledged) {
      setAckMissing(true);
      ackRef.current?.focus();
      return;
    }
    send({ to: plan.target, mode, acknowledgeDowngrade: downgrade && acknowledged });
  };

  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <FormControl>
        <FormLabel id={modeId}>How to walk it</FormLabel>
        <RadioGroup
          aria-labelledby={modeId}
          value={mode}
          onChange={(e) => setMode(e.target.value === 'manual' ? 'manual' : 'run-here')}
        >
          {modes.map((m) => (
            <Box key={m.value} sx={{ mb: 1 }}>
              <FormControlLabel
                value={m.value}
                control={
                  <Radio slotProps={{ input: { 'aria-describedby': `${modeId}-${m.value}` } }} />
                }
                label={m.label}
              />
              <FormHelperText id={`${modeId}-${m.value}`} sx={{ mt: -0.5, ml: 4 }}>
                {m.hint}
              </FormHelperText>
            </Box>
          ))}
        </RadioGroup>
      </FormControl>
      {downgrade && (
        <FormControl error={Boolean(ackError)}>
          <FormControlLabel
            control={
              <Checkbox
                checked={acknowledged}
                onChange={(e) => {
                  setAcknowledged(e.target.checked);
                  setAckMissing(false);
                }}
                slotProps={{
                  input: { ref: ackRef, 'aria-describedby': ackError ? ackHelpId : undefined },
                }}
              />
            }
            label={
              <>
                I understand this downgrades <bdi>{server.project}</bdi>
              </>
            }
          />
          {ackError && <FormHelperText id={ackHelpId}>{ackError}</FormHelperText>}
        </FormControl>
      )}
      <Button variant="contained" onClick={submit} loading={start.isPending || start.isSuccess}>
        {downgrade ? 'Start the downgrade' : 'Start the upgrade'}
      </Button>
      {start.isError && error?.status === 409 ? (
        <Alert
          severity="warning"
          // On a phone the link goes under the message instead of pushing the page wider.
          sx={{
            flexWrap: 'wrap',
            '& .MuiAlert-message': { minWidth: 0, overflowWrap: 'anywhere' },
          }}
          action={
            unfinished ? (
              <Button
                color="inherit"
                size="small"
                component={Link}
                to={paths.servers.upgrade.href(server.id)}
                onClick={() => onStarted(unfinished.id)}
              >
                Open that upgrade
              </Button>
            ) : undefined
          }
        >
          <AlertTitle>{error.title}</AlertTitle>
          {error.detail}
        </Alert>
      ) : start.isError && !ackRefused ? (
        <PanelError
          error={start.error}
          onRetry={error && error.status >= 400 && error.status < 500 ? undefined : submit}
          retrying={start.isPending}
        />
      ) : null}
    </Stack>
  );
}

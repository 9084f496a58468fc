import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { PanelError } from '@/components/feedback/panel-error';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import { DowntimeFrame } from './downtime-frame';
import { useApplyDowntime, type DowntimeChoice } from './use-apply-downtime';

interface Props {
  serverId: string;
  upgrade: ServerUpgrade;
  onClose: () => void;
  /** The apply was accepted: the runbook follows it from here. */
  onApplied: () => void;
}

/** "2026-11-22T10:05" for a datetime-local input's `min`, in the reader's zone. */
function localInputValue(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/**
 * Step 6 confirmed on purpose: the server is unreachable from `down` until `up`. Apply now or at
 * a chosen time; Cancel is the default. Refusals are shown at their fields; nothing is lost.
 */
export function DowntimeDialog({ serverId, upgrade, onClose, onApplied }: Props) {
  const [choice, setChoice] = useState<DowntimeChoice>({ confirmed: false, when: 'now', at: '' });
  const atRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const { send, errors, clear, pending, failure } = useApplyDowntime(serverId, upgrade, onApplied, {
    at: atRef,
    confirmDowntime: confirmRef,
  });
  // The earliest time the input offers: this minute, as the dialog opened.
  const [earliest] = useState(() => localInputValue(Date.now()));
  const whenId = useId();
  const confirmHelpId = useId();
  const project = <bdi>{upgrade.project}</bdi>;
  const manual = upgrade.mode === 'manual';
  const hosts = upgrade.dnsConfirmed;
  const later = choice.when === 'later';

  return (
    <DowntimeFrame
      title="Confirm the downtime"
      onClose={pending ? () => undefined : onClose}
      actions={
        <Button variant="contained" color="warning" onClick={() => send(choice)} loading={pending}>
          {later ? 'Schedule' : 'Apply now'}
        </Button>
      }
    >
      <Typography sx={{ fontWeight: 600 }}>{project} is unreachable from down until up.</Typography>
      <Typography>
        Restarting the containers stops every service until all have started again, which takes some
        time. Pick an idle time to keep the effect on your users small.
      </Typography>
      <div>
        <Typography>
          {hosts.length > 0
            ? `Added to DNS, as ticked in step 5: ${hosts.join(', ')}.`
            : 'No new subdomain needs DNS.'}
        </Typography>
        {errors.dnsConfirmed && <FormHelperText error>{errors.dnsConfirmed}</FormHelperText>}
      </div>
      <FormControl error={Boolean(errors.at)}>
        <FormLabel id={whenId}>When</FormLabel>
        <RadioGroup
          aria-labelledby={whenId}
          value={choice.when}
          onChange={(e) => {
            clear('at');
            setChoice((c) => ({ ...c, when: e.target.value === 'later' ? 'later' : 'now' }));
          }}
        >
          <FormControlLabel value="now" control={<Radio />} label="Apply now" />
          <FormControlLabel
            value="later"
            control={<Radio />}
            label="At a chosen time"
            disabled={manual}
          />
        </RadioGroup>
        {manual && (
          <FormHelperText error={false}>
            You run the commands yourself: apply when you start them.
          </FormHelperText>
        )}
      </FormControl>
      {later && (
        <TextField
          type="datetime-local"
          label="Start at"
          value={choice.at}
          onChange={(e) => {
            clear('at');
            setChoice((c) => ({ ...c, at: e.target.value }));
          }}
          error={Boolean(errors.at)}
          helperText={
            errors.at ?? 'In your time zone. Until then nothing is stopped, and you can cancel.'
          }
          inputRef={atRef}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { min: earliest },
          }}
          sx={{ maxWidth: 280 }}
        />
      )}
      <FormControl error={Boolean(errors.confirmDowntime)}>
        <FormControlLabel
          control={
            <Checkbox
              checked={choice.confirmed}
              onChange={(e) => {
                clear('confirmDowntime');
                setChoice((c) => ({ ...c, confirmed: e.target.checked }));
              }}
              required
              slotProps={{
                input: {
                  ref: confirmRef,
                  'aria-describedby': errors.confirmDowntime ? confirmHelpId : undefined,
                },
              }}
            />
          }
          label={<>I understand {project} will be unreachable</>}
        />
        {errors.confirmDowntime && (
          <FormHelperText id={confirmHelpId}>{errors.confirmDowntime}</FormHelperText>
        )}
      </FormControl>
      {failure && <PanelError error={failure} onRetry={() => send(choice)} retrying={pending} />}
    </DowntimeFrame>
  );
}

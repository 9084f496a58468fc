import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import { useId, useRef, useState } from 'react';
import { isApiError } from '@/lib/problem';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useCompleteStep } from '../../api/runbook-mutations';
import { ActionError } from './action-error';
import { targetOf, type RunbookView } from './runbook-view';

/** Step 5: each new subdomain ticked once it is in DNS; the server refuses one left out. */
export function DnsAction({ view }: { view: RunbookView }) {
  const hosts = view.upgrade.newSubdomains.map((d) => d.host);
  const complete = useCompleteStep(targetOf(view));
  const once = useSingleFlight();
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const [missing, setMissing] = useState<string>();
  const first = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const helpId = useId();
  const refused = isApiError(complete.error) ? complete.error.fieldErrors.hosts : undefined;
  const error = missing ?? refused;

  const toggle = (host: string, on: boolean) => {
    setMissing(undefined);
    setTicked((now) => (on ? [...now, host] : now.filter((h) => h !== host)));
  };
  const confirm = () => {
    const left = hosts.filter((h) => !ticked.includes(h));
    if (left.length > 0) {
      setMissing(`Add ${left.join(', ')} to DNS and tick it first.`);
      first.current?.focus();
      return;
    }
    once((release) =>
      complete.mutate({ step: 'dns', body: { hosts: [...ticked] } }, { onError: release }),
    );
  };

  return (
    <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
      <FormControl error={Boolean(error)} component="fieldset" aria-describedby={helpId}>
        <FormLabel component="legend" id={labelId}>
          New subdomains
        </FormLabel>
        <FormGroup>
          {hosts.map((host, i) => (
            <FormControlLabel
              key={host}
              control={
                <Checkbox
                  checked={ticked.includes(host)}
                  onChange={(e) => toggle(host, e.target.checked)}
                  slotProps={{ input: { ref: i === 0 ? first : undefined } }}
                />
              }
              label={`Added ${host} to DNS`}
            />
          ))}
        </FormGroup>
        <FormHelperText id={helpId}>
          {error ?? 'Add each one to your DNS server as at installation, then tick it.'}
        </FormHelperText>
      </FormControl>
      <Button variant="contained" onClick={confirm} loading={complete.isPending}>
        Confirm DNS
      </Button>
      {complete.isError && !refused && (
        <ActionError error={complete.error} onRetry={confirm} retrying={complete.isPending} />
      )}
    </Stack>
  );
}

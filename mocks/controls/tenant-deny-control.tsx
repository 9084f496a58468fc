import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { TenantChoice } from '../self-hosted/tenant-commands';
import { simulatorControls } from './client';

const keyOf = (c: TenantChoice) => `${c.applicationId}/${c.tenantId}`;

function labelOf(c: TenantChoice) {
  const state =
    c.provisioning === 'pending' ? `e-mail open for ${c.provisioningTo ?? ''}` : c.provisioning;
  return `${c.applicationName} — ${c.tenantName} (${state})`;
}

/**
 * Act as a tenant of a self-hosted application: press Deny in the provisioning e-mail a switch
 * sends, now (while the switch provisions tenants) or as soon as the next one arrives.
 */
export function TenantDenyControl() {
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState<TenantChoice[]>([]);
  const [selected, setSelected] = useState('');
  const [outcome, setOutcome] = useState('');
  const choice = choices.find((c) => keyOf(c) === selected);

  const refresh = () =>
    simulatorControls.tenants().then(setChoices, (error: unknown) => setOutcome(String(error)));

  useEffect(() => {
    void refresh();
  }, []);

  const act = (work: (c: TenantChoice) => Promise<void>, done: string) => {
    if (!choice) return;
    void work(choice)
      .then(
        () => setOutcome(done),
        (error: unknown) => setOutcome(error instanceof Error ? error.message : String(error)),
      )
      .then(refresh)
      .finally(() => void queryClient.invalidateQueries());
  };

  return (
    <Stack spacing={1}>
      <TextField
        select
        label="Act as a tenant"
        value={selected}
        onChange={(e) => {
          setSelected(e.target.value);
          setOutcome('');
          void refresh();
        }}
      >
        <MenuItem value="">None</MenuItem>
        {choices.map((c) => (
          <MenuItem key={keyOf(c)} value={keyOf(c)}>
            {labelOf(c)}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          variant="outlined"
          disabled={choice?.provisioning !== 'pending'}
          onClick={() =>
            act(
              (c) => simulatorControls.denyTenant(c.applicationId, c.tenantId),
              `${choice?.tenantName ?? ''} pressed Deny.`,
            )
          }
        >
          Press Deny in the e-mail
        </Button>
        <FormControlLabel
          disabled={!choice || choice.provisioning === 'denied'}
          control={
            <Switch
              checked={choice?.deniesNextProvisioning ?? false}
              onChange={(e) => {
                const on = e.target.checked;
                act(
                  (c) => simulatorControls.presetTenantDenial(c.applicationId, c.tenantId, on),
                  on ? 'Will press Deny when the next switch e-mails it.' : 'Will not deny.',
                );
              }}
            />
          }
          label="Deny the next provisioning e-mail"
        />
      </Stack>
      {outcome && (
        <Typography role="status" variant="body2">
          {outcome}
        </Typography>
      )}
    </Stack>
  );
}

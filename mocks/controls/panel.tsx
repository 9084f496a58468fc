import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import MenuItem from '@mui/material/MenuItem';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { endpoints } from '@/contract/endpoints';
import { defaultScenario, type Scenario } from '../core/scenario';
import { FailingOperationField } from './failing-operation-field';
import { TenantDenyControl } from './tenant-deny-control';
import { simulatorControls } from './client';

const endpointIds = Object.keys(endpoints);
const statuses = [400, 401, 403, 404, 409, 422, 500, 503];
const latencies = [0, 300, 1000, 3000];
const speeds = [1, 5, 20];

/** Standalone-only controls: bend the simulated backend to try failure paths by hand. */
export function MockControlsPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [scenario, setScenario] = useState<Scenario>(defaultScenario);
  const [large, setLarge] = useState(false);
  const [problem, setProblem] = useState('');

  // What the worker holds now: another tab or a test may have changed it since the last opening.
  useEffect(() => {
    if (!open) return;
    let current = true;
    simulatorControls.settings().then(
      (settings) => {
        if (!current) return;
        setScenario(settings.scenario);
        setLarge(settings.largeDataset);
      },
      (error: unknown) => current && setProblem(String(error)),
    );
    return () => {
      current = false;
    };
  }, [open]);

  const apply = (change: Promise<unknown>) => {
    setProblem('');
    change.then(
      () => void queryClient.invalidateQueries(),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  };

  const update = (partial: Partial<Scenario>) => {
    setScenario((was) => ({ ...was, ...partial }));
    apply(simulatorControls.setScenario(partial).then(setScenario));
  };

  const toggleLarge = (on: boolean) => {
    setLarge(on);
    apply(simulatorControls.setLargeDataset(on));
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="sim-controls-title"
    >
      <DialogTitle id="sim-controls-title">Simulator controls</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Shape how the simulated backend answers. Changes apply at once and survive a reload.
        </DialogContentText>
        <Stack spacing={2}>
          <FormControlLabel
            control={<Switch checked={large} onChange={(e) => toggleLarge(e.target.checked)} />}
            label="Large dataset (10,000 more applications)"
          />
          <TextField
            select
            label="Added latency"
            value={scenario.latencyMs}
            onChange={(e) => update({ latencyMs: Number(e.target.value) })}
          >
            {latencies.map((ms) => (
              <MenuItem key={ms} value={ms}>
                {ms === 0 ? 'None' : `${ms} ms`}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              select
              fullWidth
              label="Failing endpoint"
              value={scenario.failure?.endpointId ?? ''}
              onChange={(e) =>
                update({
                  failure: e.target.value
                    ? { endpointId: e.target.value, status: scenario.failure?.status ?? 500 }
                    : null,
                })
              }
            >
              <MenuItem value="">None</MenuItem>
              {endpointIds.map((id) => (
                <MenuItem key={id} value={id}>
                  {id}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label="Fails with status"
              sx={{ minWidth: 160 }}
              disabled={!scenario.failure}
              value={scenario.failure?.status ?? 500}
              onChange={(e) =>
                scenario.failure &&
                update({ failure: { ...scenario.failure, status: Number(e.target.value) } })
              }
            >
              {statuses.map((s) => (
                <MenuItem key={s} value={s}>
                  {s}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <TextField
            select
            label="Endpoint that never answers (timeout)"
            value={scenario.timeoutEndpointId ?? ''}
            onChange={(e) => update({ timeoutEndpointId: e.target.value || null })}
          >
            <MenuItem value="">None</MenuItem>
            {endpointIds.map((id) => (
              <MenuItem key={id} value={id}>
                {id}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Endpoint with a malformed answer"
            value={scenario.malformedEndpointId ?? ''}
            onChange={(e) => update({ malformedEndpointId: e.target.value || null })}
          >
            <MenuItem value="">None</MenuItem>
            {endpointIds.map((id) => (
              <MenuItem key={id} value={id}>
                {id}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Operation speed"
            value={scenario.operationSpeed}
            onChange={(e) => update({ operationSpeed: Number(e.target.value) })}
          >
            {speeds.map((s) => (
              <MenuItem key={s} value={s}>{`${s}×`}</MenuItem>
            ))}
          </TextField>
          <FailingOperationField
            value={scenario.failingOperationKind}
            onChange={(kind) => update({ failingOperationKind: kind })}
          />
          <FormControlLabel
            control={
              <Switch
                checked={scenario.offline}
                onChange={(e) => update({ offline: e.target.checked })}
              />
            }
            label="Offline (every request fails to connect)"
          />
          <TenantDenyControl />
          {problem && (
            <Alert severity="error" role="alert">
              The simulator did not take that change: {problem}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => apply(simulatorControls.clearScenario().then(setScenario))}>
          Clear scenario
        </Button>
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}

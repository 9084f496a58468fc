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
import { useState } from 'react';
import { endpoints } from '@/contract/endpoints';
import type { Scenario } from '../core/scenario';
import { FailingOperationField } from './failing-operation-field';
import { TenantDenyControl } from './tenant-deny-control';
import { simulator } from '../simulator';

const endpointIds = Object.keys(endpoints);
const statuses = [400, 401, 403, 404, 409, 422, 500, 503];
const latencies = [0, 300, 1000, 3000];
const speeds = [1, 5, 20];

/** Standalone-only controls: bend the simulated backend to try failure paths by hand. */
export function MockControlsPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [scenario, setScenario] = useState<Scenario>(() => ({ ...simulator.db.scenario }));
  const [large, setLarge] = useState(() => simulator.db.settings.largeDataset);

  const update = (partial: Partial<Scenario>) => {
    simulator.setScenario(partial);
    setScenario({ ...simulator.db.scenario });
    void queryClient.invalidateQueries();
  };

  const toggleLarge = (on: boolean) => {
    simulator.setLargeDataset(on);
    setLarge(on);
    void queryClient.invalidateQueries();
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
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            simulator.clearScenario();
            setScenario({ ...simulator.db.scenario });
            void queryClient.invalidateQueries();
          }}
        >
          Clear scenario
        </Button>
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}

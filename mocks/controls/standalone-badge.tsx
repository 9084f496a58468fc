import { useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { saveStateStore } from './client';

const subscribe = (listener: () => void) => saveStateStore.subscribe(listener);
const currentSaveState = () => saveStateStore.get();
/**
 * Shown only when the simulator provides the data, so nobody mistakes it for production. When
 * the browser stops taking the simulator's saves (storage full), it says so: a reload would lose
 * every change since.
 */
export function StandaloneBadge() {
  const failed = useSyncExternalStore(subscribe, currentSaveState) === 'failed';
  return (
    <Box role="status" sx={{ display: 'inline-flex' }}>
      <Chip
        size="small"
        color={failed ? 'error' : 'warning'}
        variant={failed ? 'filled' : 'outlined'}
        icon={
          failed ? (
            <WarningAmberIcon aria-hidden="true" />
          ) : (
            <ScienceOutlinedIcon aria-hidden="true" />
          )
        }
        title={
          failed
            ? 'This browser’s storage is full: the simulator keeps working, but a reload loses every change since. Reset demo data to start saving again.'
            : undefined
        }
        label={
          <>
            <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              {failed ? 'Simulated data — not saved: storage full' : 'Standalone — simulated data'}
            </Box>
            <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
              {failed ? 'Not saved' : 'Simulated'}
            </Box>
          </>
        }
        sx={{ '& .MuiChip-icon': { display: { xs: 'none', sm: 'block' } } }}
      />
    </Box>
  );
}

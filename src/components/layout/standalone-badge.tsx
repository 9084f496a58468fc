import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import { useStandalone } from '@/lib/standalone';

/** Shown only when the simulator provides the data, so nobody mistakes it for production. */
export function StandaloneBadge() {
  const standalone = useStandalone();
  if (!standalone) return null;
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      icon={<ScienceOutlinedIcon aria-hidden="true" />}
      label={
        <>
          <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
            Standalone — simulated data
          </Box>
          <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
            Simulated
          </Box>
        </>
      }
      sx={{ '& .MuiChip-icon': { display: { xs: 'none', sm: 'block' } } }}
    />
  );
}

import Box from '@mui/material/Box';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import { paths } from '@/config/paths';
import { DrawnLink } from './drawn-link';

/** Product name, linking home. */
export function Brand({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <DrawnLink
      to={paths.home.href()}
      onClick={onNavigate}
      underline="none"
      color="inherit"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 1,
        fontWeight: 700,
        fontSize: '1.125rem',
      }}
    >
      <Box
        component="span"
        aria-hidden="true"
        sx={{
          display: 'inline-flex',
          p: 0.5,
          borderRadius: 1.5,
          bgcolor: 'primary.main',
          color: 'primary.contrastText',
        }}
      >
        <UpgradeIcon fontSize="small" />
      </Box>
      Upshift
    </DrawnLink>
  );
}

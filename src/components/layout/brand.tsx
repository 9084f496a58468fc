import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';

/** Product name, linking home. */
export function Brand({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <Link
      component={RouterLink}
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
    </Link>
  );
}

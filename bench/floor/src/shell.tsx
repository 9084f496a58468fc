import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Outlet, Link as RouterLink } from 'react-router';

export function Shell() {
  return (
    <>
      <AppBar position="static">
        <Toolbar sx={{ gap: 4 }}>
          <Typography variant="h6" component="h1">
            Floor
          </Typography>
          <Box component="nav" aria-label="Main" sx={{ display: 'flex', gap: 3 }}>
            <Link component={RouterLink} to="/" color="inherit">
              50 rows
            </Link>
            <Link component={RouterLink} to="/large" color="inherit">
              10,000 rows
            </Link>
          </Box>
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ p: 2 }}>
        <Outlet />
      </Box>
    </>
  );
}

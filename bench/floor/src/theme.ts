import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  palette: { primary: { main: '#1d4ed8' } },
  shape: { borderRadius: 6 },
  typography: { fontFamily: 'system-ui, sans-serif' },
});

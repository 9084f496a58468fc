import Typography from '@mui/material/Typography';

export function Loading() {
  return <Typography>Loading…</Typography>;
}

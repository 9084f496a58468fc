import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export function ImageLine({ image }: { image: string }) {
  return (
    <Typography variant="body2">
      <Box component="span" sx={{ color: 'text.secondary' }}>
        Image{' '}
      </Box>
      <Box component="code" sx={{ overflowWrap: 'anywhere', fontSize: '0.8125rem' }}>
        {image}
      </Box>
    </Typography>
  );
}

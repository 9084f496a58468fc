import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import BlockIcon from '@mui/icons-material/Block';

/** Said in words with an icon beside it: applications cannot move between these two. */
export function StagingMarker({ text }: { text: string }) {
  return (
    <Stack
      direction="row"
      spacing={0.5}
      sx={{ alignItems: 'center', color: 'warning.main', minWidth: 0 }}
    >
      <BlockIcon aria-hidden="true" fontSize="small" />
      <Typography component="span" variant="body2" sx={{ fontWeight: 600, color: 'text.primary' }}>
        {text}
      </Typography>
    </Stack>
  );
}

import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ModulePreparation } from '@/contract/platform';
import { modulePreparationText } from './environment-words';

/** Modules preparation in words, with a named progress bar while it runs. */
export function ModulePreparationStatus({
  environmentName,
  preparation,
}: {
  environmentName: string;
  preparation: ModulePreparation | null;
}) {
  const text = modulePreparationText(preparation);
  if (preparation?.status !== 'running') {
    return (
      <Typography
        component="span"
        variant="body2"
        color={preparation?.status === 'failed' ? 'error' : undefined}
      >
        {text}
      </Typography>
    );
  }
  const value = preparation.total > 0 ? (preparation.prepared / preparation.total) * 100 : 0;
  return (
    <Stack spacing={0.5} sx={{ minWidth: 120 }}>
      <LinearProgress
        variant="determinate"
        value={value}
        aria-label={`Modules preparation in ${environmentName}`}
        aria-valuetext={text}
      />
      <Typography component="span" variant="body2">
        {text}
      </Typography>
    </Stack>
  );
}

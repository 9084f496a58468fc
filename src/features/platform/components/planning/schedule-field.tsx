import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { absoluteTime } from '@/lib/format';
import { scheduleOf, type EnvironmentChoice } from './planning-choices';
import { browserTimeZone, timeZoneOptions } from './zoned-time';

interface Props {
  environmentName: string;
  choice: EnvironmentChoice;
  onChange: (part: 'at' | 'timeZone', value: string) => void;
  errors: { at?: string; timeZone?: string };
  refs: { at: (el: HTMLElement | null) => void; timeZone: (el: HTMLElement | null) => void };
}

/** When, as a wall-clock time in a named zone (the viewer's by default); read back in theirs. */
export function ScheduleField({ environmentName, choice, onChange, errors, refs }: Props) {
  const zones = useMemo(() => timeZoneOptions(), []);
  const schedule = scheduleOf(choice);
  const mine = browserTimeZone();
  const readBack =
    schedule && schedule.timeZone !== mine
      ? `That is ${absoluteTime(schedule.at)} in your time zone (${mine}).`
      : undefined;
  return (
    <Stack spacing={1}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ alignItems: 'flex-start' }}
      >
        <TextField
          type="datetime-local"
          label={`Upgrade ${environmentName} on`}
          value={choice.at}
          onChange={(e) => onChange('at', e.target.value)}
          inputRef={refs.at}
          error={Boolean(errors.at)}
          helperText={errors.at ?? readBack ?? 'Date and time in the zone beside it'}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ minWidth: { sm: 240 }, width: { xs: '100%', sm: 'auto' } }}
        />
        <Autocomplete
          options={zones}
          value={choice.timeZone || null}
          onChange={(_, zone) => onChange('timeZone', zone ?? '')}
          sx={{ minWidth: { sm: 260 }, width: { xs: '100%', sm: 'auto' } }}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Time zone"
              inputRef={refs.timeZone}
              error={Boolean(errors.timeZone)}
              helperText={errors.timeZone ?? 'An IANA zone, e.g. Europe/Lisbon'}
            />
          )}
        />
      </Stack>
      {choice.at ? (
        <Button size="small" onClick={() => onChange('at', '')} sx={{ alignSelf: 'flex-start' }}>
          Clear the schedule
        </Button>
      ) : (
        <Typography variant="body2" color="textSecondary">
          Not scheduled yet.
        </Typography>
      )}
    </Stack>
  );
}

import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import type { Control } from 'react-hook-form';
import { FormTextField } from '@/components/form/form-text-field';
import type { PlatformEnvironment } from '@/contract/platform';
import type { StagingFormInput, StagingFormValues } from './staging-form-schema';

interface Props {
  control: Control<StagingFormInput, unknown, StagingFormValues>;
  environments: readonly PlatformEnvironment[];
  applications: readonly string[];
}

type Choice = 'application' | 'fromEnvironmentId' | 'toEnvironmentId';

/** Application, from and to (each environment with its version), and the fix's note. */
export function StagingFields({ control, environments, applications }: Props) {
  // A select names its error (helper text) only when it has an id to build the link from.
  const id = useId();
  const envOptions = environments.map((e) => ({
    value: e.id,
    label: `${e.name} (${e.platformVersion})`,
  }));
  const choices: { name: Choice; label: string; options: { value: string; label: string }[] }[] = [
    {
      name: 'application',
      label: 'Application',
      options: applications.map((a) => ({ value: a, label: a })),
    },
    { name: 'fromEnvironmentId', label: 'From', options: envOptions },
    { name: 'toEnvironmentId', label: 'To', options: envOptions },
  ];
  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      {choices.map((choice) => (
        <FormTextField
          key={choice.name}
          control={control}
          name={choice.name}
          id={`${id}-${choice.name}`}
          label={choice.label}
          select
          required
        >
          {choice.options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label}
            </MenuItem>
          ))}
        </FormTextField>
      ))}
      <FormTextField
        control={control}
        name="note"
        id={`${id}-note`}
        label="What the fix is"
        multiline
        minRows={2}
        helperText="Kept with the staging, and with its backport to the environments already upgraded."
      />
    </Stack>
  );
}

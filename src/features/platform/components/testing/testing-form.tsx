import { formResolver } from '@/lib/form-resolver';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { FormTextField } from '@/components/form/form-text-field';
import type { PlanEnvironment } from '@/contract/platform-plans';
import { useRecordTesting } from '../../api/testing-mutations';
import { ActionError } from '../execution/action-error';
import { CheckField } from './check-field';
import {
  testingFormSchema,
  type TestingFormInput,
  type TestingFormValues,
} from './testing-form-schema';

interface Props {
  planId: string;
  env: PlanEnvironment;
}

/** Hot-points tested, Error Log checked, a note: "Tested" marks the environment done. */
export function TestingForm({ planId, env }: Props) {
  const record = useRecordTesting({ planId, environmentId: env.environmentId });
  const form = useForm<TestingFormInput, unknown, TestingFormValues>({
    resolver: formResolver(testingFormSchema),
    mode: 'onTouched',
    defaultValues: { hotPoints: false, errorLogClean: false, note: '' },
  });
  const submit = form.handleSubmit((values) => {
    void record.mutateAsync(values).catch(() => undefined);
  });
  return (
    <Box
      component="form"
      noValidate
      aria-label={`Testing of ${env.name}`}
      onSubmit={(e) => void submit(e)}
    >
      <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <CheckField
          control={form.control}
          name="hotPoints"
          label="Hot-points tested"
          hint="Screens, workflows, operations: the applications' hot-points aren't affected by the upgrade."
        />
        <CheckField
          control={form.control}
          name="errorLogClean"
          label="Service Center Error Log checked"
          hint="No application errors or background issues in Service Center's Error Log."
        />
        <FormTextField
          control={form.control}
          name="note"
          label="Note"
          multiline
          minRows={2}
          helperText="What was tested, for the record (optional)."
          sx={{ width: '100%', maxWidth: 560 }}
        />
        <Button type="submit" variant="contained" loading={record.isPending}>
          Tested
        </Button>
        {record.isError && (
          <ActionError
            error={record.error}
            onRetry={() => void submit()}
            retrying={record.isPending}
          />
        )}
      </Stack>
    </Box>
  );
}

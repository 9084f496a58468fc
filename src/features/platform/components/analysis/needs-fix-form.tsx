import { formResolver } from '@/lib/form-resolver';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { FormTextField } from '@/components/form/form-text-field';
import { setServerErrors } from '@/components/form/field-errors';
import { ESTIMATE_MAX_HOURS, type ChangeReview } from '@/contract/platform-plans';
import { isApiError } from '@/lib/problem';
import { needsFixSchema, reviewFieldOf, type NeedsFixValues } from './review-form';

interface Props {
  change: ChangeReview;
  /** Sends the verdict; rejects with the server's refusal. */
  onSave: (estimateHours: number, note: string) => Promise<unknown>;
  onCancel: () => void;
  saving: boolean;
}

/** Needs a fix: the estimate (checked as it is typed) and a note; a refusal stays at its field. */
export function NeedsFixForm({ change, onSave, onCancel, saving }: Props) {
  const { control, handleSubmit, setError, setFocus } = useForm<NeedsFixValues>({
    resolver: formResolver(needsFixSchema),
    mode: 'onChange',
    defaultValues: {
      estimate: change.estimateHours === null ? '' : String(change.estimateHours),
      note: change.note,
    },
  });
  useEffect(() => setFocus('estimate'), [setFocus]);

  const submit = handleSubmit(async ({ estimate, note }) => {
    try {
      await onSave(Number(estimate), note.trim());
    } catch (error) {
      if (!isApiError(error) || error.status !== 422) return;
      const placed = setServerErrors(error, setError, reviewFieldOf);
      if (placed.fields.length === 0)
        setError('estimate', { type: 'server', message: error.detail ?? error.title });
      setFocus(placed.fields[0] ?? 'estimate');
    }
  });

  return (
    <Stack
      component="form"
      aria-label={`Fix needed: ${change.title}`}
      noValidate
      onSubmit={(e) => void submit(e)}
      spacing={1.5}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <FormTextField
          control={control}
          name="estimate"
          label="Estimate (hours)"
          required
          inputMode="decimal"
          autoComplete="off"
          helperText={`Hours of code fixing, 0 to ${String(ESTIMATE_MAX_HOURS)}`}
          sx={{ width: { sm: 200 } }}
        />
        <FormTextField
          control={control}
          name="note"
          label="Note"
          helperText="What to fix, for the team (optional)"
          sx={{ flex: 1 }}
        />
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" loading={saving}>
          Save the estimate
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  );
}

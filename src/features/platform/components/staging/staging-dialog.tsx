import { formResolver } from '@/lib/form-resolver';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useForm, useWatch } from 'react-hook-form';
import { DiscardChangesDialog } from '@/components/form/discard-changes-dialog';
import { useDiscardGuard } from '@/components/form/use-discard-guard';
import { DialogFrame } from '@/components/layout/dialog-frame';
import type { Infrastructure, Staging } from '@/contract/platform';
import { isApiError } from '@/lib/problem';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useCreateStaging } from '../../api/staging-mutations';
import { ActionError } from '../execution/action-error';
import { StagingFields } from './staging-fields';
import {
  stagingFormSchema,
  type StagingFormInput,
  type StagingFormValues,
} from './staging-form-schema';
import { fixInFor } from './staging-way-out';

const FORM_ID = 'stage-application-form';

interface Props {
  infrastructure: Infrastructure;
  /** Preset from the dialog's URL: ?application=&from=&to= */
  initial: Partial<Pick<StagingFormInput, 'application' | 'fromEnvironmentId' | 'toEnvironmentId'>>;
  onClose: () => void;
  onStaged: (staging: Staging) => void;
}

/**
 * "Stage an application" between two environments. Across versions the server refuses (409);
 * the dialog then says the seed's way out and offers it in one click, keeping every choice.
 */
export function StagingDialog({ infrastructure, initial, onClose, onStaged }: Props) {
  const stage = useCreateStaging();
  const once = useSingleFlight();
  const envs = infrastructure.environments;
  const applications = [...new Set(envs.flatMap((e) => e.apps.map((a) => a.name)))].sort();
  const form = useForm<StagingFormInput, unknown, StagingFormValues>({
    resolver: formResolver(stagingFormSchema),
    defaultValues: {
      application: initial.application ?? '',
      fromEnvironmentId: initial.fromEnvironmentId ?? '',
      toEnvironmentId: initial.toEnvironmentId ?? '',
      note: '',
    },
  });
  const guard = useDiscardGuard(form.formState.isDirty && !stage.isSuccess, onClose);
  const send = (values: StagingFormValues) =>
    once((release) => {
      stage.mutateAsync(values).then((staging) => {
        guard.leave(() => onStaged(staging));
      }, release);
    });
  const submit = form.handleSubmit(send);
  const error = stage.error;
  const conflict = isApiError(error) && error.status === 409;
  const toId = useWatch({ control: form.control, name: 'toEnvironmentId' });
  const fixIn = fixInFor(envs, toId);
  const stageFromFix = () => {
    if (!fixIn) return;
    form.setValue('fromEnvironmentId', fixIn.id, { shouldDirty: true });
    void submit();
  };
  const close = () => {
    if (!stage.isPending) guard.requestClose();
  };
  return (
    <DialogFrame
      title="Stage an application"
      onClose={close}
      actions={
        <>
          <Button onClick={close} disabled={stage.isPending}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} variant="contained" loading={stage.isPending}>
            Stage
          </Button>
        </>
      }
    >
      <Typography variant="body2">
        {`Applications move only between environments on the same Platform Server version. ${infrastructure.name}'s environments are listed with theirs.`}
      </Typography>
      {error && (
        <ActionError
          error={error}
          onRetry={() => void submit()}
          retrying={stage.isPending}
          action={
            conflict && fixIn ? (
              <Button color="inherit" size="small" onClick={stageFromFix}>
                {`Stage from ${fixIn.name} instead`}
              </Button>
            ) : undefined
          }
        >
          {conflict && fixIn && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {`Your choices are kept. “Stage from ${fixIn.name} instead” moves the fix on from there; the backport to the environments already upgraded stays open.`}
            </Typography>
          )}
        </ActionError>
      )}
      <form id={FORM_ID} aria-label="Staging" noValidate onSubmit={(e) => void submit(e)}>
        <StagingFields control={form.control} environments={envs} applications={applications} />
      </form>
      <DiscardChangesDialog {...guard.question}>
        The choices you made will be lost. Nothing has been staged.
      </DiscardChangesDialog>
    </DialogFrame>
  );
}

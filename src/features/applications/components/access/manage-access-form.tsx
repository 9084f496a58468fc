import { formResolver } from '@/lib/form-resolver';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { PanelError } from '@/components/feedback/panel-error';
import { useToast } from '@/components/feedback/toast-context';
import { DiscardChangesDialog } from '@/components/form/discard-changes-dialog';
import { setServerErrors } from '@/components/form/field-errors';
import { useDiscardGuard } from '@/components/form/use-discard-guard';
import type { ApplicationAccess } from '@/contract/applications';
import { isApiError } from '@/lib/problem';
import { useUpdateApplicationAccess } from '../../api/update-application-access';
import { AccessFields } from './access-fields';
import {
  AccessForm,
  accessFormValues,
  accessUpdateOf,
  changedAccessFields,
  formFieldOf,
  type AccessFormValues,
  type Directory,
} from './access-form';
import { AccessDialogFrame } from './access-dialog-frame';
import { LatestAccess } from './latest-access';
import { SaveProblem } from './save-problem';
import { useAccessBase } from './use-access-base';

const FORM_ID = 'manage-access-form';

interface Props {
  applicationId: string;
  name: string;
  /** The access as read when the dialog opened. */
  stored: ApplicationAccess;
  directory: Directory;
  onClose: () => void;
}

export function ManageAccessForm({ applicationId, name, stored, directory, onClose }: Props) {
  const toast = useToast();
  const save = useUpdateApplicationAccess();
  const base = useAccessBase(applicationId, stored);
  const latest = base.loadLatest;
  const reload = () => latest.mutate(undefined, { onSuccess: () => save.reset() });
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { control, handleSubmit, setError, setFocus } = useForm<
    AccessFormValues,
    unknown,
    AccessFormValues
  >({
    resolver: formResolver(AccessForm),
    // A chosen admin without ACTIVITI_ADMIN is explained as soon as it is chosen.
    mode: 'onChange',
    defaultValues: { ...accessFormValues(stored, directory), comment: '' },
  });
  const [adminUsers, adminGroups, userUsers, userGroups, comment] = useWatch({
    control,
    name: ['adminUsers', 'adminGroups', 'userUsers', 'userGroups', 'comment'],
  });
  const baseValues = accessFormValues(base.access, directory);
  const changed =
    changedAccessFields({ adminUsers, adminGroups, userUsers, userGroups }, baseValues).length > 0;
  const guard = useDiscardGuard(changed || comment.trim() !== '', onClose);

  const submit = handleSubmit((values) => {
    setUnplaced([]);
    const body = accessUpdateOf(values, base.access.revision);
    save.mutate(
      { applicationId, body },
      {
        onSuccess: (access) => {
          const revision = String(access.revision);
          toast.show({
            severity: 'success',
            message: `Access to ${name} saved (revision ${revision}).`,
          });
          guard.leave();
        },
        onError: (error) => {
          if (!isApiError(error) || error.status !== 422) return;
          const placed = setServerErrors(error, setError, formFieldOf);
          setUnplaced(placed.unplaced);
          const first = placed.fields[0]?.split('.')[0] as keyof AccessFormValues | undefined;
          if (first) setFocus(first);
        },
      },
    );
  });

  const requestClose = () => {
    if (!save.isPending) guard.requestClose();
  };

  return (
    <AccessDialogFrame name={name} onClose={requestClose}>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            {`Choose who administers ${name} and who may use it. Saving changes access only: nothing is upgraded or redeployed.`}
          </DialogContentText>
          <SaveProblem
            name={name}
            error={save.error}
            unplaced={unplaced}
            onRetry={() => void submit()}
            retrying={save.isPending}
            onLoadLatest={reload}
            loadingLatest={latest.isPending}
          />
          {latest.isError && (
            <PanelError
              error={latest.error}
              title="The latest access could not be loaded"
              onRetry={reload}
              retrying={latest.isPending}
            />
          )}
          {base.reloaded && (
            <LatestAccess stored={baseValues} revision={base.access.revision} differs={changed} />
          )}
          <form id={FORM_ID} aria-label={`Access to ${name}`} noValidate onSubmit={submit}>
            <AccessFields control={control} />
          </form>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={requestClose} disabled={save.isPending}>
          Cancel
        </Button>
        <Button
          type="submit"
          form={FORM_ID}
          variant="contained"
          disabled={!changed}
          loading={save.isPending}
        >
          Save
        </Button>
      </DialogActions>
      <DiscardChangesDialog {...guard.question}>
        {`The changes you made to access to ${name} will be lost. Nothing has been saved.`}
      </DiscardChangesDialog>
    </AccessDialogFrame>
  );
}

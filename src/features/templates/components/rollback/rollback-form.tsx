import { formResolver } from '@/lib/form-resolver';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { setServerErrors } from '@/components/form/field-errors';
import { FormCommentField } from '@/components/form/comment-field';
import { PermissionDenied, usePermission } from '@/components/layout/require-permission';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { useConfirmStep } from '@/lib/use-confirm-step';
import { useUrlParams } from '@/lib/use-url-params';
import { useRollbackPreview } from '../../api/get-template-rollback-preview';
import { parseDiffViewOptions, serializeDiffViewOptions } from '../diff/diff-view-options';
import { ComponentChoice } from './component-choice';
import { ConfirmRollbackDialog } from './confirm-rollback-dialog';
import {
  rollbackFormSchema,
  type RollbackFormInput,
  type RollbackFormValues,
} from './rollback-form-schema';
import { chosenComponents, toggleComponent, type RollbackParams } from './rollback-params';
import { RollbackPreviewSection } from './rollback-preview-section';
import { StayNotice } from './stay-notice';

interface Props {
  app: InstalledApplicationDetail;
  record: UpgradeRecordDetail;
  params: RollbackParams;
  setParams: (update: (current: RollbackParams) => RollbackParams) => void;
}

/**
 * The components to restore (ticked in the URL), the notice of what stays, the rollback's diff,
 * then a comment and Roll back → a confirmation. Read-only people see the same preview, no controls.
 */
export function RollbackForm({ app, record, params, setParams }: Props) {
  const allowed = usePermission('templates:upgrade');
  const [options, setOptions] = useUrlParams(parseDiffViewOptions, serializeDiffViewOptions);
  const confirmStep = useConfirmStep();
  const chosen = chosenComponents(params, record.rollbackable);
  const chosenKey = chosen.join(',');
  const preview = useRollbackPreview(
    app.id,
    record.id,
    { components: chosen, ignoreWhitespace: options.ignoreWhitespace },
    chosen.length > 0,
  );
  const values = useMemo(
    () => ({ components: chosenKey ? chosenKey.split(',') : [], comment: '' }),
    [chosenKey],
  );
  const form = useForm<RollbackFormInput, unknown, RollbackFormValues>({
    resolver: formResolver(rollbackFormSchema),
    values,
    // A new choice must not wipe the comment already typed.
    resetOptions: { keepDirtyValues: true },
  });
  const choiceError = form.formState.errors.components?.message;
  const restorable = record.components.filter((c) => record.rollbackable.includes(c.name));
  const stay = preview.data?.componentsThatStay ?? record.componentsThatStay;
  const previewRefused = preview.isError;

  const toggle = (name: string, on: boolean) =>
    setParams((p) => ({
      ...p,
      components: toggleComponent(
        chosenComponents(p, record.rollbackable),
        record.rollbackable,
        name,
        on,
      ),
    }));

  return (
    <Stack spacing={3} sx={{ minWidth: 0 }}>
      {record.status === 'rollback-failed' && record.rollback?.failure && (
        <Alert severity="error">
          <AlertTitle>{`The last rollback failed: ${record.rollback.failure.title}`}</AlertTitle>
          {`${record.rollback.failure.detail} Nothing was restored; you can try again.`}
        </Alert>
      )}
      {!allowed && (
        <PermissionDenied>
          <Alert severity="info">
            <AlertTitle>You can review this rollback but not start it</AlertTitle>
            Rolling back an upgrade needs the Administrator role. Share this page with an
            administrator: the link keeps the components and the view shown here.
          </Alert>
        </PermissionDenied>
      )}
      <Box
        component="form"
        noValidate
        aria-label="Roll back"
        onSubmit={(event) => void form.handleSubmit(() => confirmStep.open())(event)}
      >
        <Stack spacing={3}>
          <ComponentChoice
            components={restorable}
            chosen={chosen}
            onToggle={allowed ? toggle : undefined}
            error={choiceError}
          />
          <StayNotice stay={stay} notice={preview.data?.notice} />
          <RollbackPreviewSection
            appName={app.name}
            templateId={app.template.id}
            title={`${app.name}: roll back ${record.toVersion} → ${record.fromVersion}`}
            chosenCount={chosen.length}
            preview={preview}
            options={options}
            setOptions={setOptions}
          />
          {allowed && (
            <>
              <FormCommentField
                control={form.control}
                name="comment"
                hint="Kept with the upgrade record."
              />
              <Box>
                <Button
                  type="submit"
                  variant="contained"
                  disabled={chosen.length === 0 || previewRefused}
                >
                  Roll back
                </Button>
              </Box>
            </>
          )}
        </Stack>
      </Box>
      {allowed && params.confirm && chosen.length > 0 && (
        <ConfirmRollbackDialog
          app={app}
          record={record}
          components={chosen}
          stay={stay}
          comment={form.getValues('comment').trim()}
          onClose={confirmStep.close}
          onStarted={confirmStep.started}
          onChoiceRefused={(error) => {
            setServerErrors(error, form.setError, (field) =>
              field === 'components' || field === 'comment' ? field : undefined,
            );
            confirmStep.close();
          }}
        />
      )}
    </Stack>
  );
}

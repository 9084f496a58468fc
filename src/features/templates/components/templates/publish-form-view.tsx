import { formResolver } from '@/lib/form-resolver';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { describeError } from '@/components/feedback/describe-error';
import { DiscardChangesDialog } from '@/components/form/discard-changes-dialog';
import { FormTextField } from '@/components/form/form-text-field';
import { setServerErrors } from '@/components/form/field-errors';
import { useDiscardGuard } from '@/components/form/use-discard-guard';
import type { TemplateDetail } from '@/contract/template-detail';
import { isApiError } from '@/lib/problem';
import { useKeyFor } from '@/lib/use-key-for';
import { usePublishTemplateVersion } from '../../api/publish-template-version';
import { suggestNextVersion } from '@/lib/version-compare';
import { PublishDialogFrame } from './publish-dialog-frame';
import { publishFieldOf, publishFormSchema, type PublishFormValues } from './publish-form';
import { PublishProgress } from './publish-progress';
import { changesText } from './source-application';

const FORM_ID = 'publish-version-form';

interface Props {
  template: TemplateDetail;
  title: string;
  onClose: () => void;
}

/** The publish dialog for people who may publish: the form, then the operation's progress. */
export function PublishForm({ template, title, onClose }: Props) {
  const latest = template.latestVersion;
  const publish = usePublishTemplateVersion(template.id);
  const keyFor = useKeyFor();
  const schema = useMemo(() => publishFormSchema(latest), [latest]);
  const { control, handleSubmit, setError, setFocus, formState } = useForm<PublishFormValues>({
    resolver: formResolver(schema),
    defaultValues: { version: '', notes: '' },
  });
  // Once publishing has started, nothing typed is left to lose.
  const guard = useDiscardGuard(formState.isDirty && !publish.isSuccess, onClose);

  if (publish.isSuccess) {
    return (
      <PublishDialogFrame title={title} onClose={onClose}>
        <PublishProgress
          template={template}
          operation={publish.data}
          version={publish.variables.body.version}
          onClose={onClose}
        />
      </PublishDialogFrame>
    );
  }
  const requestClose = () => {
    if (!publish.isPending) guard.requestClose();
  };

  const submit = handleSubmit((values) => {
    const body = { revision: template.revision, version: values.version, notes: values.notes };
    publish.mutate(
      { templateId: template.id, body, idempotencyKey: keyFor(body) },
      {
        onError: (error) => {
          if (!isApiError(error) || error.status !== 422) return;
          const placed = setServerErrors(error, setError, publishFieldOf);
          if (placed.fields.length === 0)
            setError('version', { type: 'server', message: error.detail ?? error.title });
          setFocus(placed.fields[0] ?? 'version');
        },
      },
    );
  });
  const error = publish.error;
  const conflict = isApiError(error) && error.status === 409;
  const showProblem = error && !(isApiError(error) && error.status === 422);
  const changes = changesText(template);

  return (
    <PublishDialogFrame title={title} onClose={requestClose}>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            {`Publishes ${template.source.name} as a new version of ${template.name}. The latest version is ${latest}; the new one must be greater (versions compare number by number: 1.10 > 1.9).`}
            {changes
              ? ` Unpublished changes: ${changes}.`
              : ' The source application has no unpublished changes.'}
          </DialogContentText>
          {showProblem ? (
            <Alert severity="error">
              <AlertTitle>{describeError(error).title}</AlertTitle>
              {describeError(error).detail}
              {conflict
                ? ' What you typed is kept: the page now shows the latest release records, so check them and publish again.'
                : ''}
            </Alert>
          ) : null}
          <form id={FORM_ID} aria-label="New version" noValidate onSubmit={(e) => void submit(e)}>
            <Stack spacing={2} sx={{ pt: 1 }}>
              <FormTextField
                control={control}
                name="version"
                label="Version"
                required
                autoComplete="off"
                helperText={`Greater than ${latest}, e.g. ${suggestNextVersion(latest)}`}
              />
              <FormTextField
                control={control}
                name="notes"
                label="Release notes"
                multiline
                minRows={3}
                helperText="What changed, for the release record"
              />
            </Stack>
          </form>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={requestClose} disabled={publish.isPending}>
          Cancel
        </Button>
        <Button type="submit" form={FORM_ID} variant="contained" loading={publish.isPending}>
          Publish
        </Button>
      </DialogActions>
      <DiscardChangesDialog {...guard.question}>
        The version and release notes you typed will be lost. Nothing has been published.
      </DiscardChangesDialog>
    </PublishDialogFrame>
  );
}

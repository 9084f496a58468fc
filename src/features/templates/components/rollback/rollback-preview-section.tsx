import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import type { RollbackPreview } from '@/contract/template-upgrades';
import { PanelError } from '@/components/feedback/panel-error';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import type { DiffViewOptions, DiffViewOptionsUpdate } from '../diff/diff-view-options';
import { TemplateDiffView } from '../diff/template-diff-view';

interface Props {
  appName: string;
  /** Names the Markdown export, e.g. "observability-prod: roll back 1.9 → 1.8". */
  title: string;
  chosenCount: number;
  preview: UseQueryResult<RollbackPreview>;
  options: DiffViewOptions;
  setOptions: DiffViewOptionsUpdate;
  /** The application's template: the diff's secrets are revealed from its versions. */
  templateId: string;
}

/** The rollback's diff: the application as it runs now → after the rollback of the chosen ones. */
export function RollbackPreviewSection({
  appName,
  title,
  chosenCount,
  preview,
  options,
  setOptions,
  templateId,
}: Props) {
  const id = useId();
  const updating = preview.isPlaceholderData && preview.isFetching;
  return (
    <Box component="section" aria-labelledby={id} sx={{ minWidth: 0 }}>
      <Stack spacing={1.5}>
        <div>
          <Typography component="h2" variant="h2" id={id}>
            What the rollback changes
          </Typography>
          <Typography color="textSecondary">{`${appName} as it runs now → after the rollback.`}</Typography>
        </div>
        {chosenCount === 0 ? (
          <Alert severity="info">
            Choose at least one component to see what the rollback changes.
          </Alert>
        ) : preview.isError && !preview.data ? (
          <PanelError
            error={preview.error}
            onRetry={() => void preview.refetch()}
            retrying={preview.isFetching}
          />
        ) : preview.data ? (
          <>
            {preview.isError && (
              <PanelError
                error={preview.error}
                title="This choice cannot be previewed"
                onRetry={() => void preview.refetch()}
                retrying={preview.isFetching}
              />
            )}
            <Box sx={{ height: 4 }}>
              {updating && <LinearProgress aria-label="Updating the preview" />}
            </Box>
            <Box aria-busy={updating} sx={{ minWidth: 0 }}>
              <TemplateDiffView
                diff={preview.data.diff}
                options={options}
                onOptionsChange={setOptions}
                title={title}
                refreshing={updating}
                templateId={templateId}
              />
            </Box>
          </>
        ) : (
          <Box role="status">
            <Box component="span" sx={visuallyHidden}>
              Loading the preview…
            </Box>
            <Skeleton variant="rounded" height={240} aria-hidden="true" />
          </Box>
        )}
      </Stack>
    </Box>
  );
}

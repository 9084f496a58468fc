import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { usePermission } from '@/components/layout/require-permission';
import { OperationProgress } from '@/components/operation/operation-progress';
import { paths } from '@/config/paths';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { newIdempotencyKey } from '@/lib/api-client';
import { useOperation } from '@/lib/operations';
import {
  invalidateAfterRollback,
  useStartTemplateRollback,
} from '../../api/start-template-rollback';

interface Props {
  app: InstalledApplicationDetail;
  record: UpgradeRecordDetail;
  operationId: string;
  /** Back to the choice (a failed rollback may be tried again with other components). */
  onChangeChoice: () => void;
  /** Try again started a new operation. */
  onRestarted: (operationId: string) => void;
}

const names = (list: readonly string[]) => list.join(', ');

/** "alertmanager, prometheus are back at 1.8." (each at the version it ran before). */
function restoredText(record: UpgradeRecordDetail, components: readonly string[]): string {
  const versions = new Map<string, string[]>();
  for (const c of record.components.filter((x) => components.includes(x.name))) {
    const at = c.fromVersion ?? record.fromVersion;
    versions.set(at, [...(versions.get(at) ?? []), c.name]);
  }
  const parts = [...versions].map(
    ([version, list]) => `${names(list)} ${list.length === 1 ? 'is' : 'are'} back at ${version}`,
  );
  return parts.length ? `${parts.join('; ')}.` : 'The chosen components are back.';
}

const stayText = (stay: readonly string[]) =>
  stay.length === 0
    ? ''
    : ` ${names(stay)} ${stay.length === 1 ? 'stays' : 'stay'}: the upgrade added ${stay.length === 1 ? 'it' : 'them'}.`;

/** Live progress of the rollback, component by component, then what it did to the record. */
export function RollbackProgress({ app, record, operationId, onChangeChoice, onRestarted }: Props) {
  const headingId = useId();
  const operation = useOperation(operationId);
  const queryClient = useQueryClient();
  const allowed = usePermission('templates:upgrade');
  const retry = useStartTemplateRollback(app.id, record.id);
  // One key per failed attempt: a double click on Try again starts one new rollback.
  const [retryKey] = useState(newIdempotencyKey);
  const status = operation.data?.status;

  useEffect(() => {
    if (status === 'succeeded' || status === 'failed') {
      void invalidateAfterRollback(queryClient, app.id);
    }
  }, [status, queryClient, app.id]);

  const components = record.rollback?.components ?? [];
  const stay = record.componentsThatStay;
  const canRetry = allowed && status === 'failed' && record.status === 'rollback-failed';
  const again = () => {
    if (retry.isPending) return;
    retry
      .mutateAsync({
        applicationId: app.id,
        upgradeId: record.id,
        body: {
          revision: app.revision,
          components: [...components],
          comment: record.rollback?.comment,
        },
        idempotencyKey: retryKey,
      })
      // A failure is shown by the panel below.
      .then(
        (op) => onRestarted(op.id),
        () => undefined,
      );
  };
  const recordLink = (
    <Link component={RouterLink} to={paths.installed.record.href(app.id, record.id)}>
      Open the upgrade record
    </Link>
  );

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={2} sx={{ minWidth: 0 }}>
      <Typography component="h2" variant="h2" id={headingId}>
        {status === 'succeeded'
          ? 'Rolled back'
          : status === 'failed'
            ? 'Rollback failed'
            : 'Rolling back'}
      </Typography>
      {operation.isError && (
        <PanelError
          error={operation.error}
          title="The rollback's progress could not be loaded"
          onRetry={() => void operation.refetch()}
          retrying={operation.isFetching}
        />
      )}
      {!operation.data && !operation.isError && (
        <Typography role="status">Starting the rollback…</Typography>
      )}
      {operation.data && (
        <OperationProgress
          operation={operation.data}
          outcome={
            status === 'succeeded' ? (
              <Alert severity="success" role="status">
                {`${restoredText(record, components)}${stayText(stay)} `}
                {recordLink}
              </Alert>
            ) : status === 'failed' ? (
              <Stack spacing={1.5}>
                <Alert severity="info" role="status">
                  {operation.data.error && (
                    <AlertTitle>{`Why: ${operation.data.error.title}. ${operation.data.error.detail}`}</AlertTitle>
                  )}
                  {`Nothing was restored: ${app.name} runs as it did before the rollback. `}
                  {canRetry ? 'Try again, or change the components first.' : recordLink}
                </Alert>
                {retry.isError && (
                  <PanelError error={retry.error} onRetry={again} retrying={retry.isPending} />
                )}
                {canRetry && (
                  <Stack
                    direction={{ xs: 'column', sm: 'row' }}
                    spacing={1}
                    sx={{ alignItems: 'flex-start' }}
                  >
                    <Button variant="contained" onClick={again} loading={retry.isPending}>
                      Try again
                    </Button>
                    <Button onClick={onChangeChoice}>Change the components</Button>
                  </Stack>
                )}
              </Stack>
            ) : null
          }
        />
      )}
    </Stack>
  );
}

import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { BackLink } from '@/components/layout/back-link';
import { DescriptionList } from '@/components/layout/description-list';
import { SectionCard } from '@/components/layout/section-card';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import { paths } from '@/config/paths';
import { absoluteTime } from '@/lib/format';
import { isApiError } from '@/lib/problem';
import { useUpgradeRecord } from '../../api/get-template-upgrade-record';
import { RecordComponents } from './record-components';
import { RecordProgress } from './record-progress';
import { fromTo } from './record-words';
import { RollbackSection } from './rollback-section';
import { UpgradeStatusLabel } from './upgrade-status-label';

interface Props {
  applicationId: string;
  upgradeId: string;
}

/** One upgrade record: who, when, from → to, what it applied, how it ended, and rollback. */
export function RecordScreen({ applicationId, upgradeId }: Props) {
  const query = useUpgradeRecord(applicationId, upgradeId);
  if (isApiError(query.error) && query.error.status === 404) throw query.error;
  const record = query.data;
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.installed.detail.href(applicationId)}>
        {record ? `Back to ${record.applicationName}` : 'Back to the application'}
      </BackLink>
      {record ? (
        <Loaded record={record} />
      ) : query.isError ? (
        <>
          <Typography variant="h1">Upgrade record</Typography>
          <PanelError
            error={query.error}
            title="This upgrade record could not be loaded"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        </>
      ) : (
        <PageSkeleton label="Loading upgrade record…" />
      )}
    </Stack>
  );
}

function Loaded({ record }: { record: UpgradeRecordDetail }) {
  const running =
    record.status === 'upgrading'
      ? record.operationId
      : record.status === 'rolling-back'
        ? record.rollback?.operationId
        : undefined;
  return (
    <>
      <div>
        <Typography variant="h1">Upgrade {fromTo(record)}</Typography>
        <Typography color="textSecondary" sx={{ mt: 0.5 }}>
          {record.applicationName} · {record.id}
        </Typography>
      </div>
      {running ? (
        <RecordProgress
          applicationId={record.applicationId}
          operationId={running}
          title={record.status === 'rolling-back' ? 'Rollback progress' : 'Upgrade progress'}
        />
      ) : null}
      <SectionCard title="Summary">
        <DescriptionList
          items={[
            { term: 'Status', value: <UpgradeStatusLabel status={record.status} /> },
            { term: 'From → to', value: fromTo(record) },
            { term: 'Upgraded by', value: record.startedBy.name },
            { term: 'Started', value: absoluteTime(record.startedAt) },
            {
              term: 'Finished',
              value: record.finishedAt ? absoluteTime(record.finishedAt) : 'Not yet',
            },
            {
              term: 'Comment',
              value:
                record.comment === undefined || record.comment === '' ? (
                  'No comment.'
                ) : (
                  <bdi>{record.comment}</bdi>
                ),
            },
          ]}
        />
        {record.failure ? (
          <Alert severity="error">
            <AlertTitle>{record.failure.title}</AlertTitle>
            {record.failure.detail}
          </Alert>
        ) : null}
      </SectionCard>
      <RecordComponents record={record} />
      <RollbackSection record={record} />
    </>
  );
}
